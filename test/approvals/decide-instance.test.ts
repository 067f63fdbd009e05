// decideExecution's newer branches against a scripted client: the cancellation that may have been recorded,
// a refusal saying the checked step is no longer waiting, the stage check, the batch's hold before an
// auto-rejecting POST, and the proof behind "not recorded". No network in between.
import { describe, expect, it } from 'vitest'
import { decideExecution, DEFAULT_TIMING, type DecisionDeps, type DecisionRequest } from '../../src/approvals/decide-execution.js'
import type { ApprovalsClient } from '../../src/approvals/client.js'
import { classifyHarnessFailure } from '../../src/approvals/causes.js'
import { HarnessApiError } from '../../src/harness/errors.js'
import type { ApprovalInstance, DecisionBody } from '../../src/approvals/types.js'
import { TransportError } from '../../src/http/transport.js'
import { CancelledError } from '../../src/ports.js'
import { fakeClock, recordingLogger } from '../support/fakes.js'
import type { ExecutionClient, ExecutionSummary, Stage } from '../../src/approvals/execution-client.js'

const waiting = (extra: Partial<ApprovalInstance> = {}): ApprovalInstance => ({ id: 'inst1', type: 'HarnessApproval', status: 'WAITING', ...extra })
const summaryOf = (stages?: Stage[]): ExecutionSummary => ({ pipelineIdentifier: 'deploy', name: 'Deploy', orgIdentifier: 'default', projectIdentifier: 'proj', planExecutionId: 'exec1', status: 'ApprovalWaiting', ...(stages ? { stages } : {}) })
const harnessError = (status: number, message = '') => new HarnessApiError(classifyHarnessFailure(status, JSON.stringify({ message })))

interface Script {
  list?: ApprovalInstance[]
  decide: (body: DecisionBody) => Promise<ApprovalInstance>
  read?: () => Promise<ApprovalInstance>
  summaries?: ExecutionSummary[]
}

function run(script: Script, req: Partial<DecisionRequest> = {}, extra: Partial<DecisionDeps> = {}) {
  const posts: string[] = []
  let summaryReads = 0
  const client = {
    list: async () => script.list ?? [waiting()],
    decide: async (instanceId: string, body: DecisionBody) => (posts.push(instanceId), script.decide(body)),
    read: script.read ?? (async () => waiting()),
  } as unknown as ApprovalsClient
  const executions = { summary: async () => (script.summaries ?? [summaryOf()])[Math.min(summaryReads++, (script.summaries ?? [summaryOf()]).length - 1)]! } as unknown as ExecutionClient
  const deps: DecisionDeps = {
    client,
    executions,
    target: { baseUrl: new URL('https://harness.example/gateway'), accountId: 'acct', orgId: 'default', projectId: 'proj' },
    clock: fakeClock(1_000_000),
    logger: recordingLogger(),
    random: () => 0.5,
    timing: DEFAULT_TIMING,
    ...extra,
  }
  const request: DecisionRequest = { executionId: 'exec1', action: 'APPROVE', approverInputs: [], comments: '', marker: 'hag-9', waitForApprovalMs: 0, ...req }
  return decideExecution(request, deps).then((result) => ({ result, posts, summaryReads }))
}

describe('a cancellation while the decision is on its way', () => {
  it('may have been recorded once a POST was sent; not when the connection was refused or before any POST', async () => {
    const sent = new AbortController()
    const a = await run({ decide: async () => (sent.abort(new CancelledError()), Promise.reject(new TransportError('aborted', true, 'aborted'))) }, {}, { signal: sent.signal })
    expect(a.result).toMatchObject({ kind: 'cancelled', posts: 1, mayBeRecorded: true })

    const refused = new AbortController()
    const b = await run({ decide: async () => (refused.abort(new CancelledError()), Promise.reject(new TransportError('connect', false, 'refused'))) }, {}, { signal: refused.signal })
    expect(b.result).toMatchObject({ kind: 'cancelled', posts: 1 })
    expect(b.result).not.toHaveProperty('mayBeRecorded')

    const early = new AbortController()
    early.abort(new CancelledError())
    const c = await run({ decide: async () => waiting({ status: 'APPROVED' }) }, {}, { signal: early.signal })
    expect(c.result).toMatchObject({ kind: 'cancelled', posts: 0 })
    expect(c.result).not.toHaveProperty('mayBeRecorded')
  })
})

