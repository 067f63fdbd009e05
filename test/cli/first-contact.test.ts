// What a new user meets first, through the built dist/cli.js: an unreachable or mistyped base URL fails
// in seconds with default settings, messages speak in flags and variables, mistyped flags get the nearest
// one, help fits the terminal, --verbose shows each request, and exemption errors are told once.
import { existsSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startHarnessSimulator, type HarnessSimulator } from '../../sim/harness-simulator.js'
import { CLI, runCli } from '../support/run-cli.js'
import { useStoSimulator } from '../support/servers.js'
import { closedPort } from '../support/ports.js'

const EXEC = 'execFirstAAAAAAAAAAAAA1'
const KEY = 'pat.acct123.tokenFirst.secretFirstContact'

const approve = (baseUrl: string, ...more: string[]) => ['approve', '--execution-id', EXEC, '--org-id', 'default', '--project-id', 'proj', '--base-url', baseUrl, ...more]

describe.skipIf(!existsSync(CLI))('an unreachable Harness, with default settings', () => {
  it('a refused connection: a few quick tries, one line while trying, then the URL and what to check', async () => {
    const port = await closedPort()
    const run = await runCli(approve(`http://127.0.0.1:${port}/gateway`), { env: { HARNESS_API_KEY: KEY }, timeoutMs: 14_000 })
    expect(run.code).toBe(1)
    // The first request is the scope check's read of the execution.
    const url = `http://127.0.0.1:${port}/gateway/pipeline/api/pipelines/execution/v2/${EXEC}`
    expect(run.stderr).toContain(`GET ${url}: could not connect, the connection was refused (ECONNREFUSED); trying again for up to 10s.`)
    expect(run.stderr).toMatch(new RegExp(`error: Could not reach Harness: GET ${url.replace(/[.?]/g, '\\$&')}: could not connect, the connection was refused \\(ECONNREFUSED\\); 5 tries in \\d+(\\.\\d)?s\\.\\nFix: Check --base-url \\(a mistyped host name\\?\\), proxies \\(HTTPS_PROXY, NO_PROXY\\) and whether the runner's network reaches that host\\.`))
    // The query (which names the filters) never shows, and no line repeats.
    expect(run.stderr).not.toContain('accountIdentifier=')
    const lines = run.stderr.split('\n').filter(Boolean)
    expect(new Set(lines).size).toBe(lines.length)
  })

  it('a host name that does not resolve fails at once, after one try', async () => {
    const run = await runCli(approve('https://app.harness.invalid/gateway'), { env: { HARNESS_API_KEY: KEY } })
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('the host name does not resolve (ENOTFOUND).')
    expect(run.stderr).not.toContain('trying again')
    expect(run.stderr).toContain('Fix: Check --base-url (a mistyped host name?)')
  })

  it('--json gives the failure its own cause, unreachable, not a server error\'s', async () => {
    const run = await runCli(approve('https://app.harness.invalid/gateway', '--json'), { env: { HARNESS_API_KEY: KEY } })
    expect(run.code).toBe(1)
    expect(JSON.parse(run.stdout)).toMatchObject({ outcome: 'failed', executions: [{ executionId: EXEC, outcome: 'failed', posts: 0, cause: 'unreachable', title: 'Could not reach Harness' }] })
  })
})

