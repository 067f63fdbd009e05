// Following the pipeline after the decision, against the simulator over real HTTP with a fake clock: the
// pipeline reaching Success, Failed and the other ends, ApprovalRejected after a REJECT, a wait that runs
// out, cancellation, unreadable executions, the back-off, and a batch followed with the concurrency limit.
import { describe, expect, it } from 'vitest'
import { errorDto, type ExecutionStatus } from '../../sim/harness-simulator.js'
import { startStatusServer } from '../../sim/status-server.js'
import { ExecutionClient } from '../../src/approvals/execution-client.js'
import { followPipeline, isFailingStatus, isFarEnough, parseFollowSettings } from '../../src/approvals/follow-pipeline.js'
import { DEFAULT_TIMING } from '../../src/approvals/decide-execution.js'
import { EXIT, exitCodeFor } from '../../src/cli/render.js'
import { createHttpClient, type HttpClient } from '../../src/http/transport.js'
import { announceResult } from '../../src/run/annotations.js'
import { toResultJson } from '../../src/run/result.js'
import { runApprovalGate } from '../../src/run/run.js'
import { parseSettings } from '../../src/run/settings.js'
import { verdictLine } from '../../src/run/verdict.js'
import { Problems } from '../../src/settings/problems.js'
import { fakeClock, recordingLogger } from '../support/fakes.js'
import { useHarness } from '../support/harness.js'

const h = useHarness()

function waitingExecution(executionId: string, after: { afterApprove?: { status: ExecutionStatus; afterReads?: number }[]; afterReject?: { status: ExecutionStatus; afterReads?: number }[] } = {}) {
  h.sim.addExecution({ executionId, pipelineName: 'Deploy', ...after })
  return h.sim.addInstance({ executionId })
}

describe('pipelineStatus: the status now, never one read before this run decided', () => {
  it('is unset after a decision when the pipeline is not followed (the read before it said ApprovalWaiting)', async () => {
    waitingExecution('exec1')
    const { result } = await h.run({})
    const json = toResultJson(result)
    expect(json).toMatchObject({ outcome: 'decided', decision: 'APPROVE', pipelineName: 'Deploy', pipelineUrl: expect.any(String) })
    expect(json.pipelineStatus).toBeUndefined()
    // The row keeps what the scope check read, with the read's place in the run: before the decision.
    expect(json.executions[0]!.pipeline!.status).toBe('ApprovalWaiting')
  })

  it('is set when nothing was posted after the read: a step already decided, or one that fails before posting', async () => {
    waitingExecution('exec1')
    h.sim.addExecution({ executionId: 'exec2', status: 'Success' })
    const { result } = await h.run({ executionId: 'exec2' })
    expect(toResultJson(result)).toMatchObject({ outcome: 'failed', pipelineStatus: 'Success' })
  })

  it('in a batch: unset when any execution was decided without following, MIXED when the current ones differ', async () => {
    waitingExecution('execA')
    h.sim.addExecution({ executionId: 'execB', status: 'Success' })
    const decidedOne = toResultJson((await h.run({ executionId: 'execA,execB' })).result)
    expect(decidedOne.pipelineStatus).toBeUndefined()
    h.sim.addExecution({ executionId: 'execC', status: 'Failed' })
    const neither = toResultJson((await h.run({ executionId: 'execB,execC' })).result)
    expect(neither.pipelineStatus).toBe('MIXED')
  })
})

