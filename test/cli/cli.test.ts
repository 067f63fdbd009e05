// The command line as users run it: the built dist/cli.js in a child process, against the Harness
// simulator on 127.0.0.1. Flags, environment, output, exit codes, signals and a rate-limited batch.
import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startHarnessSimulator, type HarnessSimulator } from '../../sim/harness-simulator.js'
import { startStatusServer } from '../../sim/status-server.js'
import { envNames, INPUT_OPTIONS } from '../../src/cli/options.js'
import { DEFAULT_FAILURE_VALUES, DEFAULT_SUCCESS_VALUES } from '../../src/gate/settings.js'
import { CLI, runCli as runBuiltCli, type CliRun, type CliRunOptions } from '../support/run-cli.js'

const ROOT = fileURLToPath(new URL("../..", import.meta.url))
const EXEC = 'execCliAAAAAAAAAAAAAAA1'

let sim: HarnessSimulator
/** Every line the CLI printed in this test, to check that the key never shows. */
let printed: string[]

async function runCli(args: string[], options: CliRunOptions = {}): Promise<CliRun> {
  const run = await runBuiltCli(args, options)
  printed.push(run.stdout, run.stderr)
  return run
}

/** The flags that point the CLI at the simulator. */
function target(): string[] {
  return ['--base-url', sim.baseUrl, '--org-id', 'default', '--project-id', 'proj']
}

function keyEnv(): Record<string, string> {
  return { HARNESS_API_KEY: sim.apiKey }
}

