// The measured scenarios. Each runs the built action (a snapshot of dist/index.js) as a child process
// against the Harness simulator and, for the gate, the status server, both on 127.0.0.1 in this process.
// Nothing here asserts: every function returns raw figures, and run.mjs compares them with the targets.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { startHarnessSimulator } from '../sim/harness-simulator.js'
import { startStatusServer } from '../sim/status-server.js'
import { actionInputs, cleanEnv, log, readOutputs, run, runWithPeakRss } from './lib.mjs'

const FLOOR = fileURLToPath(new URL('./floor-http.mjs', import.meta.url))
const FLOOR_BATCH = fileURLToPath(new URL('./floor-http-batch.mjs', import.meta.url))
const EMPTY_MODULE = fileURLToPath(new URL('./empty-module.mjs', import.meta.url))
const MODULE_LIST = fileURLToPath(new URL('./module-list-preload.cjs', import.meta.url))

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

// ----- cold run -------------------------------------------------------------------------------------------

/**
 * @typedef {{ method: string, path: string, query: string, body?: string, wave: number }} RequestTemplate
 *   One request of an approval, with `{id}` where the execution id was and `{instance}` where the approval
 *   instance's id was; `wave`: requests of one wave went together (none waited for another's answer).
 */

/** How long the probe's simulator delays each answer, so that requests sent together show as together. */
const PROBE_LATENCY_MS = 40

/**
 * What one complete approval sends, learned from a probe run of the action rather than written down here:
 * today the execution and its approvals read together, then the decision POST to the instance read, and
 * whatever the action comes to send without a change to the benchmark. The simulator delays every answer
 * during the probe, so that a request sent only after an earlier answer shows as a later wave. The floor
 * program and curl replay exactly this.
 * @param {import('../sim/harness-simulator.js').HarnessSimulator} sim
 * @param {string} node
 * @param {string} action
 * @param {Awaited<ReturnType<typeof import('./lib.mjs').scratch>>} scratch
 * @returns {Promise<RequestTemplate[]>}
 */
export async function probeRequests(sim, node, action, scratch) {
  const id = 'probe0000000000000001'
  const instance = sim.addInstance({ executionId: id })
  const from = sim.requests.length
  const files = await scratch.githubFiles()
  sim.setLatency(PROBE_LATENCY_MS)
  const result = await run(node, [action], { env: cleanEnv({ ...actionInputs(sim, id), ...files }), timeoutMs: 60_000 }).finally(() => sim.setLatency(0))
  const outputs = await readOutputs(files.GITHUB_OUTPUT)
  if (result.code !== 0 || outputs.approvalStatus !== 'APPROVED') {
    throw new Error(`the probe run of the action failed (exit ${result.code}, approvalStatus ${outputs.approvalStatus}): ${result.stdout.slice(-300)}`)
  }
  const template = (/** @type {string} */ text) => text.replaceAll(id, '{id}').replaceAll(instance.id, '{instance}')
  const sent = sim.requests.slice(from)
  /** @type {number[]} */
  const waves = []
  sent.forEach((q, i) => {
    // A request's wave follows every wave answered before it arrived.
    const after = sent.slice(0, i).reduce((w, p, j) => (p.answeredAt !== undefined && p.answeredAt <= q.at ? Math.max(w, waves[j] ?? 0) : w), 0)
    waves.push(after + 1)
  })
  return sent.map((q, i) => ({
    method: q.method,
    path: template(q.path),
    query: template(new URLSearchParams(q.query).toString()),
    ...(q.rawBody ? { body: template(q.rawBody) } : {}),
    wave: waves[i] ?? 1,
  }))
}

/**
 * The templates' requests for one execution. `instanceId` fills `{instance}` for a client that cannot read
 * it (curl); without it, `{instance}` stays for the floor programs, which take it from the approvals read.
 * @param {RequestTemplate[]} templates
 * @param {import('../sim/harness-simulator.js').HarnessSimulator} sim
 * @param {string} executionId
 * @param {string} [instanceId]
 */
export function requestsFor(templates, sim, executionId, instanceId) {
  const origin = new URL(sim.baseUrl).origin
  const fill = (/** @type {string} */ text) => (instanceId === undefined ? text : text.replaceAll('{instance}', instanceId)).replaceAll('{id}', executionId)
  return templates.map((t) => ({
    method: t.method,
    url: `${origin}${fill(t.path)}${t.query ? `?${fill(t.query)}` : ''}`,
    ...(t.body !== undefined ? { body: fill(t.body) } : {}),
    wave: t.wave,
  }))
}

/** The waves of an approval, as text: `GET a + GET b, then POST c`. @param {RequestTemplate[]} templates */
export function describeWaves(templates) {
  const waves = [...new Set(templates.map((t) => t.wave))].sort((a, b) => a - b)
  return waves.map((w) => templates.filter((t) => t.wave === w).map((t) => `\`${describeRequest(t)}\``).join(' together with ')).join(', then ')
}

