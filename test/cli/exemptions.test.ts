// `exemptions …` from the built CLI against the simulator: list across pages with a client-side status
// filter, get, create, approve and reject end to end, renewal and re-approval, ids that start with '-', and
// bad options (a service account key without --approver-id among them) refused before anything is sent.
import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { STO_PERMISSION_APPROVE, STO_PERMISSION_VIEW } from '../../sim/sto-simulator.js'
import { normaliseAliases } from '../../src/cli/options.js'
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

  it.each([
    ['refused', { status: 'Canceled' }],
    ['in another project', { status: 'Pending', orgId: 'default', projectId: 'elsewhere' }],
  ])('an exemption %s whose id STO answers with a forged command prints no line a runner would obey', async (_case, fields) => {
    const e = servers.sto.addExemption({})
    const forged = `${e.id}\n::warning::forged\r##[error]forged\u2028::notice::x`
    servers.sim.fault({ on: 'GET', kind: 'respond', times: 10, pathIncludes: e.id, body: { ...servers.sto.exemption(e.id), ...fields, id: forged } })
    for (const json of [false, true]) {
      const run = await runCli(['exemptions', 'approve', e.id, ...(json ? ['--json'] : [])], { env: env() })
      expect(run.code).toBe(1)
      const lines = `${run.stdout}\n${run.stderr}`.split(/\r\n|\r|\n|\u2028|\u2029/)
      expect(lines.filter((line) => line.trimStart().startsWith('::') || line.includes('##['))).toEqual([])
      // The text did arrive, neutralised, so the check above looked at something real.
      expect(run.stdout + run.stderr).toContain('forged')
    }
    expect(servers.sto.decisions()).toHaveLength(0)
  })

  it('creates an exemption with the exact type spelling', async () => {
    const run = await runCli(['exemptions', 'create', '--issue-id', 'issue0000000000000001x', '--type', 'false-positive', '--reason', 'Scanner misreads the lockfile', '--duration-days', '30', '--json'], { env: env() })
    expect(run.code).toBe(0)
    const created = servers.sto.exemptions()[0]!
    expect(created).toMatchObject({ issueId: 'issue0000000000000001x', type: 'False Positive', status: 'Pending' })
  })

  it('an account id read from the key that STO would refuse is told as read from the key, never showing the key', async () => {
    const key = 'pat.acct123.tokenShortAcct.secretShortAcctTail'
    const run = await runCli(['exemptions', 'get', 'exempt000000000000001x'], { env: { ...env(), HARNESS_API_KEY: key } })
    expect(run.code).toBe(2)
    expect(run.stderr).toContain(
      "error: invalid account id 'acct123', read from the API key in HARNESS_API_KEY (--account-id is not set): expected exactly 22 characters: letters, digits, '-' and '_' (^[a-zA-Z0-9_-]{22}$).",
    )
    expect(run.stderr + run.stdout).not.toContain('secretShortAcctTail')
    // Where the key came from is named as it was given; --json carries the same sentence.
    const plugin = await runCli(['exemptions', 'get', 'exempt000000000000001x', '--json'], { env: { ...env(), HARNESS_API_KEY: '', PLUGIN_API_KEY: key } })
    expect(plugin.code).toBe(2)
    expect(JSON.parse(plugin.stdout).problems).toEqual([expect.stringContaining("invalid account id 'acct123', read from the API key in PLUGIN_API_KEY (--account-id is not set)")])
    expect(plugin.stdout).not.toContain('secretShortAcctTail')
    // Given explicitly, it is told as given.
    const given = await runCli(['exemptions', 'get', 'exempt000000000000001x', '--account-id', 'acct123'], { env: { ...env(), HARNESS_API_KEY: key } })
    expect(given.stderr).toContain("error: invalid account id 'acct123' (from --account-id): expected exactly 22 characters")
    expect(servers.sim.requests).toHaveLength(0)
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

  it('approve renews an expired exemption with one PUT', async () => {
    const e = servers.sto.addExemption({ status: 'Expired' })
    const run = await runCli(['exemptions', 'approve', e.id], { env: env() })
    expect(run.code).toBe(0)
    expect(run.stdout).toContain(`Exemption ${e.id} approved in org default, project proj.`)
    expect(run.stdout).toContain(`Note: Exemption ${e.id} had expired; approving it renewed it until`)
    expect(servers.sto.decisions()).toHaveLength(1)
    expect(servers.sto.exemption(e.id)!.status).toBe('Approved')
  })

  it('approve of a rejected exemption: refused without --reapprove-rejected (nothing sent), approved with it', async () => {
    const e = servers.sto.addExemption({ status: 'Rejected' })
    const refused = await runCli(['exemptions', 'approve', e.id], { env: env() })
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain('Exemption already rejected')
    // A switch is added, not set: '--reapprove-rejected true' would be a usage error.
    expect(refused.stderr).toContain('If it should be approved after all, add --reapprove-rejected, or approve it in Harness')
    expect(refused.stderr).not.toContain('to true')
    expect(servers.sto.decisions()).toHaveLength(0)
    const again = await runCli(['exemptions', 'approve', e.id, '--reapprove-rejected', '--json'], { env: env() })
    expect(again.code).toBe(0)
    expect(JSON.parse(again.stdout)).toMatchObject({ outcome: 'decided', exemptionStatus: 'Approved', puts: 1 })
    expect(servers.sto.decisions()).toHaveLength(1)
    const locked = servers.sto.addExemption({ status: 'Rejected', canReApprove: false })
    const forbidden = await runCli(['exemptions', 'approve', locked.id, '--reapprove-rejected'], { env: env() })
    expect(forbidden.code).toBe(1)
    expect(forbidden.stderr).toContain('canReApprove is false')
    expect(servers.sto.decisions()).toHaveLength(1)
  })

  it('get reads in the org and project given, so a key whose STO role is in that project may read', async () => {
    const key = servers.sim.addKey({ permissions: [STO_PERMISSION_VIEW, STO_PERMISSION_APPROVE], projects: ['default/proj'] })
    const e = servers.sto.addExemption({})
    const run = await runCli(['exemptions', 'get', e.id, '--json'], { env: { ...env(), HARNESS_API_KEY: key.key } })
    expect(run.code).toBe(0)
    expect(JSON.parse(run.stdout)).toMatchObject({ id: e.id, status: 'Pending' })
    expect(servers.sto.requests().map((r) => r.query)).toEqual([{ accountId: ACCOUNT, orgId: 'default', projectId: 'proj' }])
  })

  it('a service account key without --approver-id is refused before any request, naming the flag, never the key', async () => {
    const bot = servers.sim.addKey({ serviceAccount: { identifier: 'scanner' }, permissions: [STO_PERMISSION_VIEW, STO_PERMISSION_APPROVE] })
    const e = servers.sto.addExemption({})
    const run = await runCli(['exemptions', 'approve', e.id], { env: { ...env(), HARNESS_API_KEY: bot.key } })
    expect(run.code).toBe(2)
    expect(run.stderr).toContain("error: missing approver id: set --approver-id; expected the user's Harness id, because HARNESS_API_KEY is a service account key (sat.…)")
    expect(run.stderr).toContain('exactly 22 characters')
    expect(run.stdout + run.stderr).not.toContain(bot.key)
    expect(servers.sim.requests).toHaveLength(0)
    const given = await runCli(['exemptions', 'approve', e.id, '--approver-id', 'approver00000000000001'], { env: { ...env(), HARNESS_API_KEY: bot.key } })
    expect(given.code).toBe(0)
    expect(servers.sto.decisions()[0]!.body).toEqual({ approverId: 'approver00000000000001' })
  })

  it('an id that starts with - or -- is the positional id, before or after flags, and after --', async () => {
    const ids = ['-AbCdEfGhIjKlMnOpQrStU', '-zyxwvutsrqponmlkjih_-', '-0123456789abcdefghijk', '--123456789abcdefghijk']
    for (const id of ids) servers.sto.addExemption({ id })
    expect((await runCli(['exemptions', 'approve', ids[0]!, '--comment', 'ok'], { env: env() })).code).toBe(0)
    expect((await runCli(['exemptions', 'reject', '--comment', 'no', ids[1]!], { env: env() })).code).toBe(0)
    expect((await runCli(['exemptions', 'approve', '--', ids[2]!], { env: env() })).code).toBe(0)
    expect((await runCli(['exemptions', 'approve', ids[3]!, '--json'], { env: env() })).code).toBe(0)
    expect(ids.map((id) => servers.sto.exemption(id)!.status)).toEqual(['Approved', 'Rejected', 'Approved', 'Approved'])
    expect(servers.sto.exemption(ids[0]!)!.comment).toBe('ok')
    const got = await runCli(['exemptions', 'get', ids[1]!, '--json'], { env: env() })
    expect(JSON.parse(got.stdout)).toMatchObject({ id: ids[1], status: 'Rejected', comment: 'no' })
  })
})

