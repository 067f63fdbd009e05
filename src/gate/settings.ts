// Inputs of the status gate: an external job's status URL polled until it reports success or failure,
// before any decision is posted. Every problem is collected; header values and URL credentials are
// secrets and are masked before anything else happens to them.
import { formatDuration, parseDuration, parseDurationInput } from '../settings/durations.js'
import type { InputReader, Problems } from '../settings/problems.js'
import { hasUnsafeUrlText, isAllowedScheme } from '../settings/urls.js'

export type OnGateFailure = 'reject' | 'fail'
export type OnGateTimeout = 'fail' | 'reject'

export interface GateSettings {
  /**
   * The URL polled with GET. https, or http for a loopback host (127.0.0.0/8, ::1, localhost). Any
   * userinfo has been moved into an `authorization: Basic` header, so the URL itself holds no secret.
   */
  statusUrl: URL
  /**
   * Sent with every poll; names lower-cased (so `Accept` replaces the default rather than doubling it).
   * Values are secrets. They are dropped once a redirect leaves the status URL's origin.
   */
  statusHeaders: Record<string, string>
  /** Dot path into the JSON body (`status`, `build.result`, `items.0.state`); '' means the HTTP status decides. */
  statusField: string
  /** Field values meaning success: trimmed, lower-case, compared case-insensitively. */
  successValues: string[]
  /** Field values meaning failure: trimmed, lower-case, never overlapping `successValues`. */
  failureValues: string[]
  /** First wait between two polls, in ms. */
  pollIntervalMs: number
  /** Longest wait between two polls, in ms; the backoff grows from `pollIntervalMs` up to it. */
  maxPollIntervalMs: number
  /** How long to wait for a final status, in ms; the last poll happens at this deadline. */
  timeoutMs: number
  /** What a failure status leads to: reject the approval, or fail the run without deciding. */
  onFailure: OnGateFailure
  /** What no final status within `timeoutMs` leads to: fail the run without deciding, or reject. */
  onTimeout: OnGateTimeout
}

// Only words that say how a job ended. 'completed', 'complete', 'done' and 'finished' say only that it
// ended: GitHub answers a failed run with {"status": "completed", "conclusion": "failure"}.
export const DEFAULT_SUCCESS_VALUES = [
  'success', 'succeeded', 'successful', 'passed', 'pass', 'ok', 'approved', 'green',
]
export const DEFAULT_FAILURE_VALUES = [
  'failure', 'failed', 'fail', 'error', 'errored', 'cancelled', 'canceled', 'aborted', 'rejected', 'timed_out',
  'timedout', 'expired', 'startup_failure', 'unstable', 'red',
]
/** Values that say a job ended but not how: never success or failure by default, and worth a hint. */
export const ENDED_WITHOUT_OUTCOME = ['completed', 'complete', 'done', 'finished', 'ended']

export const GATE_DEFAULTS = {
  pollIntervalMs: 10_000,
  maxPollIntervalMs: 60_000,
  timeoutMs: 30 * 60_000,
  onFailure: 'reject' as OnGateFailure,
  onTimeout: 'fail' as OnGateTimeout,
}

const MIN_POLL_MS = 100
const MAX_POLL_MS = 60 * 60_000
const MIN_TIMEOUT_MS = 1_000
const MAX_TIMEOUT_MS = 24 * 60 * 60_000

// RFC 9110 token characters.
const HEADER_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/
// Headers the HTTP layer owns: setting them by hand breaks framing or the connection reuse.
const RESERVED_HEADERS = new Set([
  'host', 'content-length', 'transfer-encoding', 'connection', 'keep-alive', 'upgrade', 'te', 'trailer', 'expect',
  'proxy-connection',
])
// A field value may hold visible characters, spaces and tabs; any other control would split or corrupt it.
// eslint-disable-next-line no-control-regex
const BAD_VALUE_CHARS = /[\u0000-\u0008\u000a-\u001f\u007f]/

const GATE_INPUTS = [
  'statusHeaders', 'statusField', 'successValues', 'failureValues', 'pollInterval', 'maxPollInterval', 'timeout',
  'onFailure', 'onTimeout',
] as const

/**
 * Reads the gate inputs. Undefined when `statusUrl` is empty (no gate); then any other gate input that
 * differs from its default is a problem, since it would silently do nothing.
 */
