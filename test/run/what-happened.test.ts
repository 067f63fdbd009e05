// The run's last line and the summary's headline name what happened: a batch's failures counted by cause,
// with the executions that did succeed, and, after following, the one thing that went wrong with the
// pipelines rather than a list of what might have. Against the simulator, with a fake clock.
import * as core from '@actions/core'
import { afterEach, describe, expect, it } from 'vitest'
import { toResultJson } from '../../src/run/result.js'
import { addResultToSummary } from '../../src/run/summary.js'
import { verdictLine } from '../../src/run/verdict.js'
import { useHarness } from '../support/harness.js'

const h = useHarness()
afterEach(() => {
  core.summary.emptyBuffer()
})

const headline = (json: ReturnType<typeof toResultJson>) => /<h2>([^<]*)<\/h2>/.exec(addResultToSummary(core.summary, json).stringify())?.[1]

describe("a batch's last line", () => {
  it('counts the failures by cause, and says how many were decided', async () => {
    h.sim.addInstance({ executionId: 'execA' })
    h.sim.addExecution({ executionId: 'execB' })
    h.sim.addExecution({ executionId: 'execC' })
    h.sim.addExecution({ executionId: 'execD', status: 'Success' })
    const json = toResultJson((await h.run({ executionId: 'execA,execB,execC,execD', waitForApproval: '0' })).result)
    expect(json.outcome).toBe('failed')
    expect(verdictLine(json)).toBe('Failed: 3 of 4 execution(s) could not be decided (2 nothing-waiting, 1 execution-finished); 1 decided.')
  })

  it('for one execution, names its cause', async () => {
    h.sim.addExecution({ executionId: 'execB' })
    const json = toResultJson((await h.run({ executionId: 'execB', waitForApproval: '0' })).result)
    expect(verdictLine(json)).toBe('Failed: 1 of 1 execution(s) could not be decided (1 nothing-waiting).')
  })
})

describe('the headline after following the pipeline', () => {
  it('names the status a pipeline ended in', async () => {
    h.sim.addExecution({ executionId: 'exec1', afterApprove: [{ status: 'Failed' }] })
    h.sim.addInstance({ executionId: 'exec1' })
    const json = toResultJson((await h.run({ waitForPipeline: '10m', waitForPipelineUntil: 'finished' })).result)
    expect(json.outcome).toBe('pipeline-failed')
    expect(headline(json)).toBe('Harness approval: Decision recorded, then the pipeline ended Failed')
  })

  it('says the wait ran out, and nothing else, when it did', async () => {
    h.sim.addExecution({ executionId: 'exec1', afterApprove: [{ status: 'Running' }] })
    h.sim.addInstance({ executionId: 'exec1' })
    const json = toResultJson((await h.run({ waitForPipeline: '1m', waitForPipelineUntil: 'finished' })).result)
    expect(json.outcome).toBe('pipeline-failed')
    expect(headline(json)).toBe('Harness approval: Decision recorded, then the pipeline wait ran out')
  })
})
