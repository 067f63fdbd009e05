// Approver input values as the newest Harness server judges them, row by row: each row is judged by our
// merge (pure), and the same inputs are posted to the simulator in 'newest' mode. The two must agree:
// accepted by the merge exactly when the server answers 200, refused exactly when it answers 400, with the
// server's own words. (Where the server's behaviour is only inferred, both accept: never refuse what
// Harness may accept.)
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startHarnessSimulator, type HarnessSimulator } from '../../sim/harness-simulator.js'
import { mergeApproverInputs } from '../../src/approvals/merge-inputs.js'
import { ApprovalsClient } from '../../src/approvals/client.js'
import type { StepApproverInput } from '../../src/approvals/types.js'
import { createHttpClient, type HttpClient } from '../../src/http/transport.js'
import { simulatorCalls } from '../support/simulator-http.js'

let sim: HarnessSimulator
beforeAll(async () => {
  sim = await startHarnessSimulator({ mode: 'newest' })
})
afterAll(async () => {
  await sim.close()
})
beforeEach(() => sim.reset())

const EXEC = 'execRules01'
const { approve } = simulatorCalls(() => sim, EXEC)

interface Row {
  rule: string
  step: StepApproverInput[]
  /** The user's values; names left out take the step's default. */
  given: Record<string, string>
  /** What the server answers: undefined when it accepts, else each `<name>=<reason>` in the step's order. */
  refused?: string[]
}

const one = (spec: Omit<StepApproverInput, 'name'>): StepApproverInput[] => [{ name: 'x', ...spec }]

