// Text from STO on the paths the command line prints it, through the built CLI: an id answered to `create`,
// the key's user id from `currentUser`, an exemption's current fields during `update`. None may print a line
// a runner would obey, in the table or in --json, and a server's value is never reported as the user's flag:
// those failures come after requests were sent, so they exit 1, not 2 ("nothing was sent").
import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { workflowCommands } from '../support/run-action.js'
import { CLI, runCli, type CliRun } from '../support/run-cli.js'
import { useStoSimulator } from '../support/servers.js'

const ACCOUNT = 'acctSTOforge0000000001'
const servers = useStoSimulator(ACCOUNT)
const FORGED = 'x\n::error title=Forged::boom\r##[error]forged\u2028::notice::y'

const env = () => ({ HARNESS_API_KEY: servers.sim.apiKey, HARNESS_URL: servers.sim.baseUrl, HARNESS_ORG_ID: 'default', HARNESS_PROJECT_ID: 'proj' })

function expectNoCommands(run: CliRun): void {
  const all = `${run.stdout}\n${run.stderr}`
  expect(workflowCommands(all.replace(/\u2028|\u2029/g, '\n'))).toEqual([])
  // The text did arrive, neutralised, so the check above looked at something real.
  expect(all).toContain('Forged')
}

const create = ['exemptions', 'create', '--issue-id', 'issue0000000000000001x', '--type', 'Other', '--reason', 'r', '--duration-days', '7']

describe.skipIf(!existsSync(CLI))('STO text on the command line', () => {
  it.each([false, true])('an id answered to create, json %s, is reported cleaned as a failure that may have created it', async (json) => {
    servers.sim.fault({ on: 'POST', kind: 'respond', pathIncludes: '/exemptions', body: { id: FORGED } })
    const run = await runCli([...create, ...(json ? ['--json'] : [])], { env: env() })
    expect(run.code, run.stderr).toBe(1)
    expectNoCommands(run)
    expect(`${run.stdout}${run.stderr}`).toMatch(/may have been created/)
  })

  it.each([false, true])("the key's user id from currentUser, json %s, is cleaned and not blamed on a flag", async (json) => {
    servers.sim.fault({ on: 'GET', kind: 'respond', pathIncludes: 'currentUser', body: { data: { uuid: FORGED, email: 'a@b.c' } } })
    const run = await runCli([...create, ...(json ? ['--json'] : [])], { env: env() })
    expect(run.code, run.stderr).toBe(1)
    expectNoCommands(run)
    expect(`${run.stdout}${run.stderr}`).toContain('--requester-id')
    expect(servers.sto.exemptions()).toEqual([])
  })

  it.each([false, true])("update with an exemption's current fields forged, json %s: cleaned, blamed on STO, exit 1, nothing written", async (json) => {
    const e = servers.sto.addExemption({})
    servers.sim.fault({ on: 'GET', kind: 'respond', pathIncludes: e.id, body: { ...servers.sto.exemption(e.id), type: FORGED, requesterId: FORGED } })
    const run = await runCli(['exemptions', 'update', e.id, '--reason', 'new reason', ...(json ? ['--json'] : [])], { env: env() })
    expect(run.code, run.stderr).toBe(1)
    expectNoCommands(run)
    const out = `${run.stdout}${run.stderr}`
    expect(out).not.toMatch(/Invalid --type|invalid --type|Invalid --requester-id/)
    expect(out).toMatch(/STO's current type/)
    expect(out).toContain('--type')
    expect(out).not.toContain('nothing was sent')
    expect(servers.sto.requests().filter((r) => r.method === 'PUT')).toEqual([])
  })

  it('update whose own flags do not fit the exemption as it is names the flag, exit 1 after the read', async () => {
    const e = servers.sto.addExemption({})
    const run = await runCli(['exemptions', 'update', e.id, '--target-id', 'target0000000000000001'], { env: env() })
    expect(run.code, run.stderr).toBe(1)
    expect(run.stderr).toContain('--target-id')
    expect(run.stderr).not.toContain('nothing was sent')
    expect(servers.sto.requests().filter((r) => r.method === 'PUT')).toEqual([])
  })
})
