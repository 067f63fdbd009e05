// Bundle figures: the size of each bundle, how many copies of undici it carries, and which packages its
// bytes come from. Reads dist/ and node_modules/ only; builds nothing.
import { existsSync } from 'node:fs'
import { readdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { ROOT } from './lib.mjs'

/**
 * Strings that each occur exactly once per copy of undici, taken from three different files of its package,
 * so that a second copy of any version (say undici 6 for our code and 7 for a dependency) shows up even if
 * one of them is renamed between versions. ncc does not minify our bundles, so source text survives as is.
 * The embedded llhttp WebAssembly (a normal and a SIMD build, both base64 strings starting with the wasm
 * magic `\0asm`, i.e. `AGFzbQ`) is counted too, two per copy.
 */
export const UNDICI_MARKERS = [
  { marker: "Symbol.for('undici.globalDispatcher.1')", file: 'lib/global.js', perCopy: 1 },
  { marker: 'class Client extends DispatcherBase', file: 'lib/dispatcher/client.js', perCopy: 1 },
  { marker: 'class Pool extends PoolBase', file: 'lib/dispatcher/pool.js', perCopy: 1 },
  { marker: 'AGFzbQ', file: 'lib/llhttp/llhttp{,_simd}-wasm.js', perCopy: 2 },
]

/** @param {string} text @param {string} needle */
function occurrences(text, needle) {
  let count = 0
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) count++
  return count
}

/** @param {string} code */
export function undiciCopies(code) {
  const counts = UNDICI_MARKERS.map((m) => ({ ...m, count: occurrences(code, m.marker), copies: occurrences(code, m.marker) / m.perCopy }))
  return { copies: Math.max(...counts.map((c) => c.copies)), counts }
}

// ----- which package the bytes come from ------------------------------------------------------------------

/**
 * The packages the sources import (bare specifiers, `node:` built-ins aside). They are devDependencies, since
 * the bundles inline them, so package.json cannot tell them from the tools; the imports can.
 */
async function importedPackages(dir = join(ROOT, 'src')) {
  /** @type {Set<string>} */
  const names = new Set()
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) {
      for (const name of await importedPackages(path)) names.add(name)
    } else if (/\.[cm]?[jt]s$/.test(entry.name)) {
      for (const [, specifier] of (await readFile(path, 'utf8')).matchAll(/(?:from|import\()\s*'([^'.][^']*)'/g)) {
        if (specifier === undefined || specifier.startsWith('node:')) continue
        const parts = specifier.split('/')
        names.add(specifier.startsWith('@') ? parts.slice(0, 2).join('/') : /** @type {string} */ (parts[0]))
      }
    }
  }
  return names
}

/** The runtime dependency closure of the sources, as directories under node_modules. */
async function runtimePackages() {
  /** @type {Map<string, string>} */
  const found = new Map()
  const queue = [...(await importedPackages())].map((name) => ({ name, from: ROOT }))
  while (queue.length > 0) {
    const { name, from } = /** @type {{ name: string, from: string }} */ (queue.shift())
    // Node's lookup: nested node_modules first, then the top level.
    const candidates = [join(from, 'node_modules', name), join(ROOT, 'node_modules', name)]
    const dir = candidates.find((d) => existsSync(join(d, 'package.json')))
    if (!dir || found.has(dir)) continue
    found.set(dir, name)
    const pkg = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8'))
    for (const dep of Object.keys(pkg.dependencies ?? {})) queue.push({ name: dep, from: dir })
  }
  return found
}

/** @param {string} dir @returns {AsyncGenerator<string>} */
async function* sourceFiles(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) {
      if (entry.name === 'node_modules' || entry.name === 'test' || entry.name === 'types') continue
      yield* sourceFiles(path)
    } else if (/\.(c|m)?js$/.test(entry.name)) yield path
  }
}

/**
 * Lines of at least 30 characters that occur in exactly one package: enough to recognise which package a
 * module of the bundle came from, since ncc (unminified) keeps the source lines.
 */
