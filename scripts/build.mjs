// Bundles the two entry points into dist/: index.js (the action) and cli.js (the command line), both ES
// modules, each a single file with every dependency inlined, plus one licenses file for what was inlined. The output
// depends only on the sources and the lockfile, so a rebuild is byte-identical and `git diff dist` shows
// real changes only.
//
// esbuild rather than ncc: esbuild drops the parts of ES-module packages that are never used, and keeps
// each CommonJS module in a function that runs on its first `require`, so a module reached only through a
// dynamic `import()` (undici's proxy agent) costs nothing unless it runs. ncc (webpack) kept all of
// `@actions/core`, `@actions/http-client`, `@actions/exec` and `@actions/io` and evaluated them at start-up.
// esbuild does not type-check: `npm run typecheck` does.
import { chmod, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { isBuiltin } from 'node:module'
import { dirname, join, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const root = dirname(dirname(fileURLToPath(import.meta.url)))
const dist = join(root, 'dist')
const SHEBANG = '#!/usr/bin/env node\n'

/**
 * Entry point -> output file and format; `bin` outputs get a shebang and the executable bit.
 *
 * Both are ES modules, as the sources are. A CommonJS action bundle started 2 ms faster on Node 24 (6 ms on
 * Node 20, where the ES-module loader brings fs/promises), but the action's `dist/index.js` is an ES module
 * like the rest of the project and the command line, and the gain is within a run's noise on a runner.
 *
 * The action leaves its undici transport (needed only with a proxy or a caCert) to a file of its own,
 * `undici.js`, which it loads with `import()`: a run without either never reads it. The command line keeps
 * it inside `cli.js` (the npm package ships that one file), where esbuild wraps it in a function that runs on
 * the first `import()`, so it costs parsing there but no evaluation.
 * @typedef {{ entry: string, output: string, format: 'esm', bin: boolean, undiciApart?: boolean }} Entry
 * @type {Entry[]}
 */
const ENTRIES = [
  { entry: 'src/index.ts', output: 'index.js', format: 'esm', bin: false, undiciApart: true },
  { entry: 'src/http/undici-transport.ts', output: 'undici.js', format: 'esm', bin: false },
  { entry: 'src/cli.ts', output: 'cli.js', format: 'esm', bin: true },
]

/** The module the transport imports for a proxy or a caCert, and the file the action finds it in. */
export const UNDICI_TRANSPORT = { source: 'src/http/undici-transport.ts', output: 'undici.js' }

/**
 * The transport's `import('./undici-transport.js')`, pointed at `./undici.js` beside the bundle and left to
 * Node, so the bundle holds none of undici.
 * @type {import('esbuild').Plugin}
 */
const undiciApart = {
  name: 'undici-apart',
  setup(builder) {
    const source = join(root, UNDICI_TRANSPORT.source)
    builder.onResolve({ filter: /undici-transport\.js$/ }, (args) => {
      if (args.kind !== 'dynamic-import' || join(args.resolveDir, args.path.replace(/\.js$/, '.ts')) !== source) return undefined
      return { path: `./${UNDICI_TRANSPORT.output}`, external: true }
    })
  },
}

/**
 * Packages whose modules do nothing on import but define things. Declaring so lets esbuild leave out a
 * module none of whose exports is used: `@actions/core` reaches `@actions/http-client` (and through it
 * `tunnel` and a second entry into undici) only for `getIDToken()`, and `@actions/exec` and `@actions/io`
 * only for `platform`, neither of which this project calls.
 */
const SIDE_EFFECT_FREE = ['@actions/core', '@actions/http-client', '@actions/exec', '@actions/io']

/** @type {import('esbuild').Plugin} */
const sideEffectFree = {
  name: 'side-effect-free',
  setup(builder) {
    const dirs = SIDE_EFFECT_FREE.map((name) => join(root, 'node_modules', name) + sep)
    builder.onResolve({ filter: /.*/ }, async (args) => {
      if (args.pluginData === sideEffectFree || args.kind === 'entry-point') return undefined
      const resolved = await builder.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: sideEffectFree,
      })
      if (resolved.errors.length > 0 || !dirs.some((dir) => resolved.path.startsWith(dir))) return resolved
      return { ...resolved, sideEffects: false }
    })
  },
}

