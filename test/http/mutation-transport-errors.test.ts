// How a failed request is told, for every code both transports report, word for word: the kind of failure,
// whether it may have reached the server, the message and the code kept. Also the CA list a caCert makes,
// and a URL that is neither http nor https over both transports.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { rootCertificates } from 'node:tls'
import { afterAll, describe, expect, it } from 'vitest'
import { createHttpClient, TransportError } from '../../src/http/transport.js'
import { toTransportError } from '../../src/http/transport-errors.js'
import { trustedCas } from '../../src/http/undici-transport.js'
import { TRANSPORTS } from '../support/transports.js'

const REQ = { method: 'PUT', url: new URL('https://harness.example/gateway/x?secret=1#frag') }
const WHERE = 'PUT https://harness.example/gateway/x'
const coded = (code: unknown, message = 'boom') => Object.assign(new Error(message), { code })

function told(error: unknown, req: Parameters<typeof toTransportError>[1] = REQ) {
  const e = toTransportError(error, req)
  return { failure: e.failure, maybeDelivered: e.maybeDelivered, message: e.message, code: e.code, cause: e.cause }
}

describe('toTransportError', () => {
  it.each([
    ['ENOTFOUND', 'the host name does not resolve'],
    ['EAI_AGAIN', 'the host name could not be looked up just now'],
    ['ECONNREFUSED', 'the connection was refused'],
    ['EHOSTUNREACH', 'the host cannot be reached'],
    ['ENETUNREACH', 'the network cannot be reached'],
    ['UND_ERR_CONNECT_TIMEOUT', 'no answer in time'],
  ])('%s: never connected, so never delivered; the code kept', (code, problem) => {
    const error = coded(code)
    expect(told(error)).toEqual({ failure: 'connect', maybeDelivered: false, message: `${WHERE}: could not connect, ${problem} (${code})`, code, cause: error })
  })

  it.each(['CERT_HAS_EXPIRED', 'DEPTH_ZERO_SELF_SIGNED_CERT', 'SELF_SIGNED_CERT_IN_CHAIN', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'ERR_TLS_CERT_ALTNAME_INVALID'])(
    '%s: a certificate not trusted, never delivered',
    (code) => {
      const error = coded(code)
      expect(told(error)).toEqual({ failure: 'certificate', maybeDelivered: false, message: `${WHERE}: could not connect, the server's certificate is not trusted (${code})`, code: undefined, cause: error })
    },
  )

  it.each(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT'])('%s: no answer in time, may have been delivered', (code) => {
    expect(told(coded(code))).toMatchObject({ failure: 'timeout', maybeDelivered: true, message: `${WHERE}: no answer in time (${code})`, code: undefined })
  })

  it('the total deadline: its own words (which deadline it was), the code kept', () => {
    const error = coded('TOTAL_DEADLINE', 'no complete answer within the request timeout (3s)')
    expect(told(error)).toEqual({ failure: 'timeout', maybeDelivered: true, message: `${WHERE}: no complete answer within the request timeout (3s)`, code: 'TOTAL_DEADLINE', cause: error })
  })

  it.each(['ECONNRESET', 'UND_ERR_SOCKET', 'EPIPE', 'UND_ERR_CLOSED'])('%s: the connection dropped, may have been delivered', (code) => {
    expect(told(coded(code))).toMatchObject({ failure: 'reset', maybeDelivered: true, message: `${WHERE}: the connection was dropped (${code})`, code: undefined })
  })

  it('anything else: other, may have been delivered, named by its code', () => {
    expect(told(coded('ERR_SOMETHING'))).toMatchObject({ failure: 'other', maybeDelivered: true, message: `${WHERE}: ERR_SOMETHING` })
  })

  it('finds the code in the causes, up to four deep, and the first one found wins', () => {
    const chain = (depth: number, code: string) => {
      let error: Error = coded(code)
      for (let i = 0; i < depth; i++) error = new Error('wrapped', { cause: error })
      return error
    }
    expect(told(chain(1, 'ECONNRESET')).failure).toBe('reset')
    expect(told(chain(3, 'ECONNREFUSED')).message).toBe(`${WHERE}: could not connect, the connection was refused (ECONNREFUSED)`)
    // Five deep is beyond the search: the outer error's own name tells it.
    expect(told(chain(4, 'ECONNREFUSED'))).toMatchObject({ failure: 'other', message: `${WHERE}: Error` })
    expect(told(new Error('outer', { cause: coded('ECONNREFUSED') })).failure).toBe('connect')
    expect(told(Object.assign(new Error('outer', { cause: coded('ECONNREFUSED') }), { code: 'EPIPE' })).failure).toBe('reset')
    // A code that is not text is no code: the cause's is taken.
    expect(told(Object.assign(new Error('outer', { cause: coded('EPIPE') }), { code: 42 })).failure).toBe('reset')
  })

  it('without a code: the error\'s name, else "unknown"', () => {
    expect(told(new TypeError('bad'))).toMatchObject({ failure: 'other', message: `${WHERE}: TypeError` })
    expect(told('a string')).toMatchObject({ failure: 'other', message: `${WHERE}: unknown` })
    expect(told(undefined)).toMatchObject({ failure: 'other', message: `${WHERE}: unknown` })
    expect(told(null)).toMatchObject({ failure: 'other', message: `${WHERE}: unknown` })
  })

  it('cancelled by our own signal: aborted, whatever the code', () => {
    const controller = new AbortController()
    controller.abort()
    const error = coded('ECONNREFUSED')
    expect(told(error, { ...REQ, signal: controller.signal })).toEqual({ failure: 'aborted', maybeDelivered: true, message: `${WHERE} was cancelled`, code: undefined, cause: error })
    expect(told(error, { ...REQ, signal: new AbortController().signal }).failure).toBe('connect')
  })

  it('a TransportError passes as it is', () => {
    const error = new TransportError('timeout', false, 'as told before', { code: 'X' })
    expect(toTransportError(error, REQ)).toBe(error)
  })
})

