// An unreachable or mistyped Harness address fails in seconds: real sockets (a closed port on 127.0.0.1,
// a name under the reserved .invalid top-level domain), the run's clock faked so the waits are exact.
import { describe, expect, it } from 'vitest'
import { DEFAULT_CONNECT_RETRY, withConnectRetry } from '../../src/http/connect-retry.js'
import { createHttpClient, TransportError, type HttpClient, type HttpRequest } from '../../src/http/transport.js'
import { fakeClock, recordingLogger } from '../support/fakes.js'
import { closedPort } from '../support/ports.js'

function counting(http: HttpClient): HttpClient & { sends: number } {
  const counted = { sends: 0, send: (req: HttpRequest) => (counted.sends++, http.send(req)), close: () => http.close(), destroy: () => http.destroy() }
  return counted
}

async function failure(promise: Promise<unknown>): Promise<TransportError> {
  const error = await promise.then(() => undefined, (e: unknown) => e)
  if (!(error instanceof TransportError)) throw new Error(`expected a TransportError, got ${String(error)}`)
  return error
}

describe('withConnectRetry', () => {
  it('tries a refused connection a few times within the budget, then names the URL (without its query) and the tries', async () => {
    const port = await closedPort()
    const http = counting(createHttpClient())
    const clock = fakeClock(0)
    const logger = recordingLogger()
    try {
      const url = new URL(`http://127.0.0.1:${port}/gateway/pipeline/api/v1/approvals?accountIdentifier=secret-looking`)
      const error = await failure(withConnectRetry(http, clock, logger).send({ method: 'POST', url, json: {} }))
      expect(error.failure).toBe('connect')
      expect(error.maybeDelivered).toBe(false)
      expect(error.code).toBe('ECONNREFUSED')
      expect(http.sends).toBe(5)
      expect(clock.sleeps).toEqual([...DEFAULT_CONNECT_RETRY.waitsMs])
      expect(error.message).toBe(`POST http://127.0.0.1:${port}/gateway/pipeline/api/v1/approvals: could not connect, the connection was refused (ECONNREFUSED); 5 tries in 7.5s`)
      // One line while trying, not one per try.
      expect(logger.lines).toEqual([
        { level: 'info', message: `POST http://127.0.0.1:${port}/gateway/pipeline/api/v1/approvals: could not connect, the connection was refused (ECONNREFUSED); trying again for up to 10s.` },
      ])
    } finally {
      await http.destroy()
    }
  })

  it('says an outage once for requests sent together, and again only after a request got through', async () => {
    const outage = { down: true }
    const http: HttpClient = {
      send: async (req) => {
        if (outage.down) throw new TransportError('connect', false, `${req.method} ${req.url.pathname}: could not connect, the connection was refused (ECONNREFUSED)`, { code: 'ECONNREFUSED' })
        return { status: 200, headers: {}, text: '{}', truncated: false }
      },
      close: async () => undefined,
      destroy: async () => undefined,
    }
    const logger = recordingLogger()
    const client = withConnectRetry(http, fakeClock(0), logger)
    const get = (path: string) => client.send({ method: 'GET', url: new URL(`http://127.0.0.1${path}`) })
    await Promise.all([failure(get('/a')), failure(get('/b'))])
    expect(logger.lines.map((l) => l.message)).toEqual(['GET /a: could not connect, the connection was refused (ECONNREFUSED); trying again for up to 10s.'])
    outage.down = false
    await get('/c')
    outage.down = true
    await failure(get('/d'))
    expect(logger.lines.map((l) => l.message)).toHaveLength(2)
    expect(logger.lines[1]!.message).toMatch(/^GET \/d: /)
  })

  it('fails at once on a host name that does not resolve', async () => {
    const http = counting(createHttpClient())
    const clock = fakeClock(0)
    try {
      const error = await failure(withConnectRetry(http, clock, recordingLogger()).send({ method: 'GET', url: new URL('https://app.harness.invalid/gateway/x') }))
      expect(error.code).toBe('ENOTFOUND')
      expect(error.message).toBe('GET https://app.harness.invalid/gateway/x: could not connect, the host name does not resolve (ENOTFOUND)')
      expect(http.sends).toBe(1)
      expect(clock.sleeps).toEqual([])
    } finally {
      await http.destroy()
    }
  })

  it('tries a temporary lookup failure once more, and stops a slow connect within the budget', async () => {
    const clock = fakeClock(0)
    const failing = (code: string, costMs: number) => {
      const http = {
        sends: 0,
        send: async () => {
          http.sends++
          clock.advance(costMs)
          throw new TransportError('connect', false, `could not connect (${code})`, { code })
        },
        close: async () => undefined,
        destroy: async () => undefined,
      }
      return http
    }
    const lookup = failing('EAI_AGAIN', 0)
    await failure(withConnectRetry(lookup, clock, recordingLogger()).send({ method: 'GET', url: new URL('https://h.example/') }))
    expect(lookup.sends).toBe(2)
    // A connect timeout takes its own time: the budget counts it.
    const slow = failing('UND_ERR_CONNECT_TIMEOUT', 6_000)
    const error = await failure(withConnectRetry(slow, clock, recordingLogger()).send({ method: 'GET', url: new URL('https://h.example/') }))
    expect(slow.sends).toBe(2)
    expect(error.message).toMatch(/; 2 tries in 12\.5s$/)
  })

  it('passes every other failure through untouched, and stops when cancelled', async () => {
    const clock = fakeClock(0)
    const reset = new TransportError('reset', true, 'dropped')
    const once = { send: async () => Promise.reject(reset), close: async () => undefined, destroy: async () => undefined }
    await expect(withConnectRetry(once, clock, recordingLogger()).send({ method: 'GET', url: new URL('https://h.example/') })).rejects.toBe(reset)
    const controller = new AbortController()
    const refused = new TransportError('connect', false, 'refused', { code: 'ECONNREFUSED' })
    const cancelling = {
      send: async () => {
        controller.abort()
        throw refused
      },
      close: async () => undefined,
      destroy: async () => undefined,
    }
    await expect(withConnectRetry(cancelling, clock, recordingLogger()).send({ method: 'GET', url: new URL('https://h.example/'), signal: controller.signal })).rejects.toBe(refused)
    expect(clock.sleeps).toEqual([])
  })
})
