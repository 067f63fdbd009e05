// Runs the built dist/index.js as the GitHub runner does: inputs as INPUT_<NAME> variables, outputs and
// the job summary written to files, workflow commands on stdout.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = fileURLToPath(new URL('../..', import.meta.url))
export const ACTION = join(ROOT, 'dist', 'index.js')

export interface ActionRun {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
}

/** The runner's file format: `name<<DELIMITER`, the value's lines, `DELIMITER`. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i]!)
    if (!match) continue
    const [, name, delimiter] = match
    const value: string[] = []
    while (++i < lines.length && lines[i] !== delimiter) value.push(lines[i]!)
    outputs[name!] = value.join('\n')
  }
  return outputs
}

export function inputEnv(inputs: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.replace(/ /g, '_').toUpperCase()}`, value]))
}

export interface StartOptions {
  env?: Record<string, string>
  /** Called once the process is running, e.g. to signal it. */
  onStart?: (child: ChildProcess) => void
  node?: string
  /** Another copy of the action's entry point than dist/index.js (one extracted from an archive). */
  script?: string
}

export async function runAction(inputs: Record<string, string>, options: StartOptions = {}): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'hag-action-'))
  const outputFile = join(dir, 'output')
  const summaryFile = join(dir, 'summary')
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  // Only what a runner would give: no inherited INPUT_ or GITHUB_ variables from the test process.
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('INPUT_') && !k.startsWith('GITHUB_') && !/_proxy$/i.test(k)))
  const child = spawn(options.node ?? process.execPath, [options.script ?? ACTION], {
    env: { ...base, ...inputEnv(inputs), GITHUB_OUTPUT: outputFile, GITHUB_STEP_SUMMARY: summaryFile, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()))
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()))
  options.onStart?.(child)
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('close', (c, s) => resolve([c, s])))
  try {
    return { code, signal, stdout, stderr, outputs: parseOutputFile(readFileSync(outputFile, 'utf8')), summary: readFileSync(summaryFile, 'utf8') }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Workflow commands the runner would act on: lines starting (after spaces) with `::`, or holding `##[`. */
export function workflowCommands(stdout: string): string[] {
  // The runner reads stdout line by line, and a lone CR ends a line for it too.
  return stdout.split(/\r\n|\r|\n/).filter((line) => line.trimStart().startsWith('::') || line.includes('##['))
}
