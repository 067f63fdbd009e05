// How a failed request is told: what kind of failure, and whether the request may have reached the server
// (the approval POST is not idempotent, so "may have been applied" matters). Both transports report their
// failures under the same codes (undici's, for the bounds both enforce), so one table classifies them.

export type TransportFailure =
  | 'connect' // never reached the server: refused, DNS, connect timeout
  | 'certificate' // never reached the server: its TLS certificate is not trusted (retrying cannot help)
  | 'timeout' // sent, but no (complete) answer in time
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

/** The bounds both transports enforce, under undici's codes. */
export const CONNECT_TIMEOUT = 'UND_ERR_CONNECT_TIMEOUT'
export const HEADERS_TIMEOUT = 'UND_ERR_HEADERS_TIMEOUT'
export const BODY_TIMEOUT = 'UND_ERR_BODY_TIMEOUT'
/** The whole exchange, headers and body, took longer than its total deadline (requestTimeout). */
export const TOTAL_TIMEOUT = 'TOTAL_DEADLINE'
/** The caller's own shorter deadline came first (the status gate's timeout): raising requestTimeout won't help. */
export const CALLER_DEADLINE = 'CALLER_DEADLINE'
/** The server closed the connection before the answer was complete. */
export const SOCKET_CLOSED = 'UND_ERR_SOCKET'

const CONNECT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', CONNECT_TIMEOUT])

const CONNECT_PROBLEMS: Record<string, string> = {
  ENOTFOUND: 'the host name does not resolve',
  EAI_AGAIN: 'the host name could not be looked up just now',
  ECONNREFUSED: 'the connection was refused',
  EHOSTUNREACH: 'the host cannot be reached',
  ENETUNREACH: 'the network cannot be reached',
  [CONNECT_TIMEOUT]: 'no answer in time',
}

const CERTIFICATE_CODES = new Set([
  'CERT_HAS_EXPIRED',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'ERR_TLS_CERT_ALTNAME_INVALID',
])

const RESET_CODES = new Set(['ECONNRESET', SOCKET_CLOSED, 'EPIPE', 'UND_ERR_CLOSED'])

function errorCode(error: unknown): string | undefined {
  let current: unknown = error
  for (let depth = 0; depth < 4 && current && typeof current === 'object'; depth++) {
    const code = (current as { code?: unknown }).code
    if (typeof code === 'string') return code
    current = (current as { cause?: unknown }).cause
  }
  return undefined
}

/** An error with a code, as the transports raise for the bounds they enforce themselves. */
export function codedError(code: string, message: string): Error & { code: string } {
  return Object.assign(new Error(message), { code })
}

export function toTransportError(error: unknown, req: { method: string; url: URL; signal?: AbortSignal | undefined }): TransportError {
  if (error instanceof TransportError) return error
  const where = `${req.method} ${req.url.origin}${req.url.pathname}`
  if (req.signal?.aborted) return new TransportError('aborted', true, `${where} was cancelled`, { cause: error })
  const code = errorCode(error) ?? (error as Error)?.name ?? 'unknown'
  if (CERTIFICATE_CODES.has(code)) {
    return new TransportError('certificate', false, `${where}: could not connect, the server's certificate is not trusted (${code})`, { cause: error })
  }
  if (CONNECT_CODES.has(code)) {
    return new TransportError('connect', false, `${where}: could not connect, ${CONNECT_PROBLEMS[code] ?? 'the network failed'} (${code})`, { cause: error, code })
  }
  if (code === HEADERS_TIMEOUT || code === BODY_TIMEOUT) {
    return new TransportError('timeout', true, `${where}: no answer in time (${code})`, { cause: error })
  }
  if (code === TOTAL_TIMEOUT || code === CALLER_DEADLINE) {
    // The deadline's own words say which deadline it was (requestTimeout, or a caller's shorter one).
    return new TransportError('timeout', true, `${where}: ${(error as Error).message}`, { cause: error, code })
  }
  if (RESET_CODES.has(code)) {
    return new TransportError('reset', true, `${where}: the connection was dropped (${code})`, { cause: error })
  }
  return new TransportError('other', true, `${where}: ${code}`, { cause: error })
}
