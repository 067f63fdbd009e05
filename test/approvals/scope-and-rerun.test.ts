// What the client does itself because the newest Harness server does not: the scope check before any
// decision, a finished execution that is never waited for, a re-run that finds the step an earlier attempt
// decided, and the auto-reject warning. Real HTTP to the simulator (newest server), fake clock for the waits.
import { describe, expect, it } from 'vitest'
import { errorDto, type ExecutionStatus } from '../../sim/harness-simulator.js'
import type { ExecutionResult } from '../../src/approvals/execution-result.js'
import type { ApprovalActivity } from '../../src/approvals/types.js'
import { alreadyDecided, byEarlierAttempt, decidedBy, endedAsAsked, findKnownStep, knownStep, whoAndWhen, workflowAttemptOf } from '../../src/approvals/known-step.js'
import { announceResult } from '../../src/run/annotations.js'
import { toResultJson } from '../../src/run/result.js'
import { cliPhrasing } from '../../src/cli/phrasing.js'
import { recordingLogger } from '../support/fakes.js'
import { useHarness } from '../support/harness.js'

const h = useHarness()

function only(executions: ExecutionResult[]): ExecutionResult {
  expect(executions).toHaveLength(1)
  return executions[0]!
}

function failedCause(e: ExecutionResult) {
  if (e.kind !== 'failed') throw new Error(`expected a failure, got ${JSON.stringify(e)}`)
  return e.cause
}

/** Every request but the reads: a decision, or the link endpoint. */
const writes = () => h.sim.requests.filter((r) => r.method !== 'GET')

const APPROVED_AT = Date.UTC(2026, 11, 1, 9, 30)

describe('the scope check', () => {
  it('reads the execution once, in the given org and project, beside the approvals read and before the POST', async () => {
    h.sim.addInstance({ executionId: 'exec1' })
    const { result } = await h.run()
    expect(only(result.executions)).toMatchObject({ kind: 'decided', posts: 1, pipeline: { name: 'Deploy', identifier: 'deploy_pipeline', runSequence: 1 } })
    const seen = h.sim.requests.map((r) => `${r.method} ${r.path.includes('/execution/v2/') ? 'execution' : 'approvals'}`)
    // The two reads go together (either may arrive first); the POST only after both.
    expect([...seen.slice(0, 2).sort(), ...seen.slice(2)]).toEqual(['GET approvals', 'GET execution', 'POST approvals'])
    expect(h.sim.executionReads('exec1')[0]!.query).toMatchObject({ accountIdentifier: 'acct123', orgIdentifier: 'default', projectIdentifier: 'proj' })
  })

  it('names both projects when the execution lives elsewhere, and sends nothing more (dry run too)', async () => {
    h.sim.addExecution({ executionId: 'exec1', orgId: 'payments', projectId: 'checkout' })
    h.sim.addInstance({ executionId: 'exec1' })
    for (const dryRun of ['false', 'true']) {
      h.sim.requests.length = 0
      const { result } = await h.run({ orgId: 'default', projectId: 'proj', dryRun })
      const e = only(result.executions)
      expect(failedCause(e).explanation).toContain('belongs to org payments / project checkout, not org default / project proj as given')
      // Another project's pipeline is not described in this project's result.
      expect(e).not.toHaveProperty('pipeline')
      // A real run and a dry run alike read the execution and its approvals together, and go no further.
      expect(h.sim.requests.map((r) => `${r.method} ${r.path.includes('/execution/v2/') ? 'execution' : 'approvals'}`).sort()).toEqual(['GET approvals', 'GET execution'])
    }
    expect(h.sim.stats.decisionsApplied).toBe(0)
  })

  it('tells another project of the same org apart', async () => {
    h.sim.addExecution({ executionId: 'exec1', orgId: 'default', projectId: 'checkout' })
    h.sim.addInstance({ executionId: 'exec1' })
    const { result } = await h.run({ orgId: 'default', projectId: 'proj' })
    expect(failedCause(only(result.executions)).explanation).toContain('belongs to org default / project checkout, not org default / project proj as given')
    expect(writes()).toEqual([])
  })

  it('tells the org apart even when the project id is the same, as our own finding (no Harness message)', async () => {
    h.sim.addExecution({ executionId: 'exec1', orgId: 'payments', projectId: 'proj' })
    h.sim.addInstance({ executionId: 'exec1' })
    const { result } = await h.run({ orgId: 'default', projectId: 'proj' })
    expect(failedCause(only(result.executions))).toMatchObject({ id: 'wrong-scope', harnessMessage: '' })
    const row = toResultJson(result).executions[0]!
    expect(row).toMatchObject({ cause: 'wrong-scope', fix: 'Check executionId; if that execution is the one meant, set orgId to payments and projectId to proj.' })
    expect(row).not.toHaveProperty('harnessMessage')
    expect(writes()).toEqual([])
  })

  it('drops braces from the org and project the server names, so they never turn into input names in the fix', async () => {
    h.sim.addExecution({ executionId: 'exec1', orgId: '{apiKey}', projectId: 'p{baseUrl}' })
    h.sim.addInstance({ executionId: 'exec1' })
    const { result } = await h.run()
    const row = toResultJson(result, cliPhrasing()).executions[0]!
    expect(row).toMatchObject({ cause: 'wrong-scope', fix: 'Check --execution-id; if that execution is the one meant, set --org-id to apiKey and --project-id to pbaseUrl.' })
    expect(writes()).toEqual([])
  })

  it('refuses a 404 and a 403 on the execution read without posting or reading further', async () => {
    h.sim.addInstance({ executionId: 'exec1' })
    const missing = await h.run({ executionId: 'nosuch1' })
    expect(failedCause(only(missing.result.executions))).toMatchObject({ id: 'execution-not-found', status: 404, explanation: expect.stringContaining('nosuch1'), fix: expect.stringMatching(/^Check \{executionId\}/) })
    const blind = h.sim.addKey({ permissions: ['core_pipeline_execute'] })
    const forbidden = await h.run({ apiKey: blind.key })
    expect(failedCause(only(forbidden.result.executions))).toMatchObject({ id: 'forbidden', status: 403, explanation: expect.stringMatching(/^The key may not view pipeline execution exec1 .*cannot be checked/), fix: expect.stringContaining('core_pipeline_view') })
    // The execution read's answer is judged first; only the approvals read beside it was sent, once a run.
    expect(h.sim.gets().map((r) => r.method)).toEqual(['GET', 'GET'])
    expect(writes()).toEqual([])
  })

  it('a base URL whose path no service owns (the gateway\'s 404) is told as such, not as a missing execution', async () => {
    h.sim.addInstance({ executionId: 'exec1' })
    const { result } = await h.run({ baseUrl: `${h.sim.baseUrl}/nope` })
    expect(failedCause(only(result.executions))).toMatchObject({ id: 'not-found', title: 'Harness endpoint not found', status: 404, fix: expect.stringMatching(/^Check \{baseUrl\}/) })
    // The execution read and the approvals read beside it, and nothing after them.
    expect(h.sim.requests).toHaveLength(2)
    expect(writes()).toEqual([])
  })

  it('retries a transient failure of the execution read, then decides', async () => {
    h.sim.addInstance({ executionId: 'exec1' })
    h.sim.fault({ on: 'GET', kind: 'no-apply-503', pathIncludes: '/execution/v2/' })
    const { result, clock } = await h.run()
    expect(only(result.executions)).toMatchObject({ kind: 'decided', posts: 1 })
    expect(clock.sleeps).toHaveLength(1)
    expect(h.sim.executionReads('exec1')).toHaveLength(2)
  })
})

