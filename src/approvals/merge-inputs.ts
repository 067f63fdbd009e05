// Harness checks approver inputs strictly: the names sent must be exactly the step's names, and it does
// not fill in defaults. So the inputs sent are built from the step: the user's value where given, else
// the step's default. Pure: tests call it with plain data.
import type { ApproverInput } from './approver-inputs.js'
import type { StepApproverInput } from './types.js'

export type MergeResult = { ok: true; inputs: ApproverInput[]; defaulted: string[] } | { ok: false; problem: string }

export function mergeApproverInputs(step: StepApproverInput[], given: ApproverInput[]): MergeResult {
  const stepNames = step.map((s) => s.name)
  const listed = stepNames.length > 0 ? `the step's inputs are: ${stepNames.join(', ')}` : 'the step has no approver inputs'
  const unknown = given.filter((g) => !stepNames.includes(g.name)).map((g) => g.name)
  if (unknown.length > 0) {
    return { ok: false, problem: `approverInputs names ${unknown.join(', ')}, which the approval step does not have; ${listed}` }
  }
  const inputs: ApproverInput[] = []
  const defaulted: string[] = []
  const emptyRequired: string[] = []
  for (const s of step) {
    const mine = given.find((g) => g.name === s.name)
    const value = mine?.value ?? s.defaultValue ?? ''
    if (!mine) defaulted.push(s.name)
    if (s.required && value.trim() === '') emptyRequired.push(s.name)
    else if (value !== '') {
      const rule = brokenRule(s, value)
      if (rule) return { ok: false, problem: `approver input ${s.name} has value '${value}', but the step ${rule}` }
    }
    inputs.push({ name: s.name, value })
  }
  if (emptyRequired.length > 0) {
    return { ok: false, problem: `the approval step requires ${emptyRequired.join(', ')}, and neither approverInputs nor the step's default gives a value; ${listed}` }
  }
  return { ok: true, inputs, defaulted }
}

/** The value rules newer Harness servers enforce, checked here so the user hears of them before posting. */
function brokenRule(step: StepApproverInput, value: string): string | undefined {
  if (step.regex) {
    try {
      if (!new RegExp(`^(?:${step.regex})$`).test(value)) return `requires it to match ${step.regex}`
    } catch {
      // A pattern JavaScript cannot compile is left for Harness to judge.
    }
  }
  const allowed = step.allowedValues?.filter((v) => v !== '')
  if (allowed && allowed.length > 0) {
    const bad = value.split(',').map((v) => v.trim()).filter((v) => !allowed.includes(v))
    if (bad.length > 0) return `allows only ${allowed.join(', ')}`
  }
  const options = step.selectOneFrom?.filter((v) => v !== '')
  if (options && options.length > 0 && !options.includes(value)) return `requires exactly one of ${options.join(', ')}`
  return undefined
}
