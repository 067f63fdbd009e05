// mergeApproverInputs at its edges: empty values, blank entries in the step's value lists, and the
// exact lists the problems name.
import { describe, expect, it } from 'vitest'
import { mergeApproverInputs } from '../../src/approvals/merge-inputs.js'

describe('mergeApproverInputs: edges', () => {
  it('names every unknown input', () => {
    expect(mergeApproverInputs([{ name: 'env' }], [{ name: 'colour', value: 'red' }, { name: 'size', value: 'L' }])).toEqual({
      ok: false,
      problem: "approverInputs names colour, size, which the approval step does not have; the step's inputs are: env",
    })
  })

  it('names every required input left empty, counting spaces as empty', () => {
    const step = [{ name: 'a', required: true }, { name: 'b', required: true }, { name: 'c' }]
    expect(mergeApproverInputs(step, [{ name: 'b', value: '   ' }])).toEqual({
      ok: false,
      problem: "the approval step requires a, b, and neither approverInputs nor the step's default gives a value; the step's inputs are: a, b, c",
    })
  })

  it('sends an empty value for an optional input without a default, whatever its rules', () => {
    const step = [{ name: 'note', regex: '[A-Z]+', allowedValues: ['X'], selectOneFrom: ['Y'] }]
    expect(mergeApproverInputs(step, [])).toEqual({ ok: true, inputs: [{ name: 'note', value: '' }], defaulted: ['note'] })
  })

  it('ignores blank entries in the allowed values, and spaces after commas', () => {
    const step = [{ name: 'regions', allowedValues: ['', 'eu', 'us'] }]
    expect(mergeApproverInputs(step, [{ name: 'regions', value: 'eu, us' }])).toMatchObject({ ok: true })
    expect(mergeApproverInputs(step, [{ name: 'regions', value: 'ap' }])).toEqual({
      ok: false,
      problem: "approver input regions has value 'ap', but the step allows only eu, us",
    })
    expect(mergeApproverInputs([{ name: 'free', allowedValues: [''] }], [{ name: 'free', value: 'anything' }])).toMatchObject({ ok: true })
  })

  it('ignores blank entries in the options to select one from', () => {
    const step = [{ name: 'tier', selectOneFrom: ['', 'gold', 'silver'] }]
    expect(mergeApproverInputs(step, [{ name: 'tier', value: 'bronze' }])).toEqual({
      ok: false,
      problem: "approver input tier has value 'bronze', but the step requires exactly one of gold, silver",
    })
    expect(mergeApproverInputs([{ name: 'free', selectOneFrom: [''] }], [{ name: 'free', value: 'anything' }])).toMatchObject({ ok: true })
  })

  it('leaves a pattern JavaScript cannot compile to Harness', () => {
    expect(mergeApproverInputs([{ name: 'x', regex: '(' }], [{ name: 'x', value: 'v' }])).toEqual({ ok: true, inputs: [{ name: 'x', value: 'v' }], defaulted: [] })
  })
})