const ROWS: Row[] = [
  // required: not empty, no trimming
  { rule: 'required, empty', step: one({ required: true }), given: { x: '' }, refused: ['x=Value was required but not provided'] },
  { rule: 'required, a space passes (no trimming)', step: one({ required: true }), given: { x: ' ' } },
  { rule: 'required, filled by the default', step: one({ required: true, defaultValue: 'd' }), given: {} },
  { rule: 'required, no default and not given', step: one({ required: true }), given: {}, refused: ['x=Value was required but not provided'] },
  { rule: 'required comes before the rule', step: one({ required: true, regex: '[0-9]+' }), given: { x: '' }, refused: ['x=Value was required but not provided'] },
  { rule: 'not required, empty passes any rule', step: one({ regex: '[0-9]+', allowedValues: ['a'], selectOneFrom: ['b'] }), given: { x: '' } },
  // regex: a full match
  { rule: 'regex, full match', step: one({ regex: 'CHG-[0-9]+' }), given: { x: 'CHG-12' } },
  { rule: 'regex, prefix only', step: one({ regex: 'CHG-[0-9]+' }), given: { x: 'CHG-12x' }, refused: ['x=CHG-12x does not match the regex pattern CHG-[0-9]+'] },
  { rule: 'regex, suffix only', step: one({ regex: 'CHG-[0-9]+' }), given: { x: 'xCHG-12' }, refused: ['x=xCHG-12 does not match the regex pattern CHG-[0-9]+'] },
  { rule: 'regex alternation is matched whole', step: one({ regex: 'a|b' }), given: { x: 'ab' }, refused: ['x=ab does not match the regex pattern a|b'] },
  { rule: 'regex alternation, one branch', step: one({ regex: 'a|b' }), given: { x: 'b' } },
  { rule: 'regex, checked on the default too', step: one({ regex: 'CHG-[0-9]+', defaultValue: 'none' }), given: {}, refused: ['x=none does not match the regex pattern CHG-[0-9]+'] },
  // only the first configured rule applies
  { rule: 'regex wins over allowedValues', step: one({ regex: 'CHG-[0-9]+', allowedValues: ['eu'] }), given: { x: 'CHG-1' } },
  { rule: 'allowedValues ignored when regex is set', step: one({ regex: 'CHG-[0-9]+', allowedValues: ['eu'] }), given: { x: 'eu' }, refused: ['x=eu does not match the regex pattern CHG-[0-9]+'] },
  { rule: 'an empty regex is no rule', step: one({ regex: '', allowedValues: ['eu'] }), given: { x: 'eu' } },
  { rule: 'allowedValues wins over selectOneFrom', step: one({ allowedValues: ['eu', 'us'], selectOneFrom: ['eu'] }), given: { x: 'eu,us' } },
  { rule: 'selectOneFrom ignored when allowedValues is set', step: one({ allowedValues: ['eu'], selectOneFrom: ['us'] }), given: { x: 'us' }, refused: ['x=us is not among allowed values'] },
  // an empty list is no rule, a list holding "" is one
  { rule: 'empty allowedValues is no rule: selectOneFrom applies', step: one({ allowedValues: [], selectOneFrom: ['gold'] }), given: { x: 'silver' }, refused: ['x=silver is not among allowed values'] },
  { rule: 'empty allowedValues and selectOneFrom: anything', step: one({ allowedValues: [], selectOneFrom: [] }), given: { x: 'anything' } },
  { rule: 'allowedValues [""] is a rule', step: one({ allowedValues: [''] }), given: { x: 'anything' }, refused: ['x=anything is not among allowed values'] },
  { rule: 'allowedValues [""] hides selectOneFrom', step: one({ allowedValues: [''], selectOneFrom: ['gold'] }), given: { x: 'gold' }, refused: ['x=gold is not among allowed values'] },
  { rule: 'selectOneFrom [""] is a rule', step: one({ selectOneFrom: [''] }), given: { x: 'anything' }, refused: ['x=anything is not among allowed values'] },
  { rule: 'blank entries do not widen allowedValues', step: one({ allowedValues: ['', 'eu'] }), given: { x: 'ap' }, refused: ['x=ap is not among allowed values'] },
  // allowedValues: comma-separated, each allowed
  { rule: 'allowedValues, one value', step: one({ allowedValues: ['eu', 'us', 'ap'] }), given: { x: 'us' } },
  { rule: 'allowedValues, several', step: one({ allowedValues: ['eu', 'us', 'ap'] }), given: { x: 'eu,us,ap' } },
  { rule: 'allowedValues, spaces after commas', step: one({ allowedValues: ['eu', 'us'] }), given: { x: 'eu, us' } },
  { rule: 'allowedValues, a blank item', step: one({ allowedValues: ['eu', 'us'] }), given: { x: 'eu,' } },
  { rule: 'allowedValues, an item with its own space', step: one({ allowedValues: [' eu'] }), given: { x: ' eu' } },
  { rule: 'allowedValues, one item not allowed', step: one({ allowedValues: ['eu', 'us'] }), given: { x: 'eu,mars' }, refused: ['x=eu,mars is not among allowed values'] },
  { rule: 'allowedValues, case matters', step: one({ allowedValues: ['eu'] }), given: { x: 'EU' }, refused: ['x=EU is not among allowed values'] },
  // selectOneFrom: exactly one
  { rule: 'selectOneFrom, one option', step: one({ selectOneFrom: ['gold', 'silver'] }), given: { x: 'gold' } },
  { rule: 'selectOneFrom, two options', step: one({ selectOneFrom: ['gold', 'silver'] }), given: { x: 'gold,silver' }, refused: ['x=gold,silver is not among allowed values'] },
  { rule: 'selectOneFrom, not trimmed', step: one({ selectOneFrom: ['gold'] }), given: { x: ' gold' }, refused: ['x= gold is not among allowed values'] },
  // selectManyFrom (the fifth rule, since August 2025): its check is inferred, so read leniently, last in line
  { rule: 'selectManyFrom, one option', step: one({ selectManyFrom: ['eu', 'us', 'ap'] }), given: { x: 'us' } },
  { rule: 'selectManyFrom, several options', step: one({ selectManyFrom: ['eu', 'us', 'ap'] }), given: { x: 'eu,ap' } },
  { rule: 'selectManyFrom, spaces after commas', step: one({ selectManyFrom: ['eu', 'us'] }), given: { x: 'eu, us' } },
  { rule: 'selectManyFrom, one item not an option', step: one({ selectManyFrom: ['eu', 'us'] }), given: { x: 'eu,mars' }, refused: ['x=eu,mars is not among allowed values'] },
  { rule: 'selectManyFrom, case matters', step: one({ selectManyFrom: ['eu'] }), given: { x: 'EU' }, refused: ['x=EU is not among allowed values'] },
  { rule: 'selectManyFrom [""] is a rule', step: one({ selectManyFrom: [''] }), given: { x: 'anything' }, refused: ['x=anything is not among allowed values'] },
  { rule: 'an empty selectManyFrom is no rule', step: one({ selectManyFrom: [] }), given: { x: 'anything' } },
  { rule: 'not required, empty passes selectManyFrom', step: one({ selectManyFrom: ['eu'] }), given: { x: '' } },
  { rule: 'selectOneFrom wins over selectManyFrom', step: one({ selectOneFrom: ['eu', 'us'], selectManyFrom: ['eu', 'us'] }), given: { x: 'eu,us' }, refused: ['x=eu,us is not among allowed values'] },
  { rule: 'allowedValues wins over selectManyFrom', step: one({ allowedValues: ['eu'], selectManyFrom: ['us'] }), given: { x: 'us' }, refused: ['x=us is not among allowed values'] },
  { rule: 'regex wins over selectManyFrom', step: one({ regex: '[a-z]+', selectManyFrom: ['x'] }), given: { x: 'abc' } },
  { rule: 'empty selectOneFrom: selectManyFrom applies', step: one({ selectOneFrom: [], selectManyFrom: ['eu'] }), given: { x: 'us' }, refused: ['x=us is not among allowed values'] },
  // several inputs: every refusal, in the step's order
  {
    rule: 'several refusals',
    step: [
      { name: 'ticket', regex: 'CHG-[0-9]+', required: true },
      { name: 'env', defaultValue: 'prod' },
      { name: 'regions', allowedValues: ['eu', 'us'], defaultValue: 'eu' },
    ],
    given: { ticket: '', regions: 'mars' },
    refused: ['ticket=Value was required but not provided', 'regions=mars is not among allowed values'],
  },
]

