// The one place that talks HTTP. Every request is bounded (connect, headers, body, size), never follows a
// redirect on its own, and reports failures as a TransportError that says whether the request may have
// reached the server: the approval POST is not idempotent, so "may have been applied" matters.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Dispatcher, EnvHttpProxyAgent } from 'undici'
// undici's own modules, not its index: the index builds fetch, WebSocket, the cache and the mocks, and
// loads about a hundred Node built-ins (http2, zlib, worker_threads, ...) that a run never uses.
// Their paths are undici internals: package.json pins its exact version, and test/http/undici-modules.test.ts
// fails when an update moves them.
import Agent from 'undici/lib/dispatcher/agent.js'
import Pool from 'undici/lib/dispatcher/pool.js'
import undiciRequest from 'undici/lib/api/api-request.js'

// For built-ins only some runs need: a static import would load them in every run.
const loadBuiltin = createRequire(import.meta.url)

export interface Timeouts {
  /** TCP + TLS handshake. */
  connectMs: number
  /** From the request being written until the response headers arrive. */
  headersMs: number
  /** Longest silence allowed between two chunks of the body. */
  bodyMs: number
  /**
   * The whole request, from sending it to the last byte of the body. The idle timeouts above reset on every
   * chunk, so without this a body trickling one byte a second would hold the run for as long as it lasts.
   * Default DEFAULT_TOTAL_MS.
   */
  totalMs?: number
}

export const DEFAULT_TOTAL_MS = 60_000
export const DEFAULT_TIMEOUTS: Required<Timeouts> = { connectMs: 10_000, headersMs: 30_000, bodyMs: 30_000, totalMs: DEFAULT_TOTAL_MS }

/** Larger answers are cut off: neither Harness nor a status endpoint has a reason to send more. */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024

export interface HttpRequest {
  method: 'GET' | 'POST' | 'PUT'
  url: URL
  headers?: Record<string, string>
  /** Sent as JSON with a matching Content-Type. */
  json?: unknown
  signal?: AbortSignal
  /** A shorter total deadline for this request alone (a caller's own deadline); never longer than `totalMs`. */
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

export type TransportFailure =
  | 'connect' // never reached the server: refused, DNS, connect timeout
  | 'certificate' // never reached the server: its TLS certificate is not trusted (retrying cannot help)
  | 'timeout' // sent, but no (complete) answer in time: headers, a silence in the body, or the total deadline
  | 'reset' // sent, then the connection dropped
  | 'aborted' // cancelled by our own signal
  | 'other'

export class TransportError extends Error {
  constructor(
    readonly failure: TransportFailure,
    /** False only when the request provably never left this machine. */
    readonly maybeDelivered: boolean,
    message: string,
    options?: { cause?: unknown; code?: string },
  ) {
    super(message, options)
    this.name = 'TransportError'
    this.code = options?.code
  }

