// Harness checks approver inputs strictly: the names sent must be exactly the step's names, and it does
// not fill in defaults. So the inputs sent are built from the step: the user's value where given, else
// the step's default. Each value is then judged as the newest Harness server judges it, so that nothing
// it would refuse is posted, and nothing it would accept is refused here. Pure: tests call it with plain data.
import type { ApproverInput } from './approver-inputs.js'
import { inlineJudge, type PatternJudge } from './pattern-check.js'
import type { ApprovalActivity, StepApproverInput } from './types.js'

export type MergeResult =
  | {
      ok: true
      inputs: ApproverInput[]
      /** Inputs that took the step's default because approverInputs did not name them. */
      defaulted: string[]
      /**
       * Inputs that took a value an earlier approver gave: older Harness servers show those values as the
       * defaults once someone has approved (and drop the step's rules). Not in `defaulted`.
       */
      fromPreviousApprover: string[]
    }
  | {
      ok: false
      problem: string
      /** Each refused value as Harness words it (`<name>=<reason>`), in the step's order; empty for a name problem. */
      failures: string[]
    }

/**
 * `judge` decides the step's patterns (a `checkPatterns` result, bounded in time); a pattern it cannot
 * decide is left to Harness.
 */
export function mergeApproverInputs(step: StepApproverInput[], given: ApproverInput[], activities: ApprovalActivity[] = [], judge: PatternJudge = inlineJudge): MergeResult {
  const stepNames = step.map((s) => s.name)
  const listed = stepNames.length > 0 ? `the step's inputs are: ${stepNames.join(', ')}` : 'the step has no approver inputs'
  const unknown = given.filter((g) => !stepNames.includes(g.name)).map((g) => g.name)
  if (unknown.length > 0) {
    return { ok: false, problem: `The approver inputs given include ${unknown.join(', ')}, which the approval step does not have; ${listed}`, failures: [] }
  }
  const previous = previousApproverValues(activities)
  const inputs: ApproverInput[] = []
  const defaulted: string[] = []
  const fromPreviousApprover: string[] = []
  const failures: string[] = []
  const explained: string[] = []
  for (const s of step) {
    const mine = given.find((g) => g.name === s.name)
    const value = valueFor(s, given)
    if (!mine) {
      if (isPreviousApproverValue(s, value, previous)) fromPreviousApprover.push(s.name)
      else defaulted.push(s.name)
    }
    const refusal = valueRefusal(s, value, judge)
    if (refusal) {
      failures.push(`${s.name}=${refusal.reason}`)
      explained.push(`${s.name}=${refusal.reason}${refusal.hint(mine !== undefined)}`)
    }
    inputs.push({ name: s.name, value })
  }
  if (failures.length > 0) {
    return { ok: false, problem: `Harness would refuse these approver inputs: ${explained.join('; ')}; ${listed}`, failures }
  }
  return { ok: true, inputs, defaulted, fromPreviousApprover }
}

interface Refusal {
  /** Harness's own words for the refusal, after `<name>=`. */
  reason: string
  /** What the user can do, after Harness's words ('' when they say it all). */
  hint: (given: boolean) => string
}

/**
 * Why the newest Harness server refuses this value, or undefined when it accepts it. `required` means not
 * empty, without trimming (" " passes); an empty value that is not required passes. Otherwise only the
 * first configured rule applies: `regex` (a full match), else `allowedValues`, else `selectOneFrom`, else
 * `selectManyFrom`; an empty list is no rule, a list holding "" is one.
 *
 * `selectManyFrom` (Harness's fifth rule, since August 2025): how the server checks it could not be read in
 * its published code, so it is inferred as the last rule in line, judged like `allowedValues` (each
 * comma-separated item one of the options, under any reading of the split). Leniency is deliberate: a
 * client that refused what Harness accepts would block a valid approval, while a value Harness refuses
 * still gets Harness's own answer.
 */
