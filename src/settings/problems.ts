// Input validation collects every problem before failing, so one run tells the user all that is wrong.
// Each problem names the input, the value (secrets redacted, long values shortened) and the expected form.

export interface InputProblem {
  input: string
  value: string
  expected: string
}

const MAX_SHOWN = 80

/** How a rejected value is shown: secrets never, control characters escaped, length bounded. */
export function showValue(value: string, secret = false): string {
  if (secret) return value === '' ? "''" : '(redacted)'
  // Escape control characters so a hostile value cannot break the message (or a workflow command) apart.
  // eslint-disable-next-line no-control-regex
  let shown = value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
  if (shown.length > MAX_SHOWN) shown = `${shown.slice(0, MAX_SHOWN)}… (${value.length} characters)`
  return `'${shown}'`
}

export function describeProblem(p: InputProblem): string {
  return `Invalid ${p.input} ${p.value}: expected ${p.expected}.`
}

export class SettingsError extends Error {
  constructor(readonly problems: InputProblem[]) {
    super(problems.map(describeProblem).join('\n'))
    this.name = 'SettingsError'
  }
}

export class Problems {
  readonly list: InputProblem[] = []

  add(input: string, value: string, expected: string, options: { secret?: boolean } = {}): void {
    this.list.push({ input, value: showValue(value, options.secret), expected })
  }

  /** Throws when anything was added; call once every input has been looked at. */
  throwIfAny(): void {
    if (this.list.length > 0) throw new SettingsError(this.list)
  }
}

/** Reads one input by its documented camelCase name: '' when not set. */
export type InputReader = (name: string) => string