  /** The system or undici error code behind it (ECONNREFUSED, ENOTFOUND, …), when there was one. */
  readonly code: string | undefined
}

export interface HttpClient {
  send(req: HttpRequest): Promise<HttpResponse>
  /** Waits for requests in flight, then closes the kept-alive connections. */
  close(): Promise<void>
  /** Drops every connection at once (after a cancellation). */
  destroy(): Promise<void>
}

export interface HttpClientOptions {
  timeouts?: Timeouts
  maxBodyBytes?: number
  /** Extra trusted CA certificates (PEM), added to Node's own roots and NODE_EXTRA_CA_CERTS. */
  caCert?: string
  /** For tests: a ready dispatcher (a MockAgent, say). */
  dispatcher?: Dispatcher
  env?: NodeJS.ProcessEnv
}

/**
 * A client whose single dispatcher keeps connections alive across every request of the run, so a
 * 30-minute poll or a batch of executions costs one connection per origin.
 */
export function createHttpClient(options: HttpClientOptions = {}): HttpClient {
  const timeouts = options.timeouts ?? DEFAULT_TIMEOUTS
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES
  const made = options.dispatcher ?? createDispatcher(timeouts, options.caCert, options.env ?? process.env)
  // A proxy agent is loaded on first use; should that fail, each call reports it (never an unhandled rejection).
  if (made instanceof Promise) made.catch(() => {})
  const dispatcher = async () => made
  return {
    send: async (req) => send(await dispatcher(), req, timeouts, maxBodyBytes),
    close: async () => (await dispatcher()).close(),
    destroy: async () => (await dispatcher()).destroy(),
  }
}

function hasProxy(env: NodeJS.ProcessEnv): boolean {
  return Boolean(env.http_proxy || env.HTTP_PROXY || env.https_proxy || env.HTTPS_PROXY)
}

/** Setting `ca` replaces Node's trust store, so the roots and NODE_EXTRA_CA_CERTS are added back. */
export function trustedCas(caCert: string, env: NodeJS.ProcessEnv): string[] {
  const { rootCertificates } = loadBuiltin('node:tls') as typeof import('node:tls')
  const cas = [...rootCertificates]
  const extraPath = env.NODE_EXTRA_CA_CERTS
  if (extraPath) {
    try {
      cas.push(readFileSync(extraPath, 'utf8'))
    } catch {
      // Node itself only warns about an unreadable NODE_EXTRA_CA_CERTS; so do we, by ignoring it.
    }
  }
  cas.push(caCert)
  return cas
}

function createDispatcher(
  timeouts: Timeouts,
  caCert: string | undefined,
  env: NodeJS.ProcessEnv,
): Dispatcher | Promise<Dispatcher> {
  const tls = { timeout: timeouts.connectMs, ...(caCert ? { ca: trustedCas(caCert, env) } : {}) }
  const common = { connect: tls, keepAliveTimeout: 30_000 }
  if (hasProxy(env)) return createProxyAgent(timeouts, common, env)
  return new Agent(common)
}

/**
 * Only when a proxy is configured: the proxy agent is not loaded otherwise, and undici warns on stderr
 * each time one is constructed.
 */
async function createProxyAgent(
  timeouts: Timeouts,
  common: { connect: { timeout: number; ca?: string[] }; keepAliveTimeout: number },
  env: NodeJS.ProcessEnv,
): Promise<Dispatcher> {
  const [{ default: DispatcherClass }, { default: api }, { default: EnvAgent }] = await Promise.all([
    import('undici/lib/dispatcher/dispatcher.js'),
    import('undici/lib/api/index.js'),
    import('undici/lib/dispatcher/env-http-proxy-agent.js'),
  ])
  // The proxy agent opens its tunnel with `connect()`, a method undici's index adds to every dispatcher;
  // without the index, it is added here the same way.
  Object.assign(DispatcherClass.prototype, api)
  const tls = common.connect
  // The env agent hands its options on to each ProxyAgent, which reads the TLS settings for the target
  // (requestTls) and the proxy (proxyTls) from them; undici's type for the env agent omits those two.
  return new EnvAgent({
    ...common,
    requestTls: tls,
    proxyTls: tls,
    // The proxy settings come from the same environment that decided a proxy is needed (undici would
    // read process.env itself); '' means none.
    httpProxy: env.http_proxy || env.HTTP_PROXY || '',
    httpsProxy: env.https_proxy || env.HTTPS_PROXY || '',
    noProxy: env.no_proxy ?? env.NO_PROXY ?? '',
    // The proxy's answer to CONNECT is part of connecting: without this, a proxy that accepts the
    // connection and then says nothing holds the request for undici's default of five minutes.
    clientFactory: (origin: URL, opts: object) => new Pool(origin, { ...opts, headersTimeout: timeouts.connectMs }),
  } as EnvHttpProxyAgent.Options)
}

async function send(
  dispatcher: Dispatcher,
  req: HttpRequest,
  timeouts: Timeouts,
  maxBodyBytes: number,
): Promise<HttpResponse> {
  const headers: Record<string, string> = { accept: 'application/json', ...req.headers }
  let body: string | undefined
  if (req.json !== undefined) {
    body = JSON.stringify(req.json)
    headers['content-type'] = 'application/json'
  }
  const totalMs = timeouts.totalMs ?? DEFAULT_TOTAL_MS
  const deadline = new TotalDeadline(Math.min(req.totalMs ?? totalMs, totalMs), req.signal)
  let response: Dispatcher.ResponseData
  let text: string
  let truncated: boolean
  try {
    try {
      response = await undiciRequest.call(dispatcher, {
        origin: req.url.origin,
        path: `${req.url.pathname}${req.url.search}`,
        method: req.method,
        headers,
        body,
        signal: deadline.signal,
        headersTimeout: timeouts.headersMs,
        bodyTimeout: timeouts.bodyMs,
        maxRedirections: 0,
      })
    } catch (error) {
      throw toTransportError(error, req, deadline)
    }
    ;({ text, truncated } = await readBounded(response.body, maxBodyBytes, req, deadline))
  } finally {
    deadline.clear()
  }
  const flat: Record<string, string> = {}
  for (const [name, value] of Object.entries(response.headers)) {
    if (value !== undefined) flat[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value
  }
  // undici returns the connection to its pool on the next turn of the event loop; a request sent before
  // that (the POST right after its read) would find it busy and open a second one. One turn keeps a run
  // on one connection per origin.
  await new Promise((resolve) => setImmediate(resolve))
  return { status: response.statusCode, headers: flat, text, truncated }
}

/**
 * One timer for the whole request: it aborts the request's own signal when it fires, and passes the
 * caller's cancellation on. `expired` tells the deadline apart from a cancellation.
 */
class TotalDeadline {
  readonly signal: AbortSignal
  expired = false
  private readonly controller = new AbortController()
  private readonly timer: ReturnType<typeof setTimeout>
  private readonly onCancel: () => void

  constructor(
    readonly ms: number,
    private readonly cancel: AbortSignal | undefined,
  ) {
    this.signal = this.controller.signal
    this.onCancel = () => this.controller.abort(cancel?.reason)
    if (cancel?.aborted) this.onCancel()
    else cancel?.addEventListener('abort', this.onCancel, { once: true })
    this.timer = setTimeout(() => {
      this.expired = true
      this.controller.abort(new Error('total deadline'))
    }, Math.max(0, ms))
  }

  clear(): void {
    clearTimeout(this.timer)
    this.cancel?.removeEventListener('abort', this.onCancel)
  }
}

async function readBounded(
  body: Dispatcher.ResponseData['body'],
  maxBytes: number,
  req: HttpRequest,
  deadline: TotalDeadline,
): Promise<{ text: string; truncated: boolean }> {
  const chunks: Buffer[] = []
  let size = 0
  try {
    for await (const chunk of body) {
      const buf = chunk as Buffer
      if (size + buf.length > maxBytes) {
        chunks.push(buf.subarray(0, maxBytes - size))
        // Stop reading: destroying the stream drops the connection instead of downloading the rest.
        body.destroy()
        return { text: Buffer.concat(chunks).toString('utf8'), truncated: true }
      }
      chunks.push(buf)
      size += buf.length
    }
  } catch (error) {
    throw toTransportError(error, req, deadline)
  }
  return { text: Buffer.concat(chunks).toString('utf8'), truncated: false }
}

const CONNECT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
])

