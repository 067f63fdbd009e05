// The command line as a Harness Plugin step runs it: no arguments, settings as PLUGIN_*. PLUGIN_EXEMPTION_ID
// with PLUGIN_ACTION decides that exemption (it was ignored, and an execution approved instead when
// PLUGIN_EXECUTION_ID was set too); beside an execution id it is refused, as the action refuses both.
import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { CLI, runCli } from '../support/run-cli.js'
import { useStoSimulator } from '../support/servers.js'

const ACCOUNT = 'acctSTOplugin000000001'
const servers = useStoSimulator(ACCOUNT)

const plugin = (extra: Record<string, string>) => {
  const { sim } = servers
  return { PLUGIN_API_KEY: sim.apiKey, PLUGIN_BASE_URL: sim.baseUrl, PLUGIN_ORG_ID: 'default', PLUGIN_PROJECT_ID: 'proj', ...extra }
}

describe.skipIf(!existsSync(CLI))('a plugin step deciding an exemption', () => {
  it('approves PLUGIN_EXEMPTION_ID with PLUGIN_ACTION, the comment and approver from PLUGIN_*', async () => {
    const e = servers.sto.addExemption({})
    const approver = 'approverPlugin00000001'
    const run = await runCli([], { env: plugin({ PLUGIN_ACTION: 'approve', PLUGIN_EXEMPTION_ID: e.id, PLUGIN_COMMENTS: 'ok by security', PLUGIN_APPROVER_ID: approver }) })
    expect(run.code, run.stderr).toBe(0)
    expect(servers.sto.exemption(e.id)).toMatchObject({ status: 'Approved', approverId: approver, comment: 'ok by security' })
    expect(run.stdout).toContain(`Exemption ${e.id} approved in org default, project proj.`)
  })

  it('rejects, and re-approves a rejected one only with PLUGIN_REAPPROVE_REJECTED', async () => {
    const e = servers.sto.addExemption({})
    expect((await runCli([], { env: plugin({ PLUGIN_ACTION: 'reject', PLUGIN_EXEMPTION_ID: e.id }) })).code).toBe(0)
    expect(servers.sto.exemption(e.id)!.status).toBe('Rejected')
    expect((await runCli([], { env: plugin({ PLUGIN_ACTION: 'approve', PLUGIN_EXEMPTION_ID: e.id }) })).code).toBe(1)
    expect(servers.sto.exemption(e.id)!.status).toBe('Rejected')
    const again = await runCli([], { env: plugin({ PLUGIN_ACTION: 'approve', PLUGIN_EXEMPTION_ID: e.id, PLUGIN_REAPPROVE_REJECTED: 'true' }) })
    expect(again.code, again.stderr).toBe(0)
    expect(servers.sto.exemption(e.id)!.status).toBe('Approved')
  })

  it.each([
    ['PLUGIN_EXECUTION_ID', 'execPlugin000000000001', 'mutually exclusive'],
    ['PLUGIN_CALLBACK_ID', 'stage1', 'it applies to pipeline approvals only'],
    ['PLUGIN_REAPPROVE_REJECTED', 'maybe', 'true (approve an exemption that was rejected'],
  ])('refuses PLUGIN_EXEMPTION_ID with %s=%s before sending anything', async (name, value, expected) => {
    const e = servers.sto.addExemption({})
    servers.sim.addInstance({ executionId: 'execPlugin000000000001' })
    const run = await runCli([], { env: plugin({ PLUGIN_ACTION: 'approve', PLUGIN_EXEMPTION_ID: e.id, [name]: value }) })
    expect(run.code, run.stderr).toBe(2)
    expect(run.stderr).toContain(`invalid ${name} '${value}'`)
    expect(run.stderr).toContain(expected)
    expect(servers.sim.requests).toEqual([])
    expect(servers.sto.exemption(e.id)!.status).toBe('Pending')
  })

  it('a malformed PLUGIN_EXEMPTION_ID is named', async () => {
    const run = await runCli([], { env: plugin({ PLUGIN_ACTION: 'approve', PLUGIN_EXEMPTION_ID: 'short' }) })
    expect(run.code).toBe(2)
    expect(run.stderr).toContain("invalid PLUGIN_EXEMPTION_ID 'short'")
    expect(servers.sim.requests).toEqual([])
  })
})