/**
 * Node's built-ins through `require`, also where an ES module imports them. An `import` of a built-in makes
 * Node build its ES-module face, which reads every export and so runs its lazy getters: `fs` loads
 * `fs/promises` (and with it streams and readline), `crypto` loads WebCrypto. `require` leaves them lazy.
 * @type {import('esbuild').Plugin}
 */
const builtinsByRequire = {
  name: 'builtins-by-require',
  setup(builder) {
    builder.onResolve({ filter: /^[a-z_:/]+$/ }, (args) => {
      if (!isBuiltin(args.path) || (args.kind !== 'import-statement' && args.kind !== 'dynamic-import')) return undefined
      return { path: args.path.startsWith('node:') ? args.path : `node:${args.path}`, namespace: 'builtin' }
    })
    builder.onLoad({ filter: /.*/, namespace: 'builtin' }, (args) => ({
      contents: `module.exports = require(${JSON.stringify(args.path)})`,
      loader: 'js',
    }))
  },
}

/** The stand-in for node:assert, as CommonJS source (exported for test/build.test.ts). */
export const ASSERT_ON_FAILURE = [
  'let real',
  "const load = () => (real ??= require('node:assert'))",
  'function assert(...args) {',
  '  if (!args[0]) load()(...args)',
  '}',
  'module.exports = new Proxy(assert, { get: (target, key) => (key in target ? Reflect.get(target, key) : Reflect.get(load(), key)) })',
].join('\n')

/**
 * undici checks its invariants with `assert(condition)`: 94 calls, none of which fails unless undici has a
 * bug. Loading node:assert costs a cold run four built-ins (and on Node 24 its diff machinery), so undici
 * gets a stand-in that loads the real module only when a condition is false, and then lets it throw its own
 * AssertionError; any other property (assert.strictEqual, ...) is read from the real module.
 * @type {import('esbuild').Plugin}
 */
const assertOnFailure = {
  name: 'assert-on-failure',
  setup(builder) {
    const undici = join(root, 'node_modules', 'undici') + sep
    builder.onResolve({ filter: /^(node:)?assert$/ }, (args) => {
      if (!args.importer.startsWith(undici)) return undefined
      return { path: 'node:assert', namespace: 'assert-on-failure' }
    })
    builder.onLoad({ filter: /.*/, namespace: 'assert-on-failure' }, () => ({ contents: ASSERT_ON_FAILURE, loader: 'js' }))
  },
}

/** The stand-in for node:crypto in @actions/core, as CommonJS source (exported for test/build.test.ts). */
export const CRYPTO_ON_USE = [
  'let real',
  "const load = () => (real ??= require('node:crypto'))",
  'module.exports = { randomUUID: (...args) => load().randomUUID(...args) }',
].join('\n')

/**
 * `@actions/core` imports node:crypto for one call, `crypto.randomUUID()`, the delimiter core.setOutput
 * draws when it writes an output file. The action writes that file itself and calls core.setOutput only
 * when there is none (GitHub's local-action tool), so that call never happens on a runner; loading
 * node:crypto at start-up for it would cost every cold run several milliseconds. The stand-in loads the real
 * module on the first call. test/build.test.ts checks that randomUUID is all @actions/core takes from it.
 * @type {import('esbuild').Plugin}
 */
