// The layering rules of .dependency-cruiser.mjs, as `npm run lint:layers` applies them. A small tree under
// test/fixtures/layers breaks every rule, next to imports the rules allow: each break must be reported under
// its rule alone, and nothing else. The real src/ must have no violation at all. And CONTRIBUTING.md's
// layout map must say what the rules say: one row per folder (and top-level file) of src/, and for each,
// exactly the parts of src/ the rules let it import, found by trying every import between two of them.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { cruise, type ICruiseResult } from 'dependency-cruiser'
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options'
import { describe, expect, it } from 'vitest'
import config, { FEATURE_FOLDERS, SHARED_FOLDERS } from '../.dependency-cruiser.mjs'

const ROOT = fileURLToPath(new URL('..', import.meta.url))

async function violations(baseDir: string): Promise<string[]> {
  const options = await extractDepcruiseOptions(join(ROOT, '.dependency-cruiser.mjs'))
  const { output } = await cruise(['src'], { ...options, baseDir })
  return (output as ICruiseResult).summary.violations.map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`).sort()
}

const FIXTURE_BREAKS = [
  'action-entry-point-loads-only-the-action: src/index.ts -> src/run/run.ts',
  'cli-entry-point-loads-only-the-cli: src/cli.ts -> src/action/main.ts',
  'feature-imports-no-other-feature: src/approvals/decide.ts -> src/exemptions/client.ts',
  'feature-imports-not-run: src/approvals/decide.ts -> src/run/defaults.ts',
  'front-end-imports-no-other-front-end: src/action/main.ts -> src/cli/main.ts',
  'no-circular: src/report/a.ts -> src/report/b.ts',
  'not-to-unresolvable: src/settings/urls.ts -> ./missing.js',
  'nothing-imports-a-front-end: src/gate/poll.ts -> src/cli/main.ts',
  'nothing-imports-a-front-end: src/run/result.ts -> src/action/main.ts',
  'nothing-imports-an-entry-point: src/run/result.ts -> src/cli.ts',
  'shared-imports-no-feature: src/harness/errors.ts -> src/gate/poll.ts',
  'only-the-undici-transport-imports-undici: src/http/transport.ts -> ../../../node_modules/undici/index.js',
  'undici-transport-only-by-dynamic-import: src/http/transport.ts -> src/http/undici-transport.ts',
  'undici-transport-only-from-transport: src/http/rate-limit.ts -> src/http/undici-transport.ts',
  'wasm-tiering-imports-only-node-built-ins: src/http/wasm-tiering.ts -> src/ports.ts',
]

describe('layering rules', () => {
  it('report each forbidden import in the fixture tree under one rule, and only those', async () => {
    expect(await violations(join(ROOT, 'test/fixtures/layers'))).toEqual([...FIXTURE_BREAKS].sort())
  })

  it('every rule of the configuration is broken in the fixture tree', () => {
    const broken = new Set(FIXTURE_BREAKS.map((line) => line.split(':')[0]))
    expect(config.forbidden!.map((rule) => rule.name).sort()).toEqual([...broken].sort())
  })

  it('find nothing to report in src/', async () => {
    expect(await violations(ROOT)).toEqual([])
  })
})

/** The parts of src/, as CONTRIBUTING.md names them: `src/approvals/` for a folder, `src/ports.ts` for a file. */
function srcLayers(): string[] {
  return readdirSync(join(ROOT, 'src'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() || /\.ts$/.test(entry.name))
    .map((entry) => (entry.isDirectory() ? `src/${entry.name}/` : `src/${entry.name}`))
    .sort()
}

const isFolder = (layer: string) => layer.endsWith('/')
/** The module that stands for a layer: a file of the folder, or the file itself. */
const moduleOf = (layer: string) => (isFolder(layer) ? `${layer}target.ts` : layer)
const layerOf = (path: string, layers: string[]) => layers.find((layer) => (isFolder(layer) ? path.startsWith(layer) : path === layer))

/**
 * A scratch src/ with the same parts as the real one, in which every part imports every other once; the
 * rules then say which of those imports are allowed. Returns, for each part, the parts it may import, and
 * every import that more than one rule reports.
 */
async function whatRulesAllow(layers: string[]): Promise<{ allowed: Map<string, string[]>; reportedTwice: string[] }> {
  const root = mkdtempSync(join(tmpdir(), 'hag-layers-'))
  try {
    const write = (path: string, text: string) => {
      mkdirSync(dirname(join(root, path)), { recursive: true })
      writeFileSync(join(root, path), text)
    }
    const specifier = (from: string, to: string) => {
      const path = relative(dirname(from), to).replace(/\.ts$/, '.js')
      return path.startsWith('.') ? path : `./${path}`
    }
    for (const from of layers) {
      const others = layers.filter((to) => to !== from)
      if (isFolder(from)) {
        write(moduleOf(from), 'export {}\n')
        for (const [index, to] of others.entries()) {
          const probe = `${from}probe-${index}.ts`
          write(probe, `import '${specifier(probe, moduleOf(to))}'\nexport {}\n`)
        }
      } else {
        write(from, `${others.map((to) => `import '${specifier(from, moduleOf(to))}'\n`).join('')}export {}\n`)
      }
    }
    const options = await extractDepcruiseOptions(join(ROOT, '.dependency-cruiser.mjs'))
    const { output } = await cruise(['src'], { ...options, baseDir: root })
    // The top-level files import one another both ways: those cycles are the probe's, not a layering rule.
    const found = (output as ICruiseResult).summary.violations.filter((v) => v.rule.name !== 'no-circular')
    const edges = found.map((v) => `${layerOf(v.from, layers)} -> ${layerOf(v.to, layers)}`)
    const reportedTwice = edges.filter((edge, index) => edges.indexOf(edge) !== index)
    const allowed = new Map(layers.map((from) => [from, layers.filter((to) => to !== from && !edges.includes(`${from} -> ${to}`))]))
    return { allowed, reportedTwice }
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
}

/** The rows of CONTRIBUTING.md's Layout table that name a part of src/: the part and its "May import" cell. */
function layoutMap(): { layer: string; mayImport: string }[] {
  const text = readFileSync(join(ROOT, 'CONTRIBUTING.md'), 'utf8')
  const section = text.slice(text.indexOf('## Layout'), text.indexOf('\n## ', text.indexOf('## Layout') + 1))
  return section
    .split('\n')
    .filter((line) => line.startsWith('| `src/'))
    .map((line) => {
      const cells = line.split(' | ')
      return { layer: cells[0]!.replace(/^\| /, ''), mayImport: cells.at(-1)!.replace(/ \|$/, '') }
    })
}