describe('trustedCas', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hag-cas-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('the public roots, then the caCert', () => {
    expect(trustedCas('CA PEM', {})).toEqual([...rootCertificates, 'CA PEM'])
  })

  it('the public roots, then NODE_EXTRA_CA_CERTS, then the caCert', () => {
    const extra = join(dir, 'extra.pem')
    writeFileSync(extra, 'EXTRA PEM')
    expect(trustedCas('CA PEM', { NODE_EXTRA_CA_CERTS: extra })).toEqual([...rootCertificates, 'EXTRA PEM', 'CA PEM'])
  })

  it('an unreadable or empty NODE_EXTRA_CA_CERTS is left out, as Node leaves it', () => {
    expect(trustedCas('CA PEM', { NODE_EXTRA_CA_CERTS: join(dir, 'missing.pem') })).toEqual([...rootCertificates, 'CA PEM'])
    expect(trustedCas('CA PEM', { NODE_EXTRA_CA_CERTS: '' })).toEqual([...rootCertificates, 'CA PEM'])
  })
})

// Each transport refuses it under its own code.
const REFUSED_SCHEME: Record<string, string> = { 'node:http': 'ERR_INVALID_PROTOCOL', undici: 'UND_ERR_INVALID_ARG' }

describe.each(TRANSPORTS)('over $name, a URL neither http nor https', (via) => {
  const code = REFUSED_SCHEME[via.name]
  it('is refused, named by its code', async () => {
    const http = createHttpClient({ env: {}, ...via.options })
    try {
      const error = await http.send({ method: 'GET', url: new URL('ftp://127.0.0.1:1/file') }).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(TransportError)
      expect(error).toMatchObject({ failure: 'other', message: `GET ftp://127.0.0.1:1/file: ${code}` })
    } finally {
      await http.close()
    }
  })
})
