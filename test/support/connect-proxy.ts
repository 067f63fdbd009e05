// A tiny forward proxy on 127.0.0.1 for tests: it answers HTTP CONNECT by opening a tunnel to the target
// and piping bytes both ways, and records every CONNECT (target and headers). Requests in the plain
// forwarding form (`GET http://host/path`) are recorded and refused, so a test notices if a client stops
// tunnelling. It only ever tunnels to this machine.
import { createServer, type IncomingHttpHeaders } from 'node:http'
import { connect, type Socket } from 'node:net'

export interface ConnectRecord {
  /** `host:port` as asked for. */
  target: string
  headers: IncomingHttpHeaders
}

export interface ConnectProxy {
  /** e.g. http://127.0.0.1:40123 */
  url: string
  connects: ConnectRecord[]
  /** Request lines of non-CONNECT requests (refused with 501). */
  plainRequests: string[]
  close(): Promise<void>
}

export interface ConnectProxyOptions {
  /** Accept CONNECTs but never answer them: a proxy that has stalled. */
  stall?: boolean
}

const LOOPBACK = new Set(['127.0.0.1', '::1', '[::1]', 'localhost'])

export async function startConnectProxy(options: ConnectProxyOptions = {}): Promise<ConnectProxy> {
  const connects: ConnectRecord[] = []
  const plainRequests: string[] = []
  const sockets = new Set<Socket>()
  const track = (socket: Socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  }

  const server = createServer((req, res) => {
    plainRequests.push(`${req.method} ${req.url}`)
    req.resume()
    res.writeHead(501, { 'content-type': 'text/plain' }).end('this proxy only tunnels (CONNECT)')
  })
  server.on('connection', track)
  server.on('connect', (req, client: Socket, head: Buffer) => {
    const target = req.url ?? ''
    connects.push({ target, headers: { ...req.headers } })
    client.on('error', () => client.destroy())
    if (options.stall) return
    const match = /^(\[[^\]]+\]|[^:]+):(\d+)$/.exec(target)
    const host = match?.[1]
    if (!match || !host || !LOOPBACK.has(host)) {
      client.end('HTTP/1.1 403 Forbidden\r\ncontent-length: 0\r\n\r\n')
      return
    }
    const upstream = connect(Number(match[2]), host.replace(/^\[|\]$/g, ''))
    track(upstream)
    upstream.on('error', () => {
      if (!client.destroyed) client.end('HTTP/1.1 502 Bad Gateway\r\ncontent-length: 0\r\n\r\n')
      upstream.destroy()
    })
    upstream.once('connect', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      if (head.length > 0) upstream.write(head)
      upstream.pipe(client)
      client.pipe(upstream)
    })
    client.on('close', () => upstream.destroy())
    upstream.on('close', () => client.destroy())
  })

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const address = server.address()
  if (!address || typeof address === 'string') throw new Error('the proxy has no TCP address')
  return {
    url: `http://127.0.0.1:${address.port}`,
    connects,
    plainRequests,
    close: async () => {
      for (const socket of sockets) socket.destroy()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}
