// Runs the action's run() inside the test process, capturing what it writes to stdout as the runner would
// read it. Much faster than spawning dist/ (for property tests with hundreds of runs); the built bundle has
// its own tests in action.test.ts.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { vi } from 'vitest'
import { run } from '../../src/action/main.js'
import { inputEnv, parseOutputFile } from './run-action.js'

// core.summary remembers the summary file after its first use, so one file serves the whole test file.
const dir = mkdtempSync(join(tmpdir(), 'hag-inproc-'))
const summaryFile = join(dir, 'summary')
const outputFile = join(dir, 'output')

export interface InProcessRun {
  stdout: string
  outputs: Record<string, string>
  summary: string
  failed: boolean
}

export async function runInProcess(inputs: Record<string, string>, env: Record<string, string> = {}): Promise<InProcessRun> {
  writeFileSync(summaryFile, '')
  writeFileSync(outputFile, '')
  const saved = { ...process.env }
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_') || key.startsWith('GITHUB_')) delete process.env[key]
  Object.assign(process.env, inputEnv(inputs), { GITHUB_OUTPUT: outputFile, GITHUB_STEP_SUMMARY: summaryFile }, env)
  const chunks: string[] = []
  const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'))
    return true
  })
  try {
    await run()
  } finally {
    write.mockRestore()
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key]
    Object.assign(process.env, saved)
  }
  const failed = process.exitCode === 1
  process.exitCode = undefined
  return { stdout: chunks.join(''), outputs: parseOutputFile(readFileSync(outputFile, 'utf8')), summary: readFileSync(summaryFile, 'utf8'), failed }
}