describe('approver input values: our merge agrees with the newest server', () => {
  it.each(ROWS)('$rule', async ({ step, given, refused }) => {
    const givenInputs = Object.entries(given).map(([name, value]) => ({ name, value }))
    const merged = mergeApproverInputs(step, givenInputs)
    // What a client posts: every step input, the user's value or the step's default.
    const posted = step.map((s) => ({ name: s.name, value: given[s.name] ?? s.defaultValue ?? '' }))

    sim.addInstance({ executionId: EXEC, approverInputs: step })
    const answer = await approve({ inputs: posted })

    if (refused === undefined) {
      expect(merged).toMatchObject({ ok: true, inputs: posted })
      expect(answer.status).toBe(200)
    } else {
      expect(merged).toMatchObject({ ok: false, failures: refused })
      expect(answer.status).toBe(400)
      expect(answer.json.message).toBe(`Invalid request: Unable to add Harness Approval Activity : Approval inputs validation failed: {${refused.join(', ')}}`)
    }
  })

  it("words the problem in Harness's terms, with what the step allows", () => {
    const merged = mergeApproverInputs(
      [
        { name: 'ticket', required: true },
        { name: 'regions', allowedValues: ['eu', 'us'] },
        { name: 'tier', selectOneFrom: ['gold', ''] },
        { name: 'zones', selectManyFrom: ['a', 'b'] },
      ],
      [
        { name: 'regions', value: 'eu,mars' },
        { name: 'tier', value: 'bronze' },
        { name: 'zones', value: 'a,c' },
      ],
    )
    expect(merged).toEqual({
      ok: false,
      problem:
        "Harness would refuse these approver inputs: ticket=Value was required but not provided (neither approverInputs nor the step's default gives one); " +
        'regions=eu,mars is not among allowed values (the step allows: eu, us; several may be given, comma-separated); ' +
        'tier=bronze is not among allowed values (give exactly one of: gold, (empty)); ' +
        "zones=a,c is not among allowed values (give one or more of: a, b, comma-separated); the step's inputs are: ticket, regions, tier, zones",
      failures: ['ticket=Value was required but not provided', 'regions=eu,mars is not among allowed values', 'tier=bronze is not among allowed values', 'zones=a,c is not among allowed values'],
    })
    expect(mergeApproverInputs([{ name: 'a', required: true }], [{ name: 'a', value: '' }])).toMatchObject({
      ok: false,
      problem: expect.stringContaining('a=Value was required but not provided (the value given is empty)'),
    })
  })
})

describe("an older server's previous approver values", () => {
  let http: HttpClient
  beforeAll(() => {
    http = createHttpClient()
  })
  afterAll(async () => {
    await http.destroy()
  })

  it('are told apart from the step defaults after an earlier approval', async () => {
    sim.mode = 'older'
    try {
      const first = sim.addKey()
      sim.addInstance({
        executionId: EXEC,
        minimumCount: 2,
        approvers: [sim.defaultUser.name, first.user.name],
        approverInputs: [
          { name: 'ticket', regex: 'CHG-[0-9]+', defaultValue: 'CHG-0' },
          { name: 'env', defaultValue: 'prod' },
        ],
      })
      // Before anyone approved, the GET shows the step's own defaults.
      const client = new ApprovalsClient(http, { baseUrl: new URL(sim.baseUrl), accountId: sim.accountId, orgId: sim.orgId, projectId: sim.projectId, apiKey: sim.apiKey })
      const before = (await client.list(EXEC, { status: 'WAITING' }))[0]!
      expect(mergeApproverInputs(before.details?.approverInputs ?? [], [], before.details?.approvalActivities)).toMatchObject({
        ok: true,
        defaulted: ['ticket', 'env'],
        fromPreviousApprover: [],
      })

      expect((await approve({ key: first.key, inputs: [{ name: 'ticket', value: 'CHG-41' }, { name: 'env', value: 'staging' }] })).status).toBe(200)

      // Now the older server shows the first approver's values as defaults, without the regex.
      const after = (await client.list(EXEC, { status: 'WAITING' }))[0]!
      expect(after.details?.approverInputs).toEqual([
        { name: 'ticket', defaultValue: 'CHG-41' },
        { name: 'env', defaultValue: 'staging' },
      ])
      const merged = mergeApproverInputs(after.details?.approverInputs ?? [], [{ name: 'env', value: 'prod' }], after.details?.approvalActivities)
      expect(merged).toEqual({
        ok: true,
        inputs: [
          { name: 'ticket', value: 'CHG-41' },
          { name: 'env', value: 'prod' },
        ],
        defaulted: [],
        fromPreviousApprover: ['ticket'],
      })
    } finally {
      sim.mode = 'newest'
    }
  })
})
