// Every request is bounded: connecting (TCP and TLS), waiting for the headers, silence inside the body,
// and the size of the body. Hostile servers on 127.0.0.1: one that accepts and never speaks, one that
// stalls mid-body, one that streams forever. Both users of the transport are covered: the Harness client
// and the status gate.
import { createServer as createNetServer, type Server as NetServer } from 'node:net'
import { createServer, type Server } from 'node:http'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { afterAll, describe, expect, it } from 'vitest'
import { startStatusServer, type StatusServer } from '../../sim/status-server.js'
import { ApprovalsClient } from '../../src/approvals/client.js'
import { HarnessApiError, UnexpectedBodyError } from '../../src/harness/errors.js'
import { createHttpClient, DEFAULT_MAX_BODY_BYTES, TransportError, type HttpClient, type Timeouts } from '../../src/http/transport.js'
import { runGateOn } from '../support/status-gate.js'
import { listenOnLoopback } from '../support/ports.js'
import { TRANSPORTS, type TransportUnderTest } from '../support/transports.js'

const SHORT: Timeouts = { connectMs: 300, headersMs: 300, bodyMs: 300, totalMs: 10_000 }
const KEY = 'pat.acct123.tokenid0001.secretpart0001'

// Closed once at the end: the timeout tests run side by side, so one test's end must not close another's servers.
const cleanups: Array<() => Promise<unknown>> = []
afterAll(async () => {
  await Promise.all(cleanups.splice(0).map((c) => c().catch(() => {})))
})

function clientOver(via: TransportUnderTest, timeouts: Timeouts = SHORT, maxBodyBytes?: number): HttpClient {
  // An empty environment: a proxy configured on this machine must not capture loopback test traffic.
  const http = createHttpClient({ timeouts, env: {}, ...via.options, ...(maxBodyBytes ? { maxBodyBytes } : {}) })
  cleanups.push(() => http.destroy())
  return http
}

async function listen(server: Server | NetServer): Promise<string> {
  const listening = await listenOnLoopback(server)
  cleanups.push(listening.close)
  return `127.0.0.1:${listening.port}`
}

/** Accepts TCP connections and never sends a byte: a hung server, or (for https) a stalled TLS handshake. */
async function silentServer(): Promise<{ host: string; connections: () => number }> {
  let connections = 0
  const server = createNetServer(() => {
    connections++
  })
  return { host: await listen(server), connections: () => connections }
}

async function statusServer(): Promise<StatusServer> {
  const s = await startStatusServer()
  cleanups.push(() => s.close())
  return s
}

interface Flood {
  host: string
  /** Bytes the server managed to write, over every connection so far. */
  sent(): number
  /** Connections that have closed. */
  closed(): number
}

/**
 * Answers every request with `status` and a body of `total` bytes (endless when undefined), written as
 * fast as the client takes it. Closing the connection is the only way to stop it.
 */
async function floodServer(status = 200, total?: number): Promise<Flood> {
  const chunk = Buffer.alloc(64 * 1024, '7')
  let sent = 0
  let closed = 0
  const server = createServer((req, res) => {
    req.resume()
    res.on('error', () => {})
    req.socket.on('close', () => {
      closed++
      sent += req.socket.bytesWritten
    })
    res.writeHead(status, { 'content-type': 'application/json', ...(total !== undefined ? { 'content-length': String(total) } : {}) })
    let left = total ?? Number.POSITIVE_INFINITY
    const pump = () => {
      while (!res.destroyed && left > 0) {
        const piece = left >= chunk.length ? chunk : chunk.subarray(0, left)
        left -= piece.length
        if (left === 0) {
          res.end(piece)
          return
        }
        if (!res.write(piece)) return
      }
    }
    res.on('drain', pump)
    pump()
  })
  return { host: await listen(server), sent: () => sent, closed: () => closed }
}

function harnessClient(http: HttpClient, base: string): ApprovalsClient {
  return new ApprovalsClient(http, { baseUrl: new URL(base), accountId: 'acct123', orgId: 'default', projectId: 'proj', apiKey: KEY })
}

