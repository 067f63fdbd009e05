// Harness first, through the built action as the runner runs it: what Harness can say at once is said
// before the status gate waits, an execution that ends during the gate cuts it short, and a dry run ends
// exactly as the real run would (posting nothing).
import { existsSync } from 'node:fs'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startHarnessSimulator, type HarnessSimulator } from '../../sim/harness-simulator.js'
import { startStatusServer, type StatusServer } from '../../sim/status-server.js'
import { ACTION, runAction, workflowCommands, type ActionRun } from '../support/run-action.js'
import { actionInputs } from '../support/servers.js'

let sim: HarnessSimulator
let status: StatusServer
beforeAll(async () => {
  status = await startStatusServer()
})
afterAll(async () => {
  await status.close()
})
beforeEach(async () => {
  sim = await startHarnessSimulator()
  status.requests.length = 0
  status.script([])
  // A job that never finishes: any end before the gate's timeout comes from Harness.
  status.setDefault({ status: 200, json: { state: 'running' } })
})
afterEach(async () => {
  await sim.close()
})

const GATE_TIMEOUT_MS = 60_000
/** A gate that would wait a minute, polling every 200 ms at most. */
const pendingGate = () => ({ statusUrl: `${status.url}job/1`, statusField: 'state', pollInterval: '200ms', maxPollInterval: '200ms', timeout: `${GATE_TIMEOUT_MS / 1000}s` })

async function timed(inputs: Record<string, string>): Promise<ActionRun & { ms: number }> {
  const started = Date.now()
  const run = await runAction(inputs)
  return { ...run, ms: Date.now() - started }
}

const resultOf = (run: ActionRun) => JSON.parse(run.outputs.result!) as { outcome: string; executions: { outcome: string; cause?: string; title?: string }[] }
const nonReads = () => sim.requests.filter((r) => r.method !== 'GET')

describe.skipIf(!existsSync(ACTION))('dist/index.js: Harness before the status gate', () => {
  // Each fails long before the gate's timeout, without polling the status URL once: the gate never starts.
  const fastFailures: Array<[string, () => Record<string, string>, string]> = [
    ['a wrong key', () => ({ apiKey: 'pat.acct123.wrongToken.wrongSecret' }), 'bad-key'],
    ['a wrong project', () => ({ projectId: 'elsewhere' }), 'wrong-scope'],
    ['a key that is not an approver of the waiting step', () => ({ apiKey: sim.addKey().key }), 'not-authorized'],
  ]

  it.each(fastFailures)('%s fails at once with its own cause, the gate never polled, nothing posted', async (_what, extra, cause) => {
    sim.addInstance({ executionId: 'exec1' })
    const run = await timed(actionInputs(sim, { ...pendingGate(), ...extra() }))
    expect(run.code, run.stdout).toBe(1)
    expect(resultOf(run)).toMatchObject({ outcome: 'failed', executions: [{ outcome: 'failed', cause }] })
    expect(status.requests).toEqual([])
    expect(nonReads()).toEqual([])
    // Far under the gate's timeout (a bound from the settings, not a wall time).
    expect(run.ms).toBeLessThan(GATE_TIMEOUT_MS / 4)
    expect(run.outputs.statusVerdict).toBeUndefined()
  })

  it('a step whose key may decide it passes the check, and the gate then runs as before', async () => {
    sim.addInstance({ executionId: 'exec1' })
    status.script([{ json: { state: 'running' } }, { json: { state: 'passed' } }])
    const run = await runAction(actionInputs(sim, pendingGate()))
    expect(run.code, run.stdout).toBe(0)
    expect(run.outputs).toMatchObject({ statusVerdict: 'success', decision: 'APPROVE', approvalStatus: 'APPROVED' })
    expect(run.stdout).toContain('checked with Harness before waiting (ApprovalWaiting): its approval step waits, and nothing Harness says refuses this key')
    expect(sim.requests.filter((r) => r.path.endsWith('/harness/authorization'))).toHaveLength(1)
  })

  it('an execution aborted during the gate ends the run within the watch interval plus a few seconds, posting nothing', async () => {
    sim.addInstance({ executionId: 'exec1' })
    const abortAfterMs = 1_500
    // The watch re-reads Harness as often as the gate polls at most, but not more than once a second.
    const watchIntervalMs = 1_000
    let abortedAt = 0
    const started = Date.now()
    const running = runAction(actionInputs(sim, pendingGate()))
    sim.endExecutionAfter('exec1', abortAfterMs)
    setTimeout(() => (abortedAt = Date.now()), abortAfterMs).unref()
    const run = await running
    const endedAfterAbort = Date.now() - Math.max(abortedAt, started + abortAfterMs)
    expect(run.code, run.stdout).toBe(1)
    expect(endedAfterAbort).toBeLessThan(watchIntervalMs + 5_000)
    expect(resultOf(run)).toMatchObject({ outcome: 'failed', executions: [{ outcome: 'failed', cause: 'execution-finished', title: 'Execution ended during the wait' }] })
    expect(run.outputs.statusVerdict).toBe('cancelled')
    expect(workflowCommands(run.stdout)).toContainEqual(expect.stringMatching(/^::warning title=Execution ended during the wait::Harness reports execution exec1 as Aborted/))
    // The summary says what Harness reported and that the gate was cut short.
    expect(run.summary).toContain('cut short after')
    expect(run.summary).toContain('Harness reports execution exec1 as Aborted')
    expect(nonReads()).toEqual([])
  })
})