describe.skipIf(!existsSync(CLI))('messages in the command line\'s own terms', () => {
  let sim: HarnessSimulator
  beforeEach(async () => {
    sim = await startHarnessSimulator()
  })
  afterEach(async () => {
    await sim.close()
  })

  it('says when an invalid account id was read from the key, showing that part of the key alone', async () => {
    const account = `acct${'x'.repeat(130)}`
    const run = await runCli(approve(sim.baseUrl), { env: { HARNESS_API_KEY: `pat.${account}.tokenLong.secretLongAccountTail` } })
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/error: invalid account id 'acctx+… \(134 characters\)', read from the API key in HARNESS_API_KEY \(--account-id is not set\): expected a Harness account id: letters, digits, - and _ \(at most 128\)\./)
    expect(run.stderr + run.stdout).not.toContain('secretLongAccountTail')
    expect(sim.requests).toHaveLength(0)
  })

  it('names flags and variables for a missing or invalid setting, and nothing is sent', async () => {
    const bare = await runCli(['approve'])
    expect(bare.code).toBe(2)
    expect(bare.stderr).toContain('error: missing API key: set HARNESS_API_KEY (or PLUGIN_API_KEY, --api-key); expected a Harness API key')
    expect(bare.stderr).toContain('error: missing org id: set --org-id (or PLUGIN_ORG_ID, HARNESS_ORG_ID, HARNESS_DEFAULT_ORG); expected')
    expect(bare.stderr).not.toMatch(/Invalid input|Invalid \w+ /)
    const fromEnv = await runCli(['approve', '--execution-id', EXEC, '--project-id', 'proj'], { env: { HARNESS_API_KEY: KEY, HARNESS_ORG_ID: 'my-org' } })
    expect(fromEnv.stderr).toContain("error: invalid org id 'my-org' (from HARNESS_ORG_ID): expected a Harness organization identifier")
    for (const line of [...bare.stderr.split('\n'), ...fromEnv.stderr.split('\n')].filter((l) => l.startsWith('error: '))) expect(line).toMatch(/[.?]$/)
    expect(sim.requests).toHaveLength(0)
  })

  it('phrases the fix of a Harness cause with flags', async () => {
    sim.addExecution({ executionId: EXEC })
    const run = await runCli(approve(sim.baseUrl, '--wait-for-approval', '0'), { env: { HARNESS_API_KEY: sim.apiKey } })
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/\nFix: Check that the pipeline is paused at the Harness Approval step and that --callback-id matches the step; set --wait-for-approval if the step starts after this job\./)
    expect(run.stderr).not.toMatch(/waitForApproval|callbackId/)
  })

  it('no error or fix line names an input of the action, whatever Harness answers', async () => {
    const inputNames = /\b(apiKey|accountId|orgId|projectId|baseUrl|callbackId|executionId|waitForApproval|statusUrl|statusField|approverInputs|pollInterval|onTimeout|waitForPipeline|waitForPipelineUntil|maxRequestsPerMinute|requestTimeout|exemptionId|dryRun)\b/
    sim.addInstance({ executionId: 'execNotAnApprover', approvers: ['someone-else'] })
    sim.addInstance({ executionId: 'execWithInputs', approverInputs: [{ name: 'ticket', regex: 'CHG-[0-9]+', required: true }] })
    sim.addExecution({ executionId: 'execFailed', status: 'Failed' })
    sim.addInstance({ executionId: 'execWaiting' })
    const expired = sim.addKey({ expired: true })
    const cases: [string[], Record<string, string>?][] = [
      [approve(sim.baseUrl, '--wait-for-approval', '0').map((a) => (a === EXEC ? 'execNotAnApprover' : a))],
      [approve(sim.baseUrl, '--wait-for-approval', '0', '--approver-input', 'colour=red').map((a) => (a === EXEC ? 'execWithInputs' : a))],
      [approve(sim.baseUrl, '--wait-for-approval', '0', '--approver-input', 'ticket=x').map((a) => (a === EXEC ? 'execWithInputs' : a))],
      [approve(sim.baseUrl, '--wait-for-approval', '0').map((a) => (a === EXEC ? 'execFailed' : a))],
      [approve(sim.baseUrl, '--wait-for-approval', '0').map((a) => (a === EXEC ? 'execNowhere' : a))],
      [approve(sim.baseUrl, '--wait-for-approval', '0').map((a) => (a === EXEC ? 'execWaiting' : a)), { HARNESS_API_KEY: expired.key }],
      [approve(sim.baseUrl, '--wait-for-approval', '0').map((a) => (a === EXEC ? 'execWaiting' : a === 'proj' ? 'other' : a))],
      [approve(`${sim.baseUrl}/ng`, '--wait-for-approval', '0').map((a) => (a === EXEC ? 'execWaiting' : a))],
    ]
    for (const [args, env] of cases) {
      const run = await runCli(args, { env: { HARNESS_API_KEY: sim.apiKey, ...env } })
      expect(run.code, run.stderr).toBe(1)
      const lines = run.stderr.split('\n').filter((l) => l.startsWith('error: ') || l.startsWith('Fix: '))
      expect(lines.length, run.stderr).toBeGreaterThanOrEqual(2)
      // <+pipeline.executionId> is Harness's own expression, not an input name.
      for (const line of lines) expect(line.replace(/<\+pipeline\.executionId>/g, '')).not.toMatch(inputNames)
    }
    // Only the key Harness refuses as an approver got as far as a POST (its refusal is the answer to it).
    expect(sim.posts().length).toBe(sim.posts('execNotAnApprover').length)
  })

  it('suggests the nearest flag or command, and the duration meant', async () => {
    const typo = await runCli(['approve', '--executon-id', EXEC])
    expect(typo.code).toBe(2)
    expect(typo.stderr).toContain("error: Unknown option '--executon-id'. Did you mean --execution-id?")
    const words = await runCli(['approve', '--execution-id', EXEC, '--timeout', '5', 'minutes'])
    expect(words.stderr).toContain("error: Unexpected argument 'minutes': a duration is one word. Did you mean --timeout 5m?")
    const quoted = await runCli(['approve', '--execution-id', EXEC, '--org-id', 'o', '--project-id', 'p', '--status-url', 'https://ci.example.com/x', '--timeout', '5 minutes'], { env: { HARNESS_API_KEY: KEY } })
    expect(quoted.stderr).toMatch(/error: invalid timeout '5 minutes' \(from --timeout\): expected .* \(write '5m'\)\./)
    const command = await runCli(['aprove'])
    expect(command.stderr).toContain("error: Unknown command 'aprove'; expected approve, reject, exemptions. Did you mean 'approve'?")
  })

  it('takes a long flag typed with one dash for what it is, and points to --help once', async () => {
    // parseArgs reads -execution-id as the short flags -e -x …, and would report '-e'.
    const oneDash = await runCli(['approve', '-execution-id', EXEC])
    expect(oneDash.code).toBe(2)
    expect(oneDash.stderr).toContain("error: Unknown option '-execution-id'. Did you mean --execution-id?")
    const verbose = await runCli(['approve', '--execution-id', EXEC, '-verbose'])
    expect(verbose.stderr).toContain("error: Unknown option '-verbose'. Did you mean --verbose?")
    const exemption = await runCli(['exemptions', 'list', '-status', 'Pending'])
    expect(exemption.stderr).toContain("error: Unknown option '-status'. Did you mean --status?")
    // Nothing near: the usual pointer to --help, said once.
    const unknown = await runCli(['approve', '--execution-id', EXEC, '--frobnicate'])
    expect(unknown.stderr).toBe("error: Unknown option '--frobnicate'.\nRun 'harness-approval-gate approve --help' for usage.\n")
  })

  it('accepts --org and --project silently for --org-id and --project-id', async () => {
    sim.addInstance({ executionId: EXEC })
    const run = await runCli(['approve', '--execution-id', EXEC, '--org', 'default', '--project=proj', '--base-url', sim.baseUrl], { env: { HARNESS_API_KEY: sim.apiKey } })
    expect(run.code, run.stderr).toBe(0)
    expect(sim.posts(EXEC)).toHaveLength(1)
  })

  it('--verbose shows each request: method, URL without query values, status and time, never a header value', async () => {
    sim.addInstance({ executionId: EXEC })
    const run = await runCli(approve(sim.baseUrl, '--verbose'), { env: { HARNESS_API_KEY: sim.apiKey } })
    expect(run.code, run.stderr).toBe(0)
    const path = `/gateway/pipeline/api/v1/orgs/default/projects/proj/approvals/execution/${EXEC}`
    const instanceId = sim.instances(EXEC)[0]!.id
    expect(run.stderr).toMatch(new RegExp(`debug: GET http://127\\.0\\.0\\.1:\\d+${path}\\?approval_type=… -> 200 in \\d+ ms`))
    expect(run.stderr).toMatch(new RegExp(`debug: POST http://127\\.0\\.0\\.1:\\d+/gateway/pipeline/api/approvals/${instanceId}/harness/activity\\?accountIdentifier=… -> 200 in \\d+ ms`))
    expect(run.stderr).not.toContain('approval_type=HarnessApproval')
    expect(run.stderr).not.toContain('accountIdentifier=acct123')
    expect(run.stderr).not.toContain(sim.apiKey)
  })
})

