// What the two transports (node-transport.ts, undici-transport.ts) and the client in front of them
// (transport.ts) share: the bounds, and the shape of a request and an answer between them.
import { DEFAULT_REQUEST_TIMEOUT_MS } from '../settings/request-timeout.js'

export interface Timeouts {
  /** TCP + TLS handshake. */
  connectMs: number
  /** From the request being written until the response headers arrive. */
  headersMs: number
  /** Longest silence allowed between two chunks of the body. */
  bodyMs: number
  /** The whole exchange, connecting to the end of the body: a body that trickles in is not read forever. */
  totalMs: number
}

export const DEFAULT_TIMEOUTS: Timeouts = { connectMs: 10_000, headersMs: 30_000, bodyMs: 30_000, totalMs: DEFAULT_REQUEST_TIMEOUT_MS }

/** How long an idle kept-alive connection stays open, on both transports. */
export const KEEP_ALIVE_MS = 30_000

/** What a transport hands back: the status, flat lower-case headers, and the body still to be read. */
export interface RawResponse {
  status: number
  headers: Record<string, string>
  /** Reads the body, at most `maxBytes` of it: past that, the connection is dropped instead of read on. */
  read(maxBytes: number): Promise<{ body: Buffer; truncated: boolean }>
}

export interface RawRequest {
  method: string
  url: URL
  headers: Record<string, string>
  body: string | undefined
  /** Aborted on the caller's cancellation and at the total deadline. */
  signal: AbortSignal
}

/** One transport: sends with the connect, headers and body-silence bounds, keeps connections alive. */
export interface Sender {
  request(req: RawRequest): Promise<RawResponse>
  close(): Promise<void>
  destroy(): Promise<void>
}

/** A proxy is configured: only the undici transport goes through one. */
export function hasProxy(env: NodeJS.ProcessEnv): boolean {
  return Boolean(env.http_proxy || env.HTTP_PROXY || env.https_proxy || env.HTTPS_PROXY)
}