describe('following the pipeline after the decision', () => {
  it('until it has left the approval step: one read once Harness shows it running', async () => {
    waitingExecution('exec1')
    const { result, clock } = await h.run({ waitForPipeline: '10m' })
    expect(result.outcome).toBe('decided')
    expect(result.follows).toEqual([
      expect.objectContaining({ executionId: 'exec1', until: 'past-approval', end: 'reached', status: 'Running', failed: false, reads: 1, pipelineName: 'Deploy' }),
    ])
    expect(result.follows![0]!.message).toBe('The pipeline has left the approval step: Harness reports it as Running.')
    expect(result.follows![0]!.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/ng\/#\/account\/acct123\/cd\/orgs\/default\/projects\/proj\/pipelines\/deploy_pipeline\/executions\/exec1\/pipeline$/)
    expect(clock.sleeps).toEqual([])
    const json = toResultJson(result)
    expect(json).toMatchObject({ pipelineStatus: 'Running', pipelineUrl: result.follows![0]!.url, decision: 'APPROVE', approvalStatus: 'APPROVED' })
  })

  it('until it has finished: reaches Success, waiting 3 s, then 4.5 s', async () => {
    waitingExecution('exec1')
    const { result, clock } = await h.run({ waitForPipeline: '30m', waitForPipelineUntil: 'finished' })
    expect(result.outcome).toBe('decided')
    expect(result.follows![0]).toMatchObject({ end: 'reached', status: 'Success', failed: false, reads: 3, waitedMs: 7_500 })
    expect(result.follows![0]!.message).toBe('The pipeline has ended: Harness reports it as Success.')
    expect(clock.sleeps).toEqual([3_000, 4_500])
    // The scope check before the decision, then three reads while following.
    expect(h.sim.executionReads('exec1')).toHaveLength(4)
    expect(verdictLine(toResultJson(result))).toMatch(/^Decided: APPROVE on execution exec1/)
  })

  it('fails the run when the pipeline ends Failed, saying what Harness reports', async () => {
    waitingExecution('exec1', { afterApprove: [{ status: 'Running' }, { status: 'Failed', afterReads: 1 }] })
    const { result } = await h.run({ waitForPipeline: '30m', waitForPipelineUntil: 'finished' })
    expect(result.outcome).toBe('pipeline-failed')
    expect(result.executions[0]).toMatchObject({ kind: 'decided', status: 'APPROVED' })
    expect(result.follows![0]).toMatchObject({ end: 'reached', status: 'Failed', failed: true, reads: 2 })
    const json = toResultJson(result)
    expect(json.pipelineStatus).toBe('Failed')
    expect(verdictLine(json)).toBe('Decided: APPROVE on execution exec1, but then: The pipeline has ended: Harness reports it as Failed.')
    const said = recordingLogger()
    announceResult(json, said)
    expect(said.lines).toContainEqual(expect.objectContaining({ level: 'error', title: 'Pipeline Failed', message: expect.stringContaining('Harness reports it as Failed.') }))
  })

  it.each(['Errored', 'Aborted', 'Expired', 'ApprovalRejected'] as const)('fails the run when the pipeline ends %s after an APPROVE', async (status) => {
    waitingExecution('exec1', { afterApprove: [{ status }] })
    const { result } = await h.run({ waitForPipeline: '30m' })
    expect(result.outcome).toBe('pipeline-failed')
    expect(result.follows![0]).toMatchObject({ status, failed: true, message: `The pipeline has ended: Harness reports it as ${status}.` })
  })

  it('after a REJECT, ApprovalRejected is the end asked for', async () => {
    waitingExecution('exec1')
    const { result } = await h.run({ action: 'reject', waitForPipeline: '5m', waitForPipelineUntil: 'finished' })
    expect(result.outcome).toBe('decided')
    expect(result.follows![0]).toMatchObject({ end: 'reached', status: 'ApprovalRejected', failed: false })
  })

  it('fails when the wait runs out, reading once more at the deadline, with waits capped at 30 s', async () => {
    waitingExecution('exec1', { afterApprove: [{ status: 'Running' }] })
    const { result, clock } = await h.run({ waitForPipeline: '2m', waitForPipelineUntil: 'finished' })
    expect(result.outcome).toBe('pipeline-failed')
    expect(clock.sleeps).toEqual([3_000, 4_500, 6_750, 10_125, 15_188, 22_781, 30_000, 27_656])
    expect(clock.sleeps.reduce((a, b) => a + b, 0)).toBe(120_000)
    expect(result.follows![0]).toMatchObject({ end: 'timed-out', status: 'Running', failed: true, reads: 9 })
    expect(result.follows![0]!.message).toBe('The pipeline did not finish within 2m: Harness reports it as Running.')
    const said = recordingLogger()
    announceResult(toResultJson(result), said)
    expect(said.lines).toContainEqual(expect.objectContaining({ level: 'error', title: 'Pipeline wait ran out' }))
  })

  it('says the pipeline still waits at the step when the decision needs more approvers', async () => {
    h.sim.addInstance({ executionId: 'exec1', minimumCount: 2 })
    const { result } = await h.run({ waitForPipeline: '10s' })
    expect(result.executions[0]).toMatchObject({ kind: 'decided', status: 'WAITING' })
    expect(result.follows![0]).toMatchObject({ end: 'timed-out', status: 'ApprovalWaiting', failed: true, message: 'The pipeline did not leave the approval step within 10s: Harness reports it as ApprovalWaiting.' })
  })

  it('retries a read that fails transiently', async () => {
    waitingExecution('exec1')
    h.sim.fault({ on: 'GET', kind: 'no-apply-503', pathIncludes: '/execution/v2/' })
    const { result } = await h.run({ waitForPipeline: '5m' })
    expect(result.follows![0]).toMatchObject({ end: 'reached', status: 'Running', failed: false })
    expect(h.sim.stats.faults).toBe(1)
  })

  it('fails, naming the cause, when the execution cannot be read', async () => {
    waitingExecution('exec1')
    // The scope check before the decision reads it; the read after it fails.
    h.sim.fault({ on: 'GET', kind: 'respond', status: 404, body: errorDto('ENTITY_NOT_FOUND', 'Plan Execution Summary does not exist or has been deleted for planExecutionId: exec1'), pathIncludes: '/execution/v2/', after: 1 })
    const { result } = await h.run({ waitForPipeline: '5m' })
    expect(result.outcome).toBe('pipeline-failed')
    expect(result.follows![0]).toMatchObject({ end: 'unreadable', failed: true, cause: { id: 'execution-not-found' }, reads: 0 })
    expect(result.follows![0]!.message).toMatch(/could not be read while following it \(Execution not found: .*\); the decision was recorded/)
  })

  it('follows nothing that was not decided, and nothing in a dry run', async () => {
    h.sim.addExecution({ executionId: 'exec1' })
    const failed = await h.run({ waitForPipeline: '5m' })
    expect(failed.result.outcome).toBe('failed')
    expect(failed.result.follows).toEqual([])
    waitingExecution('exec2')
    const dry = await h.run({ executionId: 'exec2', waitForPipeline: '5m', dryRun: 'true' })
    expect(dry.result.outcome).toBe('dry-run')
    expect(dry.result.follows).toBeUndefined()
  })
})

describe('after a rejection the status gate called for', () => {
  async function rejectedByGate(afterReject: { status: ExecutionStatus; afterReads?: number }[]) {
    const status = await startStatusServer()
    try {
      status.script([{ status: 200, json: { state: 'failed' } }])
      waitingExecution('exec1', { afterReject })
      return await h.run({ statusUrl: `${status.url}job/1`, statusField: 'state', waitForPipeline: '30m', waitForPipelineUntil: 'finished' })
    } finally {
      await status.close()
    }
  }

  it('is still a gate rejection (exit code 3) when the pipeline ends ApprovalRejected, the end a REJECT asks for', async () => {
    const { result } = await rejectedByGate([{ status: 'ApprovalRejected' }])
    expect(result.outcome).toBe('gate-rejected')
    expect(result.follows![0]).toMatchObject({ status: 'ApprovalRejected', failed: false })
    const json = toResultJson(result)
    expect(json).toMatchObject({ decision: 'REJECT', pipelineStatus: 'ApprovalRejected' })
    expect(verdictLine(json)).toBe('The job reported failure, so the Harness approval was rejected (execution exec1).')
    expect(exitCodeFor(json)).toBe(EXIT.rejectedByGate)
  })

  it('says the pipeline failed (exit code 1) when following it goes wrong after the rejection', async () => {
    const { result } = await rejectedByGate([{ status: 'Errored' }])
    expect(result.outcome).toBe('pipeline-failed')
    const json = toResultJson(result)
    expect(verdictLine(json)).toBe('Decided: REJECT because the status gate did not pass on execution exec1, but then: The pipeline has ended: Harness reports it as Errored.')
    expect(exitCodeFor(json)).toBe(EXIT.failed)
  })
})

describe('a batch', () => {
  it('follows each decided execution, at most `concurrency` at once, through the run\'s rate limit', async () => {
    const ids = ['execA', 'execB', 'execC', 'execD', 'execE']
    for (const id of ids) waitingExecution(id, { afterApprove: [{ status: 'Running' }, { status: id === 'execC' ? 'Failed' : 'Success', afterReads: 2 }] })
    const settings = parseSettings(
      (name) =>
        ({
          executionId: ids.join(','),
          apiKey: h.sim.apiKey,
          orgId: 'default',
          projectId: 'proj',
          baseUrl: h.sim.baseUrl,
          waitForApproval: '0',
          concurrency: '2',
          waitForPipeline: '10m',
          waitForPipelineUntil: 'finished',
        })[name] ?? '',
      () => undefined,
    )
    const inner = createHttpClient()
    let inFlight = 0
    let most = 0
    const counting: HttpClient = {
      send: async (req) => {
        const isRead = req.url.pathname.includes('/execution/v2/')
        if (isRead) most = Math.max(most, ++inFlight)
        try {
          // Held a little, so reads that could overlap do.
          if (isRead) await new Promise((resolve) => setTimeout(resolve, 15))
          return await inner.send(req)
        } finally {
          if (isRead) inFlight--
        }
      },
      close: () => inner.close(),
      destroy: () => inner.destroy(),
    }
    try {
      const result = await runApprovalGate(settings, { http: counting, clock: fakeClock(), logger: recordingLogger(), marker: 'hag-test.1-abc', random: () => 0.5, timing: DEFAULT_TIMING })
      expect(result.outcome).toBe('pipeline-failed')
      expect(result.follows!.map((f) => [f.executionId, f.status, f.failed])).toEqual(
        expect.arrayContaining(ids.map((id) => [id, id === 'execC' ? 'Failed' : 'Success', id === 'execC'])),
      )
      expect(result.follows).toHaveLength(5)
      expect(most).toBe(2)
      const json = toResultJson(result)
      expect(json.pipelineStatus).toBe('MIXED')
      // The first execution's link, as for pipelineName.
      expect(json.pipelineUrl).toBe(result.follows!.find((f) => f.executionId === 'execA')!.url)
      expect(json.pipelineName).toBe('Deploy')
      expect(verdictLine(json)).toBe('Decided: APPROVE on 5 executions, but then: execution execC: The pipeline has ended: Harness reports it as Failed.')
      for (const id of ids) expect(h.sim.executionReads(id)).toHaveLength(4)
    } finally {
      await inner.destroy()
    }
  })
})

describe('the rate limit', () => {
  it('paces the reads of following within maxRequestsPerMinute, by the run\'s clock', async () => {
    waitingExecution('exec1', { afterApprove: [{ status: 'Running' }, { status: 'Success', afterReads: 4 }] })
    const settings = parseSettings(
      (name) =>
        ({
          executionId: 'exec1',
          apiKey: h.sim.apiKey,
          orgId: 'default',
          projectId: 'proj',
          baseUrl: h.sim.baseUrl,
          waitForApproval: '0',
          maxRequestsPerMinute: '3',
          waitForPipeline: '10m',
          waitForPipelineUntil: 'finished',
        })[name] ?? '',
      () => undefined,
    )
    const clock = fakeClock()
    const inner = createHttpClient()
    const starts: number[] = []
    const timed: HttpClient = {
      send: (req) => {
        starts.push(clock.now())
        return inner.send(req)
      },
      close: () => inner.close(),
      destroy: () => inner.destroy(),
    }
    try {
      const result = await runApprovalGate(settings, { http: timed, clock, logger: recordingLogger(), marker: 'hag-test.1-abc', random: () => 0.5, timing: DEFAULT_TIMING })
      expect(result.follows![0]).toMatchObject({ end: 'reached', status: 'Success', reads: 5 })
      // The scope check, the approvals read, the POST, five execution reads and the link: nine requests, three per minute.
      expect(starts).toHaveLength(9)
      for (const [i, at] of starts.entries()) expect(starts.filter((t) => t > at - 60_000 && t <= at).length, `request ${i}`).toBeLessThanOrEqual(3)
      expect(starts.at(-1)! - starts[0]!).toBeGreaterThanOrEqual(120_000)
    } finally {
      await inner.destroy()
    }
  })
})

describe('followPipeline on its own', () => {
  it('stops at once when cancelled, saying what Harness last reported', async () => {
    waitingExecution('exec1', { afterApprove: [{ status: 'Running' }] })
    h.sim.execution('exec1')!.status = 'Running'
    const http = createHttpClient()
    const controller = new AbortController()
    const clock = fakeClock()
    const sleeps: number[] = []
    try {
      const result = await followPipeline(
        { executionId: 'exec1', decision: 'APPROVE', settings: { timeoutMs: 600_000, until: 'finished' } },
        {
          executions: new ExecutionClient(http, { baseUrl: new URL(h.sim.baseUrl), accountId: 'acct123', orgId: 'default', projectId: 'proj', apiKey: h.sim.apiKey }),
          clock: {
            now: clock.now,
            sleep: async (ms, signal) => {
              sleeps.push(ms)
              if (sleeps.length === 2) controller.abort(new Error('stop'))
              return clock.sleep(ms, signal)
            },
          },
          logger: recordingLogger(),
          signal: controller.signal,
        },
      )
      expect(result).toMatchObject({ end: 'cancelled', failed: true, status: 'Running', reads: 2, message: 'Following the pipeline was cancelled: Harness reports it as Running.' })
      expect(sleeps).toEqual([3_000, 4_500])
      expect(h.sim.executionReads('exec1')).toHaveLength(2)
    } finally {
      await http.destroy()
    }
  })
})

describe('the rules', () => {
  it('past the approval step means any status but ApprovalWaiting; finished means a terminal one', () => {
    expect(isFarEnough('ApprovalWaiting', 'past-approval')).toBe(false)
    expect(isFarEnough('Running', 'past-approval')).toBe(true)
    expect(isFarEnough('InterventionWaiting', 'past-approval')).toBe(true)
    expect(isFarEnough('Running', 'finished')).toBe(false)
    expect(isFarEnough('ApprovalWaiting', 'finished')).toBe(false)
    expect(isFarEnough('PassedWithWarning', 'finished')).toBe(true)
    expect(isFarEnough('success', 'finished')).toBe(true)
  })

  it('fails on Failed, Errored, Aborted, AbortedByFreeze, Expired, and ApprovalRejected unless the decision was REJECT', () => {
    for (const status of ['Failed', 'Errored', 'Aborted', 'AbortedByFreeze', 'Expired', 'ApprovalRejected']) expect(isFailingStatus(status, 'APPROVE'), status).toBe(true)
    expect(isFailingStatus('ApprovalRejected', 'REJECT')).toBe(false)
    expect(isFailingStatus('Failed', 'REJECT')).toBe(true)
    for (const status of ['Success', 'PassedWithWarning', 'IgnoreFailed', 'Running']) expect(isFailingStatus(status, 'APPROVE'), status).toBe(false)
  })
})

describe('the waitForPipeline inputs', () => {
  const parse = (values: Record<string, string>) => {
    const problems = new Problems()
    const settings = parseFollowSettings((name) => values[name] ?? '', problems)
    return { settings, problems: problems.list }
  }

  it('is off unless a duration is given, and follows past the approval step by default', () => {
    expect(parse({})).toEqual({ settings: undefined, problems: [] })
    expect(parse({ waitForPipeline: '0' })).toEqual({ settings: undefined, problems: [] })
    expect(parse({ waitForPipeline: '30m' })).toEqual({ settings: { timeoutMs: 1_800_000, until: 'past-approval' }, problems: [] })
    expect(parse({ waitForPipeline: '1h', waitForPipelineUntil: 'Finished' })).toEqual({ settings: { timeoutMs: 3_600_000, until: 'finished' }, problems: [] })
  })

  it('names the input, the value and the expected form of each mistake', () => {
    expect(parse({ waitForPipeline: 'soon' }).problems).toEqual([{ input: 'waitForPipeline', value: "'soon'", expected: 'a duration such as 30m, 90s or 0 (do not follow the pipeline), at most 24h' }])
    expect(parse({ waitForPipeline: '25h' }).problems).toHaveLength(1)
    expect(parse({ waitForPipeline: '5m', waitForPipelineUntil: 'done' }).problems).toEqual([
      { input: 'waitForPipelineUntil', value: "'done'", expected: 'past-approval (until the pipeline has left the approval step) or finished (until it has ended)' },
    ])
    const alone = [{ input: 'waitForPipelineUntil', value: "'finished'", expected: 'to be given together with a {waitForPipeline} above 0 (how long to follow, such as 30m); without it the pipeline is not followed' }]
    expect(parse({ waitForPipelineUntil: 'finished' }).problems).toEqual(alone)
    expect(parse({ waitForPipeline: '0', waitForPipelineUntil: 'finished' }).problems).toEqual(alone)
    // The default, which the runner passes on every run from action.yml, is no mistake on its own.
    expect(parse({ waitForPipelineUntil: 'past-approval' })).toEqual({ settings: undefined, problems: [] })
    expect(parse({ waitForPipeline: '0', waitForPipelineUntil: 'Past-Approval' })).toEqual({ settings: undefined, problems: [] })
  })
})