describe.skipIf(!existsSync(CLI))('help', () => {
  /** The command names a help listing offers (its "Commands:" block), without `help` itself. */
  const commandsIn = (listing: string) =>
    [...listing.slice(listing.indexOf('Commands:')).split('\n\n')[0]!.matchAll(/^ {2}([a-z][\w-]*)(?= )/gm)].map((m) => m[1]!).filter((name) => name !== 'help')

  /** Every help text there is: the top level, each command and, for a group, each of its verbs, by --help, -h and `help`. */
  async function everyHelp(env: Record<string, string>): Promise<{ args: string[]; text: string }[]> {
    const helps: { args: string[]; text: string }[] = []
    const show = async (args: string[]) => {
      const run = await runCli(args, { env })
      expect(run.code, `${args.join(' ')}: ${run.stderr}`).toBe(0)
      helps.push({ args, text: run.stdout })
      return run.stdout
    }
    const top = await show(['--help'])
    await show(['help'])
    // Called bare, the listing goes to stderr as a usage error: it must fit too.
    const bare = await runCli([], { env })
    helps.push({ args: ['(bare)'], text: bare.stderr })
    const commands = commandsIn(top)
    expect(commands).toEqual(expect.arrayContaining(['approve', 'reject', 'exemptions']))
    for (const command of commands) {
      const text = await show([command, '--help'])
      await show([command, '-h'])
      await show(['help', command])
      if (!text.includes('Commands:')) continue
      const verbs = commandsIn(text)
      expect(verbs.length, command).toBeGreaterThan(0)
      for (const verb of verbs) {
        await show([command, verb, '--help'])
        await show([command, 'help', verb])
      }
    }
    return helps
  }

  it.each([
    ['COLUMNS=60', { COLUMNS: '60' }, 60],
    ['COLUMNS=70', { COLUMNS: '70' }, 70],
    ['no width known (a pipe, COLUMNS unset)', {}, 100],
  ])('wraps every line of every help at the width: %s', async (_, env: Record<string, string>, width) => {
    const helps = await everyHelp(env)
    // 3 top-level texts, 3 per command, 2 per exemptions verb.
    expect(helps.length).toBeGreaterThanOrEqual(3 + 3 * 3 + 2 * 6)
    for (const { args, text } of helps) {
      expect(text.trim(), args.join(' ')).not.toBe('')
      const long = text.split('\n').filter((l) => l.length > width)
      expect(long, `${args.join(' ')} at ${width} columns`).toEqual([])
    }
    // Not trivially short: the wide help really uses the width it has.
    const widest = Math.max(...helps.flatMap(({ text }) => text.split('\n').map((l) => l.length)))
    expect(widest).toBeGreaterThan(width - 15)
  }, 60_000)

  it('documents one spelling of org and project, and lists exit code 3', async () => {
    const verb = await runCli(['exemptions', 'approve', '--help'])
    expect(verb.stdout).toContain('--org-id ID')
    expect(verb.stdout).not.toMatch(/--org ID|--project ID/)
    const top = await runCli(['--help'])
    expect(top.stdout).toMatch(/\n  3 +Rejected because the status gate reported failure/)
  })
})

describe.skipIf(!existsSync(CLI))('exemption errors', () => {
  const servers = useStoSimulator('acctSTO000000000000001')

  it('are told once, on stderr', async () => {
    const { sim } = servers
    const env = { HARNESS_API_KEY: sim.apiKey, HARNESS_URL: sim.baseUrl, HARNESS_ORG_ID: sim.orgId, HARNESS_PROJECT_ID: sim.projectId }
    const run = await runCli(['exemptions', 'get', 'nosuchexemption0000001'], { env })
    expect(run.code).toBe(1)
    expect(run.stdout).toBe('')
    const firstLine = run.stderr.split('\n').find((l) => l.startsWith('error: '))!
    expect(firstLine).toBeDefined()
    expect(run.stderr.split(firstLine.slice('error: '.length)).length).toBe(2)
    expect(run.stderr).toMatch(/\nFix: /)
  })
})
