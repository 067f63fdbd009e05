// Shared helpers of the benchmarks: statistics, spawning the built action with a clean environment, the
// machine description, and a few small formatting functions. Node built-ins only.
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { copyFile, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { cpus, release, tmpdir, totalmem, type as osType } from 'node:os'
import { delimiter, dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = dirname(dirname(fileURLToPath(import.meta.url)))
export const BENCH = join(ROOT, 'bench')
export const DIST = join(ROOT, 'dist')
/** The action's two files (undici.js is imported only with a proxy or a caCert) and the command line's one. */
export const BUNDLES = ['index.js', 'undici.js', 'cli.js']

/**
 * Copies the bundles (and dist/package.json, which makes them ES modules) to a scratch directory, so that
 * every figure of one run measures the same build even if dist/ is rebuilt meanwhile. Waits a little for a
 * rebuild in progress; builds only if dist/ is still incomplete after that.
 * @param {string} into
 */
export async function snapshotDist(into) {
  const needed = [...BUNDLES, 'package.json']
  const complete = () => needed.every((name) => existsSync(join(DIST, name)))
  for (let i = 0; i < 60 && !complete(); i++) await sleep(1000)
  if (!complete()) {
    log('dist/ is incomplete: running npm run build')
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
    const built = await run(npm, ['run', 'build'], { env: { ...process.env }, timeoutMs: 600_000 })
    if (built.code !== 0) throw new Error(`npm run build failed:\n${built.stderr}`)
  }
  await mkdir(into, { recursive: true })
  // A file written in the last two seconds may be a rebuild in progress: wait until dist/ has settled.
  for (let attempt = 0; ; attempt++) {
    const before = await Promise.all(needed.map((name) => stat(join(DIST, name)).then((s) => s.mtimeMs)))
    const settled = before.every((t) => Date.now() - t > 2000)
    if (settled || attempt >= 30) {
      for (const name of needed) await copyFile(join(DIST, name), join(into, name))
      const after = await Promise.all(needed.map((name) => stat(join(DIST, name)).then((s) => s.mtimeMs)))
      if (after.every((t, i) => t === before[i]) || attempt >= 30) break
    }
    await sleep(1000)
  }
  return { dir: into, action: join(into, 'index.js'), undici: join(into, 'undici.js'), cli: join(into, 'cli.js') }
}

// ----- statistics -----------------------------------------------------------------------------------------

/** @param {number[]} values @returns {number} */
export function median(values) {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  const at = (/** @type {number} */ i) => sorted[i] ?? Number.NaN
  return sorted.length % 2 === 1 ? at(mid) : (at(mid - 1) + at(mid)) / 2
}

/**
 * Nearest-rank percentile (p in 0..100): the smallest value with at least p% of the values at or below it.
 * @param {number[]} values
 * @param {number} p
 * @returns {number}
 */
export function percentile(values, p) {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length))
  return sorted[Math.min(rank, sorted.length) - 1] ?? Number.NaN
}

/** @param {number[]} values */
export function minMax(values) {
  return { min: Math.min(...values), max: Math.max(...values) }
}

// ----- formatting -----------------------------------------------------------------------------------------

/** @param {number} ms */
export const ms = (ms) => (Number.isFinite(ms) ? `${ms >= 100 ? Math.round(ms) : ms.toFixed(1)} ms` : 'n/a')
/** @param {number} ms */
export const sec = (ms) => (Number.isFinite(ms) ? `${(ms / 1000).toFixed(2)} s` : 'n/a')
/** Decimal megabytes (1 MB = 1,000,000 bytes), the unit the targets are stated in. @param {number} bytes */
export const mb = (bytes) => (Number.isFinite(bytes) ? `${(bytes / 1e6).toFixed(2)} MB` : 'n/a')
/** @param {number} kb */
export const mbFromKb = (kb) => mb(kb * 1024)
/** @param {boolean | undefined} ok */
export const verdict = (ok) => (ok === undefined ? 'not measured' : ok ? '**met**' : '**MISSED**')

/** @param {string} text */
export function log(text) {
  process.stderr.write(`[bench] ${text}\n`)
}

// ----- the machine ----------------------------------------------------------------------------------------