async function failure(promise: Promise<unknown>): Promise<TransportError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(TransportError)
  return error as TransportError
}

describe.each(TRANSPORTS)('over $name', (via) => {
  const client = (timeouts: Timeouts = SHORT, maxBodyBytes?: number) => clientOver(via, timeouts, maxBodyBytes)

  // Side by side: undici checks its timers about once a second, so each case costs about that.
  describe.concurrent('timeouts', () => {
    it('the Harness client gives up on a server that accepts and never answers (headers timeout)', async () => {
      const silent = await silentServer()
      const error = await failure(harnessClient(client(), `http://${silent.host}/gateway`).list('exec1', {}))
      expect(error.failure).toBe('timeout')
      // The request was written: it may have arrived, which matters for the decision POST.
      expect(error.maybeDelivered).toBe(true)
      expect(error.message).toMatch(/no answer in time \(UND_ERR_HEADERS_TIMEOUT\)/)
      expect(silent.connections()).toBe(1)
    })

    it('the Harness client gives up on a body that stalls after the headers (body timeout)', async () => {
      const status = await statusServer()
      status.setDefault({ json: [{ id: 'i1', status: 'WAITING', pad: 'x'.repeat(200) }], slowBodyMs: 60_000 })
      const error = await failure(harnessClient(client(), `${status.url}gateway`).list('exec1', {}))
      expect(error.failure).toBe('timeout')
      expect(error.message).toMatch(/UND_ERR_BODY_TIMEOUT/)
    })

    it.each([
      ['trickles in one byte at a time', false],
      ['never ends', true],
    ])('ends a request whose body %s at the total deadline, though every byte resets the idle timeout', async (_, endless) => {
      const status = await statusServer()
      status.setDefault({ json: { status: 'success', pad: 'x'.repeat(200) }, trickleMs: 50, endless })
      const http = client({ ...SHORT, totalMs: 1_000 })
      const error = await failure(http.send({ method: 'GET', url: new URL(status.url) }))
      expect(error.failure).toBe('timeout')
      expect(error.maybeDelivered).toBe(true)
      expect(error.message).toMatch(/: no complete answer within the request timeout \(1s\)$/)
      expect(error.code).toBe('TOTAL_DEADLINE')
      // A shorter deadline of the request's own wins, and is told as the caller's; a longer one does not
      // stretch the client's.
      const shorter = await failure(http.send({ method: 'GET', url: new URL(status.url), totalMs: 300 }))
      expect(shorter.message).toMatch(/: no complete answer in the 300ms left$/)
      const longer = await failure(http.send({ method: 'GET', url: new URL(status.url), totalMs: 60_000 }))
      expect(longer.message).toMatch(/: no complete answer within the request timeout \(1s\)$/)
    })

    it('tells a cancellation apart from the total deadline', async () => {
      const status = await statusServer()
      status.setDefault({ json: { status: 'success' }, trickleMs: 50, endless: true })
      const controller = new AbortController()
      setTimeout(() => controller.abort(), 100)
      const error = await failure(client({ ...SHORT, totalMs: 5_000 }).send({ method: 'GET', url: new URL(status.url), signal: controller.signal }))
      expect(error.failure).toBe('aborted')
    })

    it('the Harness client gives up on a TLS handshake that never completes (connect timeout), knowing nothing was sent', async () => {
      const silent = await silentServer()
      const error = await failure(harnessClient(client(), `https://${silent.host}/gateway`).decide('inst1', { action: 'APPROVE', comments: '', approverInputs: [] }))
      expect(error.failure).toBe('connect')
      expect(error.maybeDelivered).toBe(false)
      expect(error.message).toMatch(/could not connect, no answer in time \(UND_ERR_CONNECT_TIMEOUT\)/)
      expect(silent.connections()).toBe(1)
    })

    it('a requestTimeout shorter than the connect bound still ends a stalled handshake as connecting (never sent), not as too slow', async () => {
      const silent = await silentServer()
      // Connecting gets a quarter to a half of the request's deadline, so its own bound fires first.
      const error = await failure(harnessClient(client({ ...SHORT, connectMs: 10_000, totalMs: 2_000 }), `https://${silent.host}/gateway`).decide('inst1', { action: 'APPROVE', comments: '', approverInputs: [] }))
      expect(error.failure).toBe('connect')
      expect(error.maybeDelivered).toBe(false)
      expect(error.message).toMatch(/could not connect, no answer in time \(UND_ERR_CONNECT_TIMEOUT\)/)
    })

    it('the status gate counts a stalled TLS handshake as a failed attempt and polls on to its deadline', async () => {
      const silent = await silentServer()
      const outcome = await runGateOn(client(), `https://${silent.host}/job`, { timeoutMs: 10_000 })
      expect(outcome.verdict).toBe('timeout')
      expect(outcome.timeline.map((t) => t.status)).toEqual(['connect', 'connect'])
      expect(outcome.reason).toMatch(/no answer \(connect\): .*could not connect, no answer in time \(UND_ERR_CONNECT_TIMEOUT\)/)
    })

    it('the status gate never waits on a hung server or a stalled body longer than the timeouts', async () => {
      const status = await statusServer()
      status.script([{ hang: true }, { json: { status: 'success', pad: 'x'.repeat(200) }, slowBodyMs: 60_000 }])
      const outcome = await runGateOn(client(), status.url, { timeoutMs: 10_000 })
      expect(outcome.verdict).toBe('timeout')
      expect(outcome.timeline.map((t) => t.status)).toEqual(['timeout', 'timeout'])
    })
  })

  describe('the size cap', () => {
    it('cuts an endless body off at the cap and ends the request (transport)', async () => {
      const flood = await floodServer()
      const response = await client().send({ method: 'GET', url: new URL(`http://${flood.host}/`) })
      expect(response.truncated).toBe(true)
      expect(Buffer.byteLength(response.text)).toBe(DEFAULT_MAX_BODY_BYTES)
      // The connection is dropped rather than drained.
      await expect.poll(() => flood.closed()).toBe(1)
      expect(flood.sent()).toBeLessThan(64 * DEFAULT_MAX_BODY_BYTES)
    })

    it('a body of exactly the cap is whole; one byte more is cut to the cap', async () => {
      const server = await statusServer()
      server.script([{ body: 'x'.repeat(100) }, { body: 'y'.repeat(101) }])
      const http = client(SHORT, 100)
      const whole = await http.send({ method: 'GET', url: new URL(`${server.url}exact`) })
      expect([whole.text, whole.truncated]).toEqual(['x'.repeat(100), false])
      const cut = await http.send({ method: 'GET', url: new URL(`${server.url}over`) })
      expect([cut.text, cut.truncated]).toEqual(['y'.repeat(100), true])
    })

    it('the Harness client refuses an endless 200 instead of parsing it', async () => {
      const flood = await floodServer(200)
      const error = await harnessClient(client(), `http://${flood.host}/gateway`).list('exec1', {}).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(UnexpectedBodyError)
      expect((error as Error).message).toBe('Harness answered with a body larger than this client accepts')
    })

    it('the Harness client reports an endless error page with a bounded message', async () => {
      const flood = await floodServer(502)
      const error = await harnessClient(client(), `http://${flood.host}/gateway`).list('exec1', {}).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(HarnessApiError)
      const cause = (error as HarnessApiError).harnessCause
      expect(cause.status).toBe(502)
      expect(cause.harnessMessage.length).toBeLessThanOrEqual(400)
      expect((error as Error).message.length).toBeLessThan(1_000)
    })

    it('the status gate reads an endless body as cut off, not as a status, and stays bounded', async () => {
      const flood = await floodServer(200)
      const outcome = await runGateOn(client(), `http://${flood.host}/job`, { timeoutMs: 10_000 })
      expect(outcome.verdict).toBe('timeout')
      expect(outcome.attempts).toBe(2)
      expect(outcome.reason).toContain('cut off at the size limit')
      expect(outcome.reason.length).toBeLessThan(600)
      expect(outcome).not.toHaveProperty('value')
    })

    it('the status gate never reads a status from a cut-off body, even when what is left parses', async () => {
      const status = await statusServer()
      // Cut at the cap, this is `{"status":"success"}` and spaces: valid JSON, but not the answer that was sent.
      status.setDefault({ body: `{"status":"success"}${' '.repeat(4096)}{"status":"failed"}` })
      const outcome = await runGateOn(client(SHORT, 1024), status.url, { timeoutMs: 10_000 })
      expect(outcome.verdict).toBe('timeout')
      expect(outcome.reason).toContain('cut off at the size limit')
    })

    it('the status gate bounds an endless error body too', async () => {
      const flood = await floodServer(500)
      const outcome = await runGateOn(client(), `http://${flood.host}/job`, { timeoutMs: 10_000 })
      expect(outcome.verdict).toBe('timeout')
      expect(outcome.timeline.map((t) => t.status)).toEqual([500, 500])
      expect(outcome.reason).toContain('(cut off)')
      expect(outcome.reason.length).toBeLessThan(600)
    })
  })

  describe('memory stays flat', () => {
    setFlagsFromString('--expose-gc')
    const gc = runInNewContext('gc') as () => void

    /** Heap plus Buffers (which live outside the heap), after a full collection. */
    function retained(): number {
      gc()
      gc()
      const usage = process.memoryUsage()
      return usage.heapUsed + usage.external
    }

    const MB = 1024 * 1024

    it('a huge body (200 MB offered) is cut off without ever being held', async () => {
      const offered = 200 * MB
      const flood = await floodServer(200, offered)
      const http = client()
      const before = retained()
      const rssBefore = process.memoryUsage().rss
      let rssPeak = rssBefore
      const sampler = setInterval(() => {
        rssPeak = Math.max(rssPeak, process.memoryUsage().rss)
      }, 5)
      try {
        const response = await http.send({ method: 'GET', url: new URL(`http://${flood.host}/`) })
        rssPeak = Math.max(rssPeak, process.memoryUsage().rss)
        expect(response.truncated).toBe(true)
        expect(response.text.length).toBe(DEFAULT_MAX_BODY_BYTES)
      } finally {
        clearInterval(sampler)
      }
      await expect.poll(() => flood.closed()).toBe(1)
      // Buffering the whole answer would cost about what was offered; the cap keeps both well under it.
      expect(rssPeak - rssBefore).toBeLessThan(offered / 4)
      expect(retained() - before).toBeLessThan(offered / 20)
      expect(flood.sent()).toBeLessThan(offered / 4)
    })

    it('200 MB streamed through cut-off answers leaves memory where it was', async () => {
      const flood = await floodServer(200)
      const http = client()
      // Warm up (first connection, lazily loaded code) before the baseline.
      await http.send({ method: 'GET', url: new URL(`http://${flood.host}/`) })
      const before = retained()
      const rssBefore = process.memoryUsage().rss
      const sentBefore = flood.sent()
      let received = 0
      const rounds = 200
      for (let i = 0; i < rounds; i++) {
        const response = await http.send({ method: 'GET', url: new URL(`http://${flood.host}/${i}`) })
        expect(response.truncated).toBe(true)
        received += response.text.length
      }
      await expect.poll(() => flood.closed()).toBe(rounds + 1)
      const streamed = flood.sent() - sentBefore
      expect(received).toBe(rounds * DEFAULT_MAX_BODY_BYTES)
      expect(streamed).toBeGreaterThanOrEqual(received)
      // Ratios of what passed through this process (200 MiB, more was sent): nothing of it may stay behind.
      expect(retained() - before).toBeLessThan(received / 20)
      expect(process.memoryUsage().rss - rssBefore).toBeLessThan(received / 2)
    })
  })
})
