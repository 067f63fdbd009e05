// What every Harness API answer shares when it is not a success: the documented causes, the error that
// carries one, the error for a body that is not what Harness documents, and the ErrorDTO message parsing.
// Pipeline approvals and STO exemptions classify their own answers; both throw these.
import type { TransportError } from '../http/transport.js'
import { TOTAL_TIMEOUT } from '../http/transport-errors.js'

/**
 * Every cause a failure is reported with: the `cause` of a failed row in the `result` output (and --json),
 * for scripts to tell failures apart. The README's Troubleshooting table lists each.
 */
export const CAUSE_IDS = [
  'not-authorized',
  'service-account-not-approver',
  'service-account-unsupported',
  'disallowed-user',
  'key-owner-missing',
  'execution-check-failed',
  'wrong-scope',
  'wrong-stage',
  'nothing-waiting',
  'several-waiting',
  'already-finished',
  'invalid-inputs',
  'bad-action',
  'missing-account',
  'bad-key',
  'token-expired',
  'forbidden',
  'not-found',
  'wrong-base-url',
  'execution-not-found',
  'execution-finished',
  'rate-limited',
  // Harness (or a proxy in front of it) answered with a 5xx.
  'server-error',
  // No answer at all: the connection was refused or timed out, the host name does not resolve, the
  // certificate is not trusted, or reads kept timing out or dropping. Not a server's error: none answered.
  'unreachable',
  'not-json',
  'redirect',
  'not-recorded',
  'unknown',
] as const

export type CauseId = (typeof CAUSE_IDS)[number]

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

/**
 * Where the Harness API is, for a fix that names a wrong baseUrl: SaaS, the other clusters, self-managed.
 * Features use it with their own words for the cause.
 */
export const BASE_URL_FIX =
  'Check {baseUrl}: Harness SaaS is https://app.harness.io/gateway (some accounts are on another cluster, such as https://app3.harness.io/gateway or https://accounts.eu.harness.io/gateway); a self-managed install is your own domain, usually without /gateway.'

/**
 * Whether the answer is Harness's for a path or method its Java services do not have: not a 404 but a 400
 * `RESOURCE_NOT_FOUND_EXCEPTION` with Jersey's "HTTP 404 Not Found" (or 405) inside. It means the baseUrl
 * is wrong, whichever service the request was for.
 */
export function isUnknownPathAnswer(status: number, message: string | undefined, code: string | undefined): boolean {
  return code === 'RESOURCE_NOT_FOUND_EXCEPTION' || (status === 400 && /^HTTP 40[45] /.test(message ?? ''))
}

/** The cause for an answer `isUnknownPathAnswer` recognises, in the same words for every service. */
export function wrongBaseUrlCause(status: number, harnessMessage: string): HarnessCause {
  return {
    id: 'wrong-base-url',
    title: 'Harness API not found at this base URL',
    explanation: 'Harness answered that it has no such path: the base URL does not lead to the Harness API.',
    fix: BASE_URL_FIX,
    status,
    harnessMessage,
  }
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
  // An answer that began but did not end in time: the server was reached, and the deadline is ours to raise.
  const slow = error.code === TOTAL_TIMEOUT
  const fix = slow
    ? `Raise {requestTimeout} if ${service} answers this slowly; else check proxies (HTTPS_PROXY, NO_PROXY) and the network in between.`
    : error.failure === 'certificate'
      ? "Trust the server's CA (NODE_EXTRA_CA_CERTS, or {caCert} with the PEM); check {baseUrl} and any proxy that intercepts TLS (HTTPS_PROXY, NO_PROXY)."
      : "Check {baseUrl} (a mistyped host name?), proxies (HTTPS_PROXY, NO_PROXY) and whether the runner's network reaches that host."
  return { id: 'unreachable', title: slow ? `${service} answered too slowly` : `Could not reach ${service}`, explanation: `${error.message}.`, fix, status: 0, harnessMessage: '' }
}
