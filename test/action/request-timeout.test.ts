// The built action with `requestTimeout` against Harness answers that trickle in or never end: an execution
// read cut off there fails the run, bounded by the setting, with a failure that names what to raise; a
// decision whose answer is cut off there is read back and found recorded, never posted twice. A value out of
// range is refused before any request; the status gate's polls keep to it too.
import { existsSync } from 'node:fs'
import { afterAll, describe, expect, it } from 'vitest'
import { startHarnessSimulator, type HarnessSimulator } from '../../sim/harness-simulator.js'
import { startStatusServer } from '../../sim/status-server.js'
import { ACTION, runAction, workflowCommands, type ActionRun } from '../support/run-action.js'
import { actionInputs } from '../support/servers.js'

const cleanups: Array<() => Promise<void>> = []
afterAll(async () => {
  await Promise.all(cleanups.splice(0).map((c) => c()))
})

async function simulator(): Promise<HarnessSimulator> {
  const sim = await startHarnessSimulator()
  cleanups.push(() => sim.close())
  return sim
}

/** Starting Node and loading the bundle, on a busy machine; no figure, only a bound far below the harm. */
const START_SLACK_MS = 5_000
const REQUEST_TIMEOUT_MS = 3_000

async function timed(run: Promise<ActionRun>): Promise<ActionRun & { ms: number }> {
  const started = Date.now()
  const done = await run
  return { ...done, ms: Date.now() - started }
}

/** An annotation's text as the runner shows it. */
const decoded = (command: string) => command.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%')

// One byte every 1.5s: each well within the 30s silence bound, so only the whole answer's deadline ends it.
const TRICKLES = [
  ['trickles in (one byte every 1.5s)', { trickleMs: 1_500 }],
  ['never ends (a space every 1.5s after it)', { trickleMs: 1_500, endless: true }],
] as const

describe.skipIf(!existsSync(ACTION)).concurrent('dist/index.js: requestTimeout against answers that trickle', () => {
  it.each(TRICKLES)('the execution read %s: fails within 2 × requestTimeout, says the answer was too slow and to raise requestTimeout, posts nothing', async (_, trickle) => {
    const sim = await simulator()
    sim.addInstance({ executionId: 'exec1' })
    sim.fault({ on: 'GET', kind: 'apply-then-trickle', pathIncludes: '/execution/v2/exec1', times: 10, ...trickle })
    const run = await timed(runAction(actionInputs(sim, { requestTimeout: '3s' })))
    expect(run.code).toBe(1)
    // The read and its retry window (docs/networks.md: an execution read takes 2 × requestTimeout at most).
    expect(run.ms).toBeLessThan(2 * REQUEST_TIMEOUT_MS + START_SLACK_MS)
    const errors = workflowCommands(run.stdout).filter((c) => c.startsWith('::error title=Harness answered too slowly::')).map(decoded)
    expect(errors, run.stdout).toHaveLength(1)
    expect(errors[0]).toContain(`GET ${sim.baseUrl}/pipeline/api/pipelines/execution/v2/exec1: no complete answer within the request timeout (3s).`)
    expect(errors[0]).toContain('\nFix: Raise requestTimeout if Harness answers this slowly;')
    expect(JSON.parse(run.outputs.result!)).toMatchObject({ outcome: 'failed', executions: [{ executionId: 'exec1', outcome: 'failed', posts: 0, cause: 'unreachable', title: 'Harness answered too slowly' }] })
    expect(sim.posts()).toHaveLength(0)
  })

  it.each(TRICKLES)("the decision's answer %s: unclear at requestTimeout, read back, reported as recorded, one POST", async (_, trickle) => {
    const sim = await simulator()
    sim.addInstance({ executionId: 'exec1' })
    // The simulator records the decision, then trickles its answer.
    sim.fault({ on: 'POST', kind: 'apply-then-trickle', ...trickle })
    const run = await timed(runAction(actionInputs(sim, { requestTimeout: '3s' })))
    expect(run.code, run.stdout).toBe(0)
    // The POST cut off at requestTimeout, then a read back that answers at once.
    expect(run.ms).toBeLessThan(2 * REQUEST_TIMEOUT_MS + START_SLACK_MS)
    expect(run.outputs).toMatchObject({ decision: 'APPROVE', approvalStatus: 'APPROVED' })
    expect(JSON.parse(run.outputs.result!)).toMatchObject({ outcome: 'decided', executions: [{ executionId: 'exec1', outcome: 'decided', posts: 1 }] })
    const unclear = workflowCommands(run.stdout).filter((c) => c.startsWith('::warning title=Unclear answer from Harness::'))
    expect(unclear).toHaveLength(1)
    expect(unclear[0]).toContain('no complete answer within the request timeout (3s)')
    expect(run.stdout).not.toContain('not recorded')
    expect(sim.posts()).toHaveLength(1)
  })
})

describe.skipIf(!existsSync(ACTION)).concurrent('dist/index.js: requestTimeout and the status gate', () => {
  it('a status answer that never ends: each poll ends at requestTimeout, the gate at its timeout, and the fix names both', async () => {
    const sim = await simulator()
    const status = await startStatusServer()
    cleanups.push(() => status.close())
    status.setDefault({ status: 200, json: { state: 'passed' }, trickleMs: 500, endless: true })
    sim.addInstance({ executionId: 'exec1' })
    const timeoutMs = 5_000
    const run = await timed(runAction(actionInputs(sim, { statusUrl: `${status.url}job/1`, statusField: 'state', pollInterval: '1s', timeout: '5s', onTimeout: 'fail', requestTimeout: '2s' })))
    expect(run.code).toBe(1)
    expect(run.ms).toBeLessThan(timeoutMs + START_SLACK_MS)
    expect(run.outputs).toMatchObject({ statusVerdict: 'timeout' })
    // Cut off at 2s, each poll left time for another.
    expect(Number(run.outputs.attempts)).toBeGreaterThan(1)
    expect(JSON.parse(run.outputs.result!)).toMatchObject({ outcome: 'gate-failed', gateFix: 'Raise requestTimeout (each poll) or timeout (the whole gate): the status URL did not answer in time.' })
    expect(run.stdout).toContain('no complete answer within the request timeout (2s)')
    expect(sim.posts()).toHaveLength(0)
  })
})

describe.skipIf(!existsSync(ACTION)).concurrent('dist/index.js: requestTimeout out of range', () => {
  it.each(['500ms', '0', '11m', 'soon', '30 seconds'])('%s is refused before any request, naming the input, the value and the expected form', async (value) => {
    const sim = await simulator()
    sim.addInstance({ executionId: 'exec1' })
    const run = await runAction(actionInputs(sim, { requestTimeout: value }))
    expect(run.code).toBe(1)
    const problem = workflowCommands(run.stdout).find((c) => c.startsWith('::error::Input requestTimeout '))
    expect(problem, run.stdout).toMatch(new RegExp(`^::error::Input requestTimeout '${value}' is not valid: expected a duration such as .*, between 1s and 10m( \\(write '30s'\\))?\\.$`))
    expect(JSON.parse(run.outputs.result!)).toMatchObject({ outcome: 'invalid-settings' })
    expect(sim.requests).toHaveLength(0)
  })
})
