// Dead code hides in exports: an exported function nothing calls still type-checks, builds and lints.
// Every name src/ exports must be used somewhere besides its own declaration: in its module, another
// module, a test, a script or the simulator.
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const SEARCHED = ['src', 'test', 'scripts', 'bench', 'sim']

function files(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(?:ts|js|mjs)$/.test(entry.name) && !entry.parentPath.includes('fixtures'))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)))
}

function occurrences(text: string, name: string): number {
  return text.match(new RegExp(`(?<![\\w$])${name.replace(/\$/g, '\\$')}(?![\\w$])`, 'g'))?.length ?? 0
}

describe('exports of src/', () => {
  it('are each used somewhere besides their declaration', () => {
    const corpus = SEARCHED.flatMap(files).map((path) => ({ path, text: readFileSync(join(ROOT, path), 'utf8') }))
    const unused: string[] = []
    for (const { path, text } of corpus.filter((f) => f.path.startsWith('src/') && !f.path.endsWith('.d.ts'))) {
      for (const [, name] of text.matchAll(/^export (?:async )?(?:function|const|let|class|interface|type|enum) ([\w$]+)/gm)) {
        const uses = corpus.reduce((sum, file) => sum + occurrences(file.text, name!), 0)
        if (uses <= 1) unused.push(`${path}: ${name}`)
      }
    }
    expect(unused).toEqual([])
  })
})