describe('the checked step is no longer waiting', () => {
  it('a refusal saying so reads that instance back and names who decided it, without claiming a request of ours was pending', async () => {
    const byDana = waiting({ status: 'APPROVED', details: { approvalActivities: [{ user: { name: 'Dana' }, action: 'APPROVE', comments: 'ui', approvedAt: Date.UTC(2026, 0, 2) }] } })
    const { result, posts } = await run({ decide: async () => Promise.reject(harnessError(400, 'Unable to add Harness Approval Activity : Harness approval instance has already completed. Status: APPROVED')), read: async () => byDana })
    expect(posts).toEqual(['inst1'])
    expect(result).toMatchObject({ kind: 'failed', cause: { id: 'already-finished', title: 'Approval step decided by someone else' } })
    if (result.kind !== 'failed') throw new Error('expected failure')
    expect(result.cause.explanation).toBe("The approval step of execution exec1 that this run checked (approval instance inst1) was approved by Dana at 2026-01-02T00:00:00.000Z before this run's decision reached it, and is now APPROVED. Nothing was posted to any other step.")
  })
})

describe('the stage input', () => {
  const qaWaits = summaryOf([{ identifier: 'qa', name: 'QA', status: 'ApprovalWaiting' }])
  const prodWaits = summaryOf([{ identifier: 'qa', name: 'QA', status: 'Success' }, { identifier: 'prod', name: 'Prod', status: 'ApprovalWaiting' }])

  it('reads the execution again after finding the step, and posts only when both reads show it in that stage', async () => {
    const ok = await run({ decide: async () => waiting({ status: 'APPROVED' }), summaries: [qaWaits] }, { stage: 'qa' })
    expect(ok.result).toMatchObject({ kind: 'decided', stage: { identifier: 'qa', name: 'QA' } })
    expect(ok.summaryReads).toBe(2)
    const moved = await run({ decide: async () => waiting({ status: 'APPROVED' }), summaries: [qaWaits, prodWaits] }, { stage: 'qa' })
    expect(moved.result).toMatchObject({ kind: 'failed', cause: { id: 'wrong-stage' } })
    expect(moved.posts).toEqual([])
  })

  it('without the input, the execution is read once and the stage still named', async () => {
    const { result, summaryReads } = await run({ decide: async () => waiting({ status: 'APPROVED' }), summaries: [qaWaits] })
    expect(result).toMatchObject({ kind: 'decided', stage: { identifier: 'qa' } })
    expect(summaryReads).toBe(1)
  })

  it('carries the stage in the comments, before the marker', async () => {
    let comments = ''
    await run({ decide: async (body) => ((comments = body.comments), waiting({ status: 'APPROVED' })), summaries: [qaWaits] }, { comments: 'from CI' })
    expect(comments).toBe('from CI\nStage: QA (qa)\n[hag-9-1]')
  })
})

describe('the hold before an auto-rejecting POST', () => {
  it('is asked for only by an APPROVE of a step with auto-reject on, and the POST waits for it', async () => {
    const events: string[] = []
    let release = () => {}
    const hold = new Promise<void>((resolve) => (release = resolve))
    const beforePost = async () => (events.push('hold'), hold)
    const pending = run({ list: [waiting({ details: { autoRejectEnabled: true } })], decide: async () => (events.push('post'), waiting({ status: 'APPROVED' })) }, {}, { beforePost })
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(events).toEqual(['hold'])
    release()
    expect((await pending).result.kind).toBe('decided')
    expect(events).toEqual(['hold', 'post'])
    const asked: string[] = []
    await run({ list: [waiting({ details: { autoRejectEnabled: true } })], decide: async () => waiting({ status: 'REJECTED' }) }, { action: 'REJECT' }, { beforePost: async () => void asked.push('reject') })
    await run({ decide: async () => waiting({ status: 'APPROVED' }) }, {}, { beforePost: async () => void asked.push('plain') })
    expect(asked).toEqual([])
  })
})