describe('a finished execution', () => {
  const TERMINAL: ExecutionStatus[] = ['Success', 'Failed', 'Aborted', 'Errored', 'Expired', 'ApprovalRejected', 'AbortedByFreeze', 'PassedWithWarning', 'IgnoreFailed', 'Skipped', 'Suspended']

  it.each(TERMINAL)('%s: fails at once with default settings, never waiting and posting nothing', async (status) => {
    h.sim.addExecution({ executionId: 'exec1', status })
    // waitForApproval left at its default (5 minutes).
    const { result, clock } = await h.run({ waitForApproval: '' })
    const e = only(result.executions)
    expect(failedCause(e)).toMatchObject({
      id: 'execution-finished',
      explanation: `Execution exec1 has already ended (${status}): it will never wait for an approval again. Nothing was posted.`,
      fix: expect.stringMatching(/^Check \{executionId\} .*start a new pipeline run/),
      harnessMessage: '',
    })
    expect(e).toMatchObject({ waitedMs: 0, pipeline: { status } })
    expect(clock.sleeps).toEqual([])
    expect(writes()).toEqual([])
  })

  it('stops waiting as soon as the execution ends while no step waits yet', async () => {
    h.sim.addExecution({ executionId: 'exec1' })
    // The second read of the execution (the first while waiting) shows it aborted.
    const summary = { pipelineIdentifier: 'deploy_pipeline', name: 'Deploy', orgIdentifier: 'default', projectIdentifier: 'proj', planExecutionId: 'exec1', runSequence: 1, status: 'Aborted' }
    h.sim.fault({ on: 'GET', kind: 'respond', pathIncludes: '/execution/v2/', after: 1, body: { status: 'SUCCESS', data: { pipelineExecutionSummary: summary } } })
    const { result, clock } = await h.run({ waitForApproval: '30m' })
    expect(failedCause(only(result.executions))).toMatchObject({ id: 'execution-finished', explanation: expect.stringContaining('(Aborted)') })
    expect(clock.sleeps).toEqual([1_500])
    expect(writes()).toEqual([])
  })

  it('keeps waiting, re-reading the execution each round, while it runs', async () => {
    h.sim.addInstance({ executionId: 'exec1', appearAfterReads: 3 })
    const { result, clock } = await h.run({ waitForApproval: '10m' })
    expect(only(result.executions)).toMatchObject({ kind: 'decided', posts: 1 })
    expect(clock.sleeps.length).toBeGreaterThan(0)
    // The scope check, then one read per round of waiting.
    expect(h.sim.executionReads('exec1')).toHaveLength(1 + clock.sleeps.length)
  })
})