export async function signatureIndex() {
  /** @type {Map<string, Set<string>>} */
  const owners = new Map()
  for (const [dir, name] of await runtimePackages()) {
    for await (const file of sourceFiles(dir)) {
      const text = await readFile(file, 'utf8')
      for (const raw of text.split('\n')) {
        const line = raw.trim()
        if (line.length < 30 || line.startsWith('//') || line.startsWith('*') || line.startsWith('/*')) continue
        let set = owners.get(line)
        if (!set) owners.set(line, (set = new Set()))
        set.add(name)
      }
    }
  }
  /** @type {Map<string, string>} */
  const index = new Map()
  for (const [line, set] of owners) if (set.size === 1) index.set(line, /** @type {string} */ ([...set][0]))
  return index
}

/**
 * Splits an ncc bundle into its modules and names the package each came from: CommonJS modules (ids only)
 * by their signature lines, concatenated ES modules by the path ncc writes above them. Returns line ranges
 * (0-based, end exclusive) with their owner, in order.
 * @param {string} code
 * @param {Map<string, string>} index
 * @returns {Array<{ start: number, end: number, owner: string, bytes: number }>}
 */
export function bundleSegments(code, index) {
  /** @type {Array<{ start: number, end: number, owner: string, bytes: number }>} */
  const segments = []
  const lines = code.split('\n')
  const lineAt = (/** @type {number} */ i) => lines[i] ?? ''
  const size = (/** @type {number} */ from, /** @type {number} */ to) => {
    let n = 0
    for (let i = from; i < to; i++) n += Buffer.byteLength(lineAt(i)) + 1
    return n
  }
  const tableEnd = lines.findIndex((l) => l.startsWith('/******/ });'))
  // 1. The CommonJS module table: each module starts at a `/***/ <id>:` line.
  let from = 0
  const flushCjs = (/** @type {number} */ to) => {
    if (to <= from) return
    /** @type {Map<string, number>} */
    const votes = new Map()
    for (let i = from; i < to; i++) {
      const owner = index.get(lineAt(i).trim().replaceAll('__nccwpck_require__', 'require'))
      if (owner) votes.set(owner, (votes.get(owner) ?? 0) + 1)
    }
    const best = [...votes].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '(unattributed CommonJS)'
    segments.push({ start: from, end: to, owner: best, bytes: size(from, to) })
    from = to
  }
  if (tableEnd !== -1) {
    for (let i = 0; i <= tableEnd; i++) if (/^\/\*\*\*\/ \d+:$/.test(lineAt(i))) flushCjs(i)
    flushCjs(tableEnd + 1)
  }
  // 2. The runtime and the concatenated ES modules, each introduced by a path comment.
  let owner = '(webpack runtime)'
  let start = tableEnd + 1
  for (let i = tableEnd + 1; i <= lines.length; i++) {
    const concatenated = i < lines.length ? /^;?\/\/ CONCATENATED MODULE: (.+)$/.exec(lineAt(i))?.[1] : ''
    if (concatenated === undefined) continue
    if (i > start) segments.push({ start, end: i, owner, bytes: size(start, i) })
    if (concatenated) owner = packageOfPath(concatenated)
    start = i
  }
  return segments
}

/** Bytes per package, largest first. @param {ReturnType<typeof bundleSegments>} segments */
function bytesByPackage(segments) {
  /** @type {Map<string, number>} */
  const bytes = new Map()
  for (const s of segments) bytes.set(s.owner, (bytes.get(s.owner) ?? 0) + s.bytes)
  return [...bytes].sort((a, b) => b[1] - a[1]).map(([name, n]) => ({ name, bytes: n }))
}

/** @param {string} path e.g. `./node_modules/@actions/core/lib/core.js`, `./src/action/main.ts`, `external "fs"` */
function packageOfPath(path) {
  if (path.startsWith('external ')) return '(node built-in imports)'
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(path)
  if (match?.[1]) return match[1]
  if (path.startsWith('./src/')) return '(this project: src/)'
  return '(other)'
}

/**
 * @param {Array<{ name: string, path: string }>} files The bundles: a name to show and where to read it.
 */
export async function bundleFigures(files) {
  const index = await signatureIndex()
  const results = []
  for (const { name, path } of files) {
    if (!existsSync(path)) {
      results.push({ file: name, missing: true })
      continue
    }
    const code = await readFile(path, 'utf8')
    const { size } = await stat(path)
    const segments = bundleSegments(code, index)
    results.push({ file: name, missing: false, bytes: size, undici: undiciCopies(code), packages: bytesByPackage(segments) })
  }
  return results
}
