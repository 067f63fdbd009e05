// decideExecution against a scripted client: every branch of the exactly-once logic, with the exact
// results, messages, request bodies and waits, and no network in between.
import { describe, expect, it } from 'vitest'
import { decideExecution, DEFAULT_TIMING, localCause, type DecisionRequest, type DecisionTiming } from '../../src/approvals/decide-execution.js'
import type { ApprovalsClient, ListFilter } from '../../src/approvals/client.js'
import { classifyHarnessFailure } from '../../src/approvals/causes.js'
import { HarnessApiError, UnexpectedBodyError } from '../../src/harness/errors.js'
import type { ApprovalInstance, DecisionBody } from '../../src/approvals/types.js'
import { TransportError } from '../../src/http/transport.js'
import { CancelledError } from '../../src/ports.js'
import { fakeClock, recordingLogger } from '../support/fakes.js'
import type { ExecutionClient, ExecutionSummary } from '../../src/approvals/execution-client.js'

type Answer<T> = T | Error | (() => T | Error)

/** Answers each call with the next scripted answer; the last one repeats. */
function scripted<T>(answers: Answer<T>[]) {
  let index = 0
  return async (): Promise<T> => {
    const answer = answers[Math.min(index++, answers.length - 1)]!
    const value = typeof answer === 'function' ? (answer as () => T | Error)() : answer
    if (value instanceof Error) throw value
    return value
  }
}

interface Script {
  list?: Answer<ApprovalInstance[]>[]
  decide?: Answer<ApprovalInstance>[]
  summary?: Answer<ExecutionSummary>[]
}

/** The execution as the scope check reads it: in the org and project asked for, still running. */
function summaryOf(status = 'ApprovalWaiting', over: Partial<ExecutionSummary> = {}): ExecutionSummary {
  return { pipelineIdentifier: 'deploy', name: 'Deploy', orgIdentifier: 'default', projectIdentifier: 'proj', planExecutionId: 'exec1', runSequence: 7, status, ...over }
}

/** The pipeline run the result carries, from summaryOf(). */
const PIPELINE = {
  name: 'Deploy',
  identifier: 'deploy',
  runSequence: 7,
  status: 'ApprovalWaiting',
  url: 'https://harness.example/ng/account/acct/all/orgs/default/projects/proj/pipelines/deploy/executions/exec1/pipeline',
}

const TARGET = { baseUrl: new URL('https://harness.example/gateway'), accountId: 'acct', orgId: 'default', projectId: 'proj' }

function setup(script: Script, options: { timing?: Partial<DecisionTiming>; signal?: AbortSignal; random?: () => number } = {}) {
  const lists: { executionId: string; filter: ListFilter }[] = []
  const posts: { instanceId: string; body: DecisionBody }[] = []
  const reads: string[] = []
  const list = scripted(script.list ?? [[waiting()]])
  const decide = scripted(script.decide ?? [instance('APPROVED')])
  const summaries: string[] = []
  const summary = scripted(script.summary ?? [summaryOf()])
  const executions = {
    summary: (executionId: string) => {
      summaries.push(executionId)
      return summary()
    },
  } as unknown as ExecutionClient
  const client = {
    list: (executionId: string, filter: ListFilter) => {
      lists.push({ executionId, filter })
      return list()
    },
    decide: (instanceId: string, body: DecisionBody) => {
      posts.push({ instanceId, body: structuredClone(body) })
      return decide()
    },
    // The read-back of one instance answers from the list script: the instance of that id, else the first.
    read: async (instanceId: string) => {
      reads.push(instanceId)
      const all = await list()
      const found = all.find((i) => i.id === instanceId) ?? all[0]
      if (!found) throw new HarnessApiError(classifyHarnessFailure(400, JSON.stringify({ message: `Invalid approval instance id: ${instanceId}` })))
      return found
    },
  } as unknown as ApprovalsClient
  // Not zero, so a wait measured from the start cannot pass for the clock's own reading.
  const clock = fakeClock(1_000_000)
  const logger = recordingLogger()
  const timing = { ...DEFAULT_TIMING, ...options.timing }
  const deps = { client, executions, target: TARGET, clock, logger, random: options.random ?? (() => 0.5), timing, ...(options.signal ? { signal: options.signal } : {}) }
  return {
    lists,
    reads,
    posts,
    summaries,
    clock,
    logger,
    decide: (req: Partial<DecisionRequest> = {}) => decideExecution({ ...REQUEST, ...req }, deps),
  }
}

const REQUEST: DecisionRequest = {
  executionId: 'exec1',
  action: 'APPROVE',
  approverInputs: [],
  comments: 'from CI',
  marker: 'hag-9',
  waitForApprovalMs: 0,
}

function waiting(extra: Partial<ApprovalInstance> = {}): ApprovalInstance {
  return { id: 'inst1', type: 'HarnessApproval', status: 'WAITING', ...extra }
}

function instance(status: string, extra: Partial<ApprovalInstance> = {}): ApprovalInstance {
  return { id: 'inst1', type: 'HarnessApproval', status, ...extra }
}

function byUs(post: number, status = 'APPROVED'): ApprovalInstance {
  return instance(status, { details: { approvalActivities: [{ action: 'APPROVE', comments: `from CI\n[hag-9-${post}]` }] } })
}

