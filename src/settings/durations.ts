// Durations as users write them in workflow inputs: `10s`, `5m`, `1h30m`, `500ms`, or plain seconds `30`.
import type { Problems } from './problems.js'

// Units must come largest first and each at most once, so `1h30m` reads one way only.
const UNITS = /^(?:(\d+(?:\.\d+)?)h)?(?:(\d+(?:\.\d+)?)m(?!s))?(?:(\d+(?:\.\d+)?)s)?(?:(\d+(?:\.\d+)?)ms)?$/
const PLAIN_SECONDS = /^\d+(?:\.\d+)?$/
const FACTORS = [3_600_000, 60_000, 1_000, 1] as const

/** Keeps absurd inputs (`99999999999999h`) from turning into Infinity or losing precision. */
const MAX_MS = Number.MAX_SAFE_INTEGER

export const DURATION_FORMS = "a duration such as '500ms', '10s', '5m', '1h', '1h30m', or plain seconds ('30')"

/** Milliseconds, or undefined when `text` is not a duration. Case and spaces between parts do not matter. */
export function parseDuration(text: string): number | undefined {
  const compact = text.trim().toLowerCase().replace(/\s+/g, '')
  if (compact === '' || compact.length > 40) return undefined
  let ms: number
  if (PLAIN_SECONDS.test(compact)) {
    ms = Number(compact) * 1_000
  } else {
    const match = UNITS.exec(compact)
    if (!match || match.slice(1).every((part) => part === undefined)) return undefined
    ms = 0
    for (const [index, factor] of FACTORS.entries()) {
      const part = match[index + 1]
      if (part !== undefined) ms += Number(part) * factor
    }
  }
  ms = Math.round(ms)
  return Number.isFinite(ms) && ms <= MAX_MS ? ms : undefined
}

const WORD_UNITS: Record<string, string> = {
  ms: 'ms', millisecond: 'ms', milliseconds: 'ms',
  s: 's', sec: 's', secs: 's', second: 's', seconds: 's',
  m: 'm', min: 'm', mins: 'm', minute: 'm', minutes: 'm',
  h: 'h', hr: 'h', hrs: 'h', hour: 'h', hours: 'h',
}

/** `5m` for `5 minutes` (or for `5` and `minutes` given apart), when the text is a number and a unit in words. */
export function durationInWords(text: string): string | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]+)\s*$/i.exec(text)
  const unit = match ? WORD_UNITS[match[2]!.toLowerCase()] : undefined
  return match && unit ? `${match[1]}${unit}` : undefined
}

/** The expected form of a duration, with the spelling meant when `text` was a number and a unit in words. */
export function durationExpected(text: string, forms: string): string {
  const meant = durationInWords(text)
  return meant && parseDuration(text) === undefined ? `${forms} (write '${meant}')` : forms
}

/** Short human form: `500ms`, `1.5s`, `45s`, `2m 10s`, `1h 30m`. Whole seconds read back by `parseDuration`. */
export function formatDuration(ms: number): string {
  const rounded = Number.isFinite(ms) ? Math.max(0, Math.round(ms)) : 0
  if (rounded < 1_000) return `${rounded}ms`
  // Under ten seconds a tenth still says something (a Retry-After of 1.5s, say).
  if (rounded < 9_950 && rounded % 1_000 !== 0) return `${(rounded / 1_000).toFixed(1).replace(/\.0$/, '')}s`
  const totalSeconds = Math.round(rounded / 1_000)
  const hours = Math.floor(totalSeconds / 3_600)
  const minutes = Math.floor((totalSeconds % 3_600) / 60)
  const seconds = totalSeconds % 60
  const parts: string[] = []
  if (hours > 0) parts.push(`${hours}h`)
  if (minutes > 0) parts.push(`${minutes}m`)
  if (seconds > 0 || parts.length === 0) parts.push(`${seconds}s`)
  return parts.join(' ')
}

/** A duration input in [min, max]: `fallback` when not set, undefined after a recorded problem. */
export function parseDurationInput(
  input: string,
  raw: string,
  fallback: number,
  min: number,
  max: number,
  problems: Problems,
): number | undefined {
  if (raw.trim() === '') return fallback
  const ms = parseDuration(raw)
  if (ms === undefined || ms < min || ms > max) {
    problems.add(input, raw, durationExpected(raw, `${DURATION_FORMS}, between ${formatDuration(min)} and ${formatDuration(max)}`))
    return undefined
  }
  return ms
}
