// `requestTimeout`: the longest one request may take, connecting to the last byte of the answer. Shared by
// the run's settings and the command line's exemption commands, which read only the connection inputs.
import { DURATION_FORMS, durationExpected, formatDuration, parseDuration } from './durations.js'
import type { InputReader, Problems } from './problems.js'

export const DEFAULT_REQUEST_TIMEOUT_MS = 60_000
/**
 * Under a second, a healthy answer from a distant Harness (a TLS handshake and a page of approvals) would
 * already miss it, and every decision would end in a read-back. Above ten minutes it no longer bounds
 * anything: the headers must come within 30s, and a body silent for 30s is cut off anyway.
 */
export const MIN_REQUEST_TIMEOUT_MS = 1_000
export const MAX_REQUEST_TIMEOUT_MS = 600_000

/** Milliseconds; the default when not set, and after a recorded problem. */
export function parseRequestTimeout(read: InputReader, problems: Problems): number {
  const text = read('requestTimeout').trim()
  if (text === '') return DEFAULT_REQUEST_TIMEOUT_MS
  const ms = parseDuration(text)
  if (ms === undefined || ms < MIN_REQUEST_TIMEOUT_MS || ms > MAX_REQUEST_TIMEOUT_MS) {
    const range = `between ${formatDuration(MIN_REQUEST_TIMEOUT_MS)} and ${formatDuration(MAX_REQUEST_TIMEOUT_MS)}`
    problems.add('requestTimeout', text, durationExpected(text, `${DURATION_FORMS}, ${range}`))
    return DEFAULT_REQUEST_TIMEOUT_MS
  }
  return ms
}
