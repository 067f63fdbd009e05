// The run in the test process, for what only the built action reached: a cancellation while executions are
// decided or checked, executions Harness ends during the gate (one, or all, which cuts the gate short), the
// gate before an exemption's decision, and the run's outcome from its executions' kinds. Against the
// simulators on 127.0.0.1 with a fake clock; the result compared whole, so that a field added or lost shows.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startHarnessSimulator, type HarnessSimulator } from '../../sim/harness-simulator.js'
import { installStoRoutes } from '../../sim/sto-simulator.js'
import { startStatusServer, type StatusServer } from '../../sim/status-server.js'
import { DEFAULT_TIMING } from '../../src/approvals/decide-execution.js'
import { runApprovalGate, type RunResult } from '../../src/run/run.js'
import { parseSettings } from '../../src/run/settings.js'
import { fakeClock, recordingLogger } from '../support/fakes.js'
import { createHttpClient } from '../../src/http/transport.js'

// STO account ids are 22 characters.
const ACCOUNT = 'acctRunMutation0000001'
const APPROVER = 'approver00000000000001'
const servers = {} as { sim: HarnessSimulator; status: StatusServer }
beforeEach(async () => {
  servers.sim = await startHarnessSimulator({ accountId: ACCOUNT, orgId: 'default', projectId: 'proj' })
  servers.status = await startStatusServer()
})
afterEach(async () => {
  await servers.status.close()
  await servers.sim.close()
})

async function run(inputs: Record<string, string>, signal?: AbortSignal): Promise<RunResult> {
  const { sim } = servers
  const read = (name: string) => ({ apiKey: sim.apiKey, orgId: 'default', projectId: 'proj', baseUrl: sim.baseUrl, waitForApproval: '0', ...inputs })[name] ?? ''
  const http = createHttpClient({ env: {} })
  try {
    return await runApprovalGate(parseSettings(read, () => undefined), {
      http,
      clock: fakeClock(),
      logger: recordingLogger(),
      marker: 'hag-test.1-abc',
      random: () => 0.5,
      timing: DEFAULT_TIMING,
      watchIntervalMs: 1_000,
      ...(signal ? { signal } : {}),
    })
  } finally {
    await http.close()
  }
}

const SCOPE = { orgId: 'default', projectId: 'proj' }
const gateInputs = () => ({ statusUrl: `${servers.status.url}job`, statusField: 'state', pollInterval: '1s', timeout: '1m' })

/** A status answer that first ends these executions in Harness, as someone aborting them in the UI would. */
function runningWhileEnding(...executionIds: string[]) {
  return () => {
    for (const id of executionIds) servers.sim.setExecutionStatus(id, 'Aborted')
    return { status: 200, json: { state: 'running' } }
  }
}

describe('cancelled', () => {
  it('before the check a dry run makes: cancelled, with no executions and nothing else', async () => {
    servers.sim.addInstance({ executionId: 'exec1' })
    const controller = new AbortController()
    controller.abort(new Error('stop'))
    const result = await run({ executionId: 'exec1', dryRun: 'true' }, controller.signal)
    expect(result).toStrictEqual({ outcome: 'cancelled', executions: [], scope: SCOPE })
    expect(servers.sim.posts()).toEqual([])
  })

  it('while the POST awaits its answer: the execution is cancelled, and so is the run', async () => {
    servers.sim.addInstance({ executionId: 'execA' })
    servers.sim.addInstance({ executionId: 'execB' })
    servers.sim.fault({ on: 'POST', kind: 'apply-then-hang' })
    const controller = new AbortController()
    const watching = setInterval(() => {
      if (servers.sim.posts().length > 0) controller.abort(new Error('stop'))
    }, 5)
    const result = await run({ executionId: 'execA,execB', concurrency: '1' }, controller.signal).finally(() => clearInterval(watching))
    expect(result.outcome).toBe('cancelled')
    expect(result.executions.map((e) => [e.executionId, e.kind])).toEqual([
      ['execA', 'cancelled'],
      ['execB', 'cancelled'],
    ])
    expect(servers.sim.posts()).toHaveLength(1)
  })
})

