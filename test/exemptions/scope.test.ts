// An exemption is decided only in the scope asked, through the built command line and action: with a
// project configured, an org-level exemption (no project) or an account-level one (neither) is refused with
// nothing sent; the wider scope given on purpose (no --project-id, or neither flag) decides it there, and
// the result names the scope decided in.
import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ACTION, runAction } from '../support/run-action.js'
import { CLI, runCli } from '../support/run-cli.js'
import { useStoSimulator } from '../support/servers.js'

const ACCOUNT = 'acctSTOscope0000000001'
const servers = useStoSimulator(ACCOUNT)

const env = () => ({ HARNESS_API_KEY: servers.sim.apiKey, HARNESS_URL: servers.sim.baseUrl })
const project = () => ['--org-id', servers.sim.orgId, '--project-id', servers.sim.projectId]

const WIDER = [
  ['an org-level exemption', { orgId: 'default', projectId: undefined }, /org-level exemption \(org default, no project\)/],
  ['an account-level exemption', { orgId: undefined, projectId: undefined }, /account-level exemption \(no org, no project\)/],
] as const

describe.skipIf(!existsSync(CLI))('exemptions approve|reject with a project configured', () => {
  it.each(WIDER)('refuses %s, sending no decision', async (_case, seed, explanation) => {
    for (const verb of ['approve', 'reject']) {
      const e = servers.sto.addExemption({ ...seed })
      const run = await runCli(['exemptions', verb, e.id, ...project(), '--json'], { env: env() })
      expect(run.code, run.stderr).toBe(1)
      const json = JSON.parse(run.stdout)
      expect(json).toMatchObject({ outcome: 'failed', cause: 'wrong-scope', title: 'Exemption is wider than the configured scope' })
      expect(json.message).toMatch(explanation)
      expect(json.message).toContain('default/proj as configured')
      expect(json.fix).toContain('--org-id alone')
      expect(servers.sto.exemption(e.id)!.status).toBe('Pending')
    }
    expect(servers.sto.decisions()).toEqual([])
  })

  it('decides an org-level exemption with the org alone, there, and says so', async () => {
    const e = servers.sto.addExemption({ orgId: 'default', projectId: undefined })
    const run = await runCli(['exemptions', 'approve', e.id, '--org-id', 'default'], { env: env() })
    expect(run.code, run.stderr).toBe(0)
    expect(run.stdout).toContain(`Exemption ${e.id} approved in org default.`)
    const [put] = servers.sto.decisions()
    expect(put!.query).toMatchObject({ orgId: 'default' })
    expect(put!.query.projectId).toBeUndefined()
  })

  it('decides an account-level exemption with neither flag, and names the account as the scope', async () => {
    const e = servers.sto.addExemption({ orgId: undefined, projectId: undefined })
    const run = await runCli(['exemptions', 'reject', e.id, '--json'], { env: env() })
    expect(run.code, run.stderr).toBe(0)
    expect(JSON.parse(run.stdout)).toMatchObject({ outcome: 'decided', decidedIn: 'the account' })
    expect(servers.sto.decisions()[0]!.query.orgId).toBeUndefined()
  })

  it('a project-level exemption of the configured project is decided and named', async () => {
    const e = servers.sto.addExemption({})
    const run = await runCli(['exemptions', 'approve', e.id, ...project(), '--json'], { env: env() })
    expect(run.code, run.stderr).toBe(0)
    expect(JSON.parse(run.stdout)).toMatchObject({ outcome: 'decided', decidedIn: 'org default, project proj' })
  })

  it('update refuses a wider exemption too, sending nothing', async () => {
    const e = servers.sto.addExemption({ orgId: 'default', projectId: undefined })
    const run = await runCli(['exemptions', 'update', e.id, ...project(), '--reason', 'narrowed'], { env: env() })
    expect(run.code, run.stderr).toBe(1)
    expect(run.stderr).toContain('Exemption is wider than the configured scope')
    expect(servers.sto.requests().filter((r) => r.method === 'PUT')).toEqual([])
  })
})

describe.skipIf(!existsSync(ACTION))('exemption mode of the action: always one project', () => {
  it.each(WIDER)('refuses %s with nothing sent, and the result says why', async (_case, seed) => {
    const e = servers.sto.addExemption({ ...seed })
    const { sim } = servers
    const run = await runAction({ apiKey: sim.apiKey, orgId: sim.orgId, projectId: sim.projectId, baseUrl: sim.baseUrl, exemptionId: e.id })
    expect(run.code).toBe(1)
    expect(JSON.parse(run.outputs.result!)).toMatchObject({ outcome: 'failed', exemption: { cause: 'wrong-scope' } })
    expect(run.stdout).toContain('the action always decides in one project')
    expect(servers.sto.decisions()).toEqual([])
    expect(run.outputs.decision ?? '').toBe('')
  })

  it('names the project decided in', async () => {
    const e = servers.sto.addExemption({})
    const { sim } = servers
    const run = await runAction({ apiKey: sim.apiKey, orgId: sim.orgId, projectId: sim.projectId, baseUrl: sim.baseUrl, exemptionId: e.id })
    expect(run.code).toBe(0)
    expect(JSON.parse(run.outputs.result!)).toMatchObject({ orgId: 'default', projectId: 'proj', exemption: { decidedIn: 'org default, project proj' } })
  })
})
