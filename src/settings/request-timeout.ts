// `requestTimeout`: the longest one request may take, connecting to the last byte of the answer. Shared by
// the run's settings and the command line's exemption commands, which read only the connection inputs.
import { parseDurationInput } from './durations.js'
import type { InputReader, Problems } from './problems.js'

export const DEFAULT_REQUEST_TIMEOUT_MS = 60_000
/**
 * Under a second, a healthy answer from a distant Harness (a TLS handshake and a page of approvals) would
 * already miss it, and every decision would end in a read-back. Above ten minutes one slow answer could
 * hold a run for hours (a run takes up to 16 of them besides its waits, docs/networks.md).
 */
export const MIN_REQUEST_TIMEOUT_MS = 1_000
export const MAX_REQUEST_TIMEOUT_MS = 600_000

/** Milliseconds; the default when not set, and after a recorded problem. */
export function parseRequestTimeout(read: InputReader, problems: Problems): number {
  return parseDurationInput('requestTimeout', read('requestTimeout'), DEFAULT_REQUEST_TIMEOUT_MS, MIN_REQUEST_TIMEOUT_MS, MAX_REQUEST_TIMEOUT_MS, problems) ?? DEFAULT_REQUEST_TIMEOUT_MS
}