export function parseGateSettings(
  read: InputReader,
  problems: Problems,
  maskSecret: (secret: string) => void,
): GateSettings | undefined {
  const problemsBefore = problems.list.length
  const rawUrl = read('statusUrl').trim()
  const rawHeaders = read('statusHeaders')
  // Secrets first, before any validation can fail and return early.
  const headers = parseHeaders(rawHeaders, problems, maskSecret)
  if (rawUrl === '') {
    for (const input of GATE_INPUTS) {
      const value = read(input)
      if (value.trim() !== '' && !isDefault(input, value)) {
        problems.add(input, value, 'no value unless {statusUrl} is set (it only configures the status gate)', {
          secret: input === 'statusHeaders',
        })
      }
    }
    return undefined
  }
  const statusUrl = parseStatusUrl(rawUrl, headers, problems, maskSecret)
  const statusField = parseField(read('statusField'), problems)
  const successValues = parseValues('successValues', read('successValues'), DEFAULT_SUCCESS_VALUES, problems)
  const failureValues = parseValues('failureValues', read('failureValues'), DEFAULT_FAILURE_VALUES, problems)
  const overlap = successValues.filter((v) => failureValues.includes(v))
  if (overlap.length > 0) {
    const input = read('failureValues').trim() !== '' ? 'failureValues' : 'successValues'
    problems.add(input, read(input), `no value that is in both {successValues} and {failureValues} (${overlap.join(', ')})`)
  }

  const pollIntervalMs = parseDurationInput('pollInterval', read('pollInterval'), GATE_DEFAULTS.pollIntervalMs, MIN_POLL_MS, MAX_POLL_MS, problems)
  const rawMax = read('maxPollInterval')
  let maxPollIntervalMs = parseDurationInput('maxPollInterval', rawMax, GATE_DEFAULTS.maxPollIntervalMs, MIN_POLL_MS, MAX_POLL_MS, problems)
  const timeoutMs = parseDurationInput('timeout', read('timeout'), GATE_DEFAULTS.timeoutMs, MIN_TIMEOUT_MS, MAX_TIMEOUT_MS, problems)
  if (pollIntervalMs !== undefined && maxPollIntervalMs !== undefined && maxPollIntervalMs < pollIntervalMs) {
    if (rawMax.trim() === '') {
      // Only the interval was raised: the default ceiling follows it rather than contradicting it.
      maxPollIntervalMs = pollIntervalMs
    } else {
      problems.add('maxPollInterval', rawMax, `a duration of at least {pollInterval} (${formatDuration(pollIntervalMs)})`)
    }
  }
  if (pollIntervalMs !== undefined && timeoutMs !== undefined && timeoutMs < pollIntervalMs) {
    problems.add('timeout', read('timeout'), `a duration of at least {pollInterval} (${formatDuration(pollIntervalMs)})`)
  }

  const onFailure = parseChoice('onFailure', read('onFailure'), ['reject', 'fail'] as const, GATE_DEFAULTS.onFailure, problems)
  const onTimeout = parseChoice('onTimeout', read('onTimeout'), ['fail', 'reject'] as const, GATE_DEFAULTS.onTimeout, problems)

  if (
    problems.list.length > problemsBefore || !statusUrl || !headers || statusField === undefined ||
    pollIntervalMs === undefined || maxPollIntervalMs === undefined || timeoutMs === undefined || !onFailure || !onTimeout
  ) {
    return undefined
  }
  return {
    statusUrl,
    statusHeaders: headers,
    statusField,
    successValues,
    failureValues,
    pollIntervalMs,
    maxPollIntervalMs,
    timeoutMs,
    onFailure,
    onTimeout,
  }
}

function isDefault(input: (typeof GATE_INPUTS)[number], value: string): boolean {
  // An action definition may spell out the defaults; those must not count as "set".
  switch (input) {
    case 'pollInterval':
      return parseDuration(value) === GATE_DEFAULTS.pollIntervalMs
    case 'maxPollInterval':
      return parseDuration(value) === GATE_DEFAULTS.maxPollIntervalMs
    case 'timeout':
      return parseDuration(value) === GATE_DEFAULTS.timeoutMs
    case 'onFailure':
      return value.trim().toLowerCase() === GATE_DEFAULTS.onFailure
    case 'onTimeout':
      return value.trim().toLowerCase() === GATE_DEFAULTS.onTimeout
    case 'successValues':
      return sameList(splitList(value), DEFAULT_SUCCESS_VALUES)
    case 'failureValues':
      return sameList(splitList(value), DEFAULT_FAILURE_VALUES)
    default:
      return false
  }
}

function sameList(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((v) => b.includes(v))
}

