// Input validation collects every problem before failing, so one run tells the user all that is wrong.
// Each problem names the input, the value (secrets redacted, long values shortened) and the expected form.
import { codePointLength, shortenText } from './text-length.js'

export interface InputProblem {
  input: string
  value: string
  expected: string
  /**
   * The input was not set, and the value was read from another input instead (the account id from the API
   * key): which input, and what part of it (`account id`). The value shown is that part alone.
   */
  from?: ValueSource
}

export interface ValueSource {
  input: string
  what: string
}

const MAX_SHOWN = 80

/** How a rejected value is shown: secrets never, control characters escaped, length bounded. */
export function showValue(value: string, secret = false): string {
  if (secret) return value === '' ? "''" : '(redacted)'
  // Escape control characters so a hostile value cannot break the message (or a workflow command) apart.
  // eslint-disable-next-line no-control-regex
  let shown = value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
  if (codePointLength(shown) > MAX_SHOWN) shown = `${shortenText(shown, MAX_SHOWN, '')}… (${codePointLength(value)} characters)`
  return `'${shown}'`
}

/**
 * How a front end names inputs in its messages: the action says `waitForApproval`, the command line
 * `--wait-for-approval` (or an environment variable). Fixes and expectations mark an input as `{name}`.
 */
export interface Phrasing {
  /** An input as a fix refers to it. */
  input(name: string): string
  /** One missing or invalid input, as a sentence ending with a full stop. */
  problem(p: InputProblem): string
  /** A boolean input turned on, as a fix asks for it (`{name=true}`); default `set <input> to true`. */
  switchOn?(name: string): string
}

/**
 * Our own text with each `{input}` named the front end's way, and each `{input=true}` said as the way to
 * turn that switch on. Never applied to remote text.
 */
export function phrase(text: string, phrasing: Pick<Phrasing, 'input' | 'switchOn'>): string {
  return text.replace(/\{([a-z][A-Za-z]*)(=true)?\}/g, (_, name: string, on: string | undefined) => {
    if (!on) return phrasing.input(name)
    return phrasing.switchOn ? phrasing.switchOn(name) : `set ${phrasing.input(name)} to true`
  })
}

/** The action's terms: the input names of action.yml. */
export const ACTION_PHRASING: Phrasing = {
  input: (name) => name,
  problem: (p) => {
    const expected = phrase(p.expected, ACTION_PHRASING)
    if (p.from) return `Input ${p.input} is not set, and the ${p.from.what} read from input ${p.from.input} (${p.value}) is not valid: expected ${expected}.`
    return p.value === "''" ? `Input ${p.input} is not set: expected ${expected}.` : `Input ${p.input} ${p.value} is not valid: expected ${expected}.`
  },
}

export function describeProblem(p: InputProblem): string {
  const from = p.from ? ` (the ${p.from.what} read from ${p.from.input}; ${p.input} is not set)` : ''
  return `Invalid ${p.input} ${p.value}${from}: expected ${phrase(p.expected, ACTION_PHRASING)}.`
}

export class SettingsError extends Error {
  constructor(readonly problems: InputProblem[]) {
    super(problems.map(describeProblem).join('\n'))
    this.name = 'SettingsError'
  }
}

export class Problems {
  readonly list: InputProblem[] = []

  /** `from`: the value was read from another input (see InputProblem.from); `value` is the part read. */
  add(input: string, value: string, expected: string, options: { secret?: boolean; from?: ValueSource } = {}): void {
    const problem: InputProblem = { input, value: showValue(value, options.secret), expected, ...(options.from ? { from: options.from } : {}) }
    // Two checks may find the same fault (a project without its org): it is told once.
    if (this.list.some((p) => p.input === problem.input && p.value === problem.value && p.expected === problem.expected)) return
    this.list.push(problem)
  }

  /** Throws when anything was added; call once every input has been looked at. */
  throwIfAny(): void {
    if (this.list.length > 0) throw new SettingsError(this.list)
  }
}

/** Reads one input by its documented camelCase name: '' when not set. */
export type InputReader = (name: string) => string
