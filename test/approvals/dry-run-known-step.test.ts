// A dry run against a step that is already decided (by an earlier attempt of this workflow run, or the step
// callbackId names) or that an earlier attempt approved and that waits for more approvers: a real run would
// post nothing there, so the dry run says so. It never reports a decision as made, not even one it found:
// no `decision`, `approvalStatus` or `approvalInstanceId`, the outcome stays "dry-run", and the step's state
// goes in the row's `alreadyDecided`. Real HTTP to the simulator, fake clock; every write is counted.
import { describe, expect, it } from 'vitest'
import { wouldPostOutput } from '../../src/approvals/dry-run-summary.js'
import type { ExecutionResult } from '../../src/approvals/execution-result.js'
import { announceResult } from '../../src/run/annotations.js'
import { toResultJson } from '../../src/run/result.js'
import { addResultToSummary } from '../../src/run/summary.js'
import { succeeded, verdictLine } from '../../src/run/verdict.js'
import { JobSummary } from '../../src/report/summary.js'
import { recordingLogger } from '../support/fakes.js'
import { useHarness } from '../support/harness.js'

const h = useHarness()

const writes = () => h.sim.requests.filter((r) => r.method !== 'GET')
const APPROVED_AT = Date.UTC(2026, 11, 1, 9, 30)
const ISO = '2026-12-01T09:30:00.000Z'
const FIRST = 'hag-4242.1-a1b2c3'
const SECOND = 'hag-4242.2-d4e5f6'

function only(executions: ExecutionResult[]): ExecutionResult {
  expect(executions).toHaveLength(1)
  return executions[0]!
}

/** The summary as the action writes it, without a file. */
function summaryOf(json: ReturnType<typeof toResultJson>): string {
  const summary = new JobSummary()
  addResultToSummary(summary, json)
  return summary.stringify()
}

describe('a dry run of a step an earlier attempt of this workflow run decided', () => {
  it('approved as asked: a dry-run result saying a real run would post nothing and succeed, naming who and when', async () => {
    const step = h.sim.addInstance({ executionId: 'exec1' })
    await h.run({}, { marker: FIRST })
    h.sim.requests.length = 0

    const { result, clock } = await h.run({ dryRun: 'true', waitForApproval: '' }, { marker: SECOND })
    const e = only(result.executions)
    expect(e).toMatchObject({
      kind: 'dry-run',
      posts: 0,
      waitedMs: 0,
      alreadyDecided: { approvalStatus: 'APPROVED', approvalInstanceId: step.id, decidedBy: 'Approver Bot (approver.bot@example.com)', decidedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT[\d:.]+Z$/), byEarlierAttempt: true },
    })
    expect(e).not.toHaveProperty('plan')
    if (e.kind !== 'dry-run') return
    expect(e.note).toMatch(/^The approval step was already approved by Approver Bot \(approver\.bot@example\.com\) at \S+Z \(an earlier attempt of this workflow run\); a real run would post nothing and succeed\.$/)
    expect(clock.sleeps).toEqual([])
    expect(writes()).toEqual([])
    expect(h.sim.stats.decisionsApplied).toBe(1)

    // The outputs: as for any dry run, no decision, status or instance reported as made.
    const json = toResultJson(result)
    expect(json).toMatchObject({ outcome: 'dry-run', dryRun: true, executions: [{ outcome: 'dry-run', posts: 0, alreadyDecided: { approvalStatus: 'APPROVED' } }] })
    expect(json).not.toHaveProperty('decision')
    expect(json).not.toHaveProperty('approvalStatus')
    expect(json).not.toHaveProperty('approvalInstanceId')
    expect(json.executions[0]).not.toHaveProperty('approvalStatus')
    expect(wouldPostOutput(json.executions)).toBeUndefined()
    expect(succeeded(json)).toBe(true)
    expect(verdictLine(json)).toMatch(
      /^Dry run: the approval step of execution exec1 was already approved by Approver Bot \(approver\.bot@example\.com\) at \S+Z \(an earlier attempt of this workflow run\), so a real run would post nothing and succeed; nothing was posted\.$/,
    )

    // The log: a dry-run line, never "Already approved" as a real run says it.
    const said = recordingLogger()
    announceResult(json, said)
    expect(said.lines.map((l) => l.level)).toEqual(['info', 'info'])
    expect(said.lines[0]!.message).toMatch(/^Dry run, execution exec1 of pipeline Deploy \(Running\): the approval step was already approved by Approver Bot .* a real run would post nothing and succeed\.$/)
    expect(said.lines[1]!.message).toBe('Dry run: nothing was posted to Harness.')
    expect(said.text()).not.toMatch(/Already approved|Decided|[Rr]ecorded/)

    // The summary: a dry-run headline, and "nothing" in the Dry run table.
    const html = summaryOf(json)
    expect(html).toContain('<h2>Harness approval: Dry run: already as asked, a real run would post nothing; nothing was sent</h2>')
    expect(html).toContain('<td>Nothing: already approved by Approver Bot (approver.bot@example.com) at ')
    expect(html).not.toContain('Decision recorded')
  })

  it('decided the other way: fails with the usual cause, naming who and when, posting nothing', async () => {
    h.sim.addInstance({ executionId: 'exec1' })
    await h.run({ action: 'reject' }, { marker: FIRST })
    h.sim.requests.length = 0
    const { result } = await h.run({ dryRun: 'true', waitForApproval: '' }, { marker: SECOND })
    const e = only(result.executions)
    expect(e).toMatchObject({ kind: 'failed', posts: 0, cause: { id: 'already-finished', title: 'Approval step already rejected' } })
    if (e.kind !== 'failed') return
    expect(e.cause.explanation).toMatch(/already rejected by Approver Bot \(approver\.bot@example\.com\) at \S+Z \(an earlier attempt of this workflow run\), so it cannot be approved any more\. Nothing was posted\.$/)
    const json = toResultJson(result)
    expect(json).toMatchObject({ outcome: 'failed', dryRun: true, executions: [{ outcome: 'failed', cause: 'already-finished' }] })
    expect(json).not.toHaveProperty('decision')
    expect(succeeded(json)).toBe(false)
    expect(verdictLine(json)).toBe('Failed: 1 of 1 execution(s) could not be decided (1 already-finished) (dry run: nothing was posted).')
    expect(summaryOf(json)).toContain('<h2>Harness approval: Dry run: Decision failed</h2>')
    expect(writes()).toEqual([])
  })
})

