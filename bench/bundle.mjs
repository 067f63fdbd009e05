// Bundle figures: the size of each bundle, how many copies of undici it carries, and which packages its
// bytes come from. Reads dist/ and node_modules/ only; builds nothing.
import { existsSync } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { ROOT } from './lib.mjs'

/**
 * esbuild (unminified) writes each module's path above its code, relative to the project root:
 * `// node_modules/undici/lib/core/util.js`, `// src/http/transport.ts`, `// builtin:node:fs` (the
 * `require` of a Node built-in), `// unused-undici-module:lib/dispatcher/client-h2.js` (a module left out);
 * see scripts/build.mjs. Everything before the first such line is esbuild's own runtime.
 */
const MODULE_PATH = /^\/\/ ((?:node_modules|src)\/\S+|(?:builtin|unused-undici-module):\S+)$/

/**
 * Strings (error messages, which esbuild keeps verbatim) that each occur exactly once per copy of undici's
 * HTTP/1 client, from different files of its package: a cross-check of the copies counted by module path,
 * so a second copy that somehow lost its paths still shows. The embedded llhttp WebAssembly (a normal and a
 * SIMD build, both base64 strings starting with the wasm magic `\0asm`, i.e. `AGFzbQ`) is counted too, two
 * per copy. (undici's index and `lib/global.js` are not bundled: src/http/undici-transport.ts imports the modules
 * it uses one by one.)
 */
export const UNDICI_MARKERS = [
  { marker: 'unsupported keepAlive, use pipelining=0 instead', file: 'lib/dispatcher/client.js', perCopy: 1 },
  { marker: 'invalid connections', file: 'lib/dispatcher/pool.js', perCopy: 1 },
  { marker: 'AGFzbQ', file: 'lib/llhttp/llhttp{,_simd}-wasm.js', perCopy: 2 },
]

/** @param {string} text @param {string} needle */
function occurrences(text, needle) {
  let count = 0
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) count++
  return count
}

/**
 * Copies of undici: the distinct package folders its bundled modules come from (say undici 6 for our
 * code and a nested undici 7 of a dependency), and the markers above as a cross-check; the larger wins.
 * @param {string} code
 * @param {ReturnType<typeof bundleSegments>} segments
 */
export function undiciCopies(code, segments) {
  const counts = UNDICI_MARKERS.map((m) => ({ ...m, count: occurrences(code, m.marker), copies: occurrences(code, m.marker) / m.perCopy }))
  /** @type {Set<string>} */
  const folders = new Set()
  for (const s of segments) {
    const folder = /^(.*node_modules\/undici)\//.exec(s.path)?.[1]
    if (folder) folders.add(folder)
  }
  return { copies: Math.max(folders.size, ...counts.map((c) => c.copies)), folders: [...folders], counts }
}

/**
 * Splits a bundle into its modules by the path esbuild writes above each. Returns line ranges (0-based, end
 * exclusive) with the module's path and owner (a package, this project's src/, a Node built-in, or esbuild's
 * runtime), in order.
 * @param {string} code
 * @returns {Array<{ start: number, end: number, path: string, owner: string, bytes: number }>}
 */
export function bundleSegments(code) {
  const lines = code.split('\n')
  /** @type {Array<{ start: number, end: number, path: string, owner: string, bytes: number }>} */
  const segments = []
  let path = '(esbuild runtime)'
  let start = 0
  let bytes = 0
  for (let i = 0; i <= lines.length; i++) {
    const line = lines[i]
    const next = line === undefined ? '' : MODULE_PATH.exec(line)?.[1]
    if (next !== undefined) {
      if (i > start) segments.push({ start, end: i, path, owner: ownerOf(path), bytes })
      path = next
      start = i
      bytes = 0
    }
    if (line !== undefined) bytes += Buffer.byteLength(line) + 1
  }
  return segments
}

/** @param {string} path e.g. `node_modules/@actions/core/lib/core.js`, `src/action/main.ts`, `builtin:node:fs` */
function ownerOf(path) {
  if (path.startsWith('builtin:')) return '(node built-in requires)'
  if (path.startsWith('unused-undici-module:')) return 'undici'
  if (path.startsWith('src/')) return '(this project: src/)'
  const match = /.*node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(path)
  return match?.[1] ?? path
}

/** Bytes per package, largest first. @param {ReturnType<typeof bundleSegments>} segments */
function bytesByPackage(segments) {
  /** @type {Map<string, number>} */
  const bytes = new Map()
  for (const s of segments) bytes.set(s.owner, (bytes.get(s.owner) ?? 0) + s.bytes)
  return [...bytes].sort((a, b) => b[1] - a[1]).map(([name, n]) => ({ name, bytes: n }))
}

/** The version in each undici folder, for the report. @param {string[]} folders */
async function versionsOf(folders) {
  return Promise.all(
    folders.map(async (folder) => {
      const manifest = join(ROOT, folder, 'package.json')
      return existsSync(manifest) ? JSON.parse(await readFile(manifest, 'utf8')).version : '?'
    }),
  )
}

/**
 * @param {Array<{ name: string, path: string }>} files The bundles: a name to show and where to read it.
 */
export async function bundleFigures(files) {
  const results = []
  for (const { name, path } of files) {
    if (!existsSync(path)) {
      results.push({ file: name, missing: true })
      continue
    }
    const code = await readFile(path, 'utf8')
    const { size } = await stat(path)
    const segments = bundleSegments(code)
    const undici = undiciCopies(code, segments)
    results.push({
      file: name,
      missing: false,
      bytes: size,
      undici: { ...undici, versions: await versionsOf(undici.folders) },
      packages: bytesByPackage(segments),
    })
  }
  return results
}
