// The pure half of the status gate: what one answer of the status URL means, where a redirect may go,
// and how long to wait before the next poll. No I/O here, so every rule is tested directly.
import { cleanRemoteText } from '../report/sanitize.js'
import { formatDuration } from '../settings/durations.js'
import { isLoopbackHost } from '../settings/urls.js'

/** How much of a remote body or value ends up in a message. */
export const EXCERPT_LENGTH = 200
export const VALUE_LENGTH = 100

export interface StatusAnswer {
  status: number
  /** Lower-case names. */
  headers: Record<string, string>
  text: string
  truncated: boolean
}

export interface StatusRules {
  /** Dot path, or '' when the HTTP status decides. */
  statusField: string
  /** Lower-case. */
  successValues: readonly string[]
  /** Lower-case. */
  failureValues: readonly string[]
}

/** Why a 2xx answer could not be read: kept apart so a timeout can explain a misconfigured field. */
export type BodyProblem = 'not-json' | 'missing-field' | 'not-scalar'

export type Classification =
  | { kind: 'success' | 'failure' | 'pending'; value: string; detail: string }
  | { kind: 'transient'; value?: string; detail: string; problem?: BodyProblem; retryAfterMs?: number }
  | { kind: 'error'; value?: string; detail: string }

export type FieldLookup = { found: true; value: unknown } | { found: false; detail: string }

/**
 * Follows a dot path (`build.result`, `items.0.state`) through parsed JSON. Numeric segments index
 * arrays; on objects every segment is a plain key.
 */
export function readField(data: unknown, path: string): FieldLookup {
  let current: unknown = data
  const segments = path.split('.')
  for (const [index, segment] of segments.entries()) {
    const parent = segments.slice(0, index).join('.') || 'the body'
    if (Array.isArray(current)) {
      if (!/^\d+$/.test(segment)) return { found: false, detail: `'${parent}' is an array and '${segment}' is not an index` }
      const position = Number(segment)
      if (position >= current.length) {
        return { found: false, detail: `'${parent}' has ${current.length} item(s), no index ${position}` }
      }
      current = current[position]
    } else if (current !== null && typeof current === 'object') {
      if (!Object.prototype.hasOwnProperty.call(current, segment)) {
        return { found: false, detail: `${parent === 'the body' ? 'the body' : `'${parent}'`} has no '${segment}'` }
      }
      current = (current as Record<string, unknown>)[segment]
    } else {
      return { found: false, detail: `'${parent}' is ${describeJsonType(current)}, not an object` }
    }
  }
  return { found: true, value: current }
}

function describeJsonType(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'object') return 'an object'
  return `a ${typeof value}`
}

/**
 * A short, cleaned excerpt of an untrusted body for messages. An HTML page (a proxy's error page, a login
 * page) is named by its title alone: its markup says nothing a person can use.
 */
export function bodyExcerpt(answer: Pick<StatusAnswer, 'text' | 'truncated'>, maxLength = EXCERPT_LENGTH): string {
  if (/^\s*<(!doctype\s+html|html|head|body)\b/i.test(answer.text)) {
    const title = cleanRemoteText(/<title[^>]*>([\s\S]*?)<\/title>/i.exec(answer.text)?.[1]?.replace(/\s+/g, ' ').trim() ?? '', Math.min(maxLength, 100))
    return title === '' ? 'an HTML page' : `an HTML page titled '${title}'`
  }
  const text = cleanRemoteText(answer.text, maxLength)
  if (text === '') return answer.truncated ? '(cut off)' : '(empty body)'
  return `'${text}'${answer.truncated ? ' (cut off)' : ''}`
}

function isRedirect(status: number): boolean {
  return status >= 300 && status < 400
}

function isTransientStatus(status: number): boolean {
  return status === 408 || status === 429 || (status >= 500 && status <= 599)
}

/** Classifies one answer (redirects excluded: the gate follows them first). */
export function classifyAnswer(answer: StatusAnswer, rules: StatusRules, nowMs: number): Classification {
  const { status } = answer
  if (status >= 200 && status < 300) return classifyBody(answer, rules)
  if (isTransientStatus(status)) {
    const retryAfter = status === 429 || status === 503 ? parseRetryAfter(answer.headers['retry-after'], nowMs) : undefined
    const detail = `HTTP ${status}${retryAfter !== undefined ? ` (Retry-After ${formatDuration(retryAfter)})` : ''}: ${bodyExcerpt(answer, 80)}`
    return retryAfter === undefined ? { kind: 'transient', detail } : { kind: 'transient', detail, retryAfterMs: retryAfter }
  }
  if (isRedirect(status)) {
    return { kind: 'error', detail: `HTTP ${status} redirect${answer.headers.location ? '' : ' without a Location'}` }
  }
  // 401/403/404 and the other 4xx (or anything stranger) will not get better by asking again.
  return { kind: 'error', detail: `HTTP ${status}: ${bodyExcerpt(answer)}` }
}

