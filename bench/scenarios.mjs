// The measured scenarios besides the cold run (cold.mjs): memory, reaction and batch. Each runs the built
// action (a snapshot of dist/index.js) as a child process against the Harness simulator and, for the gate,
// the status server, both on 127.0.0.1 in this process. Nothing here asserts: every function returns raw
// figures, and report.mjs compares them with the targets.
import { fileURLToPath } from 'node:url'
import { startHarnessSimulator } from '../sim/harness-simulator.js'
import { startStatusServer } from '../sim/status-server.js'
import { FLOOR, probeRequests, requestsFor } from './cold.mjs'
import { actionInputs, cleanEnv, log, readOutputs, run, runWithPeakRss } from './lib.mjs'

const FLOOR_BATCH = fileURLToPath(new URL('./floor-http-batch.mjs', import.meta.url))

/**
 * Deterministic pseudo-random numbers in [0, 1) (mulberry32), so that every run of the benchmark flips the
 * status at the same moments and results can be compared run to run.
 * @param {number} seed
 */
export function seededRandom(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

// ----- memory ---------------------------------------------------------------------------------------------

/**
 * Peak RSS of the same complete approval, of `node -e 0` and of the floor program (the same requests from a
 * minimal node:http program: what Node itself needs for the job) for reference.
 * @param {{ action: string, runtimes: Array<{ label: string, bin: string }>, rounds: number,
 *   scratch: Awaited<ReturnType<typeof import('./lib.mjs').scratch>>, nodeFlags?: string[] }} options
 */
export async function memoryRuns({ action, runtimes, rounds, scratch, nodeFlags = [] }) {
  const sim = await startHarnessSimulator()
  const byRuntime = runtimes.map((r) => ({ ...r, bareKb: /** @type {number[]} */ ([]), actionKb: /** @type {number[]} */ ([]), floorKb: /** @type {number[]} */ ([]), failures: /** @type {string[]} */ ([]) }))
  let n = 0
  try {
    const templates = await probeRequests(sim, /** @type {string} */ (runtimes[0]?.bin), action, scratch)
    for (let round = 0; round < rounds; round++) {
      for (const rt of byRuntime) {
        const bare = await runWithPeakRss(rt.bin, ['-e', '0'])
        rt.bareKb.push(bare.maxRssKb)
        const id = `mem${++n}`
        sim.addInstance({ executionId: id })
        const files = await scratch.githubFiles()
        const result = await runWithPeakRss(rt.bin, [...nodeFlags, action], { env: cleanEnv({ ...actionInputs(sim, id), ...files }), timeoutMs: 60_000 })
        const outputs = await readOutputs(files.GITHUB_OUTPUT)
        if (result.code !== 0 || outputs.approvalStatus !== 'APPROVED') rt.failures.push(`exit ${result.code}`)
        rt.actionKb.push(result.maxRssKb)
        const floorId = `memfloor${n}`
        sim.addInstance({ executionId: floorId })
        const floor = await runWithPeakRss(rt.bin, [FLOOR, JSON.stringify(requestsFor(templates, sim, floorId)), sim.apiKey, sim.accountId], { timeoutMs: 30_000 })
        if (floor.code === 0) rt.floorKb.push(floor.maxRssKb)
      }
    }
  } finally {
    await sim.close()
  }
  return byRuntime
}

// ----- reaction -------------------------------------------------------------------------------------------

/**
 * The status flips to success at a random moment after the action's first poll; measured is the time from
 * the flip until the decision POST reaches the simulator. Trials run a few at a time (they mostly sleep).
 * @param {{ action: string, node: string, trials: number, parallel: number, pollInterval: string,
 *   maxPollInterval: string, flipWithinMs: number, seed: number,
 *   scratch: Awaited<ReturnType<typeof import('./lib.mjs').scratch>> }} options
 */
export async function reactionTrials(options) {
  const sim = await startHarnessSimulator()
  const random = seededRandom(options.seed)
  const delays = Array.from({ length: options.trials }, () => Math.round(random() * options.flipWithinMs))
  /** @type {Array<{ trial: number, flipAfterFirstPollMs: number, reactionMs: number, pollLagMs: number, postLagMs: number, polls: number, ok: boolean, detail?: string }>} */
  const results = []
  try {
    let next = 0
    const worker = async () => {
      while (next < delays.length) {
        const trial = next++
        results.push(await reactionTrial(options, sim, trial, /** @type {number} */ (delays[trial])))
        log(`reaction trial ${trial + 1}/${delays.length}: ${results.at(-1)?.reactionMs} ms`)
      }
    }
    await Promise.all(Array.from({ length: options.parallel }, worker))
  } finally {
    await sim.close()
  }
  return results.sort((a, b) => a.trial - b.trial)
}

/**
 * @param {Parameters<typeof reactionTrials>[0]} options
 * @param {import('../sim/harness-simulator.js').HarnessSimulator} sim
 * @param {number} trial
 * @param {number} delay
 */
async function reactionTrial(options, sim, trial, delay) {
  const status = await startStatusServer()
  const executionId = `react${trial}`
  const instance = sim.addInstance({ executionId })
  let flipped = false
  let flipAt = 0
  /** @type {number[]} */
  const polls = []
  /** @type {NodeJS.Timeout | undefined} */
  let timer
  status.setDefault(() => {
    const now = Date.now()
    polls.push(now)
    if (polls.length === 1) {
      timer = setTimeout(() => {
        flipped = true
        flipAt = Date.now()
      }, delay)
    }
    return { json: { status: flipped ? 'success' : 'running' } }
  })
  try {
    const files = await options.scratch.githubFiles()
    const env = cleanEnv({
      ...actionInputs(sim, executionId, {
        statusUrl: `${status.url}job/42`,
        statusField: 'status',
        pollInterval: options.pollInterval,
        maxPollInterval: options.maxPollInterval,
        timeout: '2m',
      }),
      ...files,
    })
    const result = await run(options.node, [options.action], { env, timeoutMs: 120_000 })
    // The decision posts to the approval instance it read, by its id.
    const post = sim.requests.find((r) => r.method === 'POST' && r.path.split('/').includes(instance.id))
    const firstPollAfterFlip = polls.find((t) => t >= flipAt)
    const ok = result.code === 0 && flipped && post !== undefined && post.status === 200
    return {
      trial,
      flipAfterFirstPollMs: delay,
      reactionMs: post && flipped ? post.at - flipAt : Number.NaN,
      pollLagMs: firstPollAfterFlip !== undefined && flipped ? firstPollAfterFlip - flipAt : Number.NaN,
      postLagMs: post && firstPollAfterFlip !== undefined ? post.at - firstPollAfterFlip : Number.NaN,
      polls: polls.length,
      ok,
      ...(ok ? {} : { detail: `exit ${result.code}, flipped ${flipped}, post ${post?.status}: ${result.stdout.slice(-300)}` }),
    }
  } finally {
    if (timer) clearTimeout(timer)
    await status.close()
  }
}

// ----- batch ----------------------------------------------------------------------------------------------

/**
 * Many executions at once against a simulator with per-request latency and a per-minute limit.
 * @param {{ action: string, node: string, executions: number, latencyMs: number, simLimitPerMinute: number,
 *   clientLimitPerMinute: number, concurrency: number, scratch: Awaited<ReturnType<typeof import('./lib.mjs').scratch>> }} options
 */
export async function batchRun(options) {
  return batchAgainstSimulator(options, async (sim, ids) => {
    const files = await options.scratch.githubFiles()
    const env = cleanEnv({
      ...actionInputs(sim, ids, {
        concurrency: String(options.concurrency),
        maxRequestsPerMinute: String(options.clientLimitPerMinute),
      }),
      ...files,
    })
    const result = await run(options.node, [options.action], { env, timeoutMs: 600_000 })
    const outputs = await readOutputs(files.GITHUB_OUTPUT)
    return { result, ok: result.code === 0 && outputs.approvalStatus === 'APPROVED' }
  })
}

/**
 * The same batch from bench/floor-http-batch.mjs: the requests of the probe run (`templates`) for every
 * execution, `concurrency` at a time, from a minimal node:http program. It has no client-side rate limit; under
 * 4900 requests per minute the action's does not bind either.
 * @param {{ node: string, executions: number, latencyMs: number, simLimitPerMinute: number, concurrency: number,
 *   templates: import('./cold.mjs').RequestTemplate[] }} options
 */
export async function batchFloorRun(options) {
  return batchAgainstSimulator(options, async (sim, ids) => {
    const origin = new URL(sim.baseUrl).origin
    const requests = options.templates.map((t) => ({
      method: t.method,
      url: `${origin}${t.path}${t.query ? `?${t.query}` : ''}`,
      ...(t.body !== undefined ? { body: t.body } : {}),
    }))
    const result = await run(options.node, [FLOOR_BATCH, JSON.stringify(requests), sim.apiKey, sim.accountId, String(options.concurrency), JSON.stringify(ids)], { timeoutMs: 600_000 })
    return { result, ok: result.code === 0 }
  })
}

/**
 * One batch against a fresh simulator with the batch's latency and limit; `client` runs whatever sends it.
 * @param {{ executions: number, latencyMs: number, simLimitPerMinute: number, concurrency: number }} options
 * @param {(sim: import('../sim/harness-simulator.js').HarnessSimulator, ids: string[]) => Promise<{ result: Awaited<ReturnType<typeof run>>, ok: boolean }>} client
 */
async function batchAgainstSimulator(options, client) {
  const sim = await startHarnessSimulator()
  sim.setLatency(options.latencyMs)
  sim.setRateLimit({ perMinute: options.simLimitPerMinute })
  const ids = Array.from({ length: options.executions }, (_, i) => `batch${String(i).padStart(4, '0')}`)
  for (const executionId of ids) sim.addInstance({ executionId })
  try {
    const { result, ok } = await client(sim, ids)
    const arrivals = sim.requests.map((r) => r.at)
    const phaseMs = arrivals.length > 0 ? Math.max(...arrivals) + options.latencyMs - Math.min(...arrivals) : Number.NaN
    return {
      concurrency: options.concurrency,
      ok: ok && sim.stats.decisionsApplied === options.executions,
      wallMs: result.wallMs,
      phaseMs,
      requests: sim.requests.length,
      rateLimited: sim.stats.rateLimited,
      decisions: sim.stats.decisionsApplied,
      connections: sim.stats.connections,
      detail: result.code === 0 ? '' : result.stdout.slice(-400),
    }
  } finally {
    await sim.close()
  }
}

/**
 * The fastest a batch could possibly go, from the first request to the last answer: each execution is the
 * execution read (a batch reads every execution first, for its order), the approvals read and the POST, one after the other, each taking at least `latencyMs`, with `concurrency` executions in
 * flight (latency-bound); and no request may start before the client's sliding 60-second window allows it
 * (rate-bound: the k-th request waits floor((k - 1) / limit) windows, so up to `limit` requests may burst).
 * The ideal is the larger of the two.
 * @param {{ executions: number, latencyMs: number, concurrency: number, clientLimitPerMinute: number, requestsPerExecution?: number }} o
 */
export function batchIdeal(o) {
  const perExecution = o.requestsPerExecution ?? 3
  const latencyBound = Math.ceil(o.executions / o.concurrency) * perExecution * o.latencyMs
  const requests = o.executions * perExecution
  const rateBound = Math.floor((requests - 1) / o.clientLimitPerMinute) * 60_000 + o.latencyMs
  return { latencyBound, rateBound, ideal: Math.max(latencyBound, rateBound) }
}
