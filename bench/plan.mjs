// The benchmark's options (see run.mjs), every parameter of the run and every target it is held to: what
// run.mjs measures and report.mjs compares, in one place.
import { join } from 'node:path'
import { BENCH } from './lib.mjs'

export const argv = process.argv.slice(2)
export const flag = (/** @type {string} */ name) => argv.includes(`--${name}`)
export const option = (/** @type {string} */ name) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3)
export const QUICK = flag('quick')
export const ONLY = option('only')?.split(',') ?? ['bundle', 'cold', 'memory', 'reaction', 'economy', 'batch', 'latency']
export const wants = (/** @type {string} */ figure) => ONLY.includes(figure)
export const OUT = option('out') ?? join(BENCH, 'RESULTS.md')

/** Every parameter of the run, in one place, and printed into RESULTS.md. */
export const PLAN = {
  cold: { rounds: Number(option('rounds') ?? (QUICK ? 5 : 15)), warmup: 2 },
  memory: { rounds: QUICK ? 3 : 5 },
  reaction: { trials: 20, parallel: 5, pollInterval: '1s', maxPollInterval: '2s', maxPollIntervalMs: 2000, flipWithinMs: 8000, seed: 20261123 },
  economy: { runs: QUICK ? 1 : 3, polls: 60, pollIntervalMs: 100, maxPollIntervalMs: 150 },
  batch: {
    executions: 500,
    latencyMs: 20,
    simLimitPerMinute: 5000,
    clientLimitPerMinute: 4900,
    concurrencies: [1, 4, 16, 32],
    runs: QUICK ? 1 : 3,
  },
  rateBound: { executions: 160, latencyMs: 20, simLimitPerMinute: 300, clientLimitPerMinute: 290, concurrency: 32 },
  latency: { runs: QUICK ? 1 : 3, delayMs: 200 },
}

const major = (/** @type {string} */ version) => Number(version.replace(/^v/, '').split('.')[0])

export const TARGETS = {
  /**
   * Per bundle: the most bytes, and how many copies of undici. The action's index.js holds none (a run
   * without a proxy or a caCert speaks node:http); its undici.js and the command line's cli.js one each.
   * @type {Record<string, { bytes: number, undici: number }>}
   */
  bundles: {
    'dist/index.js': { bytes: 250 * 1024, undici: 0 },
    'dist/undici.js': { bytes: 700_000, undici: 1 },
    'dist/cli.js': { bytes: 700_000, undici: 1 },
  },
  /** The cold run over `node -e 0` on the same Node: Node 20 (and 21) and the newer ones GitHub runs. */
  coldRatio: (/** @type {string} */ version) => (major(version) < 22 ? 2.8 : 2.3),
  /** Peak RSS: Node 24 (what GitHub runs) is held tighter than the floor. */
  rssBytes: (/** @type {string} */ version) => (major(version) < 22 ? 60_000_000 : 52_000_000),
  reactionSlackMs: 250,
  batchSpeedup: 10,
  batchIdealSlack: 0.2,
  /** Round trips on the critical path of an approval (with or without callback id) and of a dry run. */
  roundTrips: 3,
}

/** @param {string} file */
export const bundleTarget = (file) => {
  const t = TARGETS.bundles[file] ?? { bytes: 700_000, undici: 1 }
  return `at most ${t.bytes % 1024 === 0 ? `${t.bytes / 1024} KiB` : `${t.bytes / 1000} KB`}, ${t.undici === 0 ? 'no' : 'one'} undici`
}

/** @param {number} bytes */
export const kb = (bytes) => `${(bytes / 1000).toFixed(0)} KB`

/** `+12%`: how far `ms` lies over `ideal`. */
export const percentOver = (/** @type {number} */ ms, /** @type {number} */ ideal) => (Number.isFinite(ms) ? `${ms >= ideal ? '+' : ''}${((ms / ideal - 1) * 100).toFixed(0)}%` : 'n/a')
