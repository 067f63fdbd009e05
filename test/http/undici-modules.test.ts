// src/http/undici-transport.ts imports undici's own modules rather than its index (which loads far more than a run
// needs), and the build leaves some of undici's modules out. Those paths are undici internals, not its API:
// this test fails when a dependency update moves or reshapes them, before a bundle could ship broken.
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { UNUSED_UNDICI_MODULES } from '../../scripts/build.mjs'
import { ROOT } from '../support/run-action.js'

const requireFromRoot = createRequire(join(ROOT, 'package.json'))
const UNDICI_DIR = join(ROOT, 'node_modules', 'undici')

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return entry.name.endsWith('.ts') ? [path] : []
  })
}

/** Every `undici/lib/...` specifier imported by the sources, and every one the declarations file types. */
function deepImports(): { imported: Set<string>; declared: Set<string> } {
  const imported = new Set<string>()
  const declared = new Set<string>()
  for (const file of sourceFiles(join(ROOT, 'src'))) {
    const text = readFileSync(file, 'utf8')
    const into = file.endsWith('.d.ts') ? declared : imported
    for (const match of text.matchAll(/(?:from |import\(|declare module )'(undici\/lib\/[^']+)'/g)) into.add(match[1]!)
  }
  return { imported, declared }
}

/** What each module must export for undici-transport.ts to work, checked on the installed undici. */
const SHAPES: Record<string, (exported: any) => void> = {
  'undici/lib/dispatcher/agent.js': (Agent) => {
    expect(typeof Agent).toBe('function')
    expect(typeof Agent.prototype.dispatch).toBe('function')
    expect(typeof Agent.prototype.close).toBe('function')
    expect(typeof Agent.prototype.destroy).toBe('function')
  },
  'undici/lib/dispatcher/pool.js': (Pool) => expect(typeof Pool.prototype.dispatch).toBe('function'),
  'undici/lib/dispatcher/dispatcher.js': (Dispatcher) => expect(typeof Dispatcher.prototype).toBe('object'),
  'undici/lib/dispatcher/env-http-proxy-agent.js': (EnvHttpProxyAgent) => expect(typeof EnvHttpProxyAgent.prototype.dispatch).toBe('function'),
  'undici/lib/api/api-request.js': (request) => expect(typeof request).toBe('function'),
  // The methods undici's index copies onto Dispatcher.prototype; the proxy agent tunnels with `connect`.
  'undici/lib/api/index.js': (api) => {
    for (const name of ['request', 'stream', 'pipeline', 'upgrade', 'connect']) expect(typeof api[name]).toBe('function')
  },
}

describe("undici's internal modules", () => {
  it('are pinned: package.json names one exact undici version, the one installed', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> }
    const installed = JSON.parse(readFileSync(join(UNDICI_DIR, 'package.json'), 'utf8')) as { version: string }
    expect(pkg.devDependencies.undici).toMatch(/^\d+\.\d+\.\d+$/)
    expect(installed.version).toBe(pkg.devDependencies.undici)
  })

  it('every one the sources import is declared, and every declared one is imported', () => {
    const { imported, declared } = deepImports()
    expect(imported.size).toBeGreaterThan(0)
    expect([...imported].sort()).toEqual([...declared].sort())
  })

  it('every one the sources import resolves and has the shape undici-transport.ts relies on', () => {
    const { imported } = deepImports()
    for (const specifier of imported) {
      const check = SHAPES[specifier]
      if (!check) throw new Error(`${specifier}: no shape check in this test; add one`)
      check(requireFromRoot(specifier))
    }
  })

  it('every module the build leaves out exists where the build expects it', () => {
    expect(UNUSED_UNDICI_MODULES.length).toBeGreaterThan(0)
    for (const { path } of UNUSED_UNDICI_MODULES) {
      expect(requireFromRoot.resolve(join(UNDICI_DIR, path))).toBe(join(UNDICI_DIR, path))
    }
  })
})