export function valueRefusal(step: StepApproverInput, value: string, judge: PatternJudge = inlineJudge): Refusal | undefined {
  if (value === '') {
    if (!step.required) return undefined
    return { reason: 'Value was required but not provided', hint: (given) => (given ? ' (the value given is empty)' : " (neither approverInputs nor the step's default gives one)") }
  }
  if (step.regex !== undefined && step.regex !== '') {
    // Refused only when proven not to match: what cannot be decided here, Harness decides.
    return judge(step.regex, value).kind !== 'no-match' ? undefined : { reason: `${value} does not match the regex pattern ${step.regex}`, hint: () => '' }
  }
  if (step.allowedValues !== undefined && step.allowedValues.length > 0) {
    const allowed = step.allowedValues
    return everyItemAllowed(value, allowed) ? undefined : { reason: `${value} is not among allowed values`, hint: () => ` (the step allows: ${quoteList(allowed)}; several may be given, comma-separated)` }
  }
  if (step.selectOneFrom !== undefined && step.selectOneFrom.length > 0) {
    const options = step.selectOneFrom
    return options.includes(value) ? undefined : { reason: `${value} is not among allowed values`, hint: () => ` (give exactly one of: ${quoteList(options)})` }
  }
  if (step.selectManyFrom !== undefined && step.selectManyFrom.length > 0) {
    const options = step.selectManyFrom
    return everyItemAllowed(value, options) ? undefined : { reason: `${value} is not among allowed values`, hint: () => ` (give one or more of: ${quoteList(options)}, comma-separated)` }
  }
  return undefined
}

/** The value sent for a step's input: the one given, else the step's default. */
export function valueFor(step: StepApproverInput, given: ApproverInput[]): string {
  return given.find((g) => g.name === step.name)?.value ?? step.defaultValue ?? ''
}

/** The patterns a merge will judge, with their values: for `checkPatterns` to decide first. */
export function patternChecks(step: StepApproverInput[], given: ApproverInput[]): Array<{ name: string; pattern: string; value: string }> {
  return step
    .map((s) => ({ name: s.name, pattern: s.regex ?? '', value: valueFor(s, given) }))
    .filter((c) => c.pattern !== '' && c.value !== '')
}

/**
 * `allowedValues` (and `selectManyFrom`) take a comma-separated list, each item allowed. How Harness splits it (trimming, empty
 * items) is inferred rather than read, so an item passes under any reading the server might use: as
 * written, trimmed, or dropped when blank. Refusing here what Harness accepts would block a valid approval.
 */
function everyItemAllowed(value: string, allowed: string[]): boolean {
  return value.split(',').every((item) => allowed.includes(item) || allowed.includes(item.trim()) || item.trim() === '')
}

function quoteList(values: string[]): string {
  return values.map((v) => (v === '' ? '(empty)' : v)).join(', ')
}

/** The values the latest earlier APPROVE carried, by name; undefined when nobody has approved yet. */
function previousApproverValues(activities: ApprovalActivity[]): Map<string, string> | undefined {
  const approvals = activities.filter((a) => a.action === 'APPROVE')
  const latest = approvals.at(-1)
  if (!latest) return undefined
  return new Map((latest.approverInputs ?? []).map((i) => [i.name, i.value]))
}

/**
 * Older servers replace the step's inputs with the last approver's values, keeping only name and value.
 * So a value that shows no rule and equals what the previous approver gave is that approver's, not the
 * step's default. (When activities list no inputs, a rule-less value after an approval counts as theirs.)
 */
function isPreviousApproverValue(step: StepApproverInput, value: string, previous: Map<string, string> | undefined): boolean {
  if (!previous) return false
  const hasRule = step.required === true || (step.regex ?? '') !== '' || (step.allowedValues ?? []).length > 0 || (step.selectOneFrom ?? []).length > 0 || (step.selectManyFrom ?? []).length > 0
  if (hasRule) return false
  return previous.size === 0 || previous.get(step.name) === value
}
