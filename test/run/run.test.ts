// The run in process: what the gate's verdict leads to (a decision, a rejection that says why, or nothing),
// and the run's outcome over several executions. Against the simulators on 127.0.0.1, with a fake clock.
import { describe, expect, it } from 'vitest'
import { startHarnessSimulator } from '../../sim/harness-simulator.js'
import { installStoRoutes } from '../../sim/sto-simulator.js'
import { startStatusServer } from '../../sim/status-server.js'
import { DEFAULT_TIMING } from '../../src/approvals/decide-execution.js'
import type { GateOutcome } from '../../src/gate/status-gate.js'
import { createHttpClient } from '../../src/http/transport.js'
import { decisionForVerdict, runApprovalGate } from '../../src/run/run.js'
import { parseSettings } from '../../src/run/settings.js'
import { fakeClock, recordingLogger } from '../support/fakes.js'

describe('decisionForVerdict', () => {
  const verdicts: GateOutcome['verdict'][] = ['success', 'failure', 'timeout', 'cancelled', 'error']
  it.each([
    ['reject', 'fail', ['APPROVE', 'REJECT', undefined, undefined, undefined]],
    ['fail', 'reject', ['APPROVE', undefined, 'REJECT', undefined, undefined]],
    ['reject', 'reject', ['APPROVE', 'REJECT', 'REJECT', undefined, undefined]],
    ['fail', 'fail', ['APPROVE', undefined, undefined, undefined, undefined]],
  ] as const)('onFailure %s, onTimeout %s', (onFailure, onTimeout, decisions) => {
    const settings = { action: 'APPROVE' as const, gate: { onFailure, onTimeout } as never }
    expect(verdicts.map((v) => decisionForVerdict(settings, v))).toEqual(decisions)
  })

  it('takes the action asked on success, and decides nothing on a failure without a gate', () => {
    expect(decisionForVerdict({ action: 'REJECT' }, 'success')).toBe('REJECT')
    expect(decisionForVerdict({ action: 'APPROVE' }, 'failure')).toBeUndefined()
    expect(decisionForVerdict({ action: 'APPROVE' }, 'timeout')).toBeUndefined()
  })
})

async function servers(accountId?: string) {
  const sim = await startHarnessSimulator(accountId ? { accountId, orgId: 'default', projectId: 'proj' } : {})
  const status = await startStatusServer()
  const http = createHttpClient({ env: {} })
  return {
    sim,
    status,
    http,
    [Symbol.asyncDispose]: async () => {
      await http.close()
      await status.close()
      await sim.close()
    },
  }
}

function settingsOf(inputs: Record<string, string>) {
  return parseSettings((name) => inputs[name] ?? '', () => undefined)
}

async function run(s: Awaited<ReturnType<typeof servers>>, inputs: Record<string, string>, signal?: AbortSignal) {
  const settings = settingsOf({ apiKey: s.sim.apiKey, orgId: s.sim.orgId, projectId: s.sim.projectId, baseUrl: s.sim.baseUrl, waitForApproval: '0', ...inputs })
  return runApprovalGate(settings, { http: s.http, clock: fakeClock(), logger: recordingLogger(), marker: 'hag-test.1-abc', random: () => 0.5, timing: DEFAULT_TIMING, ...(signal ? { signal } : {}) })
}

