// The one place that talks HTTP. Every request is bounded (connect, headers, body silence, a total deadline,
// size), never follows a redirect on its own, and reports failures as a TransportError that says whether the
// request may have reached the server.
//
// Two ways to the network, with the same bounds and failures: Node's own http/https (node-transport.ts) for
// the common case, and undici (undici-transport.ts) when a proxy or a custom CA is configured, loaded with
// `import()` only then: evaluating undici was the largest single cost of a cold run. This module holds what
// both share: the request's shape, the size cap, the total deadline and how failures are told.
import { formatDuration } from '../settings/durations.js'
import { createNodeSender } from './node-transport.js'
import { CALLER_DEADLINE, codedError, TOTAL_TIMEOUT, toTransportError } from './transport-errors.js'
import { DEFAULT_TIMEOUTS, hasProxy, type RawResponse, type Sender, type Timeouts } from './transport-types.js'

export { TransportError, type TransportFailure } from './transport-errors.js'
export type { Timeouts } from './transport-types.js'

/** Larger answers are cut off: neither Harness nor a status endpoint has a reason to send more. */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024

export interface HttpRequest {
  method: 'GET' | 'POST' | 'PUT'
  url: URL
  headers?: Record<string, string>
  /** Sent as JSON with a matching Content-Type. */
  json?: unknown
  signal?: AbortSignal
  /**
   * A shorter total deadline for this request alone (a caller's own deadline, such as the status gate's
   * timeout); it never lengthens the client's `totalMs`.
   */
  totalMs?: number
}

export interface HttpResponse {
  status: number
  headers: Record<string, string>
  /** The body as text, at most `maxBodyBytes` of it. */
  text: string
  /** True when the body was longer than the cap and was cut off. */
  truncated: boolean
}

export interface HttpClient {
  send(req: HttpRequest): Promise<HttpResponse>
  /** Waits for requests in flight, then closes the kept-alive connections. */
  close(): Promise<void>
  /** Drops every connection at once (after a cancellation). */
  destroy(): Promise<void>
}

export interface HttpClientOptions {
  timeouts?: Partial<Timeouts>
  maxBodyBytes?: number
  /** Extra trusted CA certificates (PEM), added to Node's own roots and NODE_EXTRA_CA_CERTS. */
  caCert?: string
  env?: NodeJS.ProcessEnv
  /**
   * undici even without a proxy or a caCert (which choose it by themselves): the tests run each network
   * suite over both transports, so that neither can drift from the other.
   */
  transport?: 'undici'
}

/**
 * A client whose transport keeps connections alive across every request of the run, so a 30-minute poll or
 * a batch of executions costs one connection per origin.
 */
export function createHttpClient(options: HttpClientOptions = {}): HttpClient {
  const timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts }
  // Connecting must fail as connecting (never delivered, retried at once) before a short requestTimeout ends
  // the request as "too slow, may have been delivered": it gets at most half of it, less the half second
  // undici's connect timer may run late (a quarter of it at the least).
  timeouts.connectMs = Math.min(timeouts.connectMs, Math.max(timeouts.totalMs / 2 - 500, timeouts.totalMs / 4))
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES
  const env = options.env ?? process.env
  let made: Sender | Promise<Sender>
  if (options.transport === 'undici' || options.caCert || hasProxy(env)) {
    // Loaded on first use; should that fail, each call reports it (never an unhandled rejection).
    made = import('./undici-transport.js').then((m) => m.createUndiciSender(timeouts, options.caCert, env))
    made.catch(() => {})
  } else {
    made = createNodeSender(timeouts)
  }
  const sender = async () => made
  return {
    send: async (req) => send(await sender(), req, timeouts.totalMs, maxBodyBytes),
    close: async () => (await sender()).close(),
    destroy: async () => (await sender()).destroy(),
  }
}

async function send(sender: Sender, req: HttpRequest, clientTotalMs: number, maxBodyBytes: number): Promise<HttpResponse> {
  const totalMs = Math.max(0, Math.min(req.totalMs ?? clientTotalMs, clientTotalMs))
  const headers: Record<string, string> = { accept: 'application/json', ...req.headers }
  let body: string | undefined
  if (req.json !== undefined) {
    body = JSON.stringify(req.json)
    headers['content-type'] = 'application/json'
  }
  // One signal for both ends of a request: the caller's cancellation and the total deadline.
  const controller = new AbortController()
  const cancel = () => controller.abort(req.signal?.reason)
  if (req.signal?.aborted) cancel()
  req.signal?.addEventListener('abort', cancel, { once: true })
  // Named so that a user knows what to raise: requestTimeout, unless the caller's own deadline came first.
  const [code, within] =
    req.totalMs !== undefined && req.totalMs < clientTotalMs
      ? [CALLER_DEADLINE, `in the ${formatDuration(totalMs)} left`]
      : [TOTAL_TIMEOUT, `within the request timeout (${formatDuration(totalMs)})`]
  const deadline = setTimeout(() => controller.abort(codedError(code, `no complete answer ${within}`)), totalMs)
  const fail = (error: unknown) => {
    const expired = controller.signal.aborted && !req.signal?.aborted
    return toTransportError(expired ? controller.signal.reason : error, req)
  }
  try {
    let response: RawResponse
    try {
      response = await sender.request({ method: req.method, url: req.url, headers, body, signal: controller.signal })
    } catch (error) {
      throw fail(error)
    }
    let read: { body: Buffer; truncated: boolean }
    try {
      read = await response.read(maxBodyBytes)
    } catch (error) {
      throw fail(error)
    }
    // Either transport hands the connection back to its pool a turn after the body ends; a request sent
    // before that (the POST right after its read) would find it busy and open a second one. One turn keeps a
    // run on one connection per origin.
    await new Promise((resolve) => setImmediate(resolve))
    return { status: response.status, headers: response.headers, text: read.body.toString('utf8'), truncated: read.truncated }
  } finally {
    clearTimeout(deadline)
    req.signal?.removeEventListener('abort', cancel)
  }
}