describe('normaliseAliases', () => {
  const takesValue = (flag: string) => (['comments', 'org-id'].includes(flag) ? 'string' : flag === 'json' ? 'boolean' : undefined)

  it('moves the positionals behind -- when one is an id starting with -, keeping their order', () => {
    expect(normaliseAliases(['-AbCdEfGhIjKlMnOpQrStU', '--json', '--org', 'x'], takesValue)).toEqual(['--json', '--org-id', 'x', '--', '-AbCdEfGhIjKlMnOpQrStU'])
    expect(normaliseAliases(['a', '--json', '-AbCdEfGhIjKlMnOpQrStU', '--', '-b'], takesValue)).toEqual(['--json', '--', 'a', '-AbCdEfGhIjKlMnOpQrStU', '-b'])
  })

  it("leaves a flag's value where it is, whatever it looks like, and everything as given without such an id", () => {
    expect(normaliseAliases(['--comments', '-AbCdEfGhIjKlMnOpQrStU', 'id'], takesValue)).toEqual(['--comments', '-AbCdEfGhIjKlMnOpQrStU', 'id'])
    // --comment is --comments, its value kept as given.
    expect(normaliseAliases(['--comment', '-AbCdEfGhIjKlMnOpQrStU', 'id'], takesValue)).toEqual(['--comments', '-AbCdEfGhIjKlMnOpQrStU', 'id'])
    expect(normaliseAliases(['id', '-h', '--', '--json'], takesValue)).toEqual(['id', '-h', '--', '--json'])
    // Not the id form (21 characters): left for parseArgs to judge.
    expect(normaliseAliases(['-AbCdEfGhIjKlMnOpQrSt'], takesValue)).toEqual(['-AbCdEfGhIjKlMnOpQrSt'])
  })

  it('takes an id that starts with two dashes for the id unless it is a known flag', () => {
    expect(normaliseAliases(['--bCdEfGhIjKlMnOpQrStU', '--json'], takesValue)).toEqual(['--json', '--', '--bCdEfGhIjKlMnOpQrStU'])
    expect(normaliseAliases(['--bCdEfGhIjKlMnOpQrStU=x'], takesValue)).toEqual(['--bCdEfGhIjKlMnOpQrStU=x'])
  })
})

