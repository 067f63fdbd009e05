// Text that comes from a server (Harness, a status URL) is untrusted: it may try to forge a workflow
// command (`::set-output`, `::add-mask`, `##[...]`), hide itself with ANSI escapes or bidi controls, or be
// huge, or echo a secret of this run with an escape inside it so that a terminal puts it back together.
// One order everywhere: control sequences out, then secrets out (looked for in the text as it would show),
// then escaping for where it goes. Everything remote passes through `cleanRemoteText` before it reaches a
// log line, an annotation, an output or the summary, and every sink redacts once more (`redactSecrets`,
// `redactedJson`).

import { shortenText } from '../settings/text-length.js'

export const DEFAULT_MAX_LENGTH = 300

// Escape sequences, removed whole rather than leaving their printable tail behind: CSI (7- and 8-bit),
// OSC, DCS, SOS, PM and APC strings up to their terminator (BEL or ST). A lone ESC, and the 8-bit forms of
// the string openers (which UTF-8 terminals do not act on), are invisible characters.
const ESCAPE_SEQUENCES =
  // eslint-disable-next-line no-control-regex
  /\u001b\[[0-?]*[ -/]*[@-~]?|\u009b[0-?]*[ -/]*[@-~]?|\u001b[\]PX^_][^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?/gu
// Characters that show nothing: C0 and C1 controls other than line breaks and tabs, DEL, the soft hyphen,
// zero-width characters and joiners, bidi marks, embeddings, overrides and isolates, and the BOM.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/gu
// Line breaks and tabs: a space in a single line.
// eslint-disable-next-line no-control-regex
const BREAKS = /[\t\n\u000b\u000c\r\u0085\u2028\u2029]/gu

/** Escape sequences and invisible characters removed, line breaks and tabs made spaces. */
export function stripControls(text: string): string {
  return text.replace(ESCAPE_SEQUENCES, '').replace(INVISIBLE, '').replace(BREAKS, ' ')
}

/** Every control removed, line breaks too: what a terminal could join back together. */
function squeeze(text: string): string {
  return text.replace(ESCAPE_SEQUENCES, '').replace(INVISIBLE, '').replace(BREAKS, '')
}

// Secrets of this run (the key, status header values, URL passwords). A server that echoes one back
// must not get it printed: the runner would mask it, but a log outside GitHub would not.
const secrets = new Set<string>()
const MIN_SECRET_LENGTH = 6

/** Registers a secret to be cut out of all remote text from now on (like core.setSecret, process-wide). */
export function registerSecret(secret: string): void {
  if (secret.length >= MIN_SECRET_LENGTH) secrets.add(secret)
}

function replaceSecrets(text: string): string {
  let redacted = text
  for (const secret of secrets) redacted = redacted.split(secret).join('***')
  return redacted
}

/**
 * Known secrets cut out, also one that control sequences or invisible characters split (`pat.ab\x1b[0mcd…`):
 * a terminal would join it back together, so such text comes back with its controls removed and the secret cut.
 */
export function redactSecrets(text: string): string {
  const plain = replaceSecrets(text)
  const squeezed = squeeze(plain)
  if (squeezed === plain) return plain
  const revealed = replaceSecrets(squeezed)
  return revealed === squeezed ? plain : revealed
}

/** JSON for a sink (an output, `--json`): every string in it redacted, before it is escaped for JSON. */
export function redactedJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'string' ? redactSecrets(v) : v))
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
 * Neutralises remote text for a single log line, in this order: escape sequences and invisible characters
 * are dropped and line breaks become a space; known secrets are cut out, looked for in the text as it would
 * show; `::` and `##[` are broken apart wherever they stand, and the result is at most `maxLength` code points.
 */
export function cleanRemoteText(text: string, maxLength = DEFAULT_MAX_LENGTH): string {
  // A line break that kept a secret apart is gone from the squeezed text only: look there first.
  let clean = replaceSecrets(stripControls(redactSecrets(text)))
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