describe('a dry run of a step the callback id names, decided by someone else', () => {
  const decidedByAlice = (status: 'APPROVED' | 'REJECTED') =>
    h.sim.addInstance({
      executionId: 'exec1',
      callbackId: 'cb-1',
      status,
      approvalActivities: [{ user: { name: 'Alice', email: 'alice@example.com' }, action: status === 'APPROVED' ? 'APPROVE' : 'REJECT', approverInputs: [], comments: 'by hand', approvedAt: APPROVED_AT }],
    })

  it.each([
    ['approve', 'APPROVED', 'approved'],
    ['reject', 'REJECTED', 'rejected'],
  ] as const)('%s on a step %s: a real run would post nothing and succeed', async (action, status, verb) => {
    const step = decidedByAlice(status)
    // waitForApproval 0: no newer run of the step is waited for (see the re-run tests for the wait).
    const { result, clock } = await h.run({ dryRun: 'true', callbackId: 'cb-1', action, waitForApproval: '0' })
    expect(only(result.executions)).toEqual({
      kind: 'dry-run',
      executionId: 'exec1',
      decision: action.toUpperCase(),
      alreadyDecided: { approvalStatus: status, approvalInstanceId: step.id, decidedBy: 'Alice (alice@example.com)', decidedAt: ISO },
      note: `The approval step was already ${verb} by Alice (alice@example.com) at ${ISO}; a real run would post nothing and succeed.`,
      posts: 0,
      waitedMs: 0,
      pipeline: expect.objectContaining({ name: 'Deploy' }),
    })
    expect(clock.sleeps).toEqual([])
    const json = toResultJson(result)
    expect(json.outcome).toBe('dry-run')
    expect(json).not.toHaveProperty('decision')
    expect(json).not.toHaveProperty('approvalStatus')
    expect(verdictLine(json)).toBe(`Dry run: the approval step of execution exec1 was already ${verb} by Alice (alice@example.com) at ${ISO}, so a real run would post nothing and succeed; nothing was posted.`)
    expect(writes()).toEqual([])
  })

  it('the other way: fails with the usual cause, naming Alice and when', async () => {
    decidedByAlice('APPROVED')
    const { result } = await h.run({ dryRun: 'true', callbackId: 'cb-1', action: 'reject', waitForApproval: '0' })
    expect(only(result.executions)).toMatchObject({
      kind: 'failed',
      posts: 0,
      cause: { id: 'already-finished', title: 'Approval step already approved', explanation: expect.stringContaining(`was already approved by Alice (alice@example.com) at ${ISO}, so it cannot be rejected any more`) },
    })
    expect(toResultJson(result).outcome).toBe('failed')
    expect(writes()).toEqual([])
  })
})

