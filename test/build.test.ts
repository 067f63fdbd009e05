// What the build does to make a cold run cheap, checked on its pieces and on the built action: undici's
// assertions still throw Node's own AssertionError, and a run loads none of the built-ins the build keeps out.
import { AssertionError } from 'node:assert'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startHarnessSimulator, type HarnessSimulator } from '../sim/harness-simulator.js'
import { ASSERT_ON_FAILURE, CRYPTO_ON_USE } from '../scripts/build.mjs'
import { bundleSegments, undiciCopies } from '../bench/bundle.mjs'
import { ACTION, ROOT, runAction } from './support/run-action.js'
import { actionInputs } from './support/servers.js'
import { CLI } from './support/run-cli.js'
import { startConnectProxy } from './support/connect-proxy.js'

type Assert = ((value: unknown, message?: string) => void) & { strictEqual: (a: unknown, b: unknown) => void }

/** The stand-in as the bundle runs it, and whether it has loaded node:assert yet. */
function standIn(): { assert: Assert; loaded: () => boolean } {
  let loaded = false
  const realRequire = createRequire(import.meta.url)
  const require = (name: string) => {
    loaded = true
    return realRequire(name)
  }
  const module = { exports: {} as Assert }
  new Function('module', 'require', ASSERT_ON_FAILURE)(module, require)
  return { assert: module.exports, loaded: () => loaded }
}

describe("undici's node:assert stand-in", () => {
  it('passes a true condition without loading node:assert', () => {
    const { assert, loaded } = standIn()
    assert(true)
    assert(1, 'never shown')
    expect(loaded()).toBe(false)
  })

  it("throws Node's AssertionError for a false condition, with the message given", () => {
    const { assert, loaded } = standIn()
    expect(() => assert(0, 'parser state')).toThrow(AssertionError)
    expect(() => assert(false, 'parser state')).toThrow('parser state')
    expect(() => (assert as unknown as () => void)()).toThrow(AssertionError)
    expect(loaded()).toBe(true)
  })

  it("reads anything else from node:assert", () => {
    const { assert } = standIn()
    expect(() => assert.strictEqual(1, 2)).toThrow(AssertionError)
    expect(() => assert.strictEqual(1, 1)).not.toThrow()
  })
})

describe("@actions/core's node:crypto stand-in", () => {
  it('loads node:crypto only when randomUUID is called, and then draws a real UUID', () => {
    let loaded = false
    const realRequire = createRequire(import.meta.url)
    const module = { exports: {} as { randomUUID: () => string } }
    new Function('module', 'require', CRYPTO_ON_USE)(module, (name: string) => ((loaded = true), realRequire(name)))
    expect(loaded).toBe(false)
    expect(module.exports.randomUUID()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(loaded).toBe(true)
  })

  it('offers all @actions/core takes from node:crypto: randomUUID, nothing else', () => {
    const lib = join(ROOT, 'node_modules', '@actions', 'core', 'lib')
    const used = new Set<string>()
    for (const name of readdirSync(lib).filter((f) => f.endsWith('.js'))) {
      const source = readFileSync(join(lib, name), 'utf8')
      const binding = /import \* as (\w+) from ['"](?:node:)?crypto['"]/.exec(source)?.[1]
      if (binding) for (const m of source.matchAll(new RegExp(`\\b${binding}\\.(\\w+)`, 'g'))) used.add(m[1]!)
      // Any other way of taking from node:crypto would escape this check.
      expect(source.replace(/import \* as \w+ from ['"](?:node:)?crypto['"]/, ''), name).not.toMatch(/['"](node:)?crypto['"]/)
    }
    expect([...used]).toEqual(['randomUUID'])
  })
})

describe.skipIf(!existsSync(ACTION) || !existsSync(CLI))('the built bundles', () => {
  let sim: HarnessSimulator
  const dir = mkdtempSync(join(tmpdir(), 'hag-build-'))
  beforeAll(async () => {
    sim = await startHarnessSimulator()
  })
  afterAll(async () => {
    await sim.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it("keep undici out of the action's index.js: one copy in undici.js, which it imports on demand, and one in cli.js", () => {
    const copies = (file: string) => {
      const code = readFileSync(file, 'utf8')
      return undiciCopies(code, bundleSegments(code)).copies
    }
    const undici = join(dirname(ACTION), 'undici.js')
    expect(copies(ACTION)).toBe(0)
    expect(copies(undici)).toBe(1)
    expect(copies(CLI)).toBe(1)
    expect(readFileSync(ACTION, 'utf8')).toContain('import("./undici.js")')
    expect(readFileSync(undici, 'utf8')).toMatch(/^export \{[^}]*\bcreateUndiciSender\b/m)
  })

  it('are plain ASCII, so Node keeps their source as one-byte text', () => {
    for (const file of [ACTION, join(dirname(ACTION), 'undici.js'), CLI]) expect(readFileSync(file, 'latin1')).not.toMatch(/[^\x00-\x7f]/)
  })

  const builtins = async (run: () => Promise<unknown>, name: string) => {
    const file = join(dir, name)
    await run()
    return new Set(readFileSync(file, 'utf8').split('\n').filter(Boolean))
  }
  const preload = (name: string) => ({ NODE_OPTIONS: `--require ${join(ROOT, 'bench', 'module-list-preload.cjs')}`, HAG_BENCH_MODULES_FILE: join(dir, name) })

  it('approve without loading node:assert, perf_hooks, fs/promises, readline, crypto, or undici and the v8 its flags need', async () => {
    sim.addInstance({ executionId: 'exec1' })
    const action = await builtins(async () => {
      const run = await runAction(actionInputs(sim), { env: preload('action') })
      expect(run.outputs.approvalStatus).toBe('APPROVED')
    }, 'action')
    // Only what the action adds to an empty ES module counts: Node's ES-module loader (and on Node 20 its
    // fs/promises) comes with any ES-module entry, and the bundle is one.
    const empty = join(dir, 'empty.mjs')
    writeFileSync(empty, '')
    const bare = await builtins(async () => spawnSync(process.execPath, [empty], { env: { ...process.env, ...preload('bare') } }), 'bare')
    const added = [...action].filter((m) => !bare.has(m))
    expect(action.has('http')).toBe(true)
    for (const kept of ['assert', 'perf_hooks', 'internal/fs/promises', 'internal/readline/interface', 'crypto', 'v8']) expect(added).not.toContain(kept)
    expect(existsSync(join(dirname(ACTION), 'undici.js'))).toBe(true)
  })

  it('through a proxy, load dist/undici.js, which sets the V8 flags for its parser first (node:v8 loaded)', async () => {
    const proxy = await startConnectProxy()
    try {
      sim.addInstance({ executionId: 'exec2' })
      const action = await builtins(async () => {
        const run = await runAction(actionInputs(sim, { executionId: 'exec2' }), { env: { ...preload('proxied'), HTTPS_PROXY: proxy.url, HTTP_PROXY: proxy.url } })
        expect(run.outputs.approvalStatus).toBe('APPROVED')
      }, 'proxied')
      expect(proxy.connects.length).toBeGreaterThan(0)
      expect(action.has('v8')).toBe(true)
    } finally {
      await proxy.close()
    }
  })
})