describe('a re-run of a decided step', () => {
  it('a second attempt of the same workflow run succeeds without posting, naming who approved and when', async () => {
    h.sim.addInstance({ executionId: 'exec1' })
    const first = await h.run({}, { marker: 'hag-4242.1-a1b2c3' })
    expect(only(first.result.executions)).toMatchObject({ kind: 'decided', posts: 1 })
    h.sim.requests.length = 0

    const second = await h.run({ waitForApproval: '' }, { marker: 'hag-4242.2-d4e5f6' })
    const e = only(second.result.executions)
    expect(e).toMatchObject({ kind: 'decided', status: 'APPROVED', posts: 0, waitedMs: 0 })
    if (e.kind !== 'decided') return
    expect(e.note).toMatch(/^The approval step was already approved by Approver Bot \(approver\.bot@example\.com\) at \d{4}-\d\d-\d\dT[\d:.]+Z \(an earlier attempt of this workflow run\); nothing was posted\.$/)
    expect(second.clock.sleeps).toEqual([])
    expect(writes()).toEqual([])
    expect(h.sim.stats.decisionsApplied).toBe(1)
    const log = recordingLogger()
    announceResult(toResultJson(second.result), log)
    expect(log.lines.map((l) => l.level)).toEqual(['info', 'info'])
    expect(log.lines[0]!.message).toMatch(/^Already approved: execution exec1 in default\/proj, pipeline "Deploy" run 1/)
  })

  it('also after the pipeline has finished', async () => {
    h.sim.addExecution({ executionId: 'exec1', afterApprove: [{ status: 'Success' }] })
    h.sim.addInstance({ executionId: 'exec1' })
    await h.run({}, { marker: 'hag-4242.1-a1b2c3' })
    expect(h.sim.executionStatus('exec1')).toBe('Success')
    const second = await h.run({ waitForApproval: '' }, { marker: 'hag-4242.2-d4e5f6' })
    expect(only(second.result.executions)).toMatchObject({ kind: 'decided', status: 'APPROVED', posts: 0, pipeline: { status: 'Success' } })
  })

  it('fails, naming who decided and when, when the earlier attempt decided the other way', async () => {
    h.sim.addInstance({ executionId: 'exec1' })
    await h.run({ action: 'reject' }, { marker: 'hag-4242.1-a1b2c3' })
    h.sim.requests.length = 0
    const { result, clock } = await h.run({ waitForApproval: '' }, { marker: 'hag-4242.2-d4e5f6' })
    const cause = failedCause(only(result.executions))
    expect(cause).toMatchObject({ id: 'already-finished', title: 'Approval step already rejected' })
    expect(cause.explanation).toMatch(/^The approval step of execution exec1 was already rejected by Approver Bot \(approver\.bot@example\.com\) at \S+Z \(an earlier attempt of this workflow run\), so it cannot be approved any more\. Nothing was posted\.$/)
    expect(clock.sleeps).toEqual([])
    expect(writes()).toEqual([])
  })

  it('recognises the earlier attempt past the ninth: attempt 10 after 9, attempt 11 after 10', async () => {
    const first = h.sim.addInstance({ executionId: 'exec1', callbackId: 'cb-9' })
    await h.run({ callbackId: 'cb-9' }, { marker: 'hag-4242.9-a1b2c3' })
    const tenth = await h.run({ callbackId: 'cb-9', waitForApproval: '' }, { marker: 'hag-4242.10-d4e5f6' })
    expect(only(tenth.result.executions)).toMatchObject({ kind: 'decided', status: 'APPROVED', posts: 0, instanceId: first.id })

    // Without a callback id, the step is known only by the earlier attempt's marker in its activity.
    h.sim.addExecution({ executionId: 'exec2' })
    const second = h.sim.addInstance({ executionId: 'exec2' })
    await h.run({ executionId: 'exec2' }, { marker: 'hag-4242.10-a1b2c3' })
    expect(h.sim.instance(second.id)!.approvalActivities[0]!.comments).toContain('[hag-4242.10-a1b2c3-1]')
    const eleventh = await h.run({ executionId: 'exec2', waitForApproval: '' }, { marker: 'hag-4242.11-d4e5f6' })
    const e = only(eleventh.result.executions)
    expect(e).toMatchObject({ kind: 'decided', status: 'APPROVED', posts: 0, instanceId: second.id })
    if (e.kind === 'decided') expect(e.note).toContain('(an earlier attempt of this workflow run)')
    expect(h.sim.stats.decisionsApplied).toBe(2)
  })

  it('another workflow run (or no workflow run) does not count as this one', async () => {
    h.sim.addInstance({ executionId: 'exec1' })
    await h.run({}, { marker: 'hag-4242.1-a1b2c3' })
    const other = await h.run({}, { marker: 'hag-4243.1-a1b2c3' })
    expect(failedCause(only(other.result.executions)).id).toBe('nothing-waiting')
    const local = await h.run({}, { marker: 'hag-local.1-a1b2c3' })
    expect(failedCause(only(local.result.executions)).id).toBe('nothing-waiting')
  })

  it('a step named by callbackId and decided by someone else: success when as asked, failure naming them otherwise', async () => {
    const activity = { user: { name: 'Alice', email: 'alice@example.com' }, action: 'APPROVE' as const, approverInputs: [], comments: 'ship it', approvedAt: APPROVED_AT }
    h.sim.addInstance({ executionId: 'exec1', callbackId: 'cb-1', status: 'APPROVED', approvalActivities: [activity] })
    const approve = await h.run({ callbackId: 'cb-1', waitForApproval: '0' })
    const e = only(approve.result.executions)
    expect(e).toMatchObject({ kind: 'decided', posts: 0, note: 'The approval step was already approved by Alice (alice@example.com) at 2026-12-01T09:30:00.000Z; nothing was posted.' })
    expect(approve.clock.sleeps).toEqual([])
    // The known-step read asks for the step by its callback id, without a status filter.
    expect(h.sim.gets().at(-1)!.query).toEqual({ approval_type: 'HarnessApproval', callback_id: 'cb-1' })

    const reject = await h.run({ callbackId: 'cb-1', action: 'reject', waitForApproval: '0' })
    expect(failedCause(only(reject.result.executions)).explanation).toContain('was already approved by Alice (alice@example.com) at 2026-12-01T09:30:00.000Z, so it cannot be rejected any more')
    expect(reject.clock.sleeps).toEqual([])
    expect(writes()).toEqual([])
  })
})