const harnessError = (status: number, message = '') => new HarnessApiError(classifyHarnessFailure(status, JSON.stringify({ message })))
const transport = (failure: ConstructorParameters<typeof TransportError>[0], message = `${failure} failure`) => new TransportError(failure, failure !== 'connect', message)

describe('decideExecution: the straight path', () => {
  it('reads the Harness approvals of the callback, merges inputs and posts once, to the instance that waits', async () => {
    const t = setup({
      list: [[waiting({ details: { approverInputs: [{ name: 'env', defaultValue: 'prod' }, { name: 'ticket' }] } })]],
      decide: [instance('APPROVED', { id: 'inst1' })],
    })
    const result = await t.decide({ callbackId: 'cb-1', approverInputs: [{ name: 'ticket', value: 'CHG-1' }] })
    expect(result).toEqual({
      kind: 'decided',
      pipeline: PIPELINE,
      executionId: 'exec1',
      decision: 'APPROVE',
      status: 'APPROVED',
      instanceId: 'inst1',
      inputsSent: [{ name: 'env', value: 'prod' }, { name: 'ticket', value: 'CHG-1' }],
      defaulted: ['env'],
      posts: 1,
      waitedMs: 0,
      confirmedByReadBack: false,
      progress: { approvals: 0, others: [] },
    })
    expect(t.lists).toEqual([{ executionId: 'exec1', filter: { type: 'HarnessApproval', callbackId: 'cb-1' } }])
    expect(t.posts).toEqual([
      {
        instanceId: 'inst1',
        body: { action: 'APPROVE', comments: 'from CI\n[hag-9-1]', approverInputs: [{ name: 'env', value: 'prod' }, { name: 'ticket', value: 'CHG-1' }] },
      },
    ])
    expect(t.reads).toEqual([])
    expect(t.logger.lines).toEqual([])
  })

  it('sends the marker alone when there are no comments', async () => {
    const t = setup({})
    await t.decide({ comments: '' })
    expect(t.posts[0]!.body.comments).toBe('[hag-9-1]')
  })

  it('takes the lower-case status Harness may answer with', async () => {
    const t = setup({ decide: [instance('approved')] })
    expect(await t.decide()).toMatchObject({ kind: 'decided', status: 'APPROVED' })
  })

  it('reports WAITING after an approval that needs more approvers', async () => {
    const t = setup({ decide: [instance('WAITING')] })
    expect(await t.decide()).toMatchObject({ kind: 'decided', status: 'WAITING', posts: 1 })
  })

  it('rejects without merging: the inputs go as given', async () => {
    const t = setup({
      list: [[waiting({ details: { approverInputs: [{ name: 'env', defaultValue: 'prod', required: true }] } })]],
      decide: [instance('REJECTED')],
    })
    const result = await t.decide({ action: 'REJECT', approverInputs: [{ name: 'reason', value: 'flaky' }] })
    expect(result).toMatchObject({ kind: 'decided', decision: 'REJECT', status: 'REJECTED', inputsSent: [{ name: 'reason', value: 'flaky' }], defaulted: [] })
    expect(t.posts[0]!.body).toEqual({ action: 'REJECT', comments: 'from CI\n[hag-9-1]', approverInputs: [{ name: 'reason', value: 'flaky' }] })
  })

  it('ignores listed instances that are not waiting Harness approvals (a server ignoring the filter)', async () => {
    // The step's inputs come from the instance picked: only the waiting approval (typed or not) counts.
    const t = setup({
      list: [
        [
          instance('APPROVED', { id: 'old', details: { approverInputs: [{ name: 'old', defaultValue: '1' }] } }),
          waiting({ id: 'shell', type: 'ShellScript', details: { approverInputs: [{ name: 'shell', defaultValue: '2' }] } }),
          waiting({ id: 'mine', type: undefined, details: { approverInputs: [{ name: 'env', defaultValue: 'prod' }] } }),
        ],
      ],
      decide: [instance('APPROVED', { id: 'mine' })],
    })
    expect(await t.decide()).toMatchObject({ kind: 'decided', instanceId: 'mine', inputsSent: [{ name: 'env', value: 'prod' }], defaulted: ['env'] })
  })

  it('refuses inputs that do not fit the step, before posting', async () => {
    const t = setup({ list: [[waiting({ details: { approverInputs: [{ name: 'env' }] } })]] })
    const result = await t.decide({ approverInputs: [{ name: 'colour', value: 'red' }] })
    expect(result).toEqual({
      kind: 'failed',
      pipeline: PIPELINE,
      executionId: 'exec1',
      decision: 'APPROVE',
      cause: {
        id: 'invalid-inputs',
        title: 'Approver inputs do not fit the approval step',
        explanation: "The approver inputs given include colour, which the approval step does not have; the step's inputs are: env",
        fix: "Give {approverInputs} with the step's input names; omitted ones take the step's defaults.",
        status: 0,
        harnessMessage: '',
      },
      posts: 0,
      waitedMs: 0,
    })
    expect(t.posts).toEqual([])
  })
})