describe.skipIf(!existsSync(ACTION))('dist/index.js: a step decided elsewhere during the gate', () => {
  it('cuts the gate short as soon as Harness shows the step no longer waiting, and posts nothing', async () => {
    // Released by another approver, the pipeline runs on (not ended): only the step tells.
    sim.addExecution({ executionId: 'exec1', afterApprove: [{ status: 'Running' }] })
    sim.addInstance({ executionId: 'exec1', approvers: '*' })
    const other = sim.addKey()
    const running = runAction(actionInputs(sim, pendingGate()))
    const approved = (async () => {
      while (status.requests.length === 0) await new Promise((resolve) => setTimeout(resolve, 20))
      const url = `${sim.baseUrl}/pipeline/api/v1/orgs/${sim.orgId}/projects/${sim.projectId}/approvals/execution/exec1`
      const answer = await fetch(url, { method: 'POST', headers: { 'x-api-key': other.key, 'Harness-Account': sim.accountId, 'content-type': 'application/json' }, body: JSON.stringify({ action: 'APPROVE', comments: 'in the UI' }) })
      return { at: Date.now(), status: answer.status }
    })()
    const run = await running
    const { at, status: posted } = await approved
    expect(posted).toBe(200)
    expect(Date.now() - at).toBeLessThan(GATE_TIMEOUT_MS / 4)
    expect(run.code, run.stdout).toBe(1)
    expect(resultOf(run)).toMatchObject({ outcome: 'failed', executions: [{ outcome: 'failed', cause: 'already-finished', title: 'Approval step finished during the wait' }] })
    expect(run.summary).toContain('cut short after')
    // Only the other approver's POST: this run posted nothing.
    expect(nonReads()).toHaveLength(1)
    expect(sim.stats.decisionsApplied).toBe(1)
  })
})

describe.skipIf(!existsSync(ACTION))('dist/index.js: a dry run ends as the real run would', () => {
  interface Case {
    name: string
    /** Sets the simulator up; returns the inputs the case adds. */
    arrange: () => Record<string, string>
    outcome: string
    cause?: string
  }
  const cases: Case[] = [
    {
      name: 'a key that is not an approver',
      arrange: () => {
        sim.addInstance({ executionId: 'exec1' })
        return { apiKey: sim.addKey().key }
      },
      outcome: 'failed',
      cause: 'not-authorized',
    },
    {
      name: "a key whose user already approved a step that needs two approvers",
      arrange: () => {
        sim.addInstance({
          executionId: 'exec1',
          minimumCount: 2,
          approvalActivities: [{ user: { ...sim.defaultUser }, action: 'APPROVE', approverInputs: [], comments: 'first', approvedAt: Date.now() }],
        })
        return {}
      },
      outcome: 'failed',
      cause: 'not-authorized',
    },
    {
      name: "the pipeline's executor on a step that disallows the executor",
      arrange: () => {
        sim.addInstance({ executionId: 'exec1', pipelineExecutor: sim.defaultUser.name, disallowPipelineExecutor: true })
        return {}
      },
      outcome: 'failed',
      cause: 'not-authorized',
    },
    {
      name: 'a user on the disallowed list',
      arrange: () => {
        sim.addInstance({ executionId: 'exec1', disallowedUserEmails: [sim.defaultUser.email.toUpperCase()] })
        return {}
      },
      outcome: 'failed',
      cause: 'disallowed-user',
    },
    {
      name: 'a service-account key the step does not list',
      arrange: () => {
        sim.addInstance({ executionId: 'exec1' })
        return { apiKey: sim.addKey({ serviceAccount: { identifier: 'robot' } }).key }
      },
      outcome: 'failed',
      cause: 'service-account-not-approver',
    },
    {
      name: 'a step past its deadline (still listed WAITING)',
      arrange: () => {
        sim.addInstance({ executionId: 'exec1', deadline: Date.now() - 60_000 })
        return {}
      },
      outcome: 'failed',
      cause: 'already-finished',
    },
    {
      name: 'the gate failing with onFailure: reject',
      arrange: () => {
        sim.addInstance({ executionId: 'exec1' })
        status.script([{ json: { state: 'failed' } }])
        return { ...pendingGate(), onFailure: 'reject' }
      },
      outcome: 'gate-rejected',
    },
  ]

  it.each(cases)('$name: same outcome, cause and exit code; the dry run posts nothing', async ({ arrange, outcome, cause }) => {
    const seen: Array<{ code: number | null; outcome: string; cause?: string }> = []
    for (const dryRun of ['true', 'false']) {
      sim.reset()
      const inputs = arrange()
      const run = await runAction(actionInputs(sim, { ...inputs, dryRun }))
      const result = resultOf(run)
      seen.push({ code: run.code, outcome: result.outcome, ...(result.executions[0]?.cause ? { cause: result.executions[0].cause } : {}) })
      if (dryRun === 'true') expect(nonReads()).toEqual([])
    }
    const expected = { code: 1, outcome, ...(cause ? { cause } : {}) }
    expect(seen).toEqual([expected, expected])
  })
})
