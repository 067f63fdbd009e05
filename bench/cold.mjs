// The cold-run scenario: one complete approval per process, timed against `node -e 0`, an empty module, a
// minimal node:http program sending the same requests, and curl; the probe run that learns what an approval
// sends; and which Node built-ins a run loads. Raw figures only: report.mjs compares them with the targets.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { startHarnessSimulator } from '../sim/harness-simulator.js'
import { actionInputs, cleanEnv, readOutputs, run } from './lib.mjs'

export const FLOOR = fileURLToPath(new URL('./floor-http.mjs', import.meta.url))
const EMPTY_MODULE = fileURLToPath(new URL('./empty-module.mjs', import.meta.url))
const MODULE_LIST = fileURLToPath(new URL('./module-list-preload.cjs', import.meta.url))

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