describe('decideExecution: what the answer to the post says', () => {
  it('fails when an approval ends rejected', async () => {
    const t = setup({ decide: [instance('REJECTED')] })
    expect(await t.decide()).toEqual({
      kind: 'failed',
      pipeline: PIPELINE,
      executionId: 'exec1',
      decision: 'APPROVE',
      cause: localCause('already-finished', 'Approval ended otherwise', 'After this APPROVE, Harness reports the approval as REJECTED.', 'Look at the pipeline execution in Harness.'),
      posts: 1,
      waitedMs: 0,
      inputsSent: [],
    })
  })

  it.each(['APPROVED', 'WAITING'])('fails when a rejection ends %s', async (status) => {
    const t = setup({ decide: [instance(status)] })
    const result = await t.decide({ action: 'REJECT' })
    expect(result).toMatchObject({ kind: 'failed', cause: { id: 'already-finished', explanation: `After this REJECT, Harness reports the approval as ${status}.` } })
  })

  it('says unknown for a status that is none of approved, rejected or waiting', async () => {
    const t = setup({ decide: [instance('PAUSED\n::x::')] })
    expect(await t.decide()).toEqual({
      kind: 'unknown',
      pipeline: PIPELINE,
      executionId: 'exec1',
      decision: 'APPROVE',
      message: "Harness answered with approval status 'PAUSED : :x: :', which says neither approved, rejected nor waiting. Check the execution in Harness.",
      posts: 1,
      waitedMs: 0,
      inputsSent: [],
    })
  })

  it('fails at once, posting once, on a definite refusal', async () => {
    const refusal = harnessError(400, 'User not authorized to approve/reject')
    const t = setup({ decide: [refusal] })
    expect(await t.decide()).toEqual({ kind: 'failed', executionId: 'exec1', decision: 'APPROVE', cause: refusal.harnessCause, posts: 1, waitedMs: 0, inputsSent: [], pipeline: PIPELINE })
    expect(t.lists).toHaveLength(1)
  })

  it('fails at once on an untrusted certificate, naming the transport problem', async () => {
    const t = setup({ decide: [transport('certificate', 'certificate not trusted')] })
    const result = await t.decide()
    expect(result).toMatchObject({ kind: 'failed', posts: 1, inputsSent: [] })
    if (result.kind !== 'failed') throw new Error('expected a failure')
    expect(result.cause).toEqual({
      id: 'unreachable',
      title: 'Could not reach Harness',
      explanation: 'certificate not trusted.',
      fix: "Trust the server's CA (NODE_EXTRA_CA_CERTS, or {caCert} with the PEM); check {baseUrl} and any proxy that intercepts TLS (HTTPS_PROXY, NO_PROXY).",
      status: 0,
      harnessMessage: '',
    })
  })

  it('fails at once after a refused connection: the transport made its quick tries, and nothing was sent', async () => {
    const t = setup({ decide: [transport('connect', 'POST http://127.0.0.1:1/x: could not connect, the connection was refused (ECONNREFUSED); 5 tries in 7.5s')] })
    const result = await t.decide()
    expect(result).toMatchObject({ kind: 'failed', posts: 1, inputsSent: [], cause: { id: 'unreachable', title: 'Could not reach Harness' } })
    if (result.kind !== 'failed') throw new Error('expected a failure')
    expect(result.cause.explanation).toBe('POST http://127.0.0.1:1/x: could not connect, the connection was refused (ECONNREFUSED); 5 tries in 7.5s.')
    expect(result.cause.fix).toMatch(/^Check \{baseUrl\} \(a mistyped host name\?\), proxies \(HTTPS_PROXY, NO_PROXY\) and whether the runner's network reaches that host\.$/)
    expect(t.posts).toHaveLength(1)
    expect(t.clock.sleeps).toEqual([])
  })

  it('stops after maxPosts, unknown: an unanswered request may still land', async () => {
    const t = setup({ list: [[waiting()]], decide: [harnessError(502)] }, { timing: { maxPosts: 3 } })
    expect(await t.decide()).toMatchObject({ kind: 'unknown', posts: 3, message: expect.stringContaining('may still be applied by Harness') })
    expect(t.posts).toHaveLength(3)
    expect(t.posts.every((p) => p.instanceId === 'inst1')).toBe(true)
  })
})

describe('decideExecution: reading back after an unclear answer', () => {
  it('finds its own marker: decided, confirmed by read-back, without posting again', async () => {
    const t = setup({ list: [[waiting()], [byUs(1)]], decide: [harnessError(502)] })
    const result = await t.decide({ callbackId: 'cb-1' })
    expect(result).toMatchObject({ kind: 'decided', status: 'APPROVED', posts: 1, confirmedByReadBack: true })
    expect(result).not.toHaveProperty('note')
    // The read-back reads the instance that was posted to, by its id.
    expect(t.lists.map((l) => l.filter)).toEqual([{ type: 'HarnessApproval', callbackId: 'cb-1' }])
    expect(t.reads).toEqual(['inst1'])
    expect(t.logger.lines).toEqual([
      {
        level: 'warning',
        title: 'Unclear answer from Harness',
        message: "Execution exec1: the decision's outcome is unclear (Harness server error: Harness (or a proxy in front of it) failed to answer properly.); reading the approval state back instead of posting again.",
      },
    ])
  })

  it('finds its marker among other activities of the instance posted to', async () => {
    const other = instance('APPROVED', { id: 'other', details: { approvalActivities: [{ comments: 'someone' }, {}] } })
    const mine = instance('WAITING', { details: { approvalActivities: [{ comments: 'someone' }, {}, { action: 'APPROVE', comments: 'from CI\n[hag-9-1]' }] } })
    const t = setup({ list: [[waiting()], [other, mine]], decide: [transport('reset')] })
    expect(await t.decide()).toMatchObject({ kind: 'decided', status: 'WAITING', instanceId: 'inst1', confirmedByReadBack: true })
  })

  it('treats an unexpected body as unclear too', async () => {
    const t = setup({ list: [[waiting()], [byUs(1)]], decide: [new UnexpectedBodyError('not an instance')] })
    expect(await t.decide()).toMatchObject({ kind: 'decided', confirmedByReadBack: true, posts: 1 })
  })

  it('accepts the requested outcome without activities, saying it may be someone else\'s', async () => {
    const t = setup({ list: [[waiting()], [instance('APPROVED')]], decide: [harnessError(502)] })
    expect(await t.decide()).toMatchObject({
      kind: 'decided',
      status: 'APPROVED',
      confirmedByReadBack: true,
      note: "The approval shows the requested decision, but not this run's activity: it may have been decided by someone else.",
    })
  })

  it('does not take a matching status with someone else\'s activity as ours', async () => {
    const t = setup({ list: [[waiting()], [instance('APPROVED', { details: { approvalActivities: [{ comments: 'by hand' }] } })]], decide: [harnessError(502)] })
    expect(await t.decide()).toMatchObject({ kind: 'failed', cause: { id: 'already-finished', title: 'Approval step decided by someone else' } })
  })

  it('tells how the instance posted to ended, never another one, naming who decided it and when', async () => {
    const newer = instance('EXPIRED', { id: 'b', created: 5, updated: 9 })
    const posted = instance('APPROVED', { updated: 1, details: { approvalActivities: [{ user: { name: 'Ann', email: 'ann@example.com' }, action: 'APPROVE', comments: 'by hand', approvedAt: Date.UTC(2026, 11, 1, 10) }] } })
    const t = setup({ list: [[waiting()], [newer, posted]], decide: [harnessError(502)] })
    const result = await t.decide()
    expect(result).toEqual({
      kind: 'failed',
      pipeline: PIPELINE,
      executionId: 'exec1',
      decision: 'APPROVE',
      cause: localCause(
        'already-finished',
        'Approval step decided by someone else',
        "The approval step of execution exec1 that this run checked (approval instance inst1) was approved by Ann (ann@example.com) at 2026-12-01T10:00:00.000Z before this run's decision reached it, and is now APPROVED. Nothing was posted to any other step. This run's request was not applied: Harness adds no activity to a step that is no longer waiting.",
        'Look at the pipeline execution in Harness: the decision there stands; any step waiting now is another step, for its own approver.',
      ),
      posts: 1,
      waitedMs: 0,
      inputsSent: [],
    })
    expect(t.reads).toEqual(['inst1'])
  })

  it('an instance that expired is told as such', async () => {
    const t = setup({ list: [[waiting()], [instance('EXPIRED')]], decide: [harnessError(502)] })
    expect(await t.decide()).toMatchObject({ kind: 'failed', cause: { id: 'already-finished', explanation: expect.stringMatching(/\(approval instance inst1\) was expired before this run's decision reached it, and is now EXPIRED\./) } })
  })

  it('reads the second time only after the settle window, so a decision recorded late is found', async () => {
    const t = setup({ list: [[waiting()], [waiting()], () => (t.clock.sleeps.includes(3_000) ? [byUs(1)] : [waiting()])], decide: [harnessError(502), instance('APPROVED')] })
    expect(await t.decide()).toMatchObject({ kind: 'decided', posts: 1, confirmedByReadBack: true })
    expect(t.posts).toHaveLength(1)
  })

  it('a rejection is matched against REJECTED', async () => {
    const t = setup({ list: [[waiting()], [instance('REJECTED')]], decide: [harnessError(502)] })
    expect(await t.decide({ action: 'REJECT' })).toMatchObject({ kind: 'decided', status: 'REJECTED', confirmedByReadBack: true })
    const u = setup({ list: [[waiting()], [instance('APPROVED')]], decide: [harnessError(502)] })
    expect(await u.decide({ action: 'REJECT' })).toMatchObject({ kind: 'failed', cause: { id: 'already-finished' } })
  })

  it('retries a transient failure of the read-back within the read budget', async () => {
    const t = setup({ list: [[waiting()], transport('reset', 'socket hang up'), [byUs(1)]], decide: [harnessError(502)] })
    expect(await t.decide()).toMatchObject({ kind: 'decided', confirmedByReadBack: true })
    expect(t.clock.sleeps).toEqual([750])
    expect(t.logger.lines.map((l) => l.message)).toContain('Reading back approval inst1 of execution exec1 failed (attempt 1: socket hang up); trying again in 0.8s.')
  })

  it('says unknown, not failed, when something unexpected breaks after a post', async () => {
    // A read-back of a shape nobody expected (activities that are not a list) cannot be searched for the
    // marker; the decision may still have been recorded.
    const odd = instance('APPROVED', { details: { approvalActivities: {} as unknown as [] } })
    const t = setup({ list: [[waiting()], [odd]], decide: [harnessError(502)] })
    const result = await t.decide()
    expect(result).toMatchObject({ kind: 'unknown', posts: 1, waitedMs: 0 })
    if (result.kind !== 'unknown') throw new Error('expected unknown')
    expect(result.message).toMatch(/^Decision state unknown for execution exec1: .+\. Check the execution in Harness\.$/)
    expect(result).not.toHaveProperty('inputsSent')
  })

  it('says unknown when the instance posted to cannot be found any more', async () => {
    const t = setup({ list: [[waiting()], []], decide: [harnessError(502)] })
    expect(await t.decide()).toMatchObject({
      kind: 'unknown',
      message: expect.stringContaining('could not be read back (Harness refused the decision: Harness answered 400. Harness said: "Invalid approval instance id: inst1")'),
    })
  })

  it('says unknown, with both reasons, when the read-back fails', async () => {
    const t = setup({ list: [[waiting()], harnessError(401)], decide: [harnessError(502)] })
    expect(await t.decide()).toEqual({
      kind: 'unknown',
      pipeline: PIPELINE,
      executionId: 'exec1',
      decision: 'APPROVE',
      message:
        'Decision state unknown for execution exec1: the decision may or may not have been recorded (Harness server error: Harness (or a proxy in front of it) failed to answer properly.), and the approval state could not be read back (Harness API key refused: Harness did not accept the API key: it is wrong, expired or revoked.). Check the execution in Harness before running this again.',
      posts: 1,
      waitedMs: 0,
      inputsSent: [],
    })
  })

  it('posts a second time only after two looks, a settle window apart, show it still waiting', async () => {
    const t = setup({ list: [[waiting()], [waiting()], [waiting()]], decide: [harnessError(502), instance('APPROVED')] })
    expect(await t.decide()).toMatchObject({ kind: 'decided', posts: 2, confirmedByReadBack: false })
    expect(t.lists).toHaveLength(1)
    expect(t.reads).toEqual(['inst1', 'inst1'])
    expect(t.clock.sleeps).toEqual([3_000])
    expect(t.posts.map((p) => p.body.comments)).toEqual(['from CI\n[hag-9-1]', 'from CI\n[hag-9-2]'])
  })

  it('looks for the marker of every earlier post', async () => {
    // The first post was recorded late: the second post's read-back finds it.
    const t = setup({ list: [[waiting()], [waiting()], [waiting()], [byUs(1)]], decide: [harnessError(502), harnessError(502)] })
    expect(await t.decide()).toMatchObject({ kind: 'decided', posts: 2, confirmedByReadBack: true })
  })

  it('says unknown, never "safe to run again", when every post was unclear and the step still waits: a sent request may still land', async () => {
    const t = setup({ list: [[waiting()]], decide: [harnessError(502), transport('timeout', 'no answer in 30s')] })
    expect(await t.decide()).toEqual({
      kind: 'unknown',
      pipeline: PIPELINE,
      executionId: 'exec1',
      decision: 'APPROVE',
      message:
        'Decision state unknown for execution exec1: 2 attempts gave no clear answer (last: no answer in 30s); the approval step still waits with no decision from this run, but a request that was sent may still be applied by Harness. Check the approval in Harness before running this again.',
      posts: 2,
      waitedMs: 6_000,
      inputsSent: [],
    })
  })

  it('says "not recorded" only when every post was refused before the approval service (429 from the gateway)', async () => {
    const t = setup({ list: [[waiting()]], decide: [harnessError(429, 'Too many requests')] })
    const result = await t.decide()
    expect(result).toMatchObject({ kind: 'failed', posts: 2, cause: { id: 'not-recorded', fix: expect.stringMatching(/^Nothing was recorded, so it is safe to run this again/) } })
  })

  it('after an unclear post, a refusal is read back first (it may be our own decision), then reported', async () => {
    const refusal = harnessError(400, 'Harness approval instance has already completed')
    const t = setup({ list: [[waiting()]], decide: [harnessError(502), refusal] })
    expect(await t.decide()).toMatchObject({ kind: 'failed', cause: refusal.harnessCause, posts: 2, inputsSent: [] })
    expect(t.lists).toHaveLength(1)
    expect(t.reads).toHaveLength(4)
  })

  it('after an unclear post, a refusal that turns out to be our recorded decision is a success', async () => {
    const t = setup({ list: [[waiting()], [waiting()], [waiting()], [byUs(1)]], decide: [harnessError(502), harnessError(400, 'already been approved')] })
    expect(await t.decide()).toMatchObject({ kind: 'decided', confirmedByReadBack: true, posts: 2 })
  })
})

describe('decideExecution: before posting', () => {
  it('fails, posting nothing, when several steps wait', async () => {
    const t = setup({ list: [[waiting({ id: 'a' }), waiting({ id: 'b' })]] })
    const result = await t.decide({ callbackId: 'cb-1' })
    expect(result).toMatchObject({
      kind: 'failed',
      posts: 0,
      cause: {
        id: 'several-waiting',
        title: 'More than one approval step is waiting',
        explanation: '2 Harness Approval steps of execution exec1 are waiting (callback id: cb-1), so it is not clear which one to decide.',
        fix: 'Set {callbackId} to the callback id configured on the approval step you mean.',
        status: 0,
        harnessMessage: '',
      },
    })
    expect(result).not.toHaveProperty('inputsSent')
  })

  it('says when several steps wait and no callback id was given, in words', async () => {
    const t = setup({ list: [[waiting({ id: 'a' }), waiting({ id: 'b' })]] })
    expect(await t.decide()).toMatchObject({
      kind: 'failed',
      cause: { id: 'several-waiting', explanation: '2 Harness Approval steps of execution exec1 are waiting (no callback id given), so it is not clear which one to decide.' },
    })
  })

  it('fails at once when nothing waits and waiting is off', async () => {
    const t = setup({ list: [[]] })
    expect(await t.decide()).toMatchObject({
      kind: 'failed',
      posts: 0,
      cause: {
        id: 'nothing-waiting',
        title: 'No approval step is waiting',
        explanation: 'No Harness Approval step of execution exec1 is waiting (no callback id given): the step has not started yet, or was already decided.',
        status: 0,
        harnessMessage: '',
      },
    })
    expect(t.clock.sleeps).toEqual([])
  })

  it('waits with back-off for a step that starts late, logging once, and says how long it waited', async () => {
    const t = setup({ list: [[], [], [waiting()]] })
    const result = await t.decide({ waitForApprovalMs: 60_000 })
    // 2s, then 3s, at the jitter midpoint.
    expect(t.clock.sleeps).toEqual([1_500, 2_250])
    expect(result).toMatchObject({ kind: 'decided', waitedMs: 3_750 })
    expect(t.logger.lines).toEqual([
      { level: 'info', message: 'Execution exec1: no approval step is waiting yet; waiting up to 60s for one.' },
      { level: 'info', message: 'Execution exec1: the approval step started waiting after 4s.' },
    ])
  })

  it('mentions a wait of more than a second only', async () => {
    const oneStep = { appear: { initialMs: 2_000, maxMs: 2_000, factor: 1 } }
    const t = setup({ list: [[], [waiting()]] }, { timing: oneStep })
    expect(await t.decide({ waitForApprovalMs: 60_000 })).toMatchObject({ kind: 'decided', waitedMs: 1_500 })
    expect(t.logger.lines.map((l) => l.message)).toEqual([
      'Execution exec1: no approval step is waiting yet; waiting up to 60s for one.',
      'Execution exec1: the approval step started waiting after 2s.',
    ])
    // At the top of the jitter range, a 1s step waits exactly 1s.
    const u = setup({ list: [[], [waiting()]] }, { timing: { appear: { initialMs: 1_000, maxMs: 1_000, factor: 1 } }, random: () => 1 })
    expect(await u.decide({ waitForApprovalMs: 60_000 })).toMatchObject({ kind: 'decided', waitedMs: 1_000 })
    expect(u.logger.text()).not.toMatch(/started waiting/)
  })

  it('gives up at waitForApproval, saying how long it waited', async () => {
    const t = setup({ list: [[]] })
    const result = await t.decide({ waitForApprovalMs: 10_000 })
    // 1.5s, 2.25s, 3.375s; the next (5.06s) would pass the deadline.
    expect(t.clock.sleeps).toEqual([1_500, 2_250, 3_375])
    expect(result).toMatchObject({
      kind: 'failed',
      waitedMs: 7_125,
      cause: { id: 'nothing-waiting', explanation: 'No Harness Approval step of execution exec1 is waiting (no callback id given; waited 7s): the step has not started yet, or was already decided.' },
    })
    // Said once, at the first empty read.
    expect(t.logger.lines.map((l) => l.message)).toEqual(['Execution exec1: no approval step is waiting yet; waiting up to 10s for one.'])
  })

  it('reads exactly up to the deadline', async () => {
    // Waits of 1s each (factor 1, random 1): reads at 0, 1s, 2s and 3s for a 3s deadline.
    const t = setup({ list: [[]] }, { timing: { appear: { initialMs: 1_000, maxMs: 1_000, factor: 1 } }, random: () => 1 })
    expect(await t.decide({ waitForApprovalMs: 3_000 })).toMatchObject({ kind: 'failed', waitedMs: 3_000 })
    expect(t.clock.sleeps).toEqual([1_000, 1_000, 1_000])
  })

  it('fails, posting nothing, when the key may not read approvals (no blind post)', async () => {
    const t = setup({ list: [harnessError(403, 'Missing permission core_pipeline_view')] })
    const result = await t.decide({ approverInputs: [{ name: 'env', value: 'dev' }] })
    expect(result).toMatchObject({
      kind: 'failed',
      posts: 0,
      cause: { id: 'forbidden', title: 'Approvals not readable with this key', harnessMessage: 'Missing permission core_pipeline_view', fix: expect.stringContaining('core_pipeline_view') },
    })
    expect(t.posts).toEqual([])
  })

  it('fails with Harness\'s cause when the read is refused otherwise', async () => {
    const refusal = harnessError(401)
    const t = setup({ list: [refusal] })
    expect(await t.decide()).toEqual({ kind: 'failed', executionId: 'exec1', decision: 'APPROVE', cause: refusal.harnessCause, posts: 0, waitedMs: 0, pipeline: PIPELINE })
  })

  it('retries transient read failures within the read budget, then names the failure', async () => {
    const t = setup({ list: [new UnexpectedBodyError('Harness answered 200 with a body that is not JSON')] }, { timing: { readBudgetMs: 5_000 } })
    const result = await t.decide()
    expect(result).toMatchObject({
      kind: 'failed',
      posts: 0,
      cause: {
        id: 'not-json',
        title: 'Unexpected answer from Harness',
        explanation: 'Harness answered 200 with a body that is not JSON.',
        fix: 'Check {baseUrl}: it must lead to the Harness API (a proxy or login page answers otherwise).',
      },
    })
    expect(t.clock.sleeps).toEqual([750, 1_500])
    expect(t.logger.lines.map((l) => l.message)).toEqual([
      'Reading the approvals of execution exec1 failed (attempt 1: Harness answered 200 with a body that is not JSON); trying again in 0.8s.',
      'Reading the approvals of execution exec1: the same failure 1 more time.',
    ])
  })

  it('names an unexpected failure as such', async () => {
    const t = setup({ list: [new TypeError('boom')] })
    expect(await t.decide()).toMatchObject({
      kind: 'failed',
      cause: { id: 'unknown', title: 'Unexpected failure', explanation: 'boom', fix: 'Report this with the log of the run.', status: 0, harnessMessage: '' },
    })
  })
})

describe('decideExecution: cancellation', () => {
  it('reports cancelled when aborted before the post', async () => {
    const controller = new AbortController()
    const t = setup({ list: [() => (controller.abort(new CancelledError()), [waiting()])] }, { signal: controller.signal })
    expect(await t.decide()).toEqual({ kind: 'cancelled', executionId: 'exec1', decision: 'APPROVE', posts: 0, waitedMs: 0 })
    expect(t.posts).toEqual([])
  })

  it('reports cancelled when aborted, for any reason, while waiting for the step to start', async () => {
    const controller = new AbortController()
    const t = setup({ list: [() => (controller.abort(), [])] }, { signal: controller.signal })
    expect(await t.decide({ waitForApprovalMs: 60_000 })).toEqual({ kind: 'cancelled', executionId: 'exec1', decision: 'APPROVE', posts: 0, waitedMs: 0 })
  })

  it('reports cancelled, not unclear, when aborted during the post', async () => {
    const controller = new AbortController()
    const t = setup({ decide: [() => (controller.abort(new CancelledError()), transport('aborted'))] }, { signal: controller.signal })
    expect(await t.decide()).toMatchObject({ kind: 'cancelled', posts: 1 })
    expect(t.lists).toHaveLength(1)
    expect(t.logger.lines).toEqual([])
  })

  it('reports cancelled when aborted during the read-back', async () => {
    const controller = new AbortController()
    const t = setup({ list: [[waiting()], () => (controller.abort(new CancelledError()), transport('aborted'))], decide: [harnessError(502)] }, { signal: controller.signal })
    expect(await t.decide()).toMatchObject({ kind: 'cancelled', posts: 1 })
  })
})

describe('decideExecution: the scope check and a step already decided', () => {
  const decidedBy = (status: 'APPROVED' | 'REJECTED', comments: string, extra: Partial<ApprovalInstance> = {}) =>
    instance(status, {
      updated: 5,
      details: { approvalActivities: [{ user: { name: 'Bo', email: 'bo@example.com' }, action: status === 'APPROVED' ? 'APPROVE' : 'REJECT', comments, approvedAt: 0 }] },
      ...extra,
    })

  it('judges the execution read before anything else, and stops at a mismatch with only the approvals read beside it sent', async () => {
    const t = setup({ summary: [summaryOf('ApprovalWaiting', { orgIdentifier: 'fin', projectIdentifier: 'pay' })] })
    const result = await t.decide()
    expect(result).toEqual({
      kind: 'failed',
      executionId: 'exec1',
      decision: 'APPROVE',
      posts: 0,
      waitedMs: 0,
      cause: {
        id: 'wrong-scope',
        title: 'Execution belongs to another project',
        explanation: 'Execution exec1 belongs to org fin / project pay, not org default / project proj as given. Nothing was posted.',
        fix: 'Check {executionId}; if that execution is the one meant, set {orgId} to fin and {projectId} to pay.',
        status: 0,
        harnessMessage: '',
      },
    })
    expect(t.summaries).toEqual(['exec1'])
    // The approvals read went beside the execution read, and no read followed.
    expect(t.lists).toEqual([{ executionId: 'exec1', filter: { type: 'HarnessApproval' } }])
    expect(t.posts).toEqual([])
    // The org alone differing is a mismatch too.
    expect(await setup({ summary: [summaryOf('Running', { orgIdentifier: 'fin' })] }).decide()).toMatchObject({ kind: 'failed', cause: { id: 'wrong-scope' } })
  })

  it('a finished execution: without a callback id or a workflow run, fails at once with no approvals read after the one beside the execution read', async () => {
    const t = setup({ summary: [summaryOf('Success')] })
    expect(await t.decide({ waitForApprovalMs: 600_000 })).toMatchObject({ kind: 'failed', waitedMs: 0, posts: 0, cause: { id: 'execution-finished', title: 'Execution has already ended' }, pipeline: { status: 'Success' } })
    expect(t.lists).toHaveLength(1)
    expect(t.clock.sleeps).toEqual([])
  })

  it('stops the approvals read beside the execution read, retries included, once the execution read ends the decision', async () => {
    const t = setup({ summary: [summaryOf('ApprovalWaiting', { projectIdentifier: 'pay' })], list: [new UnexpectedBodyError('not JSON')] })
    expect(await t.decide()).toMatchObject({ kind: 'failed', cause: { id: 'wrong-scope' } })
    const sent = t.lists.length
    for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve))
    // At most the try in flight when the decision ended; no retry after it, no wait beyond the first.
    expect(t.lists).toHaveLength(sent)
    expect(sent).toBeLessThanOrEqual(2)
    expect(t.clock.sleeps.length).toBeLessThanOrEqual(1)
  })

  it('uses the approvals as already read (the check before a plan) instead of reading them again', async () => {
    const t = setup({ list: [new Error('not read')] })
    expect(await t.decide({ summary: summaryOf(), instances: [waiting({ id: 'given' })] })).toMatchObject({ kind: 'decided', posts: 1 })
    expect(t.summaries).toEqual([])
    expect(t.lists).toEqual([])
    expect(t.posts.map((p) => p.instanceId)).toEqual(['given'])
  })

  it('one read at a time: the approvals are read only after the execution read has passed the scope check', async () => {
    const t = setup({ summary: [summaryOf('ApprovalWaiting', { projectIdentifier: 'pay' })] })
    expect(await t.decide({ oneReadAtATime: true })).toMatchObject({ kind: 'failed', cause: { id: 'wrong-scope' } })
    expect(t.lists).toEqual([])
    const ok = setup({})
    expect(await ok.decide({ oneReadAtATime: true })).toMatchObject({ kind: 'decided', posts: 1 })
    expect(ok.lists).toHaveLength(1)
  })

  it('a finished execution: one unfiltered read finds the step this run decided', async () => {
    const t = setup({ summary: [summaryOf('Success')], list: [[decidedBy('APPROVED', 'x\n[hag-77.1-abcdef-1]')]] })
    const result = await t.decide({ workflowAttempt: { runId: '77', attempt: 2 }, waitForApprovalMs: 600_000 })
    expect(result).toMatchObject({ kind: 'decided', status: 'APPROVED', posts: 0, inputsSent: [], defaulted: [], confirmedByReadBack: false })
    expect(result.kind === 'decided' && result.note).toBe('The approval step was already approved by Bo (bo@example.com) at 1970-01-01T00:00:00.000Z (an earlier attempt of this workflow run); nothing was posted.')
    expect(t.lists.map((l) => l.filter)).toEqual([{ type: 'HarnessApproval' }])
    expect(t.posts).toEqual([])
  })

  it('nothing waiting: one read per round, of every Harness approval (of the callback id), never filtered by status', async () => {
    const t = setup({ list: [[]] })
    await t.decide({ waitForApprovalMs: 10_000 })
    expect(t.lists.map((l) => l.filter)).toEqual(Array.from({ length: 4 }, () => ({ type: 'HarnessApproval' })))
    const u = setup({ list: [[]] })
    await u.decide({ waitForApprovalMs: 10_000, callbackId: 'cb' })
    expect(u.lists.map((l) => l.filter)).toEqual(Array.from({ length: 4 }, () => ({ type: 'HarnessApproval', callbackId: 'cb' })))
  })

  it('re-reads the execution after each wait, and stops when it has ended', async () => {
    const t = setup({ list: [[]], summary: [summaryOf('Running'), summaryOf('Running'), summaryOf('Aborted')] })
    const result = await t.decide({ waitForApprovalMs: 600_000 })
    expect(result).toMatchObject({ kind: 'failed', cause: { id: 'execution-finished', explanation: 'Execution exec1 has already ended (Aborted): it will never wait for an approval again. Nothing was posted.' }, waitedMs: 3_750 })
    expect(t.clock.sleeps).toEqual([1_500, 2_250])
    expect(t.summaries).toHaveLength(3)
    expect(t.lists).toHaveLength(2)
  })

  it('the other decision, by someone else on the step the callback id names: fails naming them, posting nothing', async () => {
    const t = setup({ list: [[decidedBy('REJECTED', 'no')]] })
    const result = await t.decide({ callbackId: 'cb', waitForApprovalMs: 0 })
    expect(result).toMatchObject({
      kind: 'failed',
      posts: 0,
      cause: {
        id: 'already-finished',
        title: 'Approval step already rejected',
        explanation: 'The approval step of execution exec1 was already rejected by Bo (bo@example.com) at 1970-01-01T00:00:00.000Z, so it cannot be approved any more. Nothing was posted.',
      },
    })
    expect(t.clock.sleeps).toEqual([])
  })

  it('warns of auto-reject before the POST, only for an APPROVE', async () => {
    const events: string[] = []
    const t = setup({ list: [[waiting({ details: { autoRejectEnabled: true } })]], decide: [() => (events.push('post'), instance('APPROVED'))] })
    const logged = t.logger.warning
    t.logger.warning = (message, title) => (events.push(`warning ${title}`), logged(message, title))
    expect(await t.decide()).toMatchObject({ kind: 'decided', autoRejectsOlder: true })
    expect(events).toEqual(['warning Auto-reject', 'post'])
    const u = setup({ list: [[waiting({ details: { autoRejectEnabled: true } })]], decide: [instance('REJECTED')] })
    const rejected = await u.decide({ action: 'REJECT' })
    expect(rejected).toMatchObject({ kind: 'decided' })
    expect(rejected).not.toHaveProperty('autoRejectsOlder')
    expect(u.logger.lines).toEqual([])
  })
})