const ENDED = () => ({
  id: 'execution-finished',
  title: 'Execution ended during the wait',
  explanation: 'Harness reports execution execA as Aborted: it ended while this run waited, so the wait was cut short. It will never wait for an approval again. Nothing was posted.',
  fix: 'Look at the pipeline execution in Harness (someone aborted it, or it failed or expired); start a new pipeline run if it should go ahead.',
  status: 0,
  harnessMessage: '',
})

describe('executions Harness ends during the gate', () => {
  it('one of two: it fails with the cause the watch saw, nothing posted to it; the other is decided after the gate', async () => {
    servers.sim.addInstance({ executionId: 'execA' })
    servers.sim.addInstance({ executionId: 'execB' })
    let gateEnded = -1
    servers.status.script([
      runningWhileEnding('execA'),
      { json: { state: 'running' } },
      { json: { state: 'running' } },
      { json: { state: 'running' } },
      () => {
        gateEnded = servers.sim.requests.length
        return { status: 200, json: { state: 'success' } }
      },
    ])
    const result = await run({ executionId: 'execA,execB', ...gateInputs() })
    // The ended execution is not read again after the gate: only the other one is decided.
    expect(servers.sim.requests.slice(gateEnded).filter((r) => r.path.includes('execA'))).toEqual([])
    expect(result.outcome).toBe('failed')
    expect(result.decision).toBe('APPROVE')
    expect(result.gate?.verdict).toBe('success')
    const [a, b] = result.executions
    expect(a).toEqual({ kind: 'failed', executionId: 'execA', decision: 'APPROVE', cause: ENDED(), posts: 0, waitedMs: result.gate!.elapsedMs })
    expect(b).toMatchObject({ kind: 'decided', executionId: 'execB' })
    expect(result.executions).toHaveLength(2)
    expect(servers.sim.posts('execA')).toEqual([])
    expect(servers.sim.posts('execB')).toHaveLength(1)
  })

  it('every one: the gate is cut short, nothing is decided, and the reason says why', async () => {
    servers.sim.addInstance({ executionId: 'execA' })
    servers.status.setDefault({ json: { state: 'running' } })
    servers.status.script([runningWhileEnding('execA'), { json: { state: 'running' } }])
    const result = await run({ executionId: 'execA', ...gateInputs() })
    expect(result.outcome).toBe('failed')
    expect(result.gate).toMatchObject({ verdict: 'cancelled', attempts: 2, reason: 'cut short after 2 attempts (2.1s): Harness reports execution execA ended' })
    expect(Object.keys(result).sort()).toEqual(['executions', 'gate', 'outcome', 'scope'])
    expect(result.executions).toEqual([{ kind: 'failed', executionId: 'execA', decision: 'APPROVE', cause: ENDED(), posts: 0, waitedMs: 2_100 }])
    expect(servers.sim.posts()).toEqual([])
  })
})

describe('after the gate', () => {
  it('the execution and its approvals are read again, one after the other on the one connection, then decided', async () => {
    servers.sim.addInstance({ executionId: 'execA' })
    let gateEnded = -1
    servers.status.script([
      { json: { state: 'running' } },
      () => {
        gateEnded = servers.sim.requests.length
        return { status: 200, json: { state: 'success' } }
      },
    ])
    const result = await run({ executionId: 'execA', ...gateInputs() })
    expect(Object.keys(result)).toEqual(['outcome', 'decision', 'gate', 'executions', 'scope'])
    expect(result.outcome).toBe('decided')
    // What was read before the wait is old by now: nothing of it stands in for a read.
    expect(servers.sim.requests.slice(gateEnded).map((r) => `${r.method} ${r.path.replace(/approvals\/[^/]+\/harness/, 'approvals/ID/harness')}`)).toEqual([
      'GET /gateway/pipeline/api/pipelines/execution/v2/execA',
      'GET /gateway/pipeline/api/v1/orgs/default/projects/proj/approvals/execution/execA',
      'POST /gateway/pipeline/api/approvals/ID/harness/activity',
    ])
    expect(servers.sim.stats.connections).toBe(1)
  })
})