const cryptoOnUse = {
  name: 'crypto-on-use',
  setup(builder) {
    const core = join(root, 'node_modules', '@actions', 'core') + sep
    builder.onResolve({ filter: /^(node:)?crypto$/ }, (args) => {
      if (!args.importer.startsWith(core)) return undefined
      return { path: 'node:crypto', namespace: 'crypto-on-use' }
    })
    builder.onLoad({ filter: /.*/, namespace: 'crypto-on-use' }, () => ({ contents: CRYPTO_ON_USE, loader: 'js' }))
  },
}

/**
 * undici modules that never run here, left out of the bundle: each is replaced by a stand-in that throws,
 * naming the module and the reason, should it ever be called or read. Paths are relative to undici's
 * folder; the build fails if one is not found where it was expected (an update moved it), and so does
 * test/http/undici-modules.test.ts.
 */
export const UNUSED_UNDICI_MODULES = [
  {
    // The HTTP/2 client, used only when a dispatcher is created with `allowH2`, which this project never
    // sets. Its top level loads node:http2 (and with it node:tls): measured at 10-15 ms of a cold run on
    // two busy cores.
    path: 'lib/dispatcher/client-h2.js',
    reason: 'HTTP/2 is not bundled (allowH2 is never set)',
  },
  {
    // Fetch's body handling, which the HTTP/1 client loads only to send a FormData body; the transport
    // sends JSON text. With it go fetch's utilities, WebIDL and the multipart parser: 90 KB that every
    // run would parse.
    path: 'lib/web/fetch/body.js',
    reason: 'FormData bodies are not bundled (the transport sends JSON text)',
  },
]

/** @type {import('esbuild').Plugin} */
const withoutUnusedUndiciModules = {
  name: 'without-unused-undici-modules',
  setup(builder) {
    const undici = join(root, 'node_modules', 'undici') + sep
    /** @type {Set<string>} */
    const replaced = new Set()
    builder.onStart(() => replaced.clear())
    builder.onResolve({ filter: /^\.\.?\// }, (args) => {
      if (!args.importer.startsWith(undici)) return undefined
      const target = join(args.resolveDir, args.path)
      const unused = UNUSED_UNDICI_MODULES.find((m) => target === join(undici, m.path) || `${target}.js` === join(undici, m.path))
      if (!unused) return undefined
      replaced.add(unused.path)
      return { path: unused.path, namespace: 'unused-undici-module', pluginData: unused }
    })
    builder.onLoad({ filter: /.*/, namespace: 'unused-undici-module' }, (args) => ({
      // Called (client-h2 exports a function) or read (body.js an object): either way, it throws.
      contents: [
        `const unused = () => { throw new Error(${JSON.stringify(`undici ${args.path}: ${args.pluginData.reason}`)}) }`,
        'module.exports = new Proxy(unused, { get: unused })',
      ].join('\n'),
      loader: 'js',
    }))
    builder.onEnd((result) => {
      if (result.errors.length > 0) return
      // A bundle without undici (the action's index.js) has nothing to replace.
      if (!Object.keys(result.metafile?.inputs ?? {}).some((path) => path.includes('node_modules/undici/'))) return
      for (const m of UNUSED_UNDICI_MODULES) {
        if (!replaced.has(m.path)) throw new Error(`undici ${m.path} was not found where expected: check UNUSED_UNDICI_MODULES`)
      }
    })
  },
}

/**
 * CommonJS dependencies (undici) `require` Node's built-ins; an ES module has no `require` of its own.
 * `node:module` is loaded by Node's bootstrap already, so this costs nothing.
 */
const REQUIRE_SHIM = "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);\n"

/**
 * p-retry reads `performance.now()` to bound the total retry time (which this project bounds with its own
 * clock). The first read of the global `performance` loads node:perf_hooks and eight more built-ins; the
 * process's uptime is just as monotonic and loads nothing.
 */
const MONOTONIC_NOW = 'const __monotonicNow = () => process.uptime() * 1000;\n'

/**
 * package.json's version, written into the bundles (src/cli/version.ts): a dist/cli.js copied on its own has
 * no package.json beside it to read at run time.
 */
