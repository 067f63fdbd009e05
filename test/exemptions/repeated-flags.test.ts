// One argument rule for every verb, through the built command line: a single-valued flag given twice is a
// usage error with nothing sent (`--project-id payments --project-id other` used to decide the other
// project's exemption), as `approve` already did; aliases count as the flag they stand for.
import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { CLI, runCli } from '../support/run-cli.js'
import { useStoSimulator } from '../support/servers.js'

const ACCOUNT = 'acctSTOrepeat000000001'
const servers = useStoSimulator(ACCOUNT)
const env = () => ({ HARNESS_API_KEY: servers.sim.apiKey, HARNESS_URL: servers.sim.baseUrl })

describe.skipIf(!existsSync(CLI))('exemptions verbs with a repeated flag', () => {
  it.each([
    [['approve', '{ID}', '--org-id', 'default', '--project-id', 'proj', '--project-id', 'other'], 'project-id'],
    [['reject', '{ID}', '--org', 'default', '--org-id', 'other', '--project-id', 'proj'], 'org-id'],
    // --comment is another spelling of --comments, so the two together are one flag given twice.
    [['approve', '{ID}', '--comment', 'a', '--comments', 'b'], 'comments'],
    [['reject', '{ID}', '--comment', 'a', '--comment', 'b'], 'comments'],
    [['get', '{ID}', '--base-url', 'http://127.0.0.1:1/gateway', '--base-url', '{BASE}'], 'base-url'],
    [['list', '--status', 'pending', '--status', 'approved'], 'status'],
    [['update', '{ID}', '--reason', 'a', '--reason', 'b'], 'reason'],
    [['create', '--issue-id', 'issue0000000000000001x', '--type', 'Other', '--type', 'False Positive', '--reason', 'r'], 'type'],
  ])('%j is refused naming --%s, nothing sent', async (args, flag) => {
    const e = servers.sto.addExemption({})
    const filled = args.map((a) => a.replace('{ID}', e.id).replace('{BASE}', servers.sim.baseUrl))
    for (const json of [false, true]) {
      const run = await runCli(['exemptions', ...filled, ...(json ? ['--json'] : [])], { env: env() })
      expect(run.code, run.stderr).toBe(2)
      expect(run.stderr).toContain(`--${flag} is given more than once; it takes one value.`)
      if (json) expect(JSON.parse(run.stdout)).toMatchObject({ outcome: 'invalid-settings' })
    }
    expect(servers.sim.requests).toEqual([])
  })

  it('switches and the help may still be repeated', async () => {
    const e = servers.sto.addExemption({ status: 'Rejected' })
    const run = await runCli(['exemptions', 'approve', e.id, '--reapprove-rejected', '--reapprove-rejected', '--json', '--json'], { env: env() })
    expect(run.code, run.stderr).toBe(0)
  })
})