describe.skipIf(!existsSync(CLI))('exemptions: messages and fixes in the command line\'s terms', () => {
  /** An input name of the action, where the command line should name a flag or a variable instead. */
  const ACTION_TERMS = /\b(apiKey|accountId|orgId|projectId|baseUrl|approverId|requesterId|pipelineId|targetId|issueId|durationDays|reapproveRejected|exemptionId)\b/

  /** The `error:` and `Fix:` lines of a run, which must carry no input name of the action. */
  function ownWords(stderr: string): string {
    const lines = stderr.split('\n').filter((l) => l.startsWith('error: ') || l.startsWith('Fix: '))
    expect(lines.length, stderr).toBeGreaterThan(0)
    for (const line of lines) expect(line).not.toMatch(ACTION_TERMS)
    return lines.join('\n')
  }

  it('a key STO refuses: update HARNESS_API_KEY, check --account-id', async () => {
    const e = servers.sto.addExemption({})
    const run = await runCli(['exemptions', 'approve', e.id], { env: { ...env(), HARNESS_API_KEY: `pat.${ACCOUNT}.nosuchtoken.nosuchsecret` } })
    expect(run.code).toBe(1)
    expect(ownWords(run.stderr)).toContain('Fix: Create a new token in Harness for this account and update the secret given as HARNESS_API_KEY; check --account-id.')
    expect(servers.sto.decisions()).toEqual([])
  })

  it('an exemption not in this scope: check --account-id, --org-id and --project-id', async () => {
    const run = await runCli(['exemptions', 'approve', 'nosuchexemption0000001'], { env: env() })
    expect(run.code).toBe(1)
    expect(ownWords(run.stderr)).toContain('Fix: Check the exemption id (Security Tests > Exemptions in Harness) and --account-id, --org-id and --project-id.')
  })

  it.each([
    ['a path under a Java service (400 with its 404 inside)', '/ng'],
    ['a path no service owns (the gateway\'s 404)', '/nope'],
  ])('a base URL that does not lead to STO, %s: says so and names --base-url', async (_, suffix) => {
    const run = await runCli(['exemptions', 'list', '--base-url', `${servers.sim.baseUrl}${suffix}`], { env: env() })
    expect(run.code).toBe(1)
    const words = ownWords(run.stderr)
    expect(words).toMatch(/^error: STO API not found at this base URL: The server has no such path when asked to list exemptions: the base URL does not lead to the Harness API\./)
    expect(words).toMatch(/\nFix: Check --base-url: Harness SaaS is https:\/\/app\.harness\.io\/gateway/)
    expect(words).not.toContain('Exemption not found')
  })

  it('a service account key: missing approver id (set --approver-id), missing requester id (set --requester-id)', async () => {
    const bot = servers.sim.addKey({ serviceAccount: { identifier: 'scanner' }, permissions: [STO_PERMISSION_VIEW, STO_PERMISSION_APPROVE] })
    const e = servers.sto.addExemption({})
    const approve = await runCli(['exemptions', 'approve', e.id], { env: { ...env(), HARNESS_API_KEY: bot.key } })
    expect(approve.code).toBe(2)
    expect(ownWords(approve.stderr)).toMatch(/^error: missing approver id: set --approver-id; expected the user's Harness id, because HARNESS_API_KEY is a service account key/)
    const create = await runCli(['exemptions', 'create', '--issue-id', 'issue00000000000000001', '--type', 'Other', '--reason', 'r', '--duration-days', '7'], { env: { ...env(), HARNESS_API_KEY: bot.key } })
    expect(create.code).toBe(2)
    expect(ownWords(create.stderr)).toMatch(/^error: missing requester id: set --requester-id; expected/)
    expect(servers.sim.requests).toHaveLength(0)
  })

  it('scope rules name the flags, and each fault is told once', async () => {
    const { HARNESS_ORG_ID: _, ...noOrg } = env()
    const run = await runCli(['exemptions', 'create', '--issue-id', 'issue00000000000000001', '--type', 'Other', '--reason', 'r', '--pipeline-id', 'deploy'], { env: noOrg })
    expect(run.code).toBe(2)
    const words = ownWords(run.stderr)
    expect(words).toContain("error: invalid --pipeline-id 'deploy': expected --org-id and --project-id with it (a pipeline lives in a project).")
    expect(words).toContain("error: invalid project id 'proj' (from HARNESS_PROJECT_ID): expected to come with --org-id (a project lives in an organization).")
    const lines = words.split('\n')
    expect(new Set(lines).size).toBe(lines.length)
    const target = await runCli(['exemptions', 'create', '--issue-id', 'issue00000000000000001', '--type', 'Other', '--reason', 'r', '--target-id', 'target0000000000000001'], { env: env() })
    expect(ownWords(target.stderr)).toContain('expected no --project-id with it')
    const update = await runCli(['exemptions', 'update', 'exempt0000000000000001'], { env: env() })
    expect(update.code).toBe(2)
    expect(ownWords(update.stderr)).toBe('error: missing changes: expected at least one change: --type, --reason, --duration-days, --expiration, --link, --pipeline-id, --target-id or --requester-id.')
    expect(servers.sim.requests).toHaveLength(0)
  })
})
