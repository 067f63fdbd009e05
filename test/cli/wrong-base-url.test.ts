// The built command line against the simulator when --base-url leads to a path Harness does not have: the
// Java service answers 400 with its 404 inside, and the run must fail at once naming baseUrl, not "unknown".
// And a dry run after an earlier approval on an older server names the previous approver's values as such.
import { existsSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startHarnessSimulator, type HarnessSimulator } from '../../sim/harness-simulator.js'
import { CLI, runCli } from '../support/run-cli.js'

const EXEC = 'execCliBase00000000001'
let sim: HarnessSimulator

beforeEach(async () => {
  sim = await startHarnessSimulator({ accountId: 'acct123', orgId: 'default', projectId: 'proj' })
})
afterEach(async () => {
  await sim.close()
})

const target = (baseUrl: string) => ['--base-url', baseUrl, '--org-id', 'default', '--project-id', 'proj', '--execution-id', EXEC, '--wait-for-approval', '0']

describe.skipIf(!existsSync(CLI))('dist/cli.js with a wrong base path', () => {
  it('fails fast with the baseUrl fix, posting nothing', async () => {
    sim.addInstance({ executionId: EXEC })
    // A UI address pasted as the API base: the gateway is right, the path under it is not.
    const run = await runCli(['approve', ...target(`${sim.baseUrl}/ng`)], { env: { HARNESS_API_KEY: sim.apiKey } })
    expect(run.code, run.stderr).toBe(1)
    expect(run.stderr).toContain('Harness API not found at this base URL')
    expect(run.stderr).toContain('https://app.harness.io/gateway')
    expect(run.stderr).toMatch(/self-managed install is your own domain, usually without \/gateway/)
    expect(run.stderr).toContain('HTTP 404 Not Found')
    expect(run.stderr).not.toMatch(/unknown/i)
    // Fail fast: a 400 is not retried, and nothing reaches the decision.
    expect(sim.requests.filter((r) => r.method !== 'GET')).toEqual([])
    expect(sim.requests.length).toBeLessThanOrEqual(2)
    expect(run.stderr).not.toContain(sim.apiKey)
  })

  it('without /gateway, the gateway\'s own 404 is reported as a wrong base URL, not a missing execution', async () => {
    sim.addInstance({ executionId: EXEC })
    const run = await runCli(['approve', ...target(sim.baseUrl.replace(/\/gateway$/, ''))], { env: { HARNESS_API_KEY: sim.apiKey } })
    expect(run.code, run.stderr).toBe(1)
    expect(run.stderr).toContain('Harness endpoint not found')
    expect(run.stderr).toContain('Check --base-url')
    expect(run.stderr).not.toContain('Execution not found')
    expect(sim.requests.filter((r) => r.method !== 'GET')).toEqual([])
  })
})

describe.skipIf(!existsSync(CLI))('dist/cli.js --dry-run after an earlier approval (older server)', () => {
  it("shows the previous approver's values as such, not as the step's defaults", async () => {
    sim.mode = 'older'
    const first = sim.addKey()
    sim.addInstance({ executionId: EXEC, minimumCount: 2, approvers: [sim.defaultUser.name, first.user.name], approverInputs: [{ name: 'ticket', defaultValue: 'CHG-0', regex: 'CHG-[0-9]+' }] })
    const approvalsUrl = `${sim.baseUrl}/pipeline/api/v1/orgs/default/projects/proj/approvals/execution/${EXEC}`
    const answer = await fetch(approvalsUrl, {
      method: 'POST',
      headers: { 'x-api-key': first.key, 'Harness-Account': 'acct123', 'Content-Type': 'application/json' },
      body: JSON.stringify({ action: 'APPROVE', comments: 'first', approver_inputs: [{ name: 'ticket', value: 'CHG-41' }] }),
    })
    expect(answer.status).toBe(200)
    const run = await runCli(['approve', ...target(sim.baseUrl), '--dry-run'], { env: { HARNESS_API_KEY: sim.apiKey } })
    expect(run.code, run.stderr).toBe(0)
    expect(run.stderr).toContain("approver inputs: ticket=CHG-41 (previous approver's value)")
  })
})
