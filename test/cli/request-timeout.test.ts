// `--request-timeout` of the built command line: approve and the exemption verbs keep to it against answers
// that trickle in (the fix names the flag to raise), a decision whose answer is cut off there is read back
// and found recorded with one POST, and a value out of range is refused with exit code 2 before any request.
import { existsSync } from 'node:fs'
import { afterAll, describe, expect, it } from 'vitest'
import { startHarnessSimulator, type HarnessSimulator } from '../../sim/harness-simulator.js'
import { installStoRoutes, type StoSimulator } from '../../sim/sto-simulator.js'
import { CLI, runCli, type CliRun } from '../support/run-cli.js'

const ACCOUNT = 'acctTimeout00000000001'
const cleanups: Array<() => Promise<void>> = []
afterAll(async () => {
  await Promise.all(cleanups.splice(0).map((c) => c()))
})

async function servers(): Promise<{ sim: HarnessSimulator; sto: StoSimulator }> {
  const sim = await startHarnessSimulator({ accountId: ACCOUNT, orgId: 'default', projectId: 'proj' })
  const sto = installStoRoutes(sim)
  cleanups.push(() => sim.close())
  return { sim, sto }
}

const env = (sim: HarnessSimulator) => ({ HARNESS_API_KEY: sim.apiKey, HARNESS_URL: sim.baseUrl, HARNESS_ORG_ID: 'default', HARNESS_PROJECT_ID: 'proj' })

/** Starting Node and loading the bundle, on a busy machine; no figure, only a bound far below the harm. */
const START_SLACK_MS = 5_000
const REQUEST_TIMEOUT_MS = 2_000

async function timed(run: Promise<CliRun>): Promise<CliRun & { ms: number }> {
  const started = Date.now()
  const done = await run
  return { ...done, ms: Date.now() - started }
}

describe.skipIf(!existsSync(CLI)).concurrent('dist/cli.js --request-timeout', () => {
  it('approve: the execution read never ends; fails within 2 × the timeout, and the fix names --request-timeout', async () => {
    const { sim } = await servers()
    sim.addInstance({ executionId: 'exec1' })
    sim.fault({ on: 'GET', kind: 'apply-then-trickle', pathIncludes: '/execution/v2/exec1', times: 10, trickleMs: 500, endless: true })
    const run = await timed(runCli(['approve', '--execution-id', 'exec1', '--wait-for-approval', '0', '--request-timeout', '2s'], { env: env(sim) }))
    expect(run.code, run.stderr).toBe(1)
    expect(run.ms).toBeLessThan(2 * REQUEST_TIMEOUT_MS + START_SLACK_MS)
    expect(run.stderr).toContain(`error: Harness answered too slowly: GET ${sim.baseUrl}/pipeline/api/pipelines/execution/v2/exec1: no complete answer within the request timeout (2s).`)
    expect(run.stderr).toContain('Fix: Raise --request-timeout if Harness answers this slowly;')
    expect(sim.posts()).toHaveLength(0)
  })

  it("approve: the decision's answer never ends; read back and reported as recorded, one POST", async () => {
    const { sim } = await servers()
    sim.addInstance({ executionId: 'exec1' })
    sim.fault({ on: 'POST', kind: 'apply-then-trickle', trickleMs: 500, endless: true })
    const run = await timed(runCli(['approve', '--execution-id', 'exec1', '--wait-for-approval', '0', '--json'], { env: { ...env(sim), PLUGIN_REQUEST_TIMEOUT: '2s' } }))
    expect(run.code, run.stderr).toBe(0)
    expect(run.ms).toBeLessThan(2 * REQUEST_TIMEOUT_MS + START_SLACK_MS)
    expect(JSON.parse(run.stdout)).toMatchObject({ outcome: 'decided', decision: 'APPROVE', executions: [{ executionId: 'exec1', outcome: 'decided', posts: 1 }] })
    expect(run.stderr).toContain('no complete answer within the request timeout (2s)')
    expect(sim.posts()).toHaveLength(1)
  })

  it('exemptions get: an answer that never ends fails within 2 × the timeout, and the fix names --request-timeout', async () => {
    const { sim, sto } = await servers()
    const e = sto.addExemption({})
    sim.fault({ on: 'GET', kind: 'apply-then-trickle', pathIncludes: e.id, times: 10, trickleMs: 500, endless: true })
    const run = await timed(runCli(['exemptions', 'get', e.id, '--request-timeout', '2s'], { env: env(sim) }))
    expect(run.code, run.stderr).toBe(1)
    expect(run.ms).toBeLessThan(2 * REQUEST_TIMEOUT_MS + START_SLACK_MS)
    expect(run.stderr).toContain(`answered too slowly: GET ${sim.baseUrl}/sto/api/v2/exemptions/${e.id}: no complete answer within the request timeout (2s).`)
    expect(run.stderr).toMatch(/\nFix: Raise --request-timeout if \w+ answers this slowly;/)
  })

  it.each([
    ['approve', ['approve', '--execution-id', 'exec1', '--request-timeout', '11m']],
    ['exemptions list', ['exemptions', 'list', '--request-timeout', '0.5s']],
    ['exemptions approve', ['exemptions', 'approve', 'AbCdEfGhIjKlMnOpQrStUv', '--request-timeout', 'soon']],
  ])('%s refuses a value out of range with exit code 2, naming the flag, before any request', async (_, args) => {
    const { sim } = await servers()
    const run = await runCli(args, { env: env(sim) })
    expect(run.code, run.stderr).toBe(2)
    const value = args[args.length - 1]
    expect(run.stderr).toContain(`invalid request timeout '${value}' (from --request-timeout): expected a duration such as '500ms', '10s', '5m', '1h', '1h30m', or plain seconds ('30'), between 1s and 10m.`)
    expect(sim.requests).toHaveLength(0)
  })

  it('exemptions approve ID --request-timeout 5 minutes: says a duration is one word, and what was meant', async () => {
    const { sim } = await servers()
    const run = await runCli(['exemptions', 'approve', 'AbCdEfGhIjKlMnOpQrStUv', '--request-timeout', '5', 'minutes'], { env: env(sim) })
    expect(run.code).toBe(2)
    expect(run.stderr).toContain("Unexpected argument 'minutes': a duration is one word. Did you mean --request-timeout 5m?")
    expect(sim.requests).toHaveLength(0)
  })

  it('a value from the environment is refused naming the variable', async () => {
    const { sim } = await servers()
    const run = await runCli(['approve', '--execution-id', 'exec1'], { env: { ...env(sim), PLUGIN_REQUEST_TIMEOUT: '1h' } })
    expect(run.code).toBe(2)
    expect(run.stderr).toContain("invalid request timeout '1h' (from PLUGIN_REQUEST_TIMEOUT)")
    expect(sim.requests).toHaveLength(0)
  })
})