function parseStatusUrl(
  raw: string,
  headers: Record<string, string> | undefined,
  problems: Problems,
  maskSecret: (secret: string) => void,
): URL | undefined {
  const expected = 'an https URL (http only for 127.0.0.1, ::1 or localhost)'
  let url: URL
  try {
    if (hasUnsafeUrlText(raw)) throw new Error('unsafe')
    url = new URL(raw)
  } catch {
    // Unparsed, it cannot be told whether the text holds credentials: show it only when clearly not.
    problems.add('statusUrl', raw, expected, { secret: raw.includes('@') })
    return undefined
  }
  const user = safeDecode(url.username)
  const password = safeDecode(url.password)
  if (url.password !== '') {
    maskSecret(url.password)
    if (password !== url.password) maskSecret(password)
  }
  const hasUserinfo = url.username !== '' || url.password !== ''
  if (!isAllowedScheme(url)) {
    // The query may carry a token too: it is left out of the message.
    problems.add('statusUrl', `${url.protocol}//${url.host}${url.pathname}${url.search ? '?…' : ''}`, expected, {
      secret: hasUserinfo,
    })
    return undefined
  }
  if (hasUserinfo) {
    if (headers && 'authorization' in headers) {
      problems.add('statusUrl', raw, 'credentials either in the URL or in an Authorization status header, not both', {
        secret: true,
      })
      return undefined
    }
    const basic = Buffer.from(`${user}:${password}`, 'utf8').toString('base64')
    maskSecret(basic)
    if (headers) headers.authorization = `Basic ${basic}`
    url.username = ''
    url.password = ''
  }
  url.hash = ''
  return url
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

/** One `Name: value` per line; blank lines are skipped. Undefined when any line is wrong. */
function parseHeaders(
  raw: string,
  problems: Problems,
  maskSecret: (secret: string) => void,
): Record<string, string> | undefined {
  const headers: Record<string, string> = {}
  let ok = true
  for (const [index, line] of raw.split('\n').entries()) {
    const where = `line ${index + 1}`
    if (line.trim() === '') continue
    const colon = line.indexOf(':')
    if (colon < 0) {
      // A line without a colon may be a bare token pasted on its own: treat it as secret.
      maskValue(line.trim(), maskSecret)
      problems.add('statusHeaders', line, `'Name: value' on each line (${where} has no ':')`, { secret: true })
      ok = false
      continue
    }
    const name = line.slice(0, colon).trim()
    // A trailing CR is the Windows line ending, not part of the value.
    const value = line.slice(colon + 1).replace(/\r$/, '').trim()
    maskValue(value, maskSecret)
    if (!HEADER_NAME.test(name)) {
      // Shown redacted: a malformed line may well be a token with a colon in it.
      problems.add('statusHeaders', name, `a header name made of letters, digits and !#$%&'*+-.^_\`|~ (${where})`, {
        secret: true,
      })
      ok = false
      continue
    }
    const key = name.toLowerCase()
    if (RESERVED_HEADERS.has(key)) {
      problems.add('statusHeaders', name, `a header other than ${[...RESERVED_HEADERS].join(', ')}, which the HTTP layer sets (${where})`)
      ok = false
      continue
    }
    if (BAD_VALUE_CHARS.test(value)) {
      problems.add('statusHeaders', value, `a value of ${name} without line breaks or control characters (${where})`, {
        secret: true,
      })
      ok = false
      continue
    }
    if (key in headers) {
      problems.add('statusHeaders', name, `each header at most once (${name} is repeated on ${where})`)
      ok = false
      continue
    }
    headers[key] = value
  }
  return ok ? headers : undefined
}

function maskValue(value: string, maskSecret: (secret: string) => void): void {
  if (value === '') return
  maskSecret(value)
  // `Bearer <token>`: the token alone may show up too (echoed by a server, say).
  const credential = /^[A-Za-z][\w-]*\s+(\S.*)$/.exec(value)?.[1]
  if (credential && credential !== value) maskSecret(credential)
}

function parseField(raw: string, problems: Problems): string | undefined {
  const field = raw.trim()
  if (field === '') return ''
  const segments = field.split('.')
  if (segments.some((s) => s.trim() === '' || s.trim() !== s || s.length > 128) || segments.length > 32) {
    problems.add('statusField', raw, "a dot path into the JSON body such as 'status', 'build.result' or 'items.0.state'")
    return undefined
  }
  return field
}

function splitList(raw: string): string[] {
  return raw
    .split(/[,\n]/)
    .map((v) => v.trim().toLowerCase())
    .filter((v) => v !== '')
}

function parseValues(input: string, raw: string, defaults: string[], problems: Problems): string[] {
  if (raw.trim() === '') return [...defaults]
  const values = splitList(raw)
  if (values.length === 0 || values.length > 100 || values.some((v) => v.length > 100)) {
    problems.add(input, raw, 'a comma-separated list of status values (at most 100, each at most 100 characters)')
    return [...defaults]
  }
  return [...new Set(values)]
}

function parseChoice<T extends string>(
  input: string,
  raw: string,
  choices: readonly T[],
  fallback: T,
  problems: Problems,
): T | undefined {
  const value = raw.trim().toLowerCase()
  if (value === '') return fallback
  const choice = choices.find((c) => c === value)
  if (!choice) problems.add(input, raw, choices.map((c) => `'${c}'`).join(' or '))
  return choice
}
