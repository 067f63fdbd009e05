// The built action against answers meant to hold it: a status URL whose answer trickles in or never ends.
// The gate's timeout bounds the whole gate, the poll in flight included, and with onTimeout: fail nothing is
// posted, however the answer would have ended.
import { existsSync } from 'node:fs'
import { afterAll, describe, expect, it } from 'vitest'
import { startHarnessSimulator, type HarnessSimulator } from '../../sim/harness-simulator.js'
import { startStatusServer, type StatusServer } from '../../sim/status-server.js'
import { ACTION, runAction, workflowCommands } from '../support/run-action.js'
import { actionInputs } from '../support/servers.js'

const cleanups: Array<() => Promise<void>> = []
afterAll(async () => {
  await Promise.all(cleanups.splice(0).map((c) => c()))
})

async function servers(): Promise<{ sim: HarnessSimulator; status: StatusServer }> {
  const sim = await startHarnessSimulator()
  const status = await startStatusServer()
  cleanups.push(() => sim.close(), () => status.close())
  return { sim, status }
}

/** Starting Node and loading the bundle, on a busy machine; no figure, only a bound far below the harm. */
const START_SLACK_MS = 5_000

describe.skipIf(!existsSync(ACTION)).concurrent('dist/index.js: the gate bounded by its timeout', () => {
  it.each([
    ["the answer trickles in, one byte a second ('passed' in the end)", { trickleMs: 1_000 }],
    ['the answer never ends (a space a second)', { trickleMs: 1_000, endless: true }],
  ])('%s: ends at the timeout with verdict timeout, and posts nothing', async (_, trickle) => {
    const { sim, status } = await servers()
    status.setDefault({ status: 200, json: { state: 'passed' }, ...trickle })
    sim.addInstance({ executionId: 'exec1' })
    const timeoutMs = 3_000
    const started = Date.now()
    const run = await runAction(actionInputs(sim, { statusUrl: `${status.url}job/1`, statusField: 'state', pollInterval: '1s', timeout: '3s', onTimeout: 'fail' }))
    const elapsed = Date.now() - started
    expect(run.code).toBe(1)
    expect(run.outputs).toMatchObject({ statusVerdict: 'timeout' })
    expect(run.outputs.decision).toBeUndefined()
    expect(JSON.parse(run.outputs.result!)).toMatchObject({ outcome: 'gate-failed' })
    expect(elapsed).toBeLessThan(timeoutMs + START_SLACK_MS)
    expect(sim.posts()).toHaveLength(0)
    // Harness is only read: checked before the gate and watched during it.
    expect(sim.requests.every((r) => r.method === 'GET')).toBe(true)
  })
})

// GitHub's workflow-run and check-run APIs: `status` says only that the run ended, `conclusion` how.
const GITHUB_FAILED_RUN = { status: 'completed', conclusion: 'failure' }

describe.skipIf(!existsSync(ACTION)).concurrent("dist/index.js: GitHub's 'completed' is not success", () => {
  it("statusField: status on a failed GitHub run: never approved, a warning names conclusion, the gate ends at its timeout", async () => {
    const { sim, status } = await servers()
    status.setDefault({ status: 200, json: GITHUB_FAILED_RUN })
    sim.addInstance({ executionId: 'exec1' })
    const timeoutMs = 3_000
    const started = Date.now()
    const run = await runAction(actionInputs(sim, { statusUrl: `${status.url}repos/o/r/actions/runs/1`, statusField: 'status', pollInterval: '1s', timeout: '3s', onTimeout: 'fail' }))
    expect(Date.now() - started).toBeLessThan(timeoutMs + START_SLACK_MS)
    expect(run.code).toBe(1)
    expect(run.outputs).toMatchObject({ statusVerdict: 'timeout' })
    expect(run.outputs.decision).toBeUndefined()
    const warnings = workflowCommands(run.stdout).filter((c) => c.startsWith('::warning'))
    expect(warnings.filter((w) => w.includes("The status field 'status' is 'completed', which says the job ended but not how. Point statusField at the field that says how (GitHub: conclusion)"))).toHaveLength(1)
    expect(sim.posts()).toHaveLength(0)
  })

  it('statusField: conclusion on the same run: rejected, once', async () => {
    const { sim, status } = await servers()
    status.setDefault({ status: 200, json: GITHUB_FAILED_RUN })
    sim.addInstance({ executionId: 'exec1' })
    const run = await runAction(actionInputs(sim, { statusUrl: `${status.url}repos/o/r/actions/runs/1`, statusField: 'conclusion', pollInterval: '1s', timeout: '3s' }))
    expect(run.code).toBe(1)
    expect(run.outputs).toMatchObject({ statusVerdict: 'failure', decision: 'REJECT', approvalStatus: 'REJECTED' })
    expect(sim.posts()).toHaveLength(1)
    expect(sim.posts()[0]!.body).toMatchObject({ action: 'REJECT' })
  })
})

// Backtracks for minutes on a value that almost matches, in JavaScript as in Java.
const CATASTROPHIC = '([A-Za-z0-9]+-?)*'
const NEAR_MISS = `${'a'.repeat(36)}!`

describe.skipIf(!existsSync(ACTION)).concurrent("dist/index.js: the step's own pattern bounded in time", () => {
  it(`${CATASTROPHIC} against a 37-character near miss: left to Harness with a note, quickly`, async () => {
    const { sim } = await servers()
    sim.addInstance({ executionId: 'exec1', approverInputs: [{ name: 'id', regex: CATASTROPHIC }] })
    const started = Date.now()
    const run = await runAction(actionInputs(sim, { dryRun: 'true', approverInputs: `id=${NEAR_MISS}` }))
    expect(run.code).toBe(0)
    expect(JSON.parse(run.outputs.wouldPost!)).toMatchObject([{ approverInputs: [{ name: 'id', value: NEAR_MISS, source: 'given' }] }])
    const note = workflowCommands(run.stdout).find((c) => c.startsWith('::warning title=Approver input left to Harness::'))
    expect(note).toContain("the pattern of approver input 'id' was not checked here: it was not decided within 1s (a pattern that backtracks)")
    // Start-up, three reads, a worker thread and its one-second budget; not the minutes the pattern takes.
    expect(Date.now() - started).toBeLessThan(1_000 + START_SLACK_MS)
  })

  it('SIGTERM while the pattern runs ends the run at once, posting nothing', async () => {
    const { sim } = await servers()
    sim.addInstance({ executionId: 'exec1', approverInputs: [{ name: 'id', regex: CATASTROPHIC }] })
    // Should the signal come late, the simulator must not run the pattern itself (it would block this process).
    sim.fault({ on: 'POST', kind: 'respond', status: 500, body: 'not evaluated', times: 5 })
    let signalledAt = 0
    const run = await runAction(actionInputs(sim, { approverInputs: `id=${NEAR_MISS}` }), {
      onStart: (child) => {
        const timer = setInterval(() => {
          if (sim.requests.some((r) => r.path.includes('/approvals/execution/'))) {
            clearInterval(timer)
            signalledAt = Date.now()
            child.kill('SIGTERM')
          }
        }, 5)
      },
    })
    expect(signalledAt).toBeGreaterThan(0)
    expect(Date.now() - signalledAt).toBeLessThan(2_000)
    expect(sim.posts()).toHaveLength(0)
    expect(JSON.parse(run.outputs.result!)).toMatchObject({ outcome: 'cancelled' })
  })
})