/** The parts of src/ that a "May import" cell names, in the map's words. */
function expand(cell: string, self: string, layers: string[]): string[] {
  const features = FEATURE_FOLDERS.map((name) => `src/${name}/`)
  const shared = [...SHARED_FOLDERS.map((name) => `src/${name}/`), 'src/ports.ts']
  const parts = cell.split(', ').flatMap((phrase): string[] => {
    if (phrase === 'features') return features
    if (phrase === 'shared layers' || phrase === 'other shared layers') return shared
    if (phrase === 'Node built-ins only') return []
    const named = /^`(src\/[^`]+)`$/.exec(phrase)?.[1]
    if (named !== undefined && layers.includes(named)) return [named]
    throw new Error(`CONTRIBUTING.md, the row of ${self}: "${phrase}" is not a phrase of the layout map`)
  })
  return [...new Set(parts)].filter((layer) => layer !== self).sort()
}

describe('the layout map in CONTRIBUTING.md', () => {
  const layers = srcLayers()
  const rows = layoutMap()

  it('has one row for each folder and top-level file of src/, naming one each', () => {
    expect(rows.map((row) => row.layer).sort()).toEqual(layers.map((layer) => `\`${layer}\``))
  })

  it('says for each what the rules let it import, and no import breaks two rules', async () => {
    const { allowed, reportedTwice } = await whatRulesAllow(layers)
    expect(reportedTwice).toEqual([])
    // The probe must see the rules at work: a feature may import a shared layer, and not the other way round.
    expect(allowed.get('src/approvals/')).toContain('src/harness/')
    expect(allowed.get('src/harness/')).not.toContain('src/approvals/')
    const map = Object.fromEntries(rows.map((row) => [row.layer.replace(/`/g, ''), expand(row.mayImport, row.layer.replace(/`/g, ''), layers)]))
    expect(map).toEqual(Object.fromEntries(layers.map((layer) => [layer, allowed.get(layer)!.sort()])))
  })
})