function classifyBody(answer: StatusAnswer, rules: StatusRules): Classification {
  if (rules.statusField === '') {
    return { kind: 'success', value: `HTTP ${answer.status}`, detail: `HTTP ${answer.status}` }
  }
  let data: unknown
  try {
    // What is left of a cut-off body may still parse (a long number, an object before padding), and
    // would then be read as if it were the whole answer.
    if (answer.truncated) throw new Error('cut off')
    data = JSON.parse(answer.text)
  } catch {
    const why = answer.truncated ? 'a JSON body, which was cut off at the size limit' : 'a JSON body'
    return {
      kind: 'transient',
      problem: 'not-json',
      detail: `expected ${why} with field '${rules.statusField}', got ${bodyExcerpt(answer, 120)}`,
    }
  }
  const lookup = readField(data, rules.statusField)
  if (!lookup.found) {
    return {
      kind: 'transient',
      problem: 'missing-field',
      detail: `expected field '${rules.statusField}' in the JSON body, but ${lookup.detail}; got ${bodyExcerpt(answer, 120)}`,
    }
  }
  const raw = lookup.value
  if (raw !== null && typeof raw === 'object') {
    const value = cleanRemoteText(JSON.stringify(raw), VALUE_LENGTH)
    return {
      kind: 'transient',
      problem: 'not-scalar',
      value,
      detail: `expected field '${rules.statusField}' to be a string, number or boolean, got ${describeJsonType(raw)}: '${value}'`,
    }
  }
  // null is what many CI servers report while a job still runs (Jenkins' `result`, say).
  const text = raw === null ? 'null' : String(raw)
  const value = cleanRemoteText(text, VALUE_LENGTH)
  const normalized = text.trim().toLowerCase()
  const described = `status field '${rules.statusField}' was '${value}'`
  if (raw !== null && rules.successValues.includes(normalized)) return { kind: 'success', value, detail: described }
  if (raw !== null && rules.failureValues.includes(normalized)) return { kind: 'failure', value, detail: described }
  return { kind: 'pending', value, detail: described }
}

/** `Retry-After` as ms from now: delay-seconds or an HTTP date. Undefined when absent or unreadable. */
export function parseRetryAfter(header: string | undefined, nowMs: number): number | undefined {
  if (header === undefined) return undefined
  const text = header.trim()
  if (/^\d+$/.test(text)) return Number(text) * 1_000
  // Dates only: Date.parse alone would read a bare "12" or "-1" as a year.
  if (!/[a-z]/i.test(text)) return undefined
  const at = Date.parse(text)
  if (Number.isNaN(at)) return undefined
  return Math.max(0, at - nowMs)
}

export type RedirectTarget = { ok: true; url: URL; sameOrigin: boolean } | { ok: false; detail: string }

/**
 * Where a redirect may lead: https anywhere, or loopback http when the status URL itself was loopback
 * http. `sameOrigin` says whether the status headers may still be sent.
 */
export function resolveRedirect(current: URL, original: URL, location: string | undefined): RedirectTarget {
  if (location === undefined || location.trim() === '') return { ok: false, detail: 'a redirect without a Location' }
  let target: URL
  try {
    target = new URL(location.trim(), current)
  } catch {
    return { ok: false, detail: `a redirect to an invalid URL '${cleanRemoteText(location, 80)}'` }
  }
  const loopbackHttp = target.protocol === 'http:' && isLoopbackHost(target.hostname)
  const originalLoopbackHttp = original.protocol === 'http:' && isLoopbackHost(original.hostname)
  if (target.protocol !== 'https:' && !(loopbackHttp && originalLoopbackHttp)) {
    return { ok: false, detail: `a redirect to ${describeUrl(target)}, which is not https` }
  }
  if (target.username !== '' || target.password !== '') {
    return { ok: false, detail: `a redirect to a URL with credentials (${describeUrl(target)})` }
  }
  target.hash = ''
  return { ok: true, url: target, sameOrigin: target.origin === original.origin }
}

/** A URL as it may appear in a log: no credentials and no query (either may carry a token). */
export function describeUrl(url: URL): string {
  return cleanRemoteText(`${url.protocol}//${url.host}${url.pathname}${url.search ? '?…' : ''}`, 200)
}

export interface WaitPlan {
  /** Polls done so far (1 after the first). */
  attempt: number
  pollIntervalMs: number
  maxPollIntervalMs: number
  /** Time left until the deadline. */
  remainingMs: number
  /** Returns a number in [0, 1). */
  random: () => number
  retryAfterMs?: number
}

/** Growth of the wait per attempt. */
export const BACKOFF_FACTOR = 1.5
/** Spread of the jitter around the backoff, as a fraction of it. */
export const JITTER = 0.2

/**
 * The wait before the next poll: pollInterval x1.5 per attempt up to maxPollInterval, spread by ±20%
 * jitter but kept within [pollInterval, maxPollInterval]; at least the server's Retry-After, yet never
 * longer than maxPollInterval; and never past the deadline, so the last poll lands on it.
 */
export function nextWait(plan: WaitPlan): number {
  const { pollIntervalMs: low, maxPollIntervalMs: high } = plan
  const base = Math.min(high, low * BACKOFF_FACTOR ** Math.max(0, plan.attempt - 1))
  const from = Math.max(low, base * (1 - JITTER))
  const to = Math.min(high, base * (1 + JITTER))
  const r = Math.min(Math.max(plan.random(), 0), 1)
  let wait = from + (to - from) * r
  if (plan.retryAfterMs !== undefined) wait = Math.min(Math.max(wait, plan.retryAfterMs), high)
  return Math.max(0, Math.round(Math.min(wait, plan.remainingMs)))
}
