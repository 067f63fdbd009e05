// mergeApproverInputs at its edges: empty values, blank entries in the step's value lists, the exact lists
// the problems name, and which values an earlier approver left behind.
import { describe, expect, it } from 'vitest'
import { mergeApproverInputs } from '../../src/approvals/merge-inputs.js'

describe('mergeApproverInputs: edges', () => {
  it('names every unknown input', () => {
    expect(mergeApproverInputs([{ name: 'env' }], [{ name: 'colour', value: 'red' }, { name: 'size', value: 'L' }])).toEqual({
      ok: false,
      problem: "The approver inputs given include colour, size, which the approval step does not have; the step's inputs are: env",
      failures: [],
    })
  })

  it('names every required input left empty, and takes spaces as a value (Harness does not trim)', () => {
    const step = [{ name: 'a', required: true }, { name: 'b', required: true }, { name: 'c', required: true }]
    expect(mergeApproverInputs(step, [{ name: 'b', value: '' }, { name: 'c', value: '   ' }])).toEqual({
      ok: false,
      problem:
        "Harness would refuse these approver inputs: a=Value was required but not provided (neither approverInputs nor the step's default gives one); " +
        "b=Value was required but not provided (the value given is empty); the step's inputs are: a, b, c",
      failures: ['a=Value was required but not provided', 'b=Value was required but not provided'],
    })
  })

  it('sends an empty value for an optional input without a default, whatever its rules', () => {
    const step = [{ name: 'note', regex: '[A-Z]+', allowedValues: ['X'], selectOneFrom: ['Y'] }]
    expect(mergeApproverInputs(step, [])).toEqual({ ok: true, inputs: [{ name: 'note', value: '' }], defaulted: ['note'], fromPreviousApprover: [] })
  })

  it('counts a blank entry in the allowed values as a rule, and accepts spaces after commas', () => {
    const step = [{ name: 'regions', allowedValues: ['', 'eu', 'us'] }]
    expect(mergeApproverInputs(step, [{ name: 'regions', value: 'eu, us' }])).toMatchObject({ ok: true })
    expect(mergeApproverInputs(step, [{ name: 'regions', value: 'ap' }])).toEqual({
      ok: false,
      problem: "Harness would refuse these approver inputs: regions=ap is not among allowed values (the step allows: (empty), eu, us; several may be given, comma-separated); the step's inputs are: regions",
      failures: ['regions=ap is not among allowed values'],
    })
    expect(mergeApproverInputs([{ name: 'free', allowedValues: [''] }], [{ name: 'free', value: 'anything' }])).toMatchObject({ ok: false, failures: ['free=anything is not among allowed values'] })
    expect(mergeApproverInputs([{ name: 'free', allowedValues: [] }], [{ name: 'free', value: 'anything' }])).toMatchObject({ ok: true })
  })

  it('counts a blank entry in the options to select one from as a rule', () => {
    const step = [{ name: 'tier', selectOneFrom: ['', 'gold', 'silver'] }]
    expect(mergeApproverInputs(step, [{ name: 'tier', value: 'bronze' }])).toEqual({
      ok: false,
      problem: "Harness would refuse these approver inputs: tier=bronze is not among allowed values (give exactly one of: (empty), gold, silver); the step's inputs are: tier",
      failures: ['tier=bronze is not among allowed values'],
    })
    expect(mergeApproverInputs([{ name: 'free', selectOneFrom: [''] }], [{ name: 'free', value: 'anything' }])).toMatchObject({ ok: false })
    expect(mergeApproverInputs([{ name: 'free', selectOneFrom: [] }], [{ name: 'free', value: 'anything' }])).toMatchObject({ ok: true })
  })

  it('leaves a pattern JavaScript cannot compile to Harness', () => {
    expect(mergeApproverInputs([{ name: 'x', regex: '(' }], [{ name: 'x', value: 'v' }])).toEqual({ ok: true, inputs: [{ name: 'x', value: 'v' }], defaulted: [], fromPreviousApprover: [] })
  })

  describe('after an earlier approval', () => {
    const approved = (inputs?: { name: string; value: string }[]) => [{ action: 'REJECT' }, { action: 'APPROVE', ...(inputs ? { approverInputs: inputs } : {}) }]

    it("takes a rule-less default equal to the latest approver's value as theirs", () => {
      const step = [{ name: 'env', defaultValue: 'staging' }, { name: 'team', defaultValue: 'core' }, { name: 'given', defaultValue: 'x' }]
      const activities = [
        { action: 'APPROVE', approverInputs: [{ name: 'env', value: 'old' }] },
        { action: 'APPROVE', approverInputs: [{ name: 'env', value: 'staging' }, { name: 'team', value: 'other' }] },
      ]
      expect(mergeApproverInputs(step, [{ name: 'given', value: 'y' }], activities)).toMatchObject({ ok: true, defaulted: ['team'], fromPreviousApprover: ['env'] })
    })

    it('keeps a default that carries a rule as the step default', () => {
      for (const rule of [{ required: true }, { regex: 'p.*' }, { allowedValues: ['prod'] }, { selectOneFrom: ['prod'] }]) {
        expect(mergeApproverInputs([{ name: 'env', defaultValue: 'prod', ...rule }], [], approved([{ name: 'env', value: 'prod' }]))).toMatchObject({ defaulted: ['env'], fromPreviousApprover: [] })
      }
      // An empty regex and empty lists are no rule.
      expect(mergeApproverInputs([{ name: 'env', defaultValue: 'prod', regex: '', allowedValues: [], selectOneFrom: [], required: false }], [], approved([{ name: 'env', value: 'prod' }]))).toMatchObject({ fromPreviousApprover: ['env'] })
    })

    it('counts rule-less defaults as the approver\'s when the activity lists no inputs, and ignores rejections', () => {
      expect(mergeApproverInputs([{ name: 'env', defaultValue: 'prod' }], [], approved())).toMatchObject({ defaulted: [], fromPreviousApprover: ['env'] })
      expect(mergeApproverInputs([{ name: 'env', defaultValue: 'prod' }], [], [{ action: 'REJECT', approverInputs: [{ name: 'env', value: 'prod' }] }])).toMatchObject({ defaulted: ['env'], fromPreviousApprover: [] })
      expect(mergeApproverInputs([{ name: 'env', defaultValue: 'prod' }], [], approved([]))).toMatchObject({ fromPreviousApprover: ['env'] })
    })
  })
})