const CONNECT_PROBLEMS: Record<string, string> = {
  ENOTFOUND: 'the host name does not resolve',
  EAI_AGAIN: 'the host name could not be looked up just now',
  ECONNREFUSED: 'the connection was refused',
  EHOSTUNREACH: 'the host cannot be reached',
  ENETUNREACH: 'the network cannot be reached',
  UND_ERR_CONNECT_TIMEOUT: 'no answer in time',
}

const CERTIFICATE_CODES = new Set([
  'CERT_HAS_EXPIRED',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'ERR_TLS_CERT_ALTNAME_INVALID',
])

function errorCode(error: unknown): string | undefined {
  let current: unknown = error
  for (let depth = 0; depth < 4 && current && typeof current === 'object'; depth++) {
    const code = (current as { code?: unknown }).code
    if (typeof code === 'string') return code
    current = (current as { cause?: unknown }).cause
  }
  return undefined
}

function toTransportError(error: unknown, req: HttpRequest, deadline: TotalDeadline): TransportError {
  if (error instanceof TransportError) return error
  const where = `${req.method} ${req.url.origin}${req.url.pathname}`
  if (req.signal?.aborted) return new TransportError('aborted', true, `${where} was cancelled`, { cause: error })
  if (deadline.expired) {
    return new TransportError('timeout', true, `${where}: no complete answer within ${deadline.ms / 1000}s (the whole request's deadline)`, { cause: error })
  }
  const code = errorCode(error) ?? (error as Error)?.name ?? 'unknown'
  if (CERTIFICATE_CODES.has(code)) {
    return new TransportError('certificate', false, `${where}: could not connect, the server's certificate is not trusted (${code})`, { cause: error })
  }
  if (CONNECT_CODES.has(code)) {
    return new TransportError('connect', false, `${where}: could not connect, ${CONNECT_PROBLEMS[code] ?? 'the network failed'} (${code})`, { cause: error, code })
  }
  if (code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT') {
    return new TransportError('timeout', true, `${where}: no answer in time (${code})`, { cause: error })
  }
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' || code === 'EPIPE' || code === 'UND_ERR_CLOSED') {
    return new TransportError('reset', true, `${where}: the connection was dropped (${code})`, { cause: error })
  }
  return new TransportError('other', true, `${where}: ${code}`, { cause: error })
}
