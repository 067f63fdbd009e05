// Following the pipeline after the decision: the loop against the simulator over real HTTP with a fake
// clock (cancellation), the rules for how far is far enough and which ends fail, and the inputs.
import { describe, expect, it } from 'vitest'
import type { ExecutionStatus } from '../../sim/harness-simulator.js'
import { ExecutionClient } from '../../src/approvals/execution-client.js'
import { followPipeline, isFailingStatus, isFarEnough, parseFollowSettings } from '../../src/approvals/follow-pipeline.js'
import { createHttpClient } from '../../src/http/transport.js'
import { Problems } from '../../src/settings/problems.js'
import { fakeClock, recordingLogger } from '../support/fakes.js'
import { useHarness } from '../support/harness.js'

const h = useHarness()

function waitingExecution(executionId: string, after: { afterApprove?: { status: ExecutionStatus; afterReads?: number }[]; afterReject?: { status: ExecutionStatus; afterReads?: number }[] } = {}) {
  h.sim.addExecution({ executionId, pipelineName: 'Deploy', ...after })
  return h.sim.addInstance({ executionId })
}

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
    const alone = [{ input: 'waitForPipelineUntil', value: "'finished'", expected: 'to be given together with a waitForPipeline above 0 (how long to follow, such as 30m); without it the pipeline is not followed' }]
    expect(parse({ waitForPipelineUntil: 'finished' }).problems).toEqual(alone)
    expect(parse({ waitForPipeline: '0', waitForPipelineUntil: 'finished' }).problems).toEqual(alone)
  })
})
