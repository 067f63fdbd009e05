// What both transports must do alike (node:http on the common path, undici with a proxy or a caCert): the
// same request on the wire, one kept-alive connection per origin, no redirect followed, and the same
// failure, code and "may have been delivered" for each way a server or the caller can end an exchange.
// Real servers on 127.0.0.1, each recording what reached it.
import { createServer as createNetServer, type Server as NetServer } from 'node:net'
import { getEventListeners } from 'node:events'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { afterAll, describe, expect, it } from 'vitest'
import { createHttpClient, TransportError, type HttpClient, type HttpClientOptions } from '../../src/http/transport.js'
import { listenOnLoopback } from '../support/ports.js'
import { TRANSPORTS } from '../support/transports.js'

const cleanups: Array<() => Promise<unknown>> = []
afterAll(async () => {
  await Promise.all(cleanups.splice(0).map((c) => c().catch(() => {})))
})

interface Recorded {
  url: string
  method: string
  headers: IncomingMessage['headers']
  body: string
}

interface TestServer {
  url: string
  requests: Recorded[]
  connections: () => number
}

async function listen(server: Server | NetServer): Promise<{ port: number; connections: () => number }> {
  const listening = await listenOnLoopback(server)
  cleanups.push(listening.close)
  return { port: listening.port, connections: listening.connections }
}

/** An HTTP server that records each request (with its body) and answers it with `answer`. */
async function server(answer: (req: IncomingMessage, res: ServerResponse, body: string) => void): Promise<TestServer> {
  const requests: Recorded[] = []
  const http = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8')
      requests.push({ url: req.url ?? '', method: req.method ?? '', headers: req.headers, body })
      answer(req, res, body)
    })
  })
  const { port, connections } = await listen(http)
  return { url: `http://127.0.0.1:${port}`, requests, connections }
}