export function machine() {
  const list = cpus()
  return {
    cpu: list[0]?.model?.trim() || 'unknown',
    cores: list.length,
    memoryBytes: totalmem(),
    os: `${osType()} ${release()}`,
  }
}

// ----- running the built action ---------------------------------------------------------------------------

/**
 * The environment a child gets: just PATH and what the caller adds. Nothing else is inherited, so a proxy
 * setting or a stray INPUT_ variable of the parent cannot change what is measured (and no request can
 * leave 127.0.0.1 through a proxy).
 * @param {Record<string, string>} extra
 */
export function cleanEnv(extra) {
  /** @type {Record<string, string>} */
  const env = { PATH: process.env.PATH ?? '', NO_PROXY: '*' }
  if (process.env.HOME) env.HOME = process.env.HOME
  if (process.env.TMPDIR) env.TMPDIR = process.env.TMPDIR
  return { ...env, ...extra }
}

/** A scratch directory for GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files; removed by `dispose()`. */
export async function scratch() {
  const dir = await mkdtemp(join(tmpdir(), 'hag-bench-'))
  let n = 0
  return {
    dir,
    /** Fresh, empty GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files. */
    async githubFiles() {
      n++
      const output = join(dir, `output-${n}`)
      const summary = join(dir, `summary-${n}`)
      await writeFile(output, '')
      await writeFile(summary, '')
      return { GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: summary }
    },
    dispose: () => rm(dir, { recursive: true, force: true }),
  }
}

/**
 * Action inputs for one approval against the simulator.
 * @param {{ baseUrl: string, apiKey: string, orgId: string, projectId: string }} sim
 * @param {string | string[]} executionIds
 * @param {Record<string, string>} [inputs] More inputs, by their action.yml name.
 */
export function actionInputs(sim, executionIds, inputs = {}) {
  /** @type {Record<string, string>} */
  const env = {
    INPUT_EXECUTIONID: Array.isArray(executionIds) ? executionIds.join('\n') : executionIds,
    INPUT_APIKEY: sim.apiKey,
    INPUT_ORGID: sim.orgId,
    INPUT_PROJECTID: sim.projectId,
    INPUT_BASEURL: sim.baseUrl,
    INPUT_WAITFORAPPROVAL: '0',
    INPUT_COMMENTS: 'bench',
  }
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value
  return env
}

/**
 * Runs a command to completion and measures its wall time from spawn to exit, as the parent sees it.
 * @param {string} command
 * @param {string[]} args
 * @param {{ env?: NodeJS.ProcessEnv, cwd?: string, timeoutMs?: number }} [options]
 * @returns {Promise<{ code: number | null, signal: string | null, wallMs: number, stdout: string, stderr: string }>}
 */
export function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn(command, args, {
      env: options.env ?? cleanEnv({}),
      cwd: options.cwd ?? ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    /** @type {Buffer[]} */
    const out = []
    /** @type {Buffer[]} */
    const err = []
    child.stdout.on('data', (chunk) => out.push(chunk))
    child.stderr.on('data', (chunk) => err.push(chunk))
    const timer = options.timeoutMs
      ? setTimeout(() => {
          child.kill('SIGKILL')
        }, options.timeoutMs)
      : undefined
    child.on('error', (error) => {
      if (timer) clearTimeout(timer)
      reject(error)
    })
    child.on('close', (code, signal) => {
      const wallMs = performance.now() - started
      if (timer) clearTimeout(timer)
      resolve({
        code,
        signal,
        wallMs,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      })
    })
  })
}

/**
 * Reads the GITHUB_OUTPUT file the action wrote (heredoc form `name<<delimiter`).
 * @param {string} path
 */
export async function readOutputs(path) {
  const text = await readFile(path, 'utf8')
  /** @type {Record<string, string>} */
  const outputs = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[i] ?? '')
    if (!match) continue
    const [, name = '', delimiter = ''] = match
    const value = []
    for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i])
    outputs[name] = value.join('\n')
  }
  return outputs
}

// ----- peak memory ----------------------------------------------------------------------------------------

const PRELOAD = join(BENCH, 'maxrss-preload.mjs')

/** @type {string | null | undefined} */
let gnuTime

