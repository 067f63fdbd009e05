// What `git archive` holds is what GitHub downloads for `uses: OWNER/harness-approval-gate@v1`: .gitattributes
// leaves out what only development needs. The archive must still hold everything a documented use needs,
// and the action must run from it as extracted, against the simulator.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { startHarnessSimulator, type HarnessSimulator } from '../sim/harness-simulator.js'
import { DOCS_PAGES } from './support/docs.js'
import { ROOT, runAction } from './support/run-action.js'
import { actionInputs } from './support/servers.js'

/** The archive of HEAD as a tar file, with the attributes of the working tree (so a change to them counts). */
const archive = (): Buffer => execFileSync('git', ['archive', '--worktree-attributes', '--format=tar', 'HEAD'], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 })

/** The files the archive holds. */
const archived = (): string[] =>
  execFileSync('tar', ['-t'], { input: archive(), encoding: 'utf8' })
    .split('\n')
    .filter((path) => path !== '' && !path.endsWith('/'))

describe('the archive GitHub downloads', () => {
  const files = archived()

  it('holds what the action, the reusable workflow and the documentation need', () => {
    const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { runs: { main: string } }
    const needed = ['action.yml', action.runs.main, 'dist/package.json', 'dist/licenses.txt', '.github/workflows/harness-approval.yml', 'LICENSE', 'README.md', 'package.json', ...DOCS_PAGES]
    for (const path of needed) expect(files, path).toContain(path)
    // Every example the documentation points to.
    const tracked = execFileSync('git', ['ls-files', 'examples'], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter(Boolean)
    for (const path of tracked) expect(files, path).toContain(path)
  })

  it('leaves out tests, benchmarks, the simulator, scripts, CI and the lockfile', () => {
    for (const prefix of ['test/', 'bench/', 'sim/', 'scripts/', '.ci/', '.github/workflows/ci.yml', '.github/workflows/release.yml', 'package-lock.json']) {
      expect(files.filter((path) => path.startsWith(prefix)), prefix).toEqual([])
    }
  })
})

describe('the action, run from the archive as extracted', () => {
  let sim: HarnessSimulator
  const dir = mkdtempSync(join(tmpdir(), 'hag-archive-'))
  beforeAll(async () => {
    sim = await startHarnessSimulator()
    execFileSync('tar', ['-x', '-C', dir], { input: archive() })
  })
  afterAll(async () => {
    await sim.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('approves', async () => {
    sim.addInstance({ executionId: 'exec1' })
    const main = (parse(readFileSync(join(dir, 'action.yml'), 'utf8')) as { runs: { main: string } }).runs.main
    const run = await runAction(actionInputs(sim), { script: join(dir, main) })
    expect(run.code, run.stdout).toBe(0)
    expect(run.outputs).toMatchObject({ decision: 'APPROVE', approvalStatus: 'APPROVED' })
  })
})
