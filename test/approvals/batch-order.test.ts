// A batch of runs of one pipeline whose approval step auto-rejects older runs: every execution is read
// first and the oldest approved first, so no approval of the batch rejects another member; a member
// rejected by the batch's own approval anyway is told so.
import { describe, expect, it } from 'vitest'
import { useHarness } from '../support/harness.js'
import { BatchOrder, explainAutoRejected, oldestFirst, type BatchMember } from '../../src/approvals/batch-order.js'
import type { ExecutionResult } from '../../src/approvals/execution-result.js'
import type { InstanceOptions } from '../../sim/harness-simulator.js'

const h = useHarness()
const HOUR = 3_600_000

/** Two runs of the same pipeline waiting at the same auto-rejecting step, the older one started first. */
function twoRuns(older: Partial<InstanceOptions> = {}) {
  const now = Date.now()
  h.sim.addExecution({ executionId: 'eOld', startTs: now - 2 * HOUR })
  h.sim.addExecution({ executionId: 'eNew', startTs: now - HOUR })
  const old = h.sim.addInstance({ executionId: 'eOld', autoRejectEnabled: true, ...older })
  const fresh = h.sim.addInstance({ executionId: 'eNew', autoRejectEnabled: true })
  return { old, fresh }
}

describe('a batch with auto-reject', () => {
  it.each(['1', '4'])('approves the oldest first, so neither member rejects the other (concurrency %s), results in the order given', async (concurrency) => {
    const { old, fresh } = twoRuns()
    const { result } = await h.run({ executionId: 'eNew,eOld', concurrency })
    expect(result.executions.map((e) => [e.executionId, e.kind])).toEqual([['eNew', 'decided'], ['eOld', 'decided']])
    expect(h.sim.instance(old.id)!.status).toBe('APPROVED')
    expect(h.sim.instance(fresh.id)!.status).toBe('APPROVED')
    expect(h.sim.stats.autoRejected).toBe(0)
    // Read every execution first (one read each, the decision reuses it), then post oldest first.
    const posts = h.sim.requests.filter((r) => r.method === 'POST').map((r) => r.path)
    expect(posts).toEqual([`/gateway/pipeline/api/approvals/${old.id}/harness/activity`, `/gateway/pipeline/api/approvals/${fresh.id}/harness/activity`])
    expect(h.sim.executionReads()).toHaveLength(2)
    const firstApprovalRead = h.sim.requests.findIndex((r) => r.path.includes('/approvals/'))
    expect(h.sim.requests.slice(0, firstApprovalRead).map((r) => r.path)).toEqual(expect.arrayContaining([expect.stringContaining('/execution/v2/eNew'), expect.stringContaining('/execution/v2/eOld')]))
  })

  it('holds the newer member\'s approval while the older member\'s step is still to appear', async () => {
    // The older run's step shows only after a few reads: the newer one, ready first, waits for it.
    const { old, fresh } = twoRuns({ appearAfterReads: 3 })
    const { result } = await h.run({ executionId: 'eNew,eOld', concurrency: '2', waitForApproval: '5m' })
    expect(result.executions.map((e) => [e.executionId, e.kind])).toEqual([['eNew', 'decided'], ['eOld', 'decided']])
    expect(h.sim.stats.autoRejected).toBe(0)
    const posts = h.sim.requests.filter((r) => r.method === 'POST').map((r) => r.path)
    expect(posts).toEqual([`/gateway/pipeline/api/approvals/${old.id}/harness/activity`, `/gateway/pipeline/api/approvals/${fresh.id}/harness/activity`])
  })

  it('says so when the batch\'s own approval rejected a member that could not be approved', async () => {
    // The older run's step wants an input this batch does not give: it fails, then the newer run's approval
    // rejects it.
    const { old } = twoRuns({ approverInputs: [{ name: 'ticket', regex: 'CHG-[0-9]+', required: true }] })
    const { result } = await h.run({ executionId: 'eNew,eOld' })
    const [fresh, older] = result.executions
    expect(fresh).toMatchObject({ kind: 'decided', autoRejectsOlder: true })
    expect(older).toMatchObject({ kind: 'failed', cause: { id: 'invalid-inputs' } })
    if (older?.kind !== 'failed') throw new Error('expected a failure')
    expect(older.cause.explanation).toMatch(/ Execution eNew of this batch was approved after it, and the step has auto-reject on: that approval rejected this execution's approval step if it was waiting by then\.$/)
    expect(h.sim.instance(old.id)!.status).toBe('REJECTED')
  })

  it('a batch without auto-reject is not held back', async () => {
    const now = Date.now()
    h.sim.addExecution({ executionId: 'eOld', startTs: now - 2 * HOUR })
    h.sim.addExecution({ executionId: 'eNew', startTs: now - HOUR })
    h.sim.addInstance({ executionId: 'eOld' })
    h.sim.addInstance({ executionId: 'eNew' })
    const { result } = await h.run({ executionId: 'eNew,eOld' })
    expect(result.executions.map((e) => e.kind)).toEqual(['decided', 'decided'])
  })
})

describe('BatchOrder', () => {
  it('never lets two members that started at the same time wait on each other', async () => {
    const s = { pipelineIdentifier: 'p', name: 'p', orgIdentifier: 'o', projectIdentifier: 'q', planExecutionId: 'x', status: 'ApprovalWaiting', startTs: 5 }
    const order = new BatchOrder([{ executionId: 'a', summary: s }, { executionId: 'b', summary: s }])
    const auto = { id: 'i', status: 'WAITING', details: { autoRejectEnabled: true } }
    await order.beforePost('a', auto, s) // the first in order goes at once
    let bWent = false
    const b = order.beforePost('b', auto, s).then(() => (bWent = true))
    await new Promise((resolve) => setTimeout(resolve, 5))
    expect(bWent).toBe(false)
    order.done('a')
    await b
    expect(bWent).toBe(true)
  })
})

describe('oldestFirst', () => {
  it('orders by start time, then run number, unknown last, the given order among equals', () => {
    const s = (startTs?: number, runSequence?: number) => ({ pipelineIdentifier: 'p', name: 'p', orgIdentifier: 'o', projectIdentifier: 'q', planExecutionId: 'x', status: 'Running', ...(startTs !== undefined ? { startTs } : {}), ...(runSequence !== undefined ? { runSequence } : {}) })
    const members = [{ executionId: 'a' }, { executionId: 'b', summary: s(5) }, { executionId: 'c', summary: s(undefined, 3) }, { executionId: 'd', summary: s(5) }]
    expect(oldestFirst(members).map((m) => m.executionId)).toEqual(['c', 'b', 'd', 'a'])
  })
})

/** A run of pipeline `pipeline` that started at `startTs`. */
const run = (executionId: string, pipeline: string, startTs: number): BatchMember => ({
  executionId,
  summary: { pipelineIdentifier: pipeline, name: pipeline, orgIdentifier: 'o', projectIdentifier: 'q', planExecutionId: executionId, status: 'ApprovalWaiting', startTs },
})
const decision = 'APPROVE' as const
const cause = { id: 'invalid-inputs' as const, title: 'Inputs refused', explanation: 'The step refused the inputs.', fix: 'Fix them.', status: 400, harnessMessage: '' }
const failed = (executionId: string): ExecutionResult => ({ kind: 'failed', executionId, decision, cause, posts: 1, waitedMs: 0 })
const approved = (executionId: string, autoRejectsOlder: boolean): ExecutionResult => ({
  kind: 'decided', executionId, decision, status: 'APPROVED', instanceId: `i-${executionId}`, inputsSent: [], defaulted: [], posts: 1, waitedMs: 0, confirmedByReadBack: false,
  ...(autoRejectsOlder ? { autoRejectsOlder: true as const } : {}),
})
const explanationOf = (results: ExecutionResult[], members: BatchMember[], id: string) => {
  const r = explainAutoRejected(results, members).find((x) => x.executionId === id)
  return r?.kind === 'failed' ? r.cause.explanation : undefined
}

describe('explainAutoRejected', () => {
  const members = [run('old', 'p', 1), run('new', 'p', 2), run('same', 'p', 1), run('otherPipeline', 'q', 3)]

  it('names the newer member of the same pipeline whose auto-rejecting approval came after the failure', () => {
    const results = [approved('otherPipeline', true), failed('old'), approved('new', true)]
    expect(explanationOf(results, members, 'old')).toBe(
      "The step refused the inputs. Execution new of this batch was approved after it, and the step has auto-reject on: that approval rejected this execution's approval step if it was waiting by then.",
    )
    // Only failures change; the rest are returned as they were.
    expect(explainAutoRejected(results, members).filter((r) => r.kind === 'decided')).toEqual([results[0], results[2]])
  })

  it('says nothing when no approval of the batch could have rejected the member', () => {
    const alone = 'The step refused the inputs.'
    // Without auto-reject; from another pipeline; started at the same time; not decided; older than it.
    expect(explanationOf([failed('old'), approved('new', false)], members, 'old')).toBe(alone)
    expect(explanationOf([failed('old'), approved('otherPipeline', true)], members, 'old')).toBe(alone)
    expect(explanationOf([failed('old'), approved('same', true)], members, 'old')).toBe(alone)
    expect(explanationOf([failed('old'), { ...failed('new'), autoRejectsOlder: true } as ExecutionResult], members, 'old')).toBe(alone)
    expect(explanationOf([failed('new'), approved('old', true)], members, 'new')).toBe(alone)
    // A member whose execution could not be read, or a result that is not a member: nothing to compare.
    expect(explanationOf([failed('old'), approved('new', true)], [{ executionId: 'old' }, run('new', 'p', 2)], 'old')).toBe(alone)
    expect(explanationOf([failed('old'), approved('stranger', true)], members, 'old')).toBe(alone)
  })
})

describe('BatchOrder.beforePost', () => {
  const pending = async (p: Promise<void>) => {
    let went = false
    void p.then(() => (went = true))
    await new Promise((resolve) => setTimeout(resolve, 5))
    return !went
  }

  it('holds only an auto-rejecting APPROVE, and only for older members of the same pipeline', async () => {
    const members = [run('old', 'p', 1), run('otherOld', 'q', 0), run('new', 'p', 2)]
    const order = new BatchOrder(members)
    const auto = { id: 'i', status: 'WAITING', details: { autoRejectEnabled: true } }
    expect(await pending(order.beforePost('new', { id: 'i', status: 'WAITING' }, members[2]!.summary!))).toBe(false)
    expect(await pending(order.beforePost('new', { id: 'i', status: 'WAITING', details: { autoRejectEnabled: false } }, members[2]!.summary!))).toBe(false)
    // The older run of another pipeline is still undecided: no reason to wait for it.
    const held = order.beforePost('new', auto, members[2]!.summary!)
    expect(await pending(held)).toBe(true)
    order.done('old')
    expect(await pending(held)).toBe(false)
    // Done twice, or for an id not in the batch: nothing happens.
    order.done('old')
    order.done('stranger')
  })
})
