// Text that comes from a server (Harness, a status URL) is untrusted: it may try to forge a workflow
// command (`::set-output`, `::add-mask`, `##[...]`), hide itself with ANSI escapes or bidi controls, or be
// huge. Everything remote passes through `cleanRemoteText` before it reaches a log line, an annotation,
// an output or the summary.

import { shortenText } from '../settings/text-length.js'

export const DEFAULT_MAX_LENGTH = 300

// C0/C1 controls, DEL, line/paragraph separators, bidi embeddings/overrides/isolates, BOM.
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200e\u200f\ufeff]/gu
// ANSI escape sequences (CSI and OSC), removed whole rather than leaving their printable tail behind.
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u009b[0-?]*[ -/]*[@-~]/gu

// Secrets of this run (the key, status header values, URL passwords). A server that echoes one back
// must not get it printed: the runner would mask it, but a log outside GitHub would not.
const secrets = new Set<string>()
const MIN_SECRET_LENGTH = 6

/** Registers a secret to be cut out of all remote text from now on (like core.setSecret, process-wide). */
export function registerSecret(secret: string): void {
  if (secret.length >= MIN_SECRET_LENGTH) secrets.add(secret)
}

export function redactSecrets(text: string): string {
  let redacted = text
  for (const secret of secrets) redacted = redacted.split(secret).join('***')
  return redacted
}

/**
 * A time a server sent (milliseconds since the epoch) as ISO 8601, UTC; undefined when it is not a number
 * a Date can hold (beyond ±8.64e15 ms a Date is invalid, and toISOString would throw rather than print).
 */
export function isoTime(ms: unknown): string | undefined {
  return typeof ms === 'number' && Math.abs(ms) <= 8.64e15 ? new Date(ms).toISOString() : undefined
}

/**
 * A link that came from a server, or was built from its answers (a pipeline's page in Harness), with known
 * secrets cut out like other remote text. A secret that only shows once the link is percent-decoded cannot
 * be cut out in place: the link is dropped (''), since a link that still carries it must not be printed.
 */
export function redactSecretsInUrl(url: string): string {
  const redacted = redactSecrets(url)
  let decoded = redacted
  for (let round = 0; round < 3; round++) {
    let next: string
    try {
      next = decodeURIComponent(decoded)
    } catch {
      break
    }
    if (next === decoded) break
    decoded = next
    if (redactSecrets(decoded) !== decoded) return ''
  }
  return redacted
}

/**
 * Neutralises remote text for a single log line: known secrets are cut out, escapes are dropped, other controls become a space,
 * `::` and `##[` are broken apart wherever they stand, and the result is at most `maxLength` code points.
 */
export function cleanRemoteText(text: string, maxLength = DEFAULT_MAX_LENGTH): string {
  let clean = redactSecrets(text).replace(ANSI, '').replace(UNSAFE_CHARS, ' ')
  // Repeat until stable: breaking one `::` must not join its neighbours into a new one (":::").
  let previous: string
  do {
    previous = clean
    clean = clean.replace(/::/g, ': :').replace(/##\[/g, '# #[')
  } while (clean !== previous)
  clean = clean.replace(/ {2,}/g, ' ').trim()
  return shortenText(clean, maxLength)
}

/** For HTML cells of the job summary, which core.summary inserts as they are. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}