/** Takes each connection and closes it at once, without a byte. */
async function hangUpServer(): Promise<{ url: string; connections: () => number }> {
  const tcp = createNetServer((socket) => {
    socket.once('data', () => socket.destroy())
  })
  const { port, connections } = await listen(tcp)
  return { url: `http://127.0.0.1:${port}`, connections }
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
  function client(options: Omit<HttpClientOptions, 'env' | 'transport'> = {}): HttpClient {
    // An empty environment: a proxy configured on this machine must not capture loopback test traffic.
    const http = createHttpClient({ timeouts: { connectMs: 2_000, headersMs: 2_000, bodyMs: 2_000, totalMs: 10_000 }, ...options, env: {}, ...via.options })
    cleanups.push(() => http.destroy())
    return http
  }

  describe('the request and the answer', () => {
    it('sends JSON with its length and type, asks for JSON, and hands back status, lower-case headers and text', async () => {
      const s = await server((_req, res, body) => {
        res.setHeader('X-Echo', String(body.length))
        res.setHeader('Set-Cookie', ['a=1', 'b=2'])
        res.end(JSON.stringify({ got: JSON.parse(body) }))
      })
      const response = await client().send({ method: 'POST', url: new URL(`${s.url}/path/here?x=1&y=2`), headers: { 'x-api-key': 'k1' }, json: { action: 'APPROVE', note: 'zß✓' } })
      expect(response).toMatchObject({ status: 200, truncated: false })
      expect(JSON.parse(response.text)).toEqual({ got: { action: 'APPROVE', note: 'zß✓' } })
      expect(response.headers['x-echo']).toBe(String('{"action":"APPROVE","note":"zß✓"}'.length))
      expect(response.headers['set-cookie']).toBe('a=1, b=2')
      const [request] = s.requests
      expect(request).toMatchObject({ method: 'POST', url: '/path/here?x=1&y=2' })
      expect(request!.headers).toMatchObject({ accept: 'application/json', 'content-type': 'application/json', 'x-api-key': 'k1' })
      // A length, not chunks: some gateways refuse a chunked POST.
      expect(request!.headers['content-length']).toBe(String(Buffer.byteLength(request!.body)))
      expect(request!.headers).not.toHaveProperty('transfer-encoding')
    })

    it('a GET carries no body and no content type', async () => {
      const s = await server((_req, res) => res.end('[]'))
      expect((await client().send({ method: 'GET', url: new URL(`${s.url}/list`) })).text).toBe('[]')
      expect(s.requests[0]!.headers).not.toHaveProperty('content-type')
      expect(s.requests[0]!.body).toBe('')
    })

    it('an empty answer is empty text', async () => {
      const s = await server((_req, res) => {
        res.statusCode = 204
        res.end()
      })
      expect(await client().send({ method: 'GET', url: new URL(s.url) })).toMatchObject({ status: 204, text: '', truncated: false })
    })

    it.each([301, 302, 303, 307, 308])('hands a %i back as it is and follows nothing', async (status) => {
      const trap = await server((_req, res) => res.end('{}'))
      const s = await server((_req, res) => {
        res.writeHead(status, { location: `${trap.url}/elsewhere` })
        res.end()
      })
      const response = await client().send({ method: 'POST', url: new URL(`${s.url}/decide`), json: {} })
      expect(response.status).toBe(status)
      expect(response.headers.location).toBe(`${trap.url}/elsewhere`)
      expect(s.requests).toHaveLength(1)
      expect(trap.connections()).toBe(0)
    })
  })

  describe('connections', () => {
    it('keeps one connection per origin across a run: reads, the POST right after a read, and more reads', async () => {
      const s = await server((_req, res) => res.end('{"ok":true}'))
      const other = await server((_req, res) => res.end('{}'))
      const http = client()
      for (let i = 0; i < 3; i++) {
        await http.send({ method: 'GET', url: new URL(`${s.url}/read/${i}`) })
        await http.send({ method: 'POST', url: new URL(`${s.url}/decide/${i}`), json: { i } })
        await http.send({ method: 'GET', url: new URL(`${other.url}/status`) })
      }
      expect(s.requests).toHaveLength(6)
      expect(s.connections()).toBe(1)
      expect(other.connections()).toBe(1)
    })

    it('on a kept-alive connection the wait for the headers is bounded as such, not as connecting', async () => {
      // The second answer takes longer than connecting may, well within the headers bound.
      let answered = 0
      const s = await server((_req, res) => setTimeout(() => res.end('{}'), answered++ === 0 ? 0 : 400))
      const http = client({ timeouts: { connectMs: 150, headersMs: 5_000, bodyMs: 5_000, totalMs: 10_000 } })
      expect((await http.send({ method: 'GET', url: new URL(`${s.url}/first`) })).status).toBe(200)
      expect((await http.send({ method: 'GET', url: new URL(`${s.url}/second`) })).status).toBe(200)
      expect(s.connections()).toBe(1)
    })

    it("leaves no listener on the caller's signal once a request is over", async () => {
      const s = await server((_req, res) => res.end('{}'))
      const http = client()
      const signal = new AbortController().signal
      for (let i = 0; i < 3; i++) await http.send({ method: 'GET', url: new URL(`${s.url}/${i}`), signal })
      expect(getEventListeners(signal, 'abort')).toEqual([])
    })

    it('leaves no timer behind once a request is over (the total deadline would keep the process alive)', async () => {
      const s = await server((_req, res) => res.end('{}'))
      const http = client({ timeouts: { connectMs: 2_000, headersMs: 2_000, bodyMs: 2_000, totalMs: 600_000 } })
      const timers = () => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length
      // The first request opens the connection (and whatever timers keeping it alive takes).
      await http.send({ method: 'GET', url: new URL(`${s.url}/warm`) })
      const before = timers()
      for (let i = 0; i < 3; i++) await http.send({ method: 'GET', url: new URL(`${s.url}/${i}`) })
      expect(timers()).toBe(before)
    })

    it('close() lets a request in flight finish, then closes the connection', async () => {
      const s = await server((_req, res) => setTimeout(() => res.end('"late"'), 200))
      const http = client()
      const pending = http.send({ method: 'GET', url: new URL(s.url) })
      await new Promise((resolve) => setTimeout(resolve, 50))
      await http.close()
      expect((await pending).text).toBe('"late"')
    })

    it('destroy() drops a request in flight', async () => {
      const s = await server(() => {})
      const http = client()
      const pending = failure(http.send({ method: 'GET', url: new URL(s.url) }))
      await expect.poll(() => s.requests.length).toBe(1)
      await http.destroy()
      expect((await pending).maybeDelivered).toBe(true)
    })
  })

  describe('failures', () => {
    it('a refused connection never left: connect, not delivered, ECONNREFUSED', async () => {
      const gone = await hangUpServer()
      const port = new URL(gone.url).port
      await cleanups.pop()!()
      const error = await failure(client().send({ method: 'POST', url: new URL(`http://127.0.0.1:${port}/decide`), json: {} }))
      expect(error).toMatchObject({ failure: 'connect', maybeDelivered: false, code: 'ECONNREFUSED' })
      expect(error.message).toBe(`POST http://127.0.0.1:${port}/decide: could not connect, the connection was refused (ECONNREFUSED)`)
    })

    it('a server that hangs up on the request: reset, may have been delivered, under one code', async () => {
      const s = await hangUpServer()
      const error = await failure(client().send({ method: 'POST', url: new URL(`${s.url}/decide`), json: {} }))
      expect(error).toMatchObject({ failure: 'reset', maybeDelivered: true })
      expect(error.message).toBe(`POST ${s.url}/decide: the connection was dropped (UND_ERR_SOCKET)`)
    })

    it('a body cut short by the server: reset, not a short answer', async () => {
      const s = await server((_req, res) => {
        res.writeHead(200, { 'content-length': '1000' })
        res.write('{"partial":')
        setTimeout(() => res.socket?.destroy(), 20)
      })
      const error = await failure(client().send({ method: 'GET', url: new URL(`${s.url}/read`) }))
      expect(error).toMatchObject({ failure: 'reset', maybeDelivered: true })
      expect(error.message).toBe(`GET ${s.url}/read: the connection was dropped (UND_ERR_SOCKET)`)
    })

    it("the caller's cancellation while waiting for the answer: aborted", async () => {
      const s = await server(() => {})
      const controller = new AbortController()
      const pending = failure(client().send({ method: 'GET', url: new URL(`${s.url}/wait`), signal: controller.signal }))
      await expect.poll(() => s.requests.length).toBe(1)
      controller.abort()
      const error = await pending
      expect(error).toMatchObject({ failure: 'aborted', maybeDelivered: true })
      expect(error.message).toBe(`GET ${s.url}/wait was cancelled`)
    })

    it("the caller's cancellation in the middle of the body: aborted", async () => {
      const controller = new AbortController()
      const s = await server((_req, res) => {
        res.writeHead(200, { 'content-length': '100' })
        res.write('{"half":')
        setTimeout(() => controller.abort(), 50)
      })
      const error = await failure(client().send({ method: 'GET', url: new URL(s.url), signal: controller.signal }))
      expect(error.failure).toBe('aborted')
    })

    it('a header value with a line break is refused before anything is sent, and leaves nothing in flight', async () => {
      const s = await server((_req, res) => res.end('{}'))
      const http = client()
      const error = await failure(http.send({ method: 'GET', url: new URL(s.url), headers: { 'x-status-key': 'a\r\nInjected: 1' } }))
      expect(error.failure).toBe('other')
      await http.close()
      expect(s.requests).toHaveLength(0)
    })

    it('a signal cancelled before sending: aborted, and nothing reaches the server', async () => {
      const s = await server((_req, res) => res.end('{}'))
      const error = await failure(client().send({ method: 'POST', url: new URL(s.url), json: {}, signal: AbortSignal.abort() }))
      expect(error.failure).toBe('aborted')
      expect(s.requests).toHaveLength(0)
    })

    it('the total deadline ends a body that trickles in, each piece well inside the silence bound', async () => {
      let pieces = 0
      const s = await server((_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' })
        const drip = setInterval(() => {
          if (res.destroyed) return clearInterval(drip)
          pieces++
          res.write(' ')
        }, 50)
        res.on('close', () => clearInterval(drip))
      })
      const http = client({ timeouts: { connectMs: 2_000, headersMs: 2_000, bodyMs: 2_000, totalMs: 600 } })
      const error = await failure(http.send({ method: 'GET', url: new URL(`${s.url}/status`) }))
      expect(error).toMatchObject({ failure: 'timeout', maybeDelivered: true })
      expect(error.message).toBe(`GET ${s.url}/status: no complete answer within the request timeout (600ms)`)
      // Well inside the bounds: the body kept coming, and the deadline, not the silence bound, ended it.
      expect(pieces).toBeGreaterThan(2)
    })

    it('the total deadline also bounds the wait for the headers', async () => {
      const s = await server(() => {})
      const http = client({ timeouts: { connectMs: 2_000, headersMs: 60_000, bodyMs: 60_000, totalMs: 300 } })
      const error = await failure(http.send({ method: 'POST', url: new URL(`${s.url}/decide`), json: {} }))
      expect(error).toMatchObject({ failure: 'timeout', maybeDelivered: true })
      expect(error.message).toMatch(/within the request timeout \(300ms\)$/)
      expect(s.requests).toHaveLength(1)
    })
  })
})