/** @param {RequestTemplate} t */
export const describeRequest = (t) => `${t.method} ${t.path}${t.query ? `?${t.query}` : ''}`

/**
 * One complete approval per process, side by side with `node -e 0` on the same runtime, with curl making
 * the same requests, and with bench/floor-http.mjs (the same requests from a minimal node:http program).
 * What "the same requests" are comes from a probe run of the action (probeRequests). The first `warmup`
 * rounds fill the page cache and are dropped. Also recorded: how long each action process took from spawn
 * to its first request reaching the simulator (start-up), and lived after its last one (teardown).
 * @param {{ action: string, runtimes: Array<{ label: string, bin: string }>, rounds: number, warmup: number,
 *   scratch: Awaited<ReturnType<typeof import('./lib.mjs').scratch>>, curl: string | null, nodeFlags?: string[],
 *   floor?: boolean, compare?: string }} options `compare`: another build's action, run right after this one in
 *   every round (same inputs, same simulator), for an A/B comparison under the same conditions.
 */
export async function coldRuns({ action, runtimes, rounds, warmup, scratch, curl, nodeFlags = [], floor = true, compare }) {
  const sim = await startHarnessSimulator()
  const byRuntime = runtimes.map((r) => ({
    ...r,
    bare: /** @type {number[]} */ ([]),
    emptyModule: /** @type {number[]} */ ([]),
    action: /** @type {number[]} */ ([]),
    compared: /** @type {number[]} */ ([]),
    spawnToFirstRequest: /** @type {number[]} */ ([]),
    postToExit: /** @type {number[]} */ ([]),
    floor: /** @type {number[]} */ ([]),
    floorSpawnToFirstRequest: /** @type {number[]} */ ([]),
    failures: /** @type {string[]} */ ([]),
  }))
  /** @type {number[]} */
  const curlTimes = []
  /** @type {string[]} */
  const curlFailures = []
  let n = 0
  try {
    const templates = await probeRequests(sim, /** @type {string} */ (runtimes[0]?.bin), action, scratch)
    /** The requests about one execution or its approval instance, in arrival order (the decision names only the instance). */
    const arrivals = (/** @type {string} */ id, /** @type {string} */ instanceId) =>
      sim.requests.filter((q) => q.path.split('/').some((part) => part === id || part === instanceId) || Object.values(q.query).includes(id))
    for (let round = 0; round < warmup + rounds; round++) {
      const keep = round >= warmup
      for (const rt of byRuntime) {
        const bare = await run(rt.bin, ['-e', '0'])
        const empty = floor ? await run(rt.bin, [EMPTY_MODULE]) : undefined
        const id = `cold${++n}`
        const instance = sim.addInstance({ executionId: id })
        const files = await scratch.githubFiles()
        const spawnedAt = Date.now()
        const result = await run(rt.bin, [...nodeFlags, action], { env: cleanEnv({ ...actionInputs(sim, id), ...files }), timeoutMs: 60_000 })
        const outputs = await readOutputs(files.GITHUB_OUTPUT)
        const sent = arrivals(id, instance.id)
        if (result.code !== 0 || outputs.approvalStatus !== 'APPROVED' || sent.length !== templates.length) {
          rt.failures.push(`exit ${result.code}, approvalStatus ${outputs.approvalStatus}, ${sent.length} requests: ${result.stdout.slice(-300)}`)
        }
        let comparedMs = Number.NaN
        if (compare) {
          const otherId = `other${n}`
          sim.addInstance({ executionId: otherId })
          const other = await run(rt.bin, [...nodeFlags, compare], { env: cleanEnv({ ...actionInputs(sim, otherId), ...(await scratch.githubFiles()) }), timeoutMs: 60_000 })
          if (other.code !== 0) rt.failures.push(`the compared build: exit ${other.code}: ${other.stdout.slice(-200)}`)
          comparedMs = other.wallMs
        }
        let floorMs = Number.NaN
        let floorFirstMs = Number.NaN
        if (floor) {
          const floorId = `floor${n}`
          const floorInstance = sim.addInstance({ executionId: floorId })
          const floorSpawnedAt = Date.now()
          const f = await run(rt.bin, [FLOOR, JSON.stringify(requestsFor(templates, sim, floorId)), sim.apiKey, sim.accountId], { timeoutMs: 30_000 })
          const floorSent = arrivals(floorId, floorInstance.id)
          // The floor must do the whole approval, decision included, or it is no baseline.
          if (f.code !== 0 || floorSent.length !== templates.length || sim.instance(floorInstance.id)?.status !== 'APPROVED') {
            rt.failures.push(`floor-http.mjs exit ${f.code}, ${floorSent.length} requests, instance ${sim.instance(floorInstance.id)?.status}: ${f.stderr.slice(-200)}`)
          }
          floorMs = f.wallMs
          const first = floorSent[0]
          if (first) floorFirstMs = first.at - floorSpawnedAt
        }
        if (keep) {
          rt.bare.push(bare.wallMs)
          if (empty) rt.emptyModule.push(empty.wallMs)
          rt.action.push(result.wallMs)
          if (compare) rt.compared.push(comparedMs)
          const first = sent[0]
          const last = sent.at(-1)
          if (first) rt.spawnToFirstRequest.push(first.at - spawnedAt)
          if (last) rt.postToExit.push(spawnedAt + result.wallMs - last.at)
          if (floor) {
            rt.floor.push(floorMs)
            rt.floorSpawnToFirstRequest.push(floorFirstMs)
          }
        }
      }
      if (curl) {
        const id = `curl${++n}`
        const instance = sim.addInstance({ executionId: id })
        // curl cannot read the instance id from an answer: it is handed the one the simulator made.
        const result = await curlApproval(curl, sim, requestsFor(templates, sim, id, instance.id))
        if (!result.ok) curlFailures.push(result.detail)
        if (keep) curlTimes.push(result.wallMs)
      }
    }
    return { byRuntime, curl: curlTimes, curlFailures, requests: templates.map(describeRequest), waves: describeWaves(templates), templates }
  } finally {
    await sim.close()
  }
}

