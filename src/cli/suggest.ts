// "Did you mean": the known name nearest to a mistyped one, by edit distance, when it is near enough to
// be the likely intent (a letter or two off, not a different word).
import { durationInWords } from '../settings/durations.js'

/** Levenshtein distance: insertions, deletions and substitutions, one each. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    previous = current
  }
  return previous[b.length]!
}

/** The nearest candidate within a third of the name's length (at least 2 edits), or undefined. */
export function nearest(name: string, candidates: readonly string[]): string | undefined {
  const limit = Math.max(2, Math.floor(name.length / 3))
  let best: { candidate: string; distance: number } | undefined
  for (const candidate of candidates) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase())
    if (distance <= limit && (!best || distance < best.distance)) best = { candidate, distance }
  }
  return best?.candidate
}

/** `5` then `minutes`: the duration meant, when `word` follows a duration flag's number. */
export function durationMeant(args: readonly string[], word: string, durationFlags: ReadonlySet<string>): string | undefined {
  const at = args.indexOf(word)
  const flag = at >= 2 ? /^--(.+)$/.exec(args[at - 2]!)?.[1] : undefined
  if (!flag || !durationFlags.has(flag)) return undefined
  const meant = durationInWords(`${args[at - 1]} ${word}`)
  return meant ? `--${flag} ${meant}` : undefined
}

/** The first `-word` (one dash, several letters, before `--`) holding the short flag parseArgs refused. */
function oneDashWord(args: readonly string[], letter: string): string | undefined {
  const end = args.indexOf('--')
  for (const arg of end === -1 ? args : args.slice(0, end)) {
    const word = /^-([A-Za-z][A-Za-z0-9_-]+)(?:=|$)/.exec(arg)?.[1]
    if (word?.includes(letter)) return word
  }
  return undefined
}

/**
 * node:util parseArgs's error as a sentence for the person who typed the command: the nearest flag for an
 * unknown one, the duration meant for `--timeout 5 minutes`; always ending with a full stop.
 */
export function explainParseError(error: Error & { code?: string }, args: readonly string[], flags: readonly string[], durationFlags: ReadonlySet<string> = new Set()): string {
  const unknown = /^Unknown option '(-{1,2})([^']+)'/.exec(error.message)
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && unknown) {
    let [, dashes = '', name = ''] = unknown
    // `-execution-id` is parsed as the short flags -e -x …: report the word as typed, and the flag meant.
    const word = dashes === '-' ? oneDashWord(args, name) : undefined
    if (word) name = word
    // The action's camelCase input names, or snake case, are likely slips too.
    const kebab = name.replace(/_/g, '-').replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()
    const match = flags.includes(kebab) ? kebab : nearest(kebab, flags)
    // The caller adds the pointer to --help.
    return `Unknown option '${dashes}${name}'.${match ? ` Did you mean --${match}?` : ''}`
  }
  const positional = /^Unexpected argument '([^']*)'/.exec(error.message)
  if (error.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL' && positional) {
    const meant = durationMeant(args, positional[1]!, durationFlags)
    if (meant) return `Unexpected argument '${positional[1]}': a duration is one word. Did you mean ${meant}?`
    return `Unexpected argument '${positional[1]}': this command takes options only (quote a value that has spaces).`
  }
  return /[.?!]$/.test(error.message) ? error.message : `${error.message}.`
}
