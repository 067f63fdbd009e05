// Bundles the two entry points into dist/: index.js (the action) and cli.js (the command line), each a
// single ESM file with every dependency inlined, plus one licenses file for what was inlined. The output
// depends only on the sources and the lockfile, so a rebuild is byte-identical and `git diff dist` shows
// real changes only.
import { existsSync } from 'node:fs'
import { chmod, mkdir, readdir, rm, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * @typedef {object} NccAsset
 * @property {Buffer | string} source
 * @property {number} [permissions]
 */
/**
 * The part of ncc's programmatic API used here (the package ships no type declarations).
 * @typedef {(entry: string, options: Record<string, unknown>) => Promise<{ code: string, assets: Record<string, NccAsset> }>} Ncc
 */
const ncc = /** @type {Ncc} */ (
  // @ts-ignore -- no declarations to check against; the typedef above states what is relied on.
  (await import('@vercel/ncc')).default
)

const root = dirname(dirname(fileURLToPath(import.meta.url)))
const dist = join(root, 'dist')
const SHEBANG = '#!/usr/bin/env node\n'

/**
 * Entry point -> output file; `bin` outputs get a shebang and the executable bit.
 * @typedef {{ entry: string, output: string, bin: boolean }} Entry
 * @type {Entry[]}
 */
const ENTRIES = [
  { entry: 'src/index.ts', output: 'index.js', bin: false },
  { entry: 'src/cli.ts', output: 'cli.js', bin: true },
]

/** @param {Entry} spec */
async function bundle({ entry, output, bin }) {
  const { code, assets } = await ncc(join(root, entry), {
    // No cache: a stale cache is the usual cause of a bundle that differs from a clean build.
    cache: false,
    license: 'licenses.txt',
    minify: false,
    sourceMap: false,
    quiet: true,
    // Full type-checked compile: transpile-only emits CommonJS requires of ESM-only packages.
    transpileOnly: false,
  })
  let text = code.replace(/^#![^\n]*\n/, '')
  if (bin) text = SHEBANG + text
  await writeFile(join(dist, output), text, { mode: bin ? 0o755 : 0o644 })
  // writeFile keeps the mode of an existing file: set it explicitly.
  await chmod(join(dist, output), bin ? 0o755 : 0o644)
  for (const name of Object.keys(assets)) {
    if (name !== 'licenses.txt' && name !== 'package.json') {
      throw new Error(`${entry}: unexpected asset ${name}; the bundle must be self-contained`)
    }
  }
  return parseLicenses(assets['licenses.txt']?.source.toString('utf8') ?? '')
}

/**
 * ncc renders one block per package, sorted by name: the package name, its license id, then the license
 * text, blocks separated by a blank line. License texts contain blank lines too, so a block starts only
 * where a blank line is followed by the name of a package that is actually installed.
 */
function parseLicenses(/** @type {string} */ text) {
  /** @type {Map<string, string>} */
  const packages = new Map()
  /** @type {string | undefined} */
  let name
  /** @type {string[]} */
  let lines = []
  const flush = () => {
    // Drop the blank separator line only: a license text's own trailing newline stays.
    if (lines.at(-1) === '') lines.pop()
    if (name !== undefined) packages.set(name, lines.join('\n'))
  }
  const all = text.split('\n')
  for (const [index, line] of all.entries()) {
    const startsBlock = (index === 0 || all[index - 1] === '') && isInstalledPackage(line)
    if (startsBlock) {
      flush()
      name = line
      lines = []
    }
    lines.push(line)
  }
  flush()
  return packages
}

const PACKAGE_NAME = /^(?:@[a-z0-9-~][a-z0-9-._~]*\/)?[a-z0-9-~][a-z0-9-._~]*$/

/** @param {string} line */
function isInstalledPackage(line) {
  return PACKAGE_NAME.test(line) && existsSync(join(root, 'node_modules', line, 'package.json'))
}

async function main() {
  await mkdir(dist, { recursive: true })
  // Remove outputs of earlier builds (a renamed entry must not leave a stale bundle behind).
  for (const name of await readdir(dist)) {
    if (/\.(js|cjs|mjs|map)$/.test(name)) await rm(join(dist, name))
  }
  /** @type {Map<string, string>} */
  const licenses = new Map()
  for (const spec of ENTRIES) {
    for (const [name, block] of await bundle(spec)) if (!licenses.has(name)) licenses.set(name, block)
  }
  const sorted = [...licenses.keys()].sort().map((name) => licenses.get(name))
  // The layout ncc itself writes: blocks sorted by name, a blank line between, one newline at the end.
  await writeFile(join(dist, 'licenses.txt'), `${sorted.join('\n\n').trimEnd()}\n`)
  await writeFile(join(dist, 'package.json'), `${JSON.stringify({ type: 'module' }, null, 2)}\n`)
}

await main()