const VERSION = /** @type {{ version: string }} */ (JSON.parse(await readFile(join(root, 'package.json'), 'utf8'))).version

/**
 * Non-ASCII text makes Node read the whole bundle as UTF-8 and V8 keep it as a two-byte string: twice the
 * memory (measured at 0.5 MB of peak RSS) and a slower scan. esbuild escapes non-ASCII characters in code;
 * what is left is in comments it keeps, where an escape reads as well.
 * @param {string} text
 */
function asciiOnly(text) {
  return text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/** @param {Entry} spec */
async function bundle({ entry, output, format, bin, undiciApart: apart }) {
  const result = await build({
    absWorkingDir: root,
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format,
    target: 'node20',
    write: false,
    metafile: true,
    minify: false,
    sourcemap: false,
    legalComments: 'none',
    banner: { js: REQUIRE_SHIM + MONOTONIC_NOW },
    define: { BUNDLED_VERSION: JSON.stringify(VERSION), 'performance.now': '__monotonicNow' },
    plugins: [...(apart ? [undiciApart] : []), assertOnFailure, cryptoOnUse, builtinsByRequire, withoutUnusedUndiciModules, sideEffectFree],
    logLevel: 'warning',
  })
  const [file] = result.outputFiles
  if (!file || result.outputFiles.length !== 1) throw new Error(`${entry}: expected one output file`)
  const text = (bin ? SHEBANG : '') + asciiOnly(file.text)
  await writeFile(join(dist, output), text, { mode: bin ? 0o755 : 0o644 })
  // writeFile keeps the mode of an existing file: set it explicitly.
  await chmod(join(dist, output), bin ? 0o755 : 0o644)
  // The inputs that left code in the output (the metafile's inputs also list what tree-shaking dropped).
  const meta = Object.values(result.metafile.outputs)[0]
  return packagesOf(Object.entries(meta?.inputs ?? {}).filter(([, input]) => input.bytesInOutput > 0).map(([path]) => path))
}

/**
 * The packages a bundle holds code from, by the node_modules folder of each of its input files.
 * @param {string[]} inputs paths relative to the project root
 */
function packagesOf(inputs) {
  /** @type {Set<string>} */
  const names = new Set()
  for (const input of inputs) {
    const match = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input.split(sep).join('/'))
    if (match?.[1]) names.add(match[1])
  }
  return names
}

/**
 * One block per package: its name, its license id, then its license file's text (the layout ncc wrote
 * before, so the file reads the same).
 * @param {string} name
 */
async function licenseBlock(name) {
  const dir = join(root, 'node_modules', name)
  const pkg = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8'))
  const licenseFile = (await readdir(dir)).sort().find((f) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(f))
  if (!licenseFile) throw new Error(`${name}: no license file to ship with the bundle`)
  const text = await readFile(join(dir, licenseFile), 'utf8')
  return `${name}\n${pkg.license ?? 'UNKNOWN'}\n${text.trimEnd()}\n`
}

async function main() {
  await mkdir(dist, { recursive: true })
  // Remove outputs of earlier builds (a renamed entry must not leave a stale bundle behind).
  for (const name of await readdir(dist)) {
    if (/\.(js|cjs|mjs|map)$/.test(name)) await rm(join(dist, name))
  }
  /** @type {Set<string>} */
  const packages = new Set()
  for (const spec of ENTRIES) for (const name of await bundle(spec)) packages.add(name)
  const blocks = await Promise.all([...packages].sort().map(licenseBlock))
  await writeFile(join(dist, 'licenses.txt'), `${blocks.join('\n').trimEnd()}\n`)
  // Makes `node dist/cli.js` an ES module in this repository; both bundles are ES modules.
  await writeFile(join(dist, 'package.json'), `${JSON.stringify({ type: 'module' }, null, 2)}\n`)
}

// Run as a script (`npm run build`); imported (by a test), it only exports what it declares.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main()
