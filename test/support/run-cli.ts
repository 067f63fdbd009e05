// Runs the built dist/cli.js as a user would, in a clean environment (nothing from the machine running
// the tests, such as a proxy, HARNESS_* or GITHUB_*, leaks in).
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { ROOT } from './run-action.js'

export const CLI = join(ROOT, 'dist', 'cli.js')

export interface CliRun {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
}

export interface CliRunOptions {
  env?: Record<string, string>
  /** Called once the child is running; may send it a signal. */
  whileRunning?: (child: ReturnType<typeof spawn>) => Promise<void>
  timeoutMs?: number
}

export function runCli(args: string[], options: CliRunOptions = {}): Promise<CliRun> {
  const env = { PATH: process.env.PATH ?? '', ...options.env }
  const child = spawn(process.execPath, [CLI, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
  const done = new Promise<CliRun>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`the CLI did not finish in time\nstdout: ${stdout}\nstderr: ${stderr}`))
    }, options.timeoutMs ?? 15_000)
    child.on('error', reject)
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      resolve({ code, signal, stdout, stderr })
    })
  })
  return options.whileRunning ? options.whileRunning(child).then(() => done) : done
}