describe('the gate before the decision', () => {
  it('rejects when the job failed, saying why first in the comments', async () => {
    await using s = await servers()
    s.sim.addInstance({ executionId: 'exec1' })
    s.status.script([{ status: 200, json: { state: 'failed' } }])
    const result = await run(s, { executionId: 'exec1', statusUrl: `${s.status.url}job`, statusField: 'state', comments: 'From CI' })
    expect(result).toMatchObject({ outcome: 'gate-rejected', decision: 'REJECT' })
    const comments = (s.sim.posts()[0]!.body as { comments: string; action: string }).comments
    expect(comments).toMatch(/^Rejected: status field 'state' was 'failed' after 1 attempt \([^)]+\)\. From CI\n\[hag-test\.1-abc-1\]$/)
  })

  it('rejects with the reason alone when no comments were given', async () => {
    await using s = await servers()
    s.sim.addInstance({ executionId: 'exec1' })
    s.status.script([{ status: 200, json: { state: 'failed' } }])
    await run(s, { executionId: 'exec1', statusUrl: `${s.status.url}job`, statusField: 'state' })
    expect((s.sim.posts()[0]!.body as { comments: string }).comments).toMatch(/^Rejected: status field 'state' was 'failed' after 1 attempt \([^)]+\)\.\n\[hag-test/)
  })

  it('takes the action asked, with the comments as given, when the job succeeded', async () => {
    await using s = await servers()
    s.sim.addInstance({ executionId: 'exec1' })
    s.status.script([{ status: 200, json: { state: 'passed' } }])
    const result = await run(s, { executionId: 'exec1', statusUrl: `${s.status.url}job`, statusField: 'state', comments: 'From CI' })
    expect(result).toMatchObject({ outcome: 'decided', decision: 'APPROVE', gate: { verdict: 'success' } })
    expect((s.sim.posts()[0]!.body as { comments: string; action: string })).toMatchObject({ action: 'APPROVE', comments: 'From CI\n[hag-test.1-abc-1]' })
  })

  it('decides nothing when the job failed and onFailure is fail', async () => {
    await using s = await servers()
    s.sim.addInstance({ executionId: 'exec1' })
    s.status.script([{ status: 200, json: { state: 'failed' } }])
    const result = await run(s, { executionId: 'exec1', statusUrl: `${s.status.url}job`, statusField: 'state', onFailure: 'fail' })
    expect(result).toEqual({ outcome: 'gate-failed', gate: expect.objectContaining({ verdict: 'failure' }), executions: [], scope: { orgId: s.sim.orgId, projectId: s.sim.projectId } })
    // Harness is read before the gate (the check before the wait) and watched during it; nothing is posted.
    expect(s.sim.posts()).toHaveLength(0)
    expect(s.sim.requests.every((r) => r.method === 'GET')).toBe(true)
  })

  it('decides nothing when cancelled during the gate', async () => {
    await using s = await servers()
    s.sim.addInstance({ executionId: 'exec1' })
    s.status.setDefault({ status: 200, json: { state: 'running' } })
    const controller = new AbortController()
    setTimeout(() => controller.abort(), 50)
    const settings = settingsOf({ apiKey: s.sim.apiKey, orgId: s.sim.orgId, projectId: s.sim.projectId, baseUrl: s.sim.baseUrl, executionId: 'exec1', statusUrl: `${s.status.url}job`, statusField: 'state', pollInterval: '100ms' })
    // A real clock: the fake one would reach the deadline before the abort.
    const { systemClock } = await import('../../src/ports.js')
    const result = await runApprovalGate(settings, { http: s.http, clock: systemClock, logger: recordingLogger(), marker: 'hag-test.1-abc', signal: controller.signal })
    expect(result).toEqual({ outcome: 'cancelled', gate: expect.objectContaining({ verdict: 'cancelled' }), executions: [], scope: { orgId: s.sim.orgId, projectId: s.sim.projectId } })
    // Harness is read before the gate (the check before the wait) and watched during it; nothing is posted.
    expect(s.sim.posts()).toHaveLength(0)
    expect(s.sim.requests.every((r) => r.method === 'GET')).toBe(true)
  })

  it('shortens an STO comment the rejection reason made longer than 1024 characters', async () => {
    // STO account ids are 22 characters.
    await using s = await servers('stoAcct0123456789abcde')
    const sto = installStoRoutes(s.sim)
    const exemption = sto.addExemption({})
    s.status.script([{ status: 200, json: { state: 'failed' } }])
    const result = await run(s, { exemptionId: exemption.id, statusUrl: `${s.status.url}job`, statusField: 'state', comments: 'x'.repeat(1_000) })
    expect(result).toMatchObject({ outcome: 'gate-rejected', decision: 'REJECT', executions: [] })
    const comment = sto.exemption(exemption.id)!.comment!
    expect(comment).toHaveLength(1_024)
    expect(comment).toMatch(/^Rejected: status field 'state' was 'failed'.*x…$/)

    const short = sto.addExemption({})
    await run(s, { exemptionId: short.id, statusUrl: `${s.status.url}job`, statusField: 'state', comments: 'ok' })
    expect(sto.exemption(short.id)!.comment).toBe("Rejected: status field 'state' was 'failed' after 1 attempt (0ms). ok")
  })
})

describe("the run's outcome over several executions", () => {
  it('is failed when one failed and another was decided', async () => {
    await using s = await servers()
    s.sim.addInstance({ executionId: 'execA' })
    s.sim.addInstance({ executionId: 'execB', approvers: ['someone-else'] })
    const result = await run(s, { executionId: 'execA,execB' })
    expect(result.outcome).toBe('failed')
    expect(result.executions.map((e) => e.kind).sort()).toEqual(['decided', 'failed'])
  })

  it('is decided only when every execution was', async () => {
    await using s = await servers()
    s.sim.addInstance({ executionId: 'execA' })
    s.sim.addInstance({ executionId: 'execB' })
    expect((await run(s, { executionId: 'execA,execB' })).outcome).toBe('decided')
  })

  it('is a dry run when every execution would be decided', async () => {
    await using s = await servers()
    s.sim.addInstance({ executionId: 'execA' })
    s.sim.addInstance({ executionId: 'execB' })
    const result = await run(s, { executionId: 'execA,execB', dryRun: 'true' })
    expect(result).toMatchObject({ outcome: 'dry-run', dryRun: true })
    expect(s.sim.posts()).toHaveLength(0)
  })
})
