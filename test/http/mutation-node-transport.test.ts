// Node's own http/https path (src/http/node-transport.ts) on its own, over real sockets on 127.0.0.1: the
// words and codes of the headers and body bounds (a stalled handshake is in network-limits.test.ts), a
// connection closed under a request or a body, the body's length header, a scheme it does not speak, and
// closing: in-flight requests finish first, kept-alive sockets then close.
import { createServer, type Server, type Socket } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { createNodeSender } from '../../src/http/node-transport.js'
import type { RawRequest, Sender } from '../../src/http/transport-types.js'

const TIMEOUTS = { connectMs: 2_000, headersMs: 300, bodyMs: 300, totalMs: 10_000 }
const servers: Server[] = []
const senders: Sender[] = []

/** A TCP server on 127.0.0.1 that hands each connection, and what it received so far, to `onData`. */
async function tcp(onData: (socket: Socket, received: string) => void) {
  const sockets: Socket[] = []
  const closed: Socket[] = []
  const server = createServer((socket) => {
    sockets.push(socket)
    socket.on('close', () => closed.push(socket))
    let received = ''
    socket.on('data', (chunk) => {
      received += chunk.toString('latin1')
      if (received.includes('\r\n\r\n')) onData(socket, received)
    })
  })
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  return { url: new URL(`http://127.0.0.1:${port}/x`), sockets, closed }
}

function sender() {
  const s = createNodeSender(TIMEOUTS)
  senders.push(s)
  return s
}

const request = (url: URL, extra: Partial<RawRequest> = {}): RawRequest => ({ method: 'GET', url, headers: {}, body: undefined, signal: new AbortController().signal, ...extra })
const failure = (p: Promise<unknown>) => p.then(() => Promise.reject(new Error('expected a failure')), (e: unknown) => e as Error & { code?: string })
const ANSWER = 'HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: keep-alive\r\n\r\nok'

afterEach(async () => {
  for (const s of senders.splice(0)) await s.destroy()
  for (const server of servers.splice(0)) server.close()
})

describe('the node:http sender', () => {
  it('words the headers and body bounds with their code, what they bounded and how long', async () => {
    const silent = await tcp(() => undefined)
    const headers = await failure(sender().request(request(silent.url)))
    expect(headers).toMatchObject({ code: 'UND_ERR_HEADERS_TIMEOUT', message: 'headers timeout after 300 ms' })
    const stalled = await tcp((socket) => socket.write('HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nab'))
    const answer = await sender().request(request(stalled.url))
    expect(answer.status).toBe(200)
    expect(await failure(answer.read(1_000))).toMatchObject({ code: 'UND_ERR_BODY_TIMEOUT', message: 'body timeout after 300 ms' })
  })

  it('tells a connection closed before the answer, or inside the body, as closed by the other side', async () => {
    const hangUp = await tcp((socket) => socket.destroy())
    expect(await failure(sender().request(request(hangUp.url)))).toMatchObject({ code: 'UND_ERR_SOCKET', message: 'other side closed (socket hang up)' })
    const cut = await tcp((socket) => socket.end('HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nab'))
    const answer = await sender().request(request(cut.url))
    const error = await failure(answer.read(1_000))
    expect(error.code).toBe('UND_ERR_SOCKET')
    expect(error.message).toMatch(/^other side closed/)
  })

  it('leaves other failures as Node tells them', async () => {
    const { url } = await tcp(() => undefined)
    servers.pop()!.close()
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(await failure(sender().request(request(url)))).toMatchObject({ code: 'ECONNREFUSED' })
  })

  it('sends a body with its length in bytes, not characters', async () => {
    let seen = ''
    const echo = await tcp((socket, received) => {
      seen = received
      socket.write(ANSWER)
    })
    const answer = await sender().request(request(echo.url, { method: 'POST', body: '{"c":"é✓"}', headers: { 'content-type': 'application/json' } }))
    expect(answer.status).toBe(200)
    expect(seen.toLowerCase()).toContain('\r\ncontent-length: 13\r\n')
  })

  it('refuses a scheme other than http and https, sending nothing', async () => {
    expect(await failure(sender().request(request(new URL('ftp://127.0.0.1/x'))))).toMatchObject({ code: 'ERR_INVALID_PROTOCOL', message: 'ftp: is not http or https' })
  })

  it('close() lets a request in flight finish, then closes the kept-alive connection; destroy() closes at once', async () => {
    let answerLater: (() => void) | undefined
    const slow = await tcp((socket) => (answerLater = () => socket.write(ANSWER)))
    const s = sender()
    const pending = s.request(request(slow.url))
    await new Promise((resolve) => setTimeout(resolve, 50))
    let closed = false
    const closing = s.close().then(() => (closed = true))
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(closed).toBe(false)
    answerLater!()
    const answer = await pending
    expect((await answer.read(100)).body.toString()).toBe('ok')
    await closing
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(slow.closed).toHaveLength(1)

    const idle = await tcp((socket) => socket.write(ANSWER))
    const other = sender()
    await (await other.request(request(idle.url))).read(100)
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(idle.closed).toHaveLength(0) // kept alive
    await other.destroy()
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(idle.closed).toHaveLength(1)
  })
})
