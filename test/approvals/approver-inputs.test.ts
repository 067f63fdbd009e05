import { describe, expect, it } from 'vitest'
import { mergeApproverInputs } from '../../src/approvals/merge-inputs.js'
import { parseApproverInputs } from '../../src/approvals/approver-inputs.js'

describe('parseApproverInputs', () => {
  it('treats empty text as no inputs', () => {
    expect(parseApproverInputs('  \n')).toEqual({ ok: true, inputs: [] })
  })
  it('keeps numbers and booleans as strings, and = inside values', () => {
    expect(parseApproverInputs('{"count": 3, "dry": false}')).toEqual({ ok: true, inputs: [{ name: 'count', value: '3' }, { name: 'dry', value: 'false' }] })
    expect(parseApproverInputs('query=a=b\n# a comment\n')).toEqual({ ok: true, inputs: [{ name: 'query', value: 'a=b' }] })
  })
  it('refuses values with line breaks and bad names', () => {
    expect(parseApproverInputs('{"env": "a\\nb"}')).toMatchObject({ ok: false, reason: expect.stringContaining('line break') })
    expect(parseApproverInputs('{"bad name": "x"}')).toMatchObject({ ok: false, reason: expect.stringContaining("'bad name' is not a valid name") })
  })
})

describe('mergeApproverInputs', () => {
  const step = [
    { name: 'env', defaultValue: 'prod' },
    { name: 'ticket', defaultValue: '', required: true, regex: 'CHG-[0-9]+' },
    { name: 'regions', defaultValue: 'eu', allowedValues: ['eu', 'us', 'ap'] },
    { name: 'tier', defaultValue: 'gold', selectOneFrom: ['gold', 'silver'] },
  ]

  it('sends every step input: given values win, the rest take defaults', () => {
    const merged = mergeApproverInputs(step, [{ name: 'ticket', value: 'CHG-12' }])
    expect(merged).toEqual({
      ok: true,
      inputs: [
        { name: 'env', value: 'prod' },
        { name: 'ticket', value: 'CHG-12' },
        { name: 'regions', value: 'eu' },
        { name: 'tier', value: 'gold' },
      ],
      defaulted: ['env', 'regions', 'tier'],
      fromPreviousApprover: [],
    })
  })

  it('refuses a name the step does not have, listing the step inputs', () => {
    const merged = mergeApproverInputs(step, [{ name: 'ticket', value: 'CHG-1' }, { name: 'colour', value: 'red' }])
    expect(merged).toEqual({ ok: false, problem: "The approver inputs given include colour, which the approval step does not have; the step's inputs are: env, ticket, regions, tier", failures: [] })
    expect(mergeApproverInputs([], [{ name: 'x', value: '1' }])).toMatchObject({ ok: false, problem: expect.stringContaining('the step has no approver inputs') })
  })

  it('refuses a required input left empty', () => {
    expect(mergeApproverInputs(step, [])).toMatchObject({ ok: false, failures: ['ticket=Value was required but not provided'] })
  })

  it('checks regex (whole value), allowed values (comma list) and select-one', () => {
    expect(mergeApproverInputs(step, [{ name: 'ticket', value: 'xCHG-1' }])).toMatchObject({ ok: false, problem: expect.stringContaining('ticket=xCHG-1 does not match the regex pattern CHG-[0-9]+') })
    expect(mergeApproverInputs(step, [{ name: 'ticket', value: 'CHG-1' }, { name: 'regions', value: 'eu,us' }])).toMatchObject({ ok: true })
    expect(mergeApproverInputs(step, [{ name: 'ticket', value: 'CHG-1' }, { name: 'regions', value: 'eu,mars' }])).toMatchObject({ ok: false, problem: expect.stringContaining('regions=eu,mars is not among allowed values (the step allows: eu, us, ap;') })
    expect(mergeApproverInputs(step, [{ name: 'ticket', value: 'CHG-1' }, { name: 'tier', value: 'gold,silver' }])).toMatchObject({ ok: false, problem: expect.stringContaining('tier=gold,silver is not among allowed values (give exactly one of: gold, silver)') })
  })

  it('a step without inputs gets none', () => {
    expect(mergeApproverInputs([], [])).toEqual({ ok: true, inputs: [], defaulted: [], fromPreviousApprover: [] })
  })
})