/**
 * The same requests in one curl process (`--next` between them), reusing its connection, as the action does.
 * @param {string} curl
 * @param {import('../sim/harness-simulator.js').HarnessSimulator} sim
 * @param {Array<{ method: string, url: string, body?: string }>} requests
 */
async function curlApproval(curl, sim, requests) {
  const common = ['-sS', '-w', '\n@@%{http_code}@@\n', '-H', `x-api-key: ${sim.apiKey}`, '-H', `Harness-Account: ${sim.accountId}`, '-H', 'accept: application/json']
  const args = requests.flatMap((r, i) => [
    ...(i > 0 ? ['--next'] : []),
    ...common,
    '-X', r.method,
    ...(r.body !== undefined ? ['-H', 'content-type: application/json', '--data-binary', r.body] : []),
    r.url,
  ])
  const result = await run(curl, args, { timeoutMs: 30_000 })
  const codes = [...result.stdout.matchAll(/@@(\d{3})@@/g)].map((m) => m[1])
  const ok = result.code === 0 && codes.length === requests.length && codes.every((c) => c === '200')
  return { ok, wallMs: result.wallMs, detail: `exit ${result.code}, statuses ${codes.join(',')}: ${result.stderr.slice(-200)}` }
}

/** The curl binary on PATH, or null. */
export async function findCurl() {
  const probe = await run('curl', ['--version']).catch(() => undefined)
  return probe && probe.code === 0 ? 'curl' : null
}

/**
 * Which of Node's built-in modules a complete approval loads, beyond those `node -e 0` has loaded, and the
 * same for the floor program: every built-in is compiled when first loaded, so this is much of what a cold
 * run costs over bare Node, counted rather than timed. Read from `process.moduleLoadList` at exit.
 * @param {{ action: string, node: string, scratch: Awaited<ReturnType<typeof import('./lib.mjs').scratch>> }} options
 */
export async function builtinsLoaded({ action, node, scratch }) {
  const sim = await startHarnessSimulator()
  try {
    const templates = await probeRequests(sim, node, action, scratch)
    const list = async (/** @type {string[]} */ args, /** @type {Record<string, string>} */ env) => {
      const file = join(scratch.dir, `modules-${Math.random().toString(36).slice(2)}`)
      const result = await run(node, ['--require', MODULE_LIST, ...args], { env: cleanEnv({ ...env, HAG_BENCH_MODULES_FILE: file }), timeoutMs: 60_000 })
      if (result.code !== 0) throw new Error(`${args.join(' ')} failed while listing its modules: ${result.stderr.slice(-300)}`)
      return new Set((await readFile(file, 'utf8')).split('\n').filter(Boolean))
    }
    const bare = await list(['-e', '0'], {})
    sim.addInstance({ executionId: 'modules1' })
    const actionModules = await list([action], { ...actionInputs(sim, 'modules1'), ...(await scratch.githubFiles()) })
    sim.addInstance({ executionId: 'modules2' })
    const floorModules = await list([FLOOR, JSON.stringify(requestsFor(templates, sim, 'modules2')), sim.apiKey, sim.accountId], {})
    const beyond = (/** @type {Set<string>} */ set) => [...set].filter((m) => !bare.has(m)).sort()
    const action_ = beyond(actionModules)
    const floor_ = beyond(floorModules)
    return { action: action_, floor: floor_, actionOnly: action_.filter((m) => !floorModules.has(m)) }
  } finally {
    await sim.close()
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
 *   templates: RequestTemplate[] }} options
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
