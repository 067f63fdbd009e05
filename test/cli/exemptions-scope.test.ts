// An org or project given to the exemption commands must exist, and an exemption shown must live where it was
// asked for: a typo (`paymnets`) is said to be missing, with exit code 1, instead of "No exemptions" and 0,
// and `get` refuses an exemption of another project as `approve` does. Against the simulator, which answers
// Harness's project and organization reads.
import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { CLI, runCli } from '../support/run-cli.js'
import { useStoSimulator } from '../support/servers.js'

const servers = useStoSimulator('acctSCOPE0000000000001')
const env = () => ({ HARNESS_API_KEY: servers.sim.apiKey, HARNESS_API_URL: servers.sim.baseUrl })

describe.skipIf(!existsSync(CLI))('exemptions and the org and project they are given', () => {
  it('list: a project that does not exist is missing (exit 1), not an empty list', async () => {
    servers.sto.addExemption({})
    const run = await runCli(['exemptions', 'list', '--org-id', 'default', '--project-id', 'paymnets'], { env: env() })
    expect(run.code).toBe(1)
    expect(run.stdout).not.toContain('No exemptions')
    expect(run.stderr).toContain("error: Project not found: Harness has no project 'paymnets' in org 'default' in account acctSCOPE0000000000001; nothing was listed or changed.")
    expect(run.stderr).toContain('Fix: Check --project-id and --org-id')
    const json = await runCli(['exemptions', 'list', '--org-id', 'default', '--project-id', 'paymnets', '--json'], { env: env() })
    expect(JSON.parse(json.stdout)).toMatchObject({ error: { cause: 'wrong-scope', title: 'Project not found', status: 404, harnessMessage: 'Project with orgIdentifier [default] and identifier [paymnets] not found' } })
    // The project was read, and STO was not asked.
    expect(servers.sim.requests.filter((r) => r.path.endsWith('/ng/api/projects/paymnets'))).toHaveLength(2)
    expect(servers.sto.requests()).toEqual([])
  })

  it('list: an org that does not exist is missing too, read as an org when no project is given', async () => {
    const run = await runCli(['exemptions', 'list', '--org-id', 'defualt', '--json'], { env: env() })
    expect(run.code).toBe(1)
    expect(JSON.parse(run.stdout)).toMatchObject({ error: { cause: 'wrong-scope', title: 'Organization not found' } })
    expect(servers.sim.requests.some((r) => r.path.endsWith('/ng/api/organizations/defualt'))).toBe(true)
  })

  it('list: a project that exists and has no exemptions is an empty list (exit 0); one without a scope reads no project', async () => {
    servers.sto.addProject('default', 'quiet')
    const run = await runCli(['exemptions', 'list', '--org-id', 'default', '--project-id', 'quiet'], { env: env() })
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('No exemptions in org default, project quiet (0 read).')
    servers.sim.requests.length = 0
    expect((await runCli(['exemptions', 'list'], { env: env() })).code).toBe(0)
    expect(servers.sim.requests.filter((r) => r.path.includes('/ng/api/'))).toEqual([])
  })

  it('get: an exemption of another project than the one given is refused, as approve refuses it', async () => {
    const e = servers.sto.addExemption({})
    const got = await runCli(['exemptions', 'get', e.id, '--org-id', 'default', '--project-id', 'paymnets'], { env: env() })
    expect(got.code).toBe(1)
    expect(got.stdout).toBe('')
    expect(got.stderr).toContain(`error: Exemption belongs to another project: Exemption ${e.id} belongs to org/project default/proj, not default/paymnets as configured`)
    const approve = await runCli(['exemptions', 'approve', e.id, '--org-id', 'default', '--project-id', 'paymnets'], { env: env() })
    expect(approve.code).toBe(1)
    expect(approve.stderr).toContain('Exemption belongs to another project')
    // In its own project, or with no project given, it is shown.
    expect((await runCli(['exemptions', 'get', e.id, '--org-id', 'default', '--project-id', 'proj'], { env: env() })).code).toBe(0)
    expect((await runCli(['exemptions', 'get', e.id], { env: env() })).code).toBe(0)
  })
})
