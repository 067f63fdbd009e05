// `npm run sim` and `node sim/status-server.js` run on their own: started as a person would, read from what
// they print, used with the printed command, and stopped by pid.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { afterEach, describe, expect, it } from 'vitest'
import { ROOT } from './support/run-action.js'
import { send } from './support/simulator-http.js'

const children: ChildProcessWithoutNullStreams[] = []

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
})

function startScript(script: string, args: string[]) {
  const child = spawn(process.execPath, [join(ROOT, script), ...args], { cwd: ROOT, env: { PATH: process.env.PATH ?? '' } })
  children.push(child)
  let stderr = ''
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  /** Lines of stdout up to and including the first one that `last` matches. */
  const readUntil = (last: RegExp) =>
    new Promise<string[]>((resolve, reject) => {
      const lines: string[] = []
      const reader = createInterface({ input: child.stdout })
      reader.on('line', (line) => {
        lines.push(line)
        if (last.test(line)) {
          reader.close()
          resolve(lines)
        }
      })
      child.once('exit', () => reject(new Error(`${script} exited early: ${stderr}`)))
    })
  return { child, exited, readUntil }
}

/** Runs one printed command line as a shell would, from the repository root, with only PATH and the key set. */
function runPrinted(command: string, apiKey: string) {
  return new Promise<{ code: number | null; output: string }>((resolve, reject) => {
    const child = spawn('sh', ['-c', command], { cwd: ROOT, env: { PATH: process.env.PATH ?? '', HARNESS_API_KEY: apiKey } })
    let output = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, output }))
  })
}

describe('npm run sim', () => {
  it('is sim/start.js', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
    expect(pkg.scripts.sim).toBe('node sim/start.js')
  })

  it('prints a key and three commands that work against it, and stops on SIGTERM', async () => {
    const { child, exited, readUntil } = startScript('sim/start.js', ['--port', '0'])
    const lines = await readUntil(/^Stop with Ctrl-C\.$/)
    const text = lines.join('\n')

    const apiKey = /export HARNESS_API_KEY=(\S+)/.exec(text)?.[1] ?? ''
    const account = /^Account (\S+), org default, project payments/m.exec(text)?.[1] ?? ''
    expect(account).toMatch(/^[a-zA-Z0-9_-]{22}$/)
    expect(apiKey.startsWith(`pat.${account}.`)).toBe(true)
    const waiting = lines.filter((l) => /^ {2}[A-Za-z0-9]{22} {2}/.test(l))
    expect(waiting.length).toBeGreaterThanOrEqual(3)
    expect(text).toMatch(/approver inputs: ticket/)
    expect(text).toMatch(/needs two approvers/)
    expect(text).toMatch(/STO exemptions waiting \(Pending\): [A-Za-z0-9_-]{22}, /)
    const commands = lines.filter((l) => l.startsWith('  node dist/cli.js ')).map((l) => l.trim())
    expect(commands).toHaveLength(3)
    expect(commands[0]).toMatch(/--status-url http:\/\/127\.0\.0\.1:\d+\/jobs\/\S+ --status-field status/)

    // The command with an approver input approves that execution, with the step's default for the other input.
    const withInputs = commands.find((c) => c.includes('--approver-input'))!
    const run = await runPrinted(withInputs, apiKey)
    expect(run.code, run.output).toBe(0)
    expect(run.output).not.toContain(apiKey)
    const baseUrl = /--base-url (\S+)/.exec(withInputs)![1]!
    const executionId = /--execution-id (\S+)/.exec(withInputs)![1]!
    const read = await send(`${baseUrl}/pipeline/api/v1/orgs/default/projects/payments/approvals/execution/${executionId}`, {
      headers: { 'x-api-key': apiKey, 'Harness-Account': account },
    })
    expect(read.json[0]).toMatchObject({ status: 'APPROVED' })
    expect(read.json[0].details.approvalActivities[0].approverInputs).toEqual(
      expect.arrayContaining([{ name: 'ticket', value: 'CHG-1234' }, { name: 'environment', value: 'production' }]),
    )

    child.kill('SIGTERM')
    expect(await exited).toBe(0)
  })

  it('refuses a bad port or mode, naming it', async () => {
    for (const args of [['--port', 'eighty'], ['--mode', 'latest']]) {
      const { exited, child } = startScript('sim/start.js', args)
      let stderr = ''
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
      expect(await exited).toBe(2)
      expect(stderr).toMatch(args[0] === '--port' ? /Invalid port 'eighty'/ : /Invalid --mode 'latest': expected older or newest/)
    }
  })
})

describe('node sim/status-server.js', () => {
  it('prints its URL; each job reports running for --polls polls, then success; stops on SIGTERM', async () => {
    const { child, exited, readUntil } = startScript('sim/status-server.js', ['--port', '0', '--polls', '2'])
    const [line] = await readUntil(/^\{/)
    const info = JSON.parse(line!) as { url: string; jobUrl: string; pollsBeforeSuccess: number }
    expect(info.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/)
    expect(info.pollsBeforeSuccess).toBe(2)
    const poll = async (url: string) => (await send(url, {})).json.status
    expect([await poll(info.jobUrl), await poll(info.jobUrl), await poll(info.jobUrl), await poll(info.jobUrl)]).toEqual(['running', 'running', 'success', 'success'])
    // Another job counts its own polls.
    expect(await poll(`${info.url}jobs/other`)).toBe('running')
    child.kill('SIGTERM')
    expect(await exited).toBe(0)
  })
})

describe('the simulators started on their own', () => {
  const scripts = [
    ['sim/start.js', /^Usage: node sim\/start\.js \[--port N\] \[--status-port N\] \[--mode older\|newest\]$/m],
    ['sim/status-server.js', /^Usage: node sim\/status-server\.js \[--port N\] \[--polls N\]$/m],
    ['sim/harness-simulator.js', /^Usage: node sim\/harness-simulator\.js \[--port N\]$/m],
  ] as const

  it.each(scripts)('%s --help prints its usage and starts nothing', async (script, usage) => {
    const { child, exited } = startScript(script, ['--help'])
    let stdout = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    expect(await exited).toBe(0)
    expect(stdout).toMatch(usage)
    expect(stdout).not.toContain('http://')
  })

  it.each(scripts)('%s refuses an unknown option or one without its value, with the usage', async (script, usage) => {
    for (const [args, message] of [
      [['--prot', '8080'], "Unknown argument '--prot'."],
      [['--port'], '--port needs a value.'],
    ] as const) {
      const { child, exited } = startScript(script, [...args])
      let stderr = ''
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
      expect(await exited).toBe(2)
      expect(stderr).toContain(message)
      expect(stderr).toMatch(usage)
    }
  })
})