describe('a step run again under one callback id (a retry or a loop)', () => {
  const byAlice = { user: { name: 'Alice', email: 'alice@example.com' }, action: 'APPROVE' as const, approverInputs: [], comments: 'ship it', approvedAt: APPROVED_AT }

  it('waits for the newer run to start waiting and decides it, not the earlier run someone approved', async () => {
    const earlier = h.sim.addInstance({ executionId: 'exec1', callbackId: 'cb-1', status: 'APPROVED', approvalActivities: [byAlice] })
    const retried = h.sim.addInstance({ executionId: 'exec1', callbackId: 'cb-1', appearAfterReads: 2 })
    const { result, log } = await h.run({ callbackId: 'cb-1', waitForApproval: '1m' })
    expect(only(result.executions)).toMatchObject({ kind: 'decided', instanceId: retried.id, posts: 1 })
    expect(h.sim.instance(earlier.id)!.approvalActivities).toHaveLength(1)
    expect(log.lines.map((l) => l.message)).toContain(`Execution exec1: the step callback id cb-1 names was already approved by Alice (alice@example.com) at 2026-12-01T09:30:00.000Z; waiting up to 60s for a newer run of it (a retry or a loop) before taking that as the answer.`)
  })

  it('takes the decided run as the answer when no newer run starts waiting within waitForApproval', async () => {
    h.sim.addInstance({ executionId: 'exec1', callbackId: 'cb-1', status: 'APPROVED', approvalActivities: [byAlice] })
    const { result, clock } = await h.run({ callbackId: 'cb-1', waitForApproval: '1m' })
    expect(only(result.executions)).toMatchObject({ kind: 'decided', posts: 0, note: 'The approval step was already approved by Alice (alice@example.com) at 2026-12-01T09:30:00.000Z; nothing was posted.' })
    expect(clock.sleeps.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(60_000)
    expect(clock.sleeps.length).toBeGreaterThan(0)
  })

  it('a waiting run comes before a decided one, and the newest decided one is the answer', async () => {
    h.sim.addInstance({ executionId: 'exec1', callbackId: 'cb-1', status: 'REJECTED', approvalActivities: [{ ...byAlice, action: 'REJECT' }] })
    const waiting = h.sim.addInstance({ executionId: 'exec1', callbackId: 'cb-1' })
    expect(only((await h.run({ callbackId: 'cb-1' })).result.executions)).toMatchObject({ kind: 'decided', instanceId: waiting.id, posts: 1 })
    // Now both are decided: the newer (ours, approved) is the answer to a second look.
    expect(only((await h.run({ callbackId: 'cb-1', waitForApproval: '0' }, { marker: 'hag-other.1-abc' })).result.executions)).toMatchObject({ kind: 'decided', instanceId: waiting.id, posts: 0 })
  })
})

describe('only an earlier attempt of the same workflow run counts', () => {
  it('two steps of one attempt approving two stages in turn: the second waits for its own stage, not the first\'s approval', async () => {
    // Stage B's approval starts only after stage A's is approved (after the first step's read of the approvals).
    h.sim.addExecution({ executionId: 'exec1', afterApprove: [] })
    const stageA = h.sim.addInstance({ executionId: 'exec1', stepIdentifier: 'approve_a' })
    const stageB = h.sim.addInstance({ executionId: 'exec1', stepIdentifier: 'approve_b', appearAfterReads: 2 })
    const first = await h.run({}, { marker: 'hag-4242.1-a1b2c3' })
    expect(only(first.result.executions)).toMatchObject({ kind: 'decided', posts: 1, instanceId: stageA.id })

    const second = await h.run({ waitForApproval: '5m' }, { marker: 'hag-4242.1-d4e5f6' })
    expect(only(second.result.executions)).toMatchObject({ kind: 'decided', status: 'APPROVED', posts: 1, instanceId: stageB.id })
    expect(h.sim.instance(stageB.id)).toMatchObject({ status: 'APPROVED' })
    expect(h.sim.stats.decisionsApplied).toBe(2)
  })

  it('a later attempt\'s marker does not count either (an attempt is never re-run by an earlier one)', async () => {
    const approvedAt = APPROVED_AT
    const activity = { user: { name: 'Approver Bot', email: 'approver.bot@example.com' }, action: 'APPROVE' as const, approverInputs: [], comments: 'x\n[hag-4242.3-a1b2c3-1]', approvedAt }
    h.sim.addInstance({ executionId: 'exec1', status: 'APPROVED', approvalActivities: [activity] })
    const { result } = await h.run({ waitForApproval: '' }, { marker: 'hag-4242.2-d4e5f6' })
    expect(failedCause(only(result.executions)).id).toBe('nothing-waiting')
  })
})

describe('a re-run of a step that needs more approvers', () => {
  const twoApprovers = () => h.sim.addInstance({ executionId: 'exec1', minimumCount: 2, approvers: '*' })

  it('succeeds without posting again, saying this run approved it and how many approvals it has of how many', async () => {
    const step = twoApprovers()
    const first = await h.run({}, { marker: 'hag-4242.1-a1b2c3' })
    expect(only(first.result.executions)).toMatchObject({ kind: 'decided', status: 'WAITING', posts: 1 })
    h.sim.requests.length = 0

    const second = await h.run({ waitForApproval: '' }, { marker: 'hag-4242.2-d4e5f6' })
    const e = only(second.result.executions)
    expect(e).toMatchObject({ kind: 'decided', status: 'WAITING', instanceId: step.id, posts: 0, progress: { approvals: 1, minimumCount: 2, others: [] } })
    if (e.kind !== 'decided') return
    expect(e.note).toMatch(
      /^The approval step was already approved by Approver Bot \(approver\.bot@example\.com\) at \S+Z \(an earlier attempt of this workflow run\), and is waiting for more approvers \(1 of 2 approvals\); nothing was posted\.$/,
    )
    expect(second.clock.sleeps).toEqual([])
    expect(writes()).toEqual([])
    expect(h.sim.instance(step.id)).toMatchObject({ status: 'WAITING' })
    expect(h.sim.stats.decisionsApplied).toBe(1)
    const json = toResultJson(second.result)
    expect(json).toMatchObject({ outcome: 'decided', approvalStatus: 'WAITING' })
  })

  it('with a callback id too: the waiting step this run approved is known by its activity, not approved again', async () => {
    const step = h.sim.addInstance({ executionId: 'exec1', callbackId: 'cb-prod', minimumCount: 2, approvers: '*' })
    await h.run({ callbackId: 'cb-prod' }, { marker: 'hag-4242.1-a1b2c3' })
    h.sim.requests.length = 0
    const second = await h.run({ callbackId: 'cb-prod', waitForApproval: '' }, { marker: 'hag-4242.2-d4e5f6' })
    expect(only(second.result.executions)).toMatchObject({ kind: 'decided', status: 'WAITING', instanceId: step.id, posts: 0, progress: { approvals: 1, minimumCount: 2 } })
    expect(writes()).toEqual([])
    // Another workflow run, with another approver's key, does not take that approval for its own: it approves.
    const rotated = h.sim.addKey({ user: { name: 'Release Bot', email: 'release.bot@example.com' } })
    const other = await h.run({ apiKey: rotated.key, callbackId: 'cb-prod', waitForApproval: '' }, { marker: 'hag-9999.2-d4e5f6' })
    expect(only(other.result.executions)).toMatchObject({ kind: 'decided', posts: 1 })
  })

  it('does not count twice when the re-run has another approver\'s key', async () => {
    const step = twoApprovers()
    await h.run({}, { marker: 'hag-4242.1-a1b2c3' })
    const rotated = h.sim.addKey({ user: { name: 'Release Bot', email: 'release.bot@example.com' } })
    const second = await h.run({ apiKey: rotated.key, waitForApproval: '' }, { marker: 'hag-4242.2-d4e5f6' })
    expect(only(second.result.executions)).toMatchObject({ kind: 'decided', status: 'WAITING', posts: 0 })
    expect(h.sim.posts()).toHaveLength(1)
    expect(h.sim.instance(step.id)).toMatchObject({ status: 'WAITING' })
  })

  it('a REJECT on the re-run fails, naming the earlier approval, and posts nothing', async () => {
    twoApprovers()
    await h.run({}, { marker: 'hag-4242.1-a1b2c3' })
    h.sim.requests.length = 0
    const { result } = await h.run({ action: 'reject', waitForApproval: '' }, { marker: 'hag-4242.2-d4e5f6' })
    const cause = failedCause(only(result.executions))
    expect(cause).toMatchObject({ id: 'already-finished', title: 'Approval step already approved by this workflow run' })
    expect(cause.explanation).toMatch(/already approved by Approver Bot \(approver\.bot@example\.com\) at \S+Z \(an earlier attempt of this workflow run\)/)
    expect(writes()).toEqual([])
  })
})

describe('auto-reject', () => {
  it('warns before approving, and says so in the result and the summary row', async () => {
    h.sim.addInstance({ executionId: 'exec1', autoRejectEnabled: true })
    const { result, log } = await h.run()
    const e = only(result.executions)
    expect(e).toMatchObject({ kind: 'decided', autoRejectsOlder: true })
    expect(log.lines).toContainEqual({ level: 'warning', title: 'Auto-reject', message: 'Execution exec1: approving also rejects older waiting runs of pipeline Deploy at this step (the step has auto-reject on).' })
    const json = toResultJson(result)
    expect(json.executions[0]).toMatchObject({ autoRejectsOlder: true })
    const said = recordingLogger()
    announceResult(json, said)
    expect(said.lines).toContainEqual(expect.objectContaining({ level: 'warning', title: 'Auto-reject' }))
  })

  it('says nothing of it for a REJECT', async () => {
    h.sim.addInstance({ executionId: 'exec1', autoRejectEnabled: true })
    const { result, log } = await h.run({ action: 'reject' })
    expect(only(result.executions)).not.toHaveProperty('autoRejectsOlder')
    expect(log.lines.filter((l) => l.title === 'Auto-reject')).toEqual([])
  })
})

describe('recognising a known step', () => {
  it('take the run id and attempt from a workflow run marker only', () => {
    expect(workflowAttemptOf('hag-4242.3-a1b2c3')).toEqual({ runId: '4242', attempt: 3 })
    expect(workflowAttemptOf('hag-local.1-a1b2c3')).toBeUndefined()
    expect(workflowAttemptOf('hag-cli.m0abc-a1b2c3')).toBeUndefined()
    expect(workflowAttemptOf('hag-test.1-abc')).toBeUndefined()
    expect(workflowAttemptOf('hag-4242.99999999999999999999-a1b2c3')).toBeUndefined()
    expect(workflowAttemptOf('hag-4242.3-a1b2c3-1')).toBeUndefined()
    expect(workflowAttemptOf('hag-4242.12-a1b2c3')).toEqual({ runId: '4242', attempt: 12 })
    // The whole marker, from its start: a run id that merely ends like one is not a workflow run's.
    expect(workflowAttemptOf('hag-local-hag-4242.3-a1b2c3')).toBeUndefined()
  })

  it('count only POST markers of a lower attempt of the same run', () => {
    const current = { runId: '4242', attempt: 3 }
    expect(byEarlierAttempt('ok\n[hag-4242.2-a1b2c3-1]', current)).toBe(true)
    expect(byEarlierAttempt('[hag-4242.1-a1b2c3-2]', current)).toBe(true)
    expect(byEarlierAttempt('[hag-4242.3-a1b2c3-1]', current)).toBe(false) // this attempt
    expect(byEarlierAttempt('[hag-4242.4-a1b2c3-1]', current)).toBe(false) // a later one
    expect(byEarlierAttempt('[hag-42421.1-a1b2c3-1]', current)).toBe(false) // another run whose id starts alike
    expect(byEarlierAttempt('[hag-14242.1-a1b2c3-1]', current)).toBe(false)
    expect(byEarlierAttempt('hag-4242.1-a1b2c3-1', current)).toBe(false) // not a marker line
    expect(byEarlierAttempt('[hag-4242.1-a1b2c3-1]', undefined)).toBe(false)
    expect(byEarlierAttempt(undefined, current)).toBe(false)
    // Attempts and post counters are numbers, not digits: attempt 10 is earlier than 11, and later than 9.
    const eleventh = { runId: '4242', attempt: 11 }
    expect(byEarlierAttempt('[hag-4242.10-a1b2c3-1]', eleventh)).toBe(true)
    expect(byEarlierAttempt('[hag-4242.10-a1b2c3-1]', { runId: '4242', attempt: 9 })).toBe(false)
    expect(byEarlierAttempt('[hag-4242.2-a1b2c3-12]', current)).toBe(true)
  })

  it('ignore steps still waiting or ended without a decision, and name "someone" when the step does not', () => {
    const step = (status: string, updated: number) => ({ id: `i-${status}`, status, updated, details: { approvalActivities: [] } })
    expect(findKnownStep([step('WAITING', 2), step('EXPIRED', 3)], 'cb', undefined)).toBeUndefined()
    const known = findKnownStep([step('REJECTED', 1), step('APPROVED', 5)], 'cb', undefined)
    expect(known).toMatchObject({ status: 'APPROVED' })
    expect(known).not.toHaveProperty('earlier')
    expect(whoAndWhen(known!.activity)).toBe('someone the step does not name')
    expect(findKnownStep([step('APPROVED', 5)], undefined, { runId: '1', attempt: 2 })).toBeUndefined()
  })

  it('name who decided, and what this run\'s earlier attempt had done when someone else decided after it', () => {
    const ours = { user: { name: 'Bot' }, action: 'APPROVE', comments: '[hag-7.1-abcdef-1]', approvedAt: 0 }
    const alice = { user: { name: 'Alice' }, action: 'REJECT', comments: 'no', approvedAt: 1000 }
    const known = findKnownStep([{ id: 'i', status: 'REJECTED', details: { approvalActivities: [ours, alice] } }], undefined, { runId: '7', attempt: 2 })
    expect(decidedBy(known!)).toBe('rejected by Alice at 1970-01-01T00:00:01.000Z, after an earlier attempt of this workflow run had approved it (Bot at 1970-01-01T00:00:00.000Z)')
  })

  it('a waiting step is known by the earlier attempt\'s approval, and counts as approved, not rejected', () => {
    const current = { runId: '7', attempt: 3 }
    const first = { user: { name: 'Bot' }, action: 'APPROVE', comments: '[hag-7.1-abcdef-1]', approvedAt: 0 }
    const second = { user: { name: 'Bot' }, action: 'APPROVE', comments: '[hag-7.2-abcdef-1]', approvedAt: 2000 }
    const alice = { user: { name: 'Alice' }, action: 'APPROVE', comments: 'ok', approvedAt: 5000 }
    const step = knownStep({ id: 'i', status: 'WAITING', details: { approvalActivities: [first, second, alice] } }, 'WAITING', current)
    // The latest of this run's earlier attempts, not Alice's later approval.
    expect(step).toMatchObject({ status: 'WAITING', activity: second, earlier: second })
    expect(decidedBy(step)).toBe('approved by Bot at 1970-01-01T00:00:02.000Z (an earlier attempt of this workflow run)')
    expect(endedAsAsked(step, 'APPROVE')).toBe(true)
    expect(endedAsAsked(step, 'REJECT')).toBe(false)
    expect(endedAsAsked({ ...step, status: 'REJECTED' }, 'REJECT')).toBe(true)
    expect(endedAsAsked({ ...step, status: 'APPROVED' }, 'REJECT')).toBe(false)
  })

  it('prefer the step this run decided over a newer one the callback id also names', () => {
    const current = { runId: '7', attempt: 2 }
    const ours = { id: 'ours', status: 'APPROVED', updated: 1, details: { approvalActivities: [{ action: 'APPROVE', comments: '[hag-7.1-abcdef-1]' }] } }
    const newer = { id: 'newer', status: 'REJECTED', updated: 9, details: { approvalActivities: [{ action: 'REJECT', comments: 'no' }] } }
    expect(findKnownStep([newer, ours], 'cb', current)?.instance.id).toBe('ours')
    expect(findKnownStep([newer, ours], 'cb', undefined)?.instance.id).toBe('newer')
    expect(findKnownStep([newer, ours], undefined, { runId: '7', attempt: 1 })).toBeUndefined()
  })

  it('never throw on a nonsense time', () => {
    expect(whoAndWhen({ user: { email: 'a@b.c' }, approvedAt: 1e300 })).toBe('a@b.c')
    expect(whoAndWhen({ user: { email: 'a@b.c' }, approvedAt: -1e16 })).toBe('a@b.c')
    // A null (or text) time is no time, not 1970; the last moment a date can hold is still one.
    expect(whoAndWhen({ user: { email: 'a@b.c' }, approvedAt: null as unknown as number })).toBe('a@b.c')
    expect(whoAndWhen({ user: { email: 'a@b.c' }, approvedAt: '1764581400000' as unknown as number })).toBe('a@b.c')
    expect(whoAndWhen({ user: { email: 'a@b.c' }, approvedAt: 8.64e15 })).toBe('a@b.c at +275760-09-13T00:00:00.000Z')
  })

  it('name the approver whose approval completed a step that needed several: the latest', () => {
    const alice = { user: { name: 'Alice' }, action: 'APPROVE', comments: 'ok', approvedAt: 1000 }
    const bob = { user: { name: 'Bob' }, action: 'APPROVE', comments: 'ok', approvedAt: 2000 }
    const known = findKnownStep([{ id: 'i', status: 'APPROVED', details: { approvalActivities: [alice, bob] } }], 'cb', undefined)
    expect(known).toMatchObject({ activity: bob })
    expect(decidedBy(known!)).toBe('approved by Bob at 1970-01-01T00:00:02.000Z')
  })

  it('in a dry run\'s report, credit the earlier attempt only when its activity decided the step', () => {
    const current = { runId: '7', attempt: 2 }
    const ours = { user: { name: 'Bot' }, action: 'APPROVE', comments: '[hag-7.1-abcdef-1]', approvedAt: 1000 }
    const alice = { user: { name: 'Alice' }, action: 'APPROVE', comments: 'ok', approvedAt: 2000 }
    // minimumCount 2: the earlier attempt approved, then Alice's approval completed the step.
    const completed = findKnownStep([{ id: 'i', status: 'APPROVED', details: { approvalActivities: [ours, alice] } }], undefined, current)
    expect(alreadyDecided(completed!)).toEqual({ approvalStatus: 'APPROVED', approvalInstanceId: 'i', decidedBy: 'Alice', decidedAt: '1970-01-01T00:00:02.000Z' })
    const ourOwn = findKnownStep([{ id: 'i', status: 'APPROVED', details: { approvalActivities: [ours] } }], undefined, current)
    expect(alreadyDecided(ourOwn!)).toEqual({ approvalStatus: 'APPROVED', approvalInstanceId: 'i', decidedBy: 'Bot', decidedAt: '1970-01-01T00:00:01.000Z', byEarlierAttempt: true })
  })

  it('say what the earlier attempt had done when someone else decided after it: two rejections that raced', () => {
    const ours = { user: { name: 'Bot' }, action: 'REJECT', comments: 'no\n[hag-7.1-abcdef-1]', approvedAt: 1000 }
    const alice = { user: { name: 'Alice' }, action: 'REJECT', comments: 'no', approvedAt: 1001 }
    const known = findKnownStep([{ id: 'i', status: 'REJECTED', details: { approvalActivities: [ours, alice] } }], undefined, { runId: '7', attempt: 2 })
    expect(decidedBy(known!)).toBe('rejected by Alice at 1970-01-01T00:00:01.001Z, after an earlier attempt of this workflow run had rejected it (Bot at 1970-01-01T00:00:01.000Z)')
  })

  it('read an instance without details, and activities that are not objects or name no action, without taking them for the decider', () => {
    const current = { runId: '7', attempt: 2 }
    const bare = { id: 'bare', status: 'APPROVED', updated: 1 }
    expect(findKnownStep([bare], 'cb', current)).toEqual({ instance: bare, status: 'APPROVED' })
    expect(knownStep(bare, 'WAITING', current)).toEqual({ instance: bare, status: 'WAITING' })

    const alice = { user: { name: 'Alice' }, action: 'APPROVE', comments: 'ok', approvedAt: 1000 }
    const activities = [alice, null, 'APPROVE', 7, { user: { name: 'Mallory' }, comments: 'no action' }] as unknown as ApprovalActivity[]
    const known = findKnownStep([{ id: 'odd', status: 'APPROVED', details: { approvalActivities: activities } }], 'cb', current)
    expect(known).toMatchObject({ status: 'APPROVED', activity: alice })
    expect(known).not.toHaveProperty('earlier')
    expect(decidedBy(known!)).toBe('approved by Alice at 1970-01-01T00:00:01.000Z')
  })

  it('take only Harness approvals for the step, not another kind of approval in the same execution', () => {
    const jira = { id: 'jira', type: 'JiraApproval', status: 'APPROVED', updated: 9, details: { approvalActivities: [{ action: 'APPROVE', comments: '[hag-7.1-abcdef-1]' }] } }
    const harness = { id: 'harness', type: 'HarnessApproval', status: 'REJECTED', updated: 1 }
    expect(findKnownStep([jira, harness], 'cb', undefined)?.instance.id).toBe('harness')
    expect(findKnownStep([jira, harness], undefined, { runId: '7', attempt: 2 })).toBeUndefined()
    expect(findKnownStep([jira], 'cb', undefined)).toBeUndefined()
  })
})

describe('faults on the new reads', () => {
  it('a 404 answered to the execution read in the middle of a batch leaves the others decided', async () => {
    h.sim.addInstance({ executionId: 'execA' })
    h.sim.addInstance({ executionId: 'execB' })
    // Every read of execB answers 404: the batch's first read of each member, and the decision's own.
    h.sim.fault({ on: 'GET', kind: 'respond', status: 404, body: errorDto('ENTITY_NOT_FOUND', 'Plan Execution Summary does not exist or has been deleted for planExecutionId: execB'), pathIncludes: '/execution/v2/execB', times: 5 })
    const { result } = await h.run({ executionId: 'execA,execB' })
    expect(result.executions.map((e) => e.kind)).toEqual(['decided', 'failed'])
    expect(h.sim.posts('execB')).toEqual([])
  })
})