describe('the gate before an exemption', () => {
  it('success: the decision as asked, with the given approver and the comment as given, the gate in the result', async () => {
    const sto = installStoRoutes(servers.sim)
    const e = sto.addExemption({})
    servers.status.script([{ json: { state: 'success' } }])
    const result = await run({ exemptionId: e.id, approverId: APPROVER, comments: 'From CI', ...gateInputs() })
    expect(result).toStrictEqual({ outcome: 'decided', decision: 'APPROVE', gate: expect.objectContaining({ verdict: 'success' }), executions: [], exemption: expect.objectContaining({ kind: 'decided', approverId: APPROVER }), scope: SCOPE })
    expect(sto.decisions().map((d) => d.body)).toEqual([{ approverId: APPROVER, comment: 'From CI' }])
    expect(servers.sim.requests.some((r) => r.path.endsWith('/currentUser'))).toBe(false)
  })

  it('a failure with onFailure fail: gate-failed, STO not asked', async () => {
    const sto = installStoRoutes(servers.sim)
    const e = sto.addExemption({})
    servers.status.script([{ json: { state: 'failure' } }])
    const result = await run({ exemptionId: e.id, onFailure: 'fail', ...gateInputs() })
    expect(result).toStrictEqual({ outcome: 'gate-failed', gate: expect.objectContaining({ verdict: 'failure' }), executions: [], scope: SCOPE })
    expect(sto.requests()).toEqual([])
  })

  it('cancelled before the gate: cancelled, STO not asked', async () => {
    const sto = installStoRoutes(servers.sim)
    const e = sto.addExemption({})
    const controller = new AbortController()
    controller.abort(new Error('stop'))
    const result = await run({ exemptionId: e.id, ...gateInputs() }, controller.signal)
    expect(result).toStrictEqual({ outcome: 'cancelled', gate: expect.objectContaining({ verdict: 'cancelled' }), executions: [], scope: SCOPE })
    expect(sto.requests()).toEqual([])
  })

  it('a rejected exemption is approved again when the run says so', async () => {
    const sto = installStoRoutes(servers.sim)
    const e = sto.addExemption({ status: 'Rejected' })
    const result = await run({ exemptionId: e.id, approverId: APPROVER, reapproveRejected: 'true' })
    expect(result).toMatchObject({ outcome: 'decided', exemption: { kind: 'decided', puts: 1 } })
    expect(sto.exemption(e.id)?.status).toBe('Approved')
  })

  it('no gate: the exemption decided, and no gate in the result', async () => {
    const sto = installStoRoutes(servers.sim)
    const e = sto.addExemption({ status: 'Canceled' })
    const result = await run({ exemptionId: e.id, approverId: APPROVER })
    expect(result).toStrictEqual({ outcome: 'failed', decision: 'APPROVE', executions: [], exemption: expect.objectContaining({ kind: 'failed' }), scope: SCOPE })
  })
})

describe('the stage, and the outcome over several executions', () => {
  it('a stage given is checked: a step waiting in another stage is not decided', async () => {
    servers.sim.addInstance({ executionId: 'execA', stageIdentifier: 'qa' })
    const result = await run({ executionId: 'execA', stage: 'prod' })
    expect(result.outcome).toBe('failed')
    expect(result.executions).toEqual([expect.objectContaining({ kind: 'failed', executionId: 'execA', cause: expect.objectContaining({ id: 'wrong-stage' }) })])
    expect(servers.sim.posts()).toEqual([])
  })

  it('one unknown and one decided: unknown', async () => {
    const unclear = servers.sim.addInstance({ executionId: 'execA' })
    servers.sim.addInstance({ executionId: 'execB' })
    servers.sim.fault({ on: 'POST', kind: 'no-apply-503', times: 10, pathIncludes: unclear.id })
    const result = await run({ executionId: 'execA,execB' })
    expect(result.executions.map((e) => [e.executionId, e.kind])).toEqual([
      ['execA', 'unknown'],
      ['execB', 'decided'],
    ])
    expect(result.outcome).toBe('unknown')
    expect(Object.keys(result)).toEqual(['outcome', 'decision', 'executions', 'scope'])
  })

  it('one unknown and one failed: failed', async () => {
    const unclear = servers.sim.addInstance({ executionId: 'execA' })
    servers.sim.addInstance({ executionId: 'execB', approvers: ['someone-else'] })
    servers.sim.fault({ on: 'POST', kind: 'no-apply-503', times: 10, pathIncludes: unclear.id })
    const result = await run({ executionId: 'execA,execB' })
    expect(result.executions.map((e) => [e.executionId, e.kind])).toEqual([
      ['execA', 'unknown'],
      ['execB', 'failed'],
    ])
    expect(result.outcome).toBe('failed')
  })
})