async function until(condition: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time')
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run build` before these tests')
})

beforeEach(async () => {
  printed = []
  sim = await startHarnessSimulator({ accountId: 'acct123', orgId: 'default', projectId: 'proj' })
})

afterEach(async () => {
  // Whatever a test did, the key was never printed.
  for (const text of printed) expect(text).not.toContain(sim.apiKey)
  await sim.close()
})

describe('flags', () => {
  it('approves with flags only, and prints a one-line verdict on stdout', async () => {
    sim.addInstance({ executionId: EXEC, callbackId: 'gate-1', approverInputs: [{ name: 'ticket', defaultValue: 'CHG-0' }, { name: 'env', defaultValue: 'prod' }] })
    const run = await runCli([
      'approve', '--api-key', sim.apiKey, ...target(), '--execution-id', EXEC, '--callback-id', 'gate-1',
      '--approver-input', 'ticket=CHG-42', '--comments', 'Smoke tests passed',
    ])
    expect(run.code, run.stderr).toBe(0)
    expect(run.stdout.trim().split('\n')).toHaveLength(1)
    expect(run.stdout).toMatch(/^Decided: APPROVE on execution execCli\w+ .*APPROVED\.\n$/)
    const posts = sim.posts(EXEC)
    expect(posts).toHaveLength(1)
    const body = posts[0]!.body as { action: string; comments: string; approverInputs: { name: string; value: string }[] }
    expect(body.action).toBe('APPROVE')
    expect(body.comments).toContain('Smoke tests passed')
    expect(body.approverInputs).toEqual(expect.arrayContaining([{ name: 'ticket', value: 'CHG-42' }, { name: 'env', value: 'prod' }]))
    expect(sim.gets(EXEC)[0]!.query.callback_id).toBe('gate-1')
    expect(posts[0]!.path).toContain(`/approvals/${sim.instances(EXEC)[0]!.id}/harness/activity`)
    // Where the key came from is said, the key is not.
    expect(run.stderr).toContain('API key from --api-key')
  })

  it('decides several executions given by a repeated --execution-id', async () => {
    const ids = ['execMultiAAAAAAAAAAAAA1', 'execMultiAAAAAAAAAAAAA2', 'execMultiAAAAAAAAAAAAA3']
    for (const executionId of ids) sim.addInstance({ executionId })
    const run = await runCli(['reject', ...target(), ...ids.flatMap((id) => ['--execution-id', id])], { env: keyEnv() })
    expect(run.code, run.stderr).toBe(0)
    for (const id of ids) expect(sim.posts(id).map((p) => (p.body as { action: string }).action)).toEqual(['REJECT'])
  })

  it('takes the status gate flags: polls with the header, then rejects on failure, never printing the header', async () => {
    const status = await startStatusServer()
    try {
      status.script([{ json: { build: { result: 'running' } } }, { json: { build: { result: 'FAILED' } } }])
      sim.addInstance({ executionId: EXEC })
      const run = await runCli(
        [
          'approve', ...target(), '--execution-id', EXEC, '--status-url', `${status.url}job/7`, '--status-field', 'build.result',
          '--status-header', 'Authorization: Bearer s3cret-status-token', '--status-header', 'X-Trace: t1',
          '--poll-interval', '100ms', '--max-poll-interval', '200ms', '--timeout', '10s', '--verbose',
        ],
        { env: keyEnv() },
      )
      expect(run.code, run.stderr).toBe(3)
      expect(status.requests.length).toBeGreaterThanOrEqual(2)
      expect(status.requests[0]!.headers.authorization).toBe('Bearer s3cret-status-token')
      expect(status.requests[0]!.headers['x-trace']).toBe('t1')
      expect((sim.posts(EXEC)[0]!.body as { action: string }).action).toBe('REJECT')
      expect(run.stdout + run.stderr).not.toContain('s3cret-status-token')
    } finally {
      await status.close()
    }
  })

  it('reads --ca-cert from a file, and a missing file is bad usage with nothing sent', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hag-cli-'))
    const notPem = join(dir, 'ca.pem')
    writeFileSync(notPem, 'not a certificate\n')
    const missing = await runCli(['approve', ...target(), '--execution-id', EXEC, '--ca-cert', join(dir, 'nope.pem')], { env: keyEnv() })
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('Cannot read the CA certificate file')
    const invalid = await runCli(['approve', ...target(), '--execution-id', EXEC, '--ca-cert', notPem], { env: keyEnv() })
    expect(invalid.code).toBe(2)
    expect(invalid.stderr).toContain("error: invalid CA certificate 'not a certificate' (from --ca-cert): expected one or more PEM certificates")
    expect(sim.stats.requests).toBe(0)
  })

  it('never echoes a private key given as --ca-cert by mistake, not even its first characters', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hag-cli-'))
    const keyFile = join(dir, 'client-key.pem')
    const body = 'MIICdgIBADANBgkqhkiG9w0BAQEFAASCAmAwggJcAgEAAoGBAKSuovI3b2ThbATX'
    writeFileSync(keyFile, `-----BEGIN PRIVATE KEY-----\n${body}\n-----END PRIVATE KEY-----\n`)
    const run = await runCli(['approve', ...target(), '--execution-id', EXEC, '--ca-cert', keyFile], { env: keyEnv() })
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('error: invalid CA certificate (redacted) (from --ca-cert): expected one or more PEM certificates (-----BEGIN CERTIFICATE----- …), not a private key.')
    expect(run.stdout + run.stderr).not.toContain(body.slice(0, 12))
    expect(sim.stats.requests).toBe(0)
  })
})

describe('environment', () => {
  it('reads HARNESS_* variables', async () => {
    sim.addInstance({ executionId: EXEC })
    const run = await runCli(['reject', '--execution-id', EXEC], {
      env: { HARNESS_API_KEY: sim.apiKey, HARNESS_ORG_ID: 'default', HARNESS_PROJECT_ID: 'proj', HARNESS_API_URL: sim.baseUrl },
    })
    expect(run.code, run.stderr).toBe(0)
    expect((sim.posts(EXEC)[0]!.body as { action: string }).action).toBe('REJECT')
  })

  it('reads HARNESS_DEFAULT_ORG / HARNESS_DEFAULT_PROJECT / HARNESS_URL and HARNESS_ACCOUNT_ID', async () => {
    sim.addInstance({ executionId: EXEC })
    const run = await runCli(['approve', '--execution-id', EXEC], {
      env: {
        HARNESS_API_KEY: sim.apiKey, HARNESS_ACCOUNT_ID: 'acct123', HARNESS_DEFAULT_ORG: 'default', HARNESS_DEFAULT_PROJECT: 'proj',
        HARNESS_URL: sim.baseUrl,
      },
    })
    expect(run.code, run.stderr).toBe(0)
    expect(sim.posts(EXEC)).toHaveLength(1)
  })

  it('runs as a plugin step from PLUGIN_* settings alone, the action included', async () => {
    sim.addInstance({ executionId: EXEC, approverInputs: [{ name: 'ticket' }] })
    const run = await runCli([], {
      env: {
        PLUGIN_ACTION: 'approve', PLUGIN_EXECUTION_ID: EXEC, PLUGIN_API_KEY: sim.apiKey, PLUGIN_ORG_ID: 'default',
        PLUGIN_PROJECT_ID: 'proj', PLUGIN_BASE_URL: sim.baseUrl, PLUGIN_APPROVER_INPUTS: '{"ticket":"CHG-7"}',
        PLUGIN_WAIT_FOR_APPROVAL: '0', PLUGIN_COMMENTS: '',
      },
    })
    expect(run.code, run.stderr).toBe(0)
    const body = sim.posts(EXEC)[0]!.body as { action: string; approverInputs: unknown }
    expect(body.action).toBe('APPROVE')
    expect(body.approverInputs).toEqual([{ name: 'ticket', value: 'CHG-7' }])
  })

  it('lets flags win over the environment, and PLUGIN_* over HARNESS_*', async () => {
    sim.addInstance({ executionId: EXEC })
    const run = await runCli(['approve', '--execution-id', EXEC, '--project-id', 'proj', '--base-url', sim.baseUrl], {
      env: {
        HARNESS_API_KEY: sim.apiKey,
        PLUGIN_EXECUTION_ID: 'execWrongAAAAAAAAAAAAA9',
        HARNESS_PROJECT_ID: 'wrong_project',
        PLUGIN_ORG_ID: 'default',
        HARNESS_ORG_ID: 'wrong_org',
        HARNESS_API_URL: 'https://harness.invalid/gateway',
      },
    })
    expect(run.code, run.stderr).toBe(0)
    expect(sim.posts(EXEC)).toHaveLength(1)
    expect(sim.gets().every((r) => r.path.includes('/orgs/default/projects/proj/') && !r.path.includes('execWrong'))).toBe(true)
    expect(sim.posts().every((r) => r.path === `/gateway/pipeline/api/approvals/${sim.instances(EXEC)[0]!.id}/harness/activity`)).toBe(true)
    // The scope check reads the execution in the same org and project.
    expect(sim.executionReads(EXEC).map((r) => [r.query.orgIdentifier, r.query.projectIdentifier])).toEqual([['default', 'proj']])
    expect(sim.requests).toHaveLength(3)
  })

  it('uses a Jenkins BUILD_URL as the default comments', async () => {
    sim.addInstance({ executionId: EXEC })
    const run = await runCli(['approve', ...target(), '--execution-id', EXEC], { env: { ...keyEnv(), BUILD_URL: 'https://jenkins.example.com/job/deploy/42/' } })
    expect(run.code, run.stderr).toBe(0)
    expect((sim.posts(EXEC)[0]!.body as { comments: string }).comments).toContain('https://jenkins.example.com/job/deploy/42/')
  })
})

describe('--json', () => {
  it('prints exactly one parseable result object on stdout when decided', async () => {
    const instance = sim.addInstance({ executionId: EXEC })
    const run = await runCli(['approve', ...target(), '--execution-id', EXEC, '--json', '--verbose'], { env: keyEnv() })
    expect(run.code, run.stderr).toBe(0)
    const lines = run.stdout.trim().split('\n')
    expect(lines).toHaveLength(1)
    const result = JSON.parse(lines[0]!)
    expect(result).toMatchObject({ outcome: 'decided', decision: 'APPROVE', approvalStatus: 'APPROVED', approvalInstanceId: instance.id })
    expect(result.executions).toHaveLength(1)
    // Progress still goes to stderr.
    expect(run.stderr).toContain('Deciding: APPROVE')
  })

  it('prints one object for a failure and for bad usage too', async () => {
    sim.addExecution({ executionId: EXEC })
    const failed = await runCli(['approve', ...target(), '--execution-id', EXEC, '--wait-for-approval', '0', '--json'], { env: keyEnv() })
    expect(failed.code).toBe(1)
    expect(JSON.parse(failed.stdout)).toMatchObject({ outcome: 'failed', executions: [{ executionId: EXEC, cause: 'nothing-waiting' }] })

    const invalid = await runCli(['approve', ...target(), '--execution-id', 'a/b', '--json'], { env: keyEnv() })
    expect(invalid.code).toBe(2)
    expect(JSON.parse(invalid.stdout)).toMatchObject({ outcome: 'invalid-settings', problems: [expect.stringContaining("invalid execution id 'a/b' (from --execution-id)")] })

    const unknown = await runCli(['approve', '--json', '--nope'], { env: keyEnv() })
    expect(unknown.code).toBe(2)
    expect(JSON.parse(unknown.stdout)).toMatchObject({ outcome: 'invalid-settings', problems: [expect.stringContaining('--nope')] })
  })
})

describe('exit codes', () => {
  it('is 1 when nothing is waiting', async () => {
    sim.addExecution({ executionId: EXEC })
    const run = await runCli(['approve', ...target(), '--execution-id', EXEC, '--wait-for-approval', '0'], { env: keyEnv() })
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/^Failed: 1 of 1 execution\(s\) could not be decided \(1 nothing-waiting\)\.\n$/)
    expect(run.stderr).toContain('error: No approval step is waiting')
  })

  it('is 2 for bad usage and invalid settings, with zero requests sent', async () => {
    sim.addInstance({ executionId: EXEC })
    const cases: [string[], RegExp][] = [
      [['approve', ...target(), '--execution-id', EXEC, '--executionId', EXEC], /Unknown option '--executionId'\. Did you mean --execution-id\?/],
      [['approve', ...target(), '--execution-id', EXEC, '--org-id', 'other'], /--org-id is given more than once/],
      [['approve', ...target(), '--execution-id', EXEC, 'extra'], /Unexpected argument 'extra'/],
      [['approve', ...target()], /error: missing execution id: set --execution-id \(or PLUGIN_EXECUTION_ID\); expected /],
      [['approve', ...target(), '--execution-id', EXEC, '--concurrency', '0'], /error: invalid concurrency '0' \(from --concurrency\): expected /],
      [['approve', ...target(), '--execution-id', EXEC, '--timeout', '5m'], /error: invalid timeout '5m' \(from --timeout\): expected no value unless --status-url is set/],
      [['approve', ...target(), '--execution-id', EXEC, '--org-id'], /argument missing/],
      [['deploy', '--execution-id', EXEC], /Unknown command 'deploy'/],
      [['--execution-id', EXEC], /Missing command/],
      [[], /Usage: harness-approval-gate <command>/],
    ]
    for (const [args, message] of cases) {
      const run = await runCli(args, { env: keyEnv() })
      expect(run.code, args.join(' ')).toBe(2)
      expect(run.stderr).toMatch(message)
    }
    const noKey = await runCli(['approve', ...target(), '--execution-id', EXEC])
    expect(noKey.code).toBe(2)
    expect(noKey.stderr).toContain('error: missing API key: set HARNESS_API_KEY (or PLUGIN_API_KEY, --api-key); expected a Harness API key')
    expect(noKey.stderr).not.toMatch(/Invalid input|Invalid apiKey/)
    expect(sim.stats.requests).toBe(0)
  })

  it('is 130 on SIGINT while waiting for the approval step, with nothing posted', async () => {
    sim.addExecution({ executionId: EXEC })
    const run = await runCli(['approve', ...target(), '--execution-id', EXEC, '--wait-for-approval', '60s'], {
      env: keyEnv(),
      whileRunning: async (child) => {
        await until(() => sim.gets(EXEC).length > 0)
        child.kill('SIGINT')
      },
    })
    expect(run.code).toBe(130)
    expect(run.stdout).toMatch(/^Cancelled: /)
    expect(sim.posts()).toHaveLength(0)
  })

  it('is 130 on SIGTERM too, and --json still prints the result', async () => {
    sim.addExecution({ executionId: EXEC })
    const run = await runCli(['approve', ...target(), '--execution-id', EXEC, '--wait-for-approval', '60s', '--json'], {
      env: keyEnv(),
      whileRunning: async (child) => {
        await until(() => sim.gets(EXEC).length > 0)
        child.kill('SIGTERM')
      },
    })
    expect(run.code).toBe(130)
    expect(JSON.parse(run.stdout)).toMatchObject({ outcome: 'cancelled' })
    expect(sim.posts()).toHaveLength(0)
  })
})

describe('secrets', () => {
  it('never prints the key, wherever it was put', async () => {
    // Pasted as an argument, given by flag with invalid settings, echoed with --verbose.
    const pasted = await runCli(['approve', sim.apiKey], { env: keyEnv() })
    expect(pasted.code).toBe(2)
    expect(pasted.stderr).toContain('Unexpected argument')
    const invalid = await runCli(['approve', '--api-key', `${sim.apiKey} x`, '--org-id', 'bad org', '--verbose', '--json'])
    expect(invalid.code).toBe(2)
    expect(invalid.stderr).toContain('error: invalid API key (redacted) (from --api-key): expected')
    const wrongAccount = await runCli(['approve', ...target(), '--execution-id', EXEC, '--account-id', 'other', '--json'], { env: keyEnv() })
    expect(wrongAccount.code).toBe(2)
    expect(sim.stats.requests).toBe(0)
    // The afterEach check covers every line printed above.
  })
})

describe('help and version', () => {
  it('explains every option of the table, with its environment variables and examples', async () => {
    const run = await runCli(['approve', '--help'])
    expect(run.code).toBe(0)
    for (const option of INPUT_OPTIONS) {
      expect(run.stdout).toContain(`--${option.flag} `)
      for (const name of envNames(option)) expect(run.stdout).toContain(name)
    }
    expect(run.stdout).toContain('Examples:')
    expect(run.stdout).toContain('Exit codes:')
    const general = await runCli(['--help'])
    expect(general.code).toBe(0)
    expect(general.stdout).toMatch(/approve\s+Approve/)
    expect((await runCli(['help', 'reject'])).stdout).toContain('Usage: harness-approval-gate reject')
  })

  it('shows the default status values, so a user knows what to add to rather than replace', async () => {
    const run = await runCli(['approve', '--help'], { env: { COLUMNS: '400' } })
    const line = (flag: string) => run.stdout.split('\n').find((l) => l.trimStart().startsWith(`--${flag} `)) ?? ''
    expect(line('success-values')).toContain(`Default: ${DEFAULT_SUCCESS_VALUES.join(', ')}.`)
    expect(line('failure-values')).toContain(`Default: ${DEFAULT_FAILURE_VALUES.join(', ')}.`)
  })

  it('prints the package version', async () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }
    expect((await runCli(['--version'])).stdout).toBe(`${pkg.version}\n`)
    expect((await runCli(['approve', '-V'])).stdout).toBe(`${pkg.version}\n`)
  })

  it('prints the package version from a lone copy of dist/cli.js, with no package.json anywhere near it', async () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }
    const dir = mkdtempSync(join(tmpdir(), 'hag-cli-alone-'))
    try {
      const lone = join(dir, 'cli.js')
      copyFileSync(CLI, lone)
      const child = spawnSync(process.execPath, [lone, '--version'], { cwd: dir, env: { PATH: process.env.PATH ?? '' }, encoding: 'utf8' })
      expect(child.status, child.stderr).toBe(0)
      expect(child.stdout).toBe(`${pkg.version}\n`)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('has a flag for every action input but the action itself (the command) and the exemption ones (the exemptions verbs)', () => {
    const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown> }
    const inputs = Object.keys(action.inputs).filter((name) => !['action', 'exemptionId', 'approverId', 'reapproveRejected'].includes(name)).sort()
    expect(INPUT_OPTIONS.map((o) => o.input).sort()).toEqual(inputs)
    expect(new Set(INPUT_OPTIONS.map((o) => o.flag)).size).toBe(INPUT_OPTIONS.length)
  })
})

describe('batch', () => {
  it('decides 300 executions exactly once each under a server rate limit, with zero 429s', async () => {
    const ids = Array.from({ length: 300 }, (_, i) => `execBatch${String(i).padStart(14, '0')}`)
    for (const executionId of ids) sim.addInstance({ executionId })
    // The scope check, the approvals read and the POST each: 900 requests. The server allows 920 a minute,
    // the client caps itself at 910.
    sim.setRateLimit({ perMinute: 920 })
    const started = Date.now()
    const run = await runCli(['approve', ...target(), '--json', '--concurrency', '16', '--max-requests-per-minute', '910'], {
      env: { ...keyEnv(), PLUGIN_EXECUTION_ID: ids.join(',') },
      timeoutMs: 20_000,
    })
    expect(run.code, run.stderr.slice(-2000)).toBe(0)
    expect(sim.stats.rateLimited).toBe(0)
    for (const id of ids) expect(sim.posts(id), id).toHaveLength(1)
    expect(sim.stats.decisionsApplied).toBe(300)
    const result = JSON.parse(run.stdout) as { outcome: string; executions: { outcome: string }[] }
    expect(result.outcome).toBe('decided')
    expect(result.executions.filter((e) => e.outcome === 'decided')).toHaveLength(300)
    expect(Date.now() - started).toBeLessThan(10_000)
  }, 30_000)
})