/** GNU time (an executable `time` on PATH that says it is GNU), or null. The shell keyword does not count. */
export async function findGnuTime() {
  if (gnuTime !== undefined) return gnuTime
  gnuTime = null
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const candidate = join(dir, 'time')
    if (!dir || !existsSync(candidate)) continue
    const probe = await run(candidate, ['--version']).catch(() => undefined)
    if (probe && /GNU/.test(probe.stdout + probe.stderr)) {
      gnuTime = candidate
      break
    }
  }
  return gnuTime
}

/**
 * How peak RSS is measured. GNU time reports the child's ru_maxrss (kernel accounting, covers the whole
 * process lifetime, nothing loaded into the measured process). Without it, a preload module is imported
 * with `--import` and writes `process.resourceUsage().maxRSS` at exit: the same kernel figure, read from
 * inside, which adds the preload's own few hundred kilobytes.
 */
export async function rssMethod() {
  return (await findGnuTime()) ? 'gnu-time' : 'preload'
}

/**
 * Runs `node args` and returns its peak RSS in kilobytes along with the run's result.
 * @param {string} node
 * @param {string[]} args
 * @param {{ env?: NodeJS.ProcessEnv, timeoutMs?: number }} [options]
 */
export async function runWithPeakRss(node, args, options = {}) {
  const time = await findGnuTime()
  if (time) {
    const dir = await mkdtemp(join(tmpdir(), 'hag-rss-'))
    const file = join(dir, 'rss')
    try {
      const result = await run(time, ['-f', '%M', '-o', file, node, ...args], options)
      const kb = Number((await readFile(file, 'utf8')).trim().split('\n').at(-1))
      return { ...result, maxRssKb: kb }
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  }
  const dir = await mkdtemp(join(tmpdir(), 'hag-rss-'))
  const file = join(dir, 'rss')
  try {
    const env = { ...(options.env ?? cleanEnv({})), HAG_BENCH_RSS_FILE: file }
    const result = await run(node, ['--import', PRELOAD, ...args], { ...options, env })
    const kb = Number((await readFile(file, 'utf8')).trim())
    return { ...result, maxRssKb: kb }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

// ----- runtimes -------------------------------------------------------------------------------------------

// Shared with .ci/run, which installs the same package there for the Node 24 test.
export const NODE24_PREFIX = join(ROOT, '.cache', 'node24')
export const NODE24_BIN = join(NODE24_PREFIX, 'node_modules', '.bin', 'node')

/** @param {string} node */
export async function nodeVersion(node) {
  const result = await run(node, ['--version'])
  return result.code === 0 ? result.stdout.trim() : undefined
}

/**
 * A Node 24 binary: the one in the .cache/node24 folder if present, else the running Node if it is 24, else it is
 * installed there with npm (the `node` package ships the binary). Returns the path, or a reason why not.
 * @param {{ install: boolean }} options
 * @returns {Promise<{ bin: string, version: string } | { error: string }>}
 */
export async function findNode24({ install }) {
  if (process.versions.node.startsWith('24.')) return { bin: process.execPath, version: process.version }
  const existing = existsSync(NODE24_BIN) ? await nodeVersion(NODE24_BIN) : undefined
  if (existing?.startsWith('v24.')) return { bin: NODE24_BIN, version: existing }
  if (!install) return { error: 'Node 24 is not installed in the .cache/node24 folder and --no-install was given' }
  log('installing Node 24 into the .cache/node24 folder (npm install --no-save --prefix the .cache/node24 folder node@24)')
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
  const result = await run(npm, ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', NODE24_PREFIX, 'node@24'], {
    env: { ...process.env },
    timeoutMs: 300_000,
  }).catch((error) => ({ code: -1, stdout: '', stderr: String(error), wallMs: 0, signal: null }))
  const version = existsSync(NODE24_BIN) ? await nodeVersion(NODE24_BIN) : undefined
  if (version?.startsWith('v24.')) return { bin: NODE24_BIN, version }
  const why = `${result.stderr}\n${result.stdout}`.trim().split('\n').slice(-3).join(' / ')
  return { error: `installing Node 24 failed (exit ${result.code}): ${why || 'no output'}` }
}

/** @param {number} ms */
export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))
