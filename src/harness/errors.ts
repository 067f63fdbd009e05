// What every Harness API answer shares when it is not a success: the documented causes, the error that
// carries one, the error for a body that is not what Harness documents, and the ErrorDTO message parsing.
// Pipeline approvals and STO exemptions classify their own answers; both throw these.
import type { TransportError } from '../http/transport.js'

export type CauseId =
  | 'not-authorized'
  | 'service-account-not-approver'
  | 'service-account-unsupported'
  | 'disallowed-user'
  | 'key-owner-missing'
  | 'execution-check-failed'
  | 'wrong-scope'
  | 'nothing-waiting'
  | 'several-waiting'
  | 'already-finished'
  | 'invalid-inputs'
  | 'bad-action'
  | 'missing-account'
  | 'bad-key'
  | 'token-expired'
  | 'forbidden'
  | 'not-found'
  | 'wrong-base-url'
  | 'execution-not-found'
  | 'execution-finished'
  | 'rate-limited'
  | 'server-error'
  | 'not-json'
  | 'redirect'
  | 'not-recorded'
  | 'unknown'

export interface HarnessCause {
  id: CauseId
  /** Short annotation title. */
  title: string
  /** What happened, in plain words. */
  explanation: string
  /** What the user can do about it. */
  fix: string
  /** HTTP status of the answer. */
  status: number
  /** Harness's own message, cleaned and bounded; '' when there was none. */
  harnessMessage: string
}

/**
 * The Harness message (and ErrorDTO `code`, when a string) in either documented error shape; no message
 * when the body is not one.
 */
export function harnessMessage(text: string): { message?: string; code?: string; json: boolean } {
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    return { json: false }
  }
  if (body && typeof body === 'object') {
    const record = body as Record<string, unknown>
    const code = typeof record.code === 'string' && record.code !== '' ? { code: record.code } : {}
    for (const key of ['message', 'detailedMessage', 'error']) {
      if (typeof record[key] === 'string' && record[key] !== '') return { message: record[key] as string, ...code, json: true }
    }
    return { ...code, json: true }
  }
  return { json: true }
}

/** A Harness answer that was not a success, with its documented cause. */
export class HarnessApiError extends Error {
  constructor(readonly harnessCause: HarnessCause) {
    const cause = harnessCause
    super(`${cause.title}: ${cause.explanation}${cause.harnessMessage ? ` Harness said: "${cause.harnessMessage}"` : ''}`)
    this.name = 'HarnessApiError'
  }
}

/** A 200 whose body is not what Harness documents: the outcome of a POST is then unclear. */
export class UnexpectedBodyError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UnexpectedBodyError'
  }
}

/**
 * Harness could not be reached (or its certificate is not trusted): what happened, naming the URL without
 * its query, and what to check. `{name}` marks an input, phrased by each front end in its own terms.
 */
export function unreachableCause(error: TransportError, service: string): HarnessCause {
  const fix =
    error.failure === 'certificate'
      ? "Trust the server's CA (NODE_EXTRA_CA_CERTS, or {caCert} with the PEM); check {baseUrl} and any proxy that intercepts TLS (HTTPS_PROXY, NO_PROXY)."
      : "Check {baseUrl} (a mistyped host name?), proxies (HTTPS_PROXY, NO_PROXY) and whether the runner's network reaches that host."
  return { id: 'server-error', title: `Could not reach ${service}`, explanation: `${error.message}.`, fix, status: 0, harnessMessage: '' }
}
