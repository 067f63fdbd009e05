// The gate's polling, from its mutation survivors: how a failed request counts, what a redirect is, which
// status header secrets are cut out of what a server echoes, and the words of a timeout after one attempt.
import { afterAll, describe, expect, it } from 'vitest'
import { startStatusServer, type StatusServer } from '../../sim/status-server.js'
import { createHttpClient, TransportError, type HttpClient } from '../../src/http/transport.js'
import { runGateOn } from '../support/status-gate.js'

const cleanups: Array<() => Promise<void>> = []
afterAll(async () => {
  await Promise.all(cleanups.splice(0).map((c) => c()))
})

async function server(): Promise<StatusServer> {
  const s = await startStatusServer()
  cleanups.push(() => s.close())
  return s
}

function client(): HttpClient {
  const http = createHttpClient({ env: {} })
  cleanups.push(() => http.close())
  return http
}

/** A client whose every request fails with `error`. */
function failing(error: unknown): HttpClient {
  return { send: async () => Promise.reject(error), close: async () => {}, destroy: async () => {} }
}

describe('a request that fails', () => {
  it('ends the gate with verdict error on an untrusted certificate, saying how to trust it', async () => {
    const outcome = await runGateOn(failing(new TransportError('certificate', false, 'GET https://ci.example/job: not trusted')), 'https://ci.example/job')
    expect(outcome.verdict).toBe('error')
    expect(outcome.attempts).toBe(1)
    expect(outcome.timeline.map((t) => t.status)).toEqual(['certificate'])
    expect(outcome.reason).toBe('the status URL https://ci.example/job answered no answer (certificate): GET https://ci.example/job: not trusted; trust its CA with caCert or NODE_EXTRA_CA_CERTS')
  })

  it('counts any other failure as transient, an abort without a cancellation as other', async () => {
    const outcome = await runGateOn(failing(new TransportError('aborted', true, 'stopped')), 'https://ci.example/job', { timeoutMs: 20_000 })
    expect(outcome.verdict).toBe('timeout')
    expect(outcome.timeline.map((t) => t.status)).toEqual(['other', 'other', 'other'])
    const reset = await runGateOn(failing(new TransportError('reset', true, 'dropped')), 'https://ci.example/job', { timeoutMs: 20_000 })
    expect(reset.timeline.map((t) => t.status)).toEqual(['reset', 'reset', 'reset'])
  })

  it('passes on what is not a transport failure', async () => {
    await expect(runGateOn(failing(new Error('a bug')), 'https://ci.example/job')).rejects.toThrow('a bug')
  })
})

describe('an answer', () => {
  it('keeps the last status value read when a later answer has none', async () => {
    const s = await server()
    s.script([{ json: { status: 'running' } }, { status: 503 }])
    const outcome = await runGateOn(client(), s.url, { timeoutMs: 20_000 })
    expect(outcome.value).toBe('running')
    expect(outcome.timeline).toEqual([
      { at: 0, status: 200, value: 'running' },
      { at: 10_000, status: 503 },
      { at: 15_000, status: 503 },
    ])
  })

  it('is a redirect only with a 3xx status and a Location', async () => {
    const s = await server()
    s.script([{ status: 200, headers: { location: '/elsewhere' }, json: { status: 'passed' } }])
    expect(await runGateOn(client(), s.url)).toMatchObject({ verdict: 'success', attempts: 1 })
    s.script([{ status: 400, headers: { location: '/elsewhere' }, body: 'bad' }])
    expect(await runGateOn(client(), s.url)).toMatchObject({ verdict: 'error' })
    s.script([{ status: 300, redirect: `${s.url}next` }, { json: { status: 'passed' } }])
    const followed = await runGateOn(client(), s.url)
    expect(followed).toMatchObject({ verdict: 'success', attempts: 1 })
    expect(s.requests.at(-1)!.path).toBe('/next')
    s.script([{ status: 399, redirect: `${s.url}last` }, { json: { status: 'passed' } }])
    expect(await runGateOn(client(), s.url)).toMatchObject({ verdict: 'success' })
    expect(s.requests.at(-1)!.path).toBe('/last')
  })

  it('says "1 attempt" when the time ran out after one', async () => {
    const s = await server()
    s.setDefault({ json: { status: 'running' } })
    const outcome = await runGateOn(client(), s.url, { timeoutMs: 1_000, pollIntervalMs: 1_000, maxPollIntervalMs: 1_000 })
    expect(outcome.reason).toBe("no final status within 1s (1 attempt); last answer: HTTP 200, status field 'status' was 'running'")
  })
})

describe("the status headers' secrets in what a server echoes", () => {
  async function echoed(headers: Record<string, string>, body: string): Promise<string> {
    const s = await server()
    s.script([{ status: 404, body }])
    return (await runGateOn(client(), s.url, { statusHeaders: headers })).reason
  }

  it('cuts out the whole value first, then the credential after an auth scheme', async () => {
    const headers = { authorization: 'Bearer tok-123456' }
    expect(await echoed(headers, 'saw Bearer tok-123456 and tok-123456')).toMatch(/: 'saw \*\*\* and \*\*\*'$/)
    expect(await echoed({ authorization: 'Token-v2 abc.def-99' }, 'cred abc.def-99!')).toMatch(/: 'cred \*\*\*!'$/)
    // A value that is one word has no credential part of its own.
    expect(await echoed({ 'x-key': 'k3y-value' }, 'k3y-value and value')).toMatch(/: '\*\*\* and value'$/)
  })

  it('leaves values shorter than four characters alone, and takes four', async () => {
    expect(await echoed({ 'x-a': 'abc' }, 'abcd')).toMatch(/: 'abcd'$/)
    expect(await echoed({ 'x-a': 'abcd' }, 'xabcdx')).toMatch(/: 'x\*\*\*x'$/)
  })
})
