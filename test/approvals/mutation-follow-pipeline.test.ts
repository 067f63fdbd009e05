// Following the pipeline, from its mutation survivors: what the log says while following, the run number in
// the result, and the longest wait the input takes.
import { describe, expect, it } from 'vitest'
import { MAX_FOLLOW_MS, FOLLOW_UNTIL_VALUES, parseFollowSettings } from '../../src/approvals/follow-pipeline.js'
import { Problems } from '../../src/settings/problems.js'
import { useHarness } from '../support/harness.js'

const h = useHarness()

describe('following, as the log tells it', () => {
  it.each([
    ['past-approval', 'left the approval step'],
    ['finished', 'finished'],
  ])('until %s: says where it follows to, and each new status once', async (until, words) => {
    h.sim.addExecution({ executionId: 'exec1', pipelineName: 'Deploy', afterApprove: [{ status: 'Running' }, { status: 'Running', afterReads: 1 }, { status: 'Success', afterReads: 2 }] })
    h.sim.addInstance({ executionId: 'exec1' })
    const { result, log } = await h.run({ waitForPipeline: '10m', waitForPipelineUntil: until })
    expect(result.follows![0]).toMatchObject({ runSequence: expect.any(Number) })
    const infos = log.lines.filter((l) => l.level === 'info').map((l) => l.message)
    expect(infos).toContain(`Execution exec1: APPROVE recorded; following the pipeline until it has ${words}, for at most 10m.`)
    if (until === 'finished') {
      expect(infos.filter((m) => m === 'Execution exec1: the pipeline is Running.')).toHaveLength(1)
      expect(infos).toContain('Execution exec1: the pipeline is Success.')
    }
  })
})

describe('waitForPipeline', () => {
  const parse = (values: Record<string, string>) => {
    const problems = new Problems()
    return { settings: parseFollowSettings((name) => values[name] ?? '', problems), problems: problems.list }
  }

  it('takes up to 24h, no more', () => {
    expect(parse({ waitForPipeline: '24h' }).settings).toEqual({ timeoutMs: MAX_FOLLOW_MS, until: 'past-approval' })
    expect(parse({ waitForPipeline: '24h1s' }).problems.map((p) => p.input)).toEqual(['waitForPipeline'])
    expect(parse({ waitForPipeline: ' 10m ', waitForPipelineUntil: ' Finished ' }).settings).toEqual({ timeoutMs: 600_000, until: 'finished' })
    expect(FOLLOW_UNTIL_VALUES).toEqual(['past-approval', 'finished'])
    expect(parse({ waitForPipeline: '10m', waitForPipelineUntil: 'past-approval' }).settings).toEqual({ timeoutMs: 600_000, until: 'past-approval' })
  })
})
