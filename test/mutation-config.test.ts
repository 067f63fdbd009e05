// The two mutation runs (`npm run mutation`) kept honest: every file they mutate exists and is mutated once,
// the modules that decide or wait are in scope, and every test file a run names exists. A renamed module or
// test would otherwise drop out of the measurement without a word.
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from './support/run-action.js'

type StrykerConfig = { mutate: string[]; vitest: { configFile: string }; incrementalFile: string; tempDirName: string }
type VitestConfig = { test: { include: string[] } }

const load = async <T>(file: string) => ((await import(join(ROOT, file))) as { default: T }).default
/** The repository's files under test/ a vitest include pattern matches (`**` any folders, `*` within one). */
const testFiles = readdirSync(join(ROOT, 'test'), { recursive: true, encoding: 'utf8' }).map((f) => `test/${f.split('\\').join('/')}`)
const matching = (pattern: string) => {
  const source = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*\*\//g, '\u0000').replace(/\*/g, '[^/]*').replace(/\u0000/g, '(?:.*/)?')
  return testFiles.filter((f) => new RegExp(`^${source}$`).test(f))
}

// Loading the configs pins HARNESS_OPENAPI_DIR for Stryker's sandbox; the other test files must not inherit it.
const openApiDir = process.env.HARNESS_OPENAPI_DIR
const main = await load<StrykerConfig>('stryker.config.mjs')
const transport = await load<StrykerConfig>('stryker.transport.config.mjs')
if (openApiDir === undefined) delete process.env.HARNESS_OPENAPI_DIR

describe('the mutation runs', () => {
  it('mutate existing files, each in one run only', () => {
    const all = [...main.mutate, ...transport.mutate]
    for (const file of all) expect(existsSync(join(ROOT, file)), file).toBe(true)
    expect(new Set(all).size).toBe(all.length)
  })

  it('cover the modules that decide or wait', () => {
    const all = new Set([...main.mutate, ...transport.mutate])
    for (const file of [
      'src/exemptions/decide-exemption.ts',
      'src/gate/status-gate.ts',
      'src/http/transport.ts',
      'src/approvals/follow-pipeline.ts',
      'src/approvals/dry-run.ts',
      'src/run/run.ts',
      'src/approvals/decide-execution.ts',
    ])
      expect(all.has(file), file).toBe(true)
  })

  it('keep their results and sandboxes apart', () => {
    expect(transport.incrementalFile).not.toBe(main.incrementalFile)
    expect(transport.tempDirName).not.toBe(main.tempDirName)
  })

  it.each([main, transport].map((c) => [c.vitest.configFile]))('%s names only tests that exist', async (configFile) => {
    const { test } = await load<VitestConfig>(configFile)
    for (const pattern of test.include) expect(matching(pattern).length, pattern).toBeGreaterThan(0)
  })
})
