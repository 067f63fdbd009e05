// Round trips on the critical path, counted (not timed) through the built action and command line: the
// simulator delays every answer, and the first answer on a new connection once more, so a request sent
// only after an answer shows as a later round trip in its log (sim/round-trips.js). An approval, with or
// without a callback id, and a dry run take at most three: the execution and its approvals are read
// together, and a dry run asks the authorization and the key's user together. A run that waits (a status
// gate) asks one request at a time and keeps one connection to Harness.
import { existsSync } from 'node:fs'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startHarnessSimulator, type HarnessSimulator, type RecordedRequest } from '../../sim/harness-simulator.js'
import { roundTrips } from '../../sim/round-trips.js'
import { startStatusServer, type StatusServer } from '../../sim/status-server.js'
import { ACTION, runAction } from '../support/run-action.js'
import { CLI, runCli } from '../support/run-cli.js'
import { actionInputs } from '../support/servers.js'

/** Long against what a client needs between an answer and its next request, so the order shows. */
const LATENCY_MS = 150

let sim: HarnessSimulator
beforeEach(async () => {
  sim = await startHarnessSimulator()
  sim.setLatency(LATENCY_MS, LATENCY_MS)
})
afterEach(async () => {
  await sim.close()
})

const what = (r: RecordedRequest) =>
  r.path.includes('/execution/v2/')
    ? `${r.method} execution`
    : r.path.endsWith('/harness/authorization')
      ? `${r.method} authorization`
      : r.path.endsWith('/currentUser')
        ? `${r.method} currentUser`
        : r.path.endsWith('/harness/activity')
          ? `${r.method} activity`
          : `${r.method} approvals`
const counted = () => {
  const trips = roundTrips(sim.requests, what)
  return { count: trips.count, waves: trips.waves.map((w) => [...w].sort()) }
}

describe.skipIf(!existsSync(ACTION))('dist/index.js: round trips on the critical path', () => {
  it('an approval: connect, the execution and approvals read together, the POST: three', async () => {
    const instance = sim.addInstance({ executionId: 'exec1' })
    const run = await runAction(actionInputs(sim))
    expect(run.code, run.stdout).toBe(0)
    expect(sim.instance(instance.id)!.status).toBe('APPROVED')
    expect(counted()).toEqual({ count: 3, waves: [['connect', 'connect'], ['GET approvals', 'GET execution'], ['POST activity']] })
    // A request in flight needs its own connection: two, and the POST reuses one of them.
    expect(sim.stats.connections).toBe(2)
  })

  it('an approval with a callback id: three as well', async () => {
    const instance = sim.addInstance({ executionId: 'exec1', callbackId: 'deploy-gate' })
    const run = await runAction(actionInputs(sim, { callbackId: 'deploy-gate' }))
    expect(run.code, run.stdout).toBe(0)
    expect(sim.instance(instance.id)!.status).toBe('APPROVED')
    expect(counted().count).toBe(3)
    expect(sim.gets('exec1').map((r) => r.query.callback_id)).toEqual(['deploy-gate'])
  })

  it('a dry run: the reads together, then the authorization and the key\'s user together: three, each read once, nothing posted', async () => {
    sim.addInstance({ executionId: 'exec1' })
    const run = await runAction(actionInputs(sim, { dryRun: 'true' }))
    expect(run.code, run.stdout).toBe(0)
    expect(counted()).toEqual({ count: 3, waves: [['connect', 'connect'], ['GET approvals', 'GET execution'], ['GET authorization', 'GET currentUser']] })
    expect(sim.requests.filter((r) => r.method !== 'GET')).toEqual([])
    // The two connections carry the second pair: no third.
    expect(sim.stats.connections).toBe(2)
  })

  it('a wrong project still posts nothing: the approvals read beside the execution read is not acted on', async () => {
    sim.addExecution({ executionId: 'exec1', orgId: 'payments', projectId: 'checkout' })
    sim.addInstance({ executionId: 'exec1' })
    const run = await runAction(actionInputs(sim))
    expect(run.code).toBe(1)
    expect(JSON.parse(run.outputs.result!)).toMatchObject({ executions: [{ outcome: 'failed', cause: 'wrong-scope' }] })
    expect(counted().count).toBe(2)
    expect(sim.requests.map((r) => r.method)).toEqual(['GET', 'GET'])
    expect(sim.stats.decisionsApplied).toBe(0)
  })
})

describe.skipIf(!existsSync(ACTION))('dist/index.js: a run that waits keeps one connection to Harness', () => {
  let status: StatusServer
  beforeAll(async () => {
    status = await startStatusServer()
  })
  afterAll(async () => {
    await status.close()
  })

  it('the check before the gate, the gate and the decision after it: one connection, one request at a time', async () => {
    sim.setLatency(0)
    const instance = sim.addInstance({ executionId: 'exec1' })
    status.script([{ json: { state: 'running' } }, { json: { state: 'running' } }, { json: { state: 'success' } }])
    const run = await runAction(actionInputs(sim, { statusUrl: `${status.url}job/1`, statusField: 'state', pollInterval: '100ms', maxPollInterval: '100ms', timeout: '30s' }))
    expect(run.code, run.stdout).toBe(0)
    expect(sim.instance(instance.id)!.status).toBe('APPROVED')
    // Before the gate: the execution, its approvals, the authorization and the key's user; after it: the
    // execution, its approvals and the POST (a slow machine may add the watch's reads in between).
    const seen = sim.requests.map(what)
    expect(seen.slice(0, 4)).toEqual(['GET execution', 'GET approvals', 'GET authorization', 'GET currentUser'])
    expect(seen.slice(-3)).toEqual(['GET execution', 'GET approvals', 'POST activity'])
    expect(sim.stats.connections).toBe(1)
  })
})

describe.skipIf(!existsSync(CLI))('dist/cli.js: round trips on the critical path', () => {
  it('approve with a callback id: three', async () => {
    const instance = sim.addInstance({ executionId: 'exec1', callbackId: 'gate-1' })
    const run = await runCli(['approve', '--base-url', sim.baseUrl, '--org-id', sim.orgId, '--project-id', sim.projectId, '--execution-id', 'exec1', '--callback-id', 'gate-1'], {
      env: { HARNESS_API_KEY: sim.apiKey },
    })
    expect(run.code, run.stderr).toBe(0)
    expect(sim.instance(instance.id)!.status).toBe('APPROVED')
    expect(counted()).toEqual({ count: 3, waves: [['connect', 'connect'], ['GET approvals', 'GET execution'], ['POST activity']] })
  })

  it('a dry run: three', async () => {
    sim.addInstance({ executionId: 'exec1' })
    const run = await runCli(['approve', '--base-url', sim.baseUrl, '--org-id', sim.orgId, '--project-id', sim.projectId, '--execution-id', 'exec1', '--dry-run'], {
      env: { HARNESS_API_KEY: sim.apiKey },
    })
    expect(run.code, run.stderr).toBe(0)
    expect(counted().count).toBe(3)
    expect(sim.requests.filter((r) => r.method !== 'GET')).toEqual([])
  })
})