describe('a dry run of a step an earlier attempt approved that waits for more approvers', () => {
  it('APPROVE: a real run would post nothing and succeed with the step still waiting; how many of how many', async () => {
    const step = h.sim.addInstance({ executionId: 'exec1', minimumCount: 2, approvers: '*' })
    await h.run({}, { marker: FIRST })
    h.sim.requests.length = 0
    const { result } = await h.run({ dryRun: 'true', waitForApproval: '' }, { marker: SECOND })
    const e = only(result.executions)
    expect(e).toMatchObject({
      kind: 'dry-run',
      posts: 0,
      alreadyDecided: { approvalStatus: 'WAITING', approvalInstanceId: step.id, decidedBy: 'Approver Bot (approver.bot@example.com)', byEarlierAttempt: true },
      progress: { approvals: 1, minimumCount: 2, others: [] },
    })
    if (e.kind !== 'dry-run') return
    expect(e.note).toMatch(/^The approval step was already approved by Approver Bot .*, and is waiting for more approvers \(1 of 2 approvals\); a real run would post nothing and succeed, the step still waiting\.$/)
    const json = toResultJson(result)
    expect(json).toMatchObject({ outcome: 'dry-run', executions: [{ outcome: 'dry-run', approvals: 1, minimumCount: 2 }] })
    expect(json).not.toHaveProperty('approvalStatus')
    expect(json).not.toHaveProperty('decision')
    expect(verdictLine(json)).toMatch(/^Dry run: the approval step of execution exec1 was already approved by .* \(an earlier attempt of this workflow run\), waiting for more approvers, so a real run would post nothing and succeed; nothing was posted\.$/)
    const said = recordingLogger()
    announceResult(json, said)
    // No "Recorded but not released" warning: nothing was recorded by this run.
    expect(said.lines.filter((l) => l.level !== 'info')).toEqual([])
    expect(writes()).toEqual([])
    expect(h.sim.instance(step.id)).toMatchObject({ status: 'WAITING' })
  })

  it('REJECT: fails with the usual cause, posting nothing', async () => {
    h.sim.addInstance({ executionId: 'exec1', minimumCount: 2, approvers: '*' })
    await h.run({}, { marker: FIRST })
    h.sim.requests.length = 0
    const { result } = await h.run({ dryRun: 'true', action: 'reject', waitForApproval: '' }, { marker: SECOND })
    expect(only(result.executions)).toMatchObject({ kind: 'failed', posts: 0, cause: { id: 'already-finished', title: 'Approval step already approved by this workflow run' } })
    expect(writes()).toEqual([])
  })
})

describe('a dry run of a finished execution', () => {
  it('without a step this run knows: fails at once with its status, as a real run does', async () => {
    h.sim.addExecution({ executionId: 'exec1', status: 'Success' })
    const { result, clock } = await h.run({ dryRun: 'true', waitForApproval: '' })
    expect(only(result.executions)).toMatchObject({ kind: 'failed', posts: 0, cause: { id: 'execution-finished', explanation: expect.stringContaining('has already ended (Success)') } })
    expect(clock.sleeps).toEqual([])
    expect(toResultJson(result)).toMatchObject({ outcome: 'failed', dryRun: true, pipelineStatus: 'Success' })
    expect(writes()).toEqual([])
  })

  it('whose step an earlier attempt approved: a real run would post nothing and succeed', async () => {
    h.sim.addExecution({ executionId: 'exec1', afterApprove: [{ status: 'Success' }] })
    h.sim.addInstance({ executionId: 'exec1' })
    await h.run({}, { marker: FIRST })
    expect(h.sim.executionStatus('exec1')).toBe('Success')
    h.sim.requests.length = 0
    const { result } = await h.run({ dryRun: 'true', waitForApproval: '' }, { marker: SECOND })
    expect(only(result.executions)).toMatchObject({ kind: 'dry-run', alreadyDecided: { approvalStatus: 'APPROVED' }, pipeline: { status: 'Success' } })
    expect(toResultJson(result)).toMatchObject({ outcome: 'dry-run', pipelineStatus: 'Success' })
    expect(writes()).toEqual([])
  })
})

describe('a dry run of a batch, some steps waiting and one already as asked', () => {
  it('reports what it would post and what it would leave alone, and succeeds', async () => {
    h.sim.addInstance({ executionId: 'execB', callbackId: 'cb-1', status: 'APPROVED', approvalActivities: [{ user: { name: 'Alice', email: 'alice@example.com' }, action: 'APPROVE', approverInputs: [], comments: '', approvedAt: APPROVED_AT }] })
    h.sim.addInstance({ executionId: 'execA', callbackId: 'cb-1' })
    // execA waits at cb-1; execB's cb-1 step was approved by Alice.
    const { result } = await h.run({ dryRun: 'true', executionId: 'execA,execB', callbackId: 'cb-1', waitForApproval: '' })
    expect(result.executions.map((e) => [e.executionId, e.kind, e.kind === 'dry-run' ? Boolean(e.plan) : undefined])).toEqual([
      ['execA', 'dry-run', true],
      ['execB', 'dry-run', false],
    ])
    const json = toResultJson(result)
    expect(json.outcome).toBe('dry-run')
    expect(JSON.parse(wouldPostOutput(json.executions)!)).toHaveLength(1)
    expect(verdictLine(json)).toBe('Dry run: a real run would post APPROVE on 1 of 2 executions (the other 1 already as asked: nothing to post); nothing was posted.')
    const html = summaryOf(json)
    expect(html).toContain('Dry run: a real run would post some decisions (the other steps are already as asked); nothing was sent')
    expect(html).toContain('<td>Nothing: already approved by Alice (alice@example.com) at 2026-12-01T09:30:00.000Z</td>')
    expect(writes()).toEqual([])
  })
})
