// Real sockets for "nothing is there": a port on 127.0.0.1 that refuses connections.
import type { Server as HttpServer } from 'node:http'
import { createServer, type Server, type Socket } from 'node:net'

/** A port nothing listens on: bound, then released. */
export async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}

export interface Listening {
  port: number
  /** Connections accepted so far. */
  connections: () => number
  /** Drops every open socket (a hung server would otherwise keep close() waiting), then stops listening. */
  close: () => Promise<void>
}

/** Starts `server` on a free port of 127.0.0.1, keeping track of its sockets so it can be stopped at once. */
export async function listenOnLoopback(server: Server | HttpServer): Promise<Listening> {
  const sockets = new Set<Socket>()
  let connections = 0
  server.on('connection', (socket: Socket) => {
    connections++
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()))
  const address = server.address()
  if (!address || typeof address === 'string') throw new Error('no TCP address')
  return {
    port: address.port,
    connections: () => connections,
    close: async () => {
      for (const socket of sockets) socket.destroy()
      await new Promise((resolve) => server.close(resolve))
    },
  }
}
