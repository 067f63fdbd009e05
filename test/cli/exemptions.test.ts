// `exemptions …` from the built CLI against the simulator: list across pages with a client-side status
// filter, get, create, approve and reject end to end, and bad options refused before anything is sent.
import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { CLI, runCli } from '../support/run-cli.js'
import { useStoSimulator } from '../support/servers.js'

const ACCOUNT = 'acctSTO000000000000001'
const servers = useStoSimulator(ACCOUNT)

const env = () => {
  const { sim } = servers
  return { HARNESS_API_KEY: sim.apiKey, HARNESS_URL: sim.baseUrl, HARNESS_ORG_ID: sim.orgId, HARNESS_PROJECT_ID: sim.projectId }
}

describe.skipIf(!existsSync(CLI))('harness-approval-gate exemptions', () => {
  it('lists every page and filters by status on the client', async () => {
    for (let i = 0; i < 7; i++) servers.sto.addExemption({ status: i % 3 === 0 ? 'Approved' : 'Pending', reason: `reason ${i}` })
    const run = await runCli(['exemptions', 'list', '--status', 'pending', '--page-size', '2', '--json'], { env: env() })
    expect(run.code).toBe(0)
    const data = JSON.parse(run.stdout)
    expect(data.exemptions).toHaveLength(4)
    expect(data.exemptions.every((e: { status: string }) => e.status === 'Pending')).toBe(true)
    // 7 exemptions at 2 per page: 4 pages read.
    expect(servers.sto.requests().filter((r) => r.method === 'GET')).toHaveLength(4)
    const table = await runCli(['exemptions', 'list'], { env: env() })
    expect(table.stdout).toMatch(/^ID +STATUS +TYPE/)
  })

  it('approves and rejects end to end, and gets the result', async () => {
    const a = servers.sto.addExemption({})
    const b = servers.sto.addExemption({})
    expect((await runCli(['exemptions', 'approve', a.id, '--comment', 'accepted'], { env: env() })).code).toBe(0)
    expect((await runCli(['exemptions', 'reject', b.id], { env: env() })).code).toBe(0)
    expect(servers.sto.exemption(a.id)!.status).toBe('Approved')
    expect(servers.sto.exemption(b.id)!.status).toBe('Rejected')
    const got = await runCli(['exemptions', 'get', a.id, '--json'], { env: env() })
    expect(JSON.parse(got.stdout)).toMatchObject({ id: a.id, status: 'Approved', comment: 'accepted' })
  })

  it('creates an exemption with the exact type spelling', async () => {
    const run = await runCli(['exemptions', 'create', '--issue-id', 'issue0000000000000001x', '--type', 'false-positive', '--reason', 'Scanner misreads the lockfile', '--duration-days', '30', '--json'], { env: env() })
    expect(run.code).toBe(0)
    const created = servers.sto.exemptions()[0]!
    expect(created).toMatchObject({ issueId: 'issue0000000000000001x', type: 'False Positive', status: 'Pending' })
  })

  it('refuses bad options naming the field and the rule, with nothing sent (exit 2)', async () => {
    const run = await runCli(['exemptions', 'create', '--issue-id', 'short', '--type', 'nope', '--reason', 'x', '--target-id', 'target0000000000000001'], { env: env() })
    expect(run.code).toBe(2)
    expect(run.stderr).toContain("error: invalid --issue-id 'short': expected exactly 22 characters")
    expect(run.stderr).toContain("error: invalid --type 'nope': expected one of Compensating Controls | Acceptable Use")
    expect(run.stderr).toMatch(/invalid --target-id 'target0000000000000001'/)
    expect(servers.sim.requests).toHaveLength(0)
    const noId = await runCli(['exemptions', 'approve'], { env: env() })
    expect(noId.code).toBe(2)
    expect(servers.sim.requests).toHaveLength(0)
  })

  it('never prints the key, and masks it for the runner inside a GitHub step', async () => {
    const e = servers.sto.addExemption({})
    const run = await runCli(['exemptions', 'approve', e.id], { env: { ...env(), GITHUB_ACTIONS: 'true' } })
    expect(run.code).toBe(0)
    expect(run.stderr.split('\n')[0]).toBe(`::add-mask::${servers.sim.apiKey}`)
    expect(run.stdout).not.toContain(servers.sim.apiKey)
    expect(run.stderr.split('\n').slice(1).join('\n')).not.toContain(servers.sim.apiKey)
  })
})
