// The economy scenario: a status gate of many polls, counting what the run asks of each origin. Before the
// wait the run checks with Harness (the execution, its approvals, whether the key may decide, the key's
// user), during it the watch re-reads the execution, and after it the decision reads and posts; all of it,
// one request at a time, on one connection to Harness. Nothing here asserts: run.mjs judges the figures.
import { startHarnessSimulator } from '../sim/harness-simulator.js'
import { startStatusServer } from '../sim/status-server.js'
import { actionInputs, cleanEnv, log, readOutputs, run } from './lib.mjs'
import { requestKind } from './latency.mjs'

/** The gate's back-off, as src/gate/verdict.ts defines it: factor 1.5 per attempt, ±20% jitter, clamped. */
export const BACKOFF = { factor: 1.5, jitter: 0.2 }

/**
 * The watch's interval during a gate, as src/run/before-wait.ts sets it: about every 30 s, or as often as
 * the gate polls at most when that is more often, but never more often than once a second.
 * @param {number} maxPollIntervalMs
 */
export const watchIntervalMs = (maxPollIntervalMs) => Math.min(30_000, Math.max(1_000, maxPollIntervalMs))

/** What the check before the wait asks, each once (a personal key: the key's user is read too). */
export const PREFLIGHT = ['execution', 'approvals', 'authorization', 'key user']
/** What the decision after the wait sends: the execution and its approvals, one at a time, then the POST. */
export const DECISION = ['execution', 'approvals', 'POST']

/**
 * The band [from, to] the wait after poll number `attempt` (1-based) must fall in.
 * @param {number} attempt
 * @param {number} low pollInterval in ms
 * @param {number} high maxPollInterval in ms
 */
export function predictedWait(attempt, low, high) {
  const base = Math.min(high, low * BACKOFF.factor ** Math.max(0, attempt - 1))
  return { from: Math.max(low, base * (1 - BACKOFF.jitter)), to: Math.min(high, base * (1 + BACKOFF.jitter)) }
}

/**
 * Harness's requests of one gated run, in three phases by the status polls: before the first poll (the
 * check), between the first and the last (the watch), after the last (the decision). The watch may read
 * once per interval of the gate's span (from the check's last request to the decision's first), no more.
 * @param {import('../sim/harness-simulator.js').RecordedRequest[]} requests
 * @param {number[]} polls Epoch ms of each poll's arrival.
 * @param {number} intervalMs The watch's interval.
 */
export function harnessPhases(requests, polls, intervalMs) {
  const first = polls[0] ?? 0
  const last = polls.at(-1) ?? 0
  const kinds = (/** @type {typeof requests} */ list) => list.map(requestKind)
  const before = requests.filter((r) => r.at < first)
  const during = requests.filter((r) => r.at >= first && r.at <= last)
  const after = requests.filter((r) => r.at > last)
  const spanFrom = before.at(-1)?.at ?? first
  const spanTo = after[0]?.at ?? last
  const watchAllowed = Math.floor((spanTo - spanFrom) / intervalMs)
  const gaps = during.slice(1).map((r, k) => r.at - /** @type {typeof r} */ (during[k]).at)
  const same = (/** @type {string[]} */ a, /** @type {string[]} */ b) => a.length === b.length && a.every((x, k) => x === b[k])
  return {
    preflight: kinds(before),
    watch: kinds(during),
    decision: kinds(after),
    watchAllowed,
    expected: PREFLIGHT.length + watchAllowed + DECISION.length,
    // Each of the check's reads once, in any order; the watch only re-reads the execution, never more often
    // than its interval (5 ms for the timer); the decision as it goes.
    ok:
      same([...kinds(before)].sort(), [...PREFLIGHT].sort()) &&
      during.every((r) => requestKind(r) === 'execution') &&
      during.length <= watchAllowed &&
      gaps.every((g) => g >= intervalMs - 5) &&
      same(kinds(after), DECISION),
  }
}

/**
 * A 60-poll wait: the status is pending 59 times, then success. Counted: TCP connections and requests at
 * the status server and at Harness, and whether every gap between two polls is the one the back-off allows.
 * @param {{ action: string, node: string, runs: number, polls: number, pollIntervalMs: number,
 *   maxPollIntervalMs: number, scratch: Awaited<ReturnType<typeof import('./lib.mjs').scratch>> }} options
 */
export async function economyRuns(options) {
  const results = []
  for (let i = 0; i < options.runs; i++) {
    const sim = await startHarnessSimulator()
    const status = await startStatusServer()
    const executionId = `econ${i}`
    sim.addInstance({ executionId })
    /** @type {number[]} */
    const times = []
    /** @type {number[]} */
    const arrivals = []
    const answers = Array.from({ length: options.polls }, (_, n) => () => {
      times.push(performance.now())
      arrivals.push(Date.now())
      return { json: { status: n < options.polls - 1 ? 'running' : 'success' } }
    })
    status.script(answers)
    try {
      const files = await options.scratch.githubFiles()
      const env = cleanEnv({
        ...actionInputs(sim, executionId, {
          statusUrl: `${status.url}job/42`,
          statusField: 'status',
          pollInterval: `${options.pollIntervalMs}ms`,
          maxPollInterval: `${options.maxPollIntervalMs}ms`,
          timeout: '5m',
        }),
        ...files,
      })
      const result = await run(options.node, [options.action], { env, timeoutMs: 300_000 })
      const outputs = await readOutputs(files.GITHUB_OUTPUT)
      // Each gap is measured between two arrivals, so it also holds one request's time (a millisecond or so
      // on loopback): a gap counts as predicted when it lies in [from - 5 ms, to + 25 ms].
      // A wait shorter than its band would mean more polls than the back-off allows; a longer one only a
      // late timer (a busy machine), which costs no extra request. Both are reported; only short ones miss.
      let gapsInBand = 0
      let gapsTooShort = 0
      /** @type {Array<{ attempt: number, gapMs: number, from: number, to: number }>} */
      const outOfBand = []
      for (let k = 1; k < times.length; k++) {
        const gap = /** @type {number} */ (times[k]) - /** @type {number} */ (times[k - 1])
        const { from, to } = predictedWait(k, options.pollIntervalMs, options.maxPollIntervalMs)
        if (gap >= from - 5 && gap <= to + 25) gapsInBand++
        else outOfBand.push({ attempt: k, gapMs: Math.round(gap), from: Math.round(from), to: Math.round(to) })
        if (gap < from - 5) gapsTooShort++
      }
      const phases = harnessPhases(sim.requests, arrivals, watchIntervalMs(options.maxPollIntervalMs))
      results.push({
        ok: result.code === 0 && outputs.approvalStatus === 'APPROVED',
        attemptsOutput: Number(outputs.attempts),
        statusRequests: status.requests.length,
        statusConnections: status.connections,
        harnessRequests: sim.requests.length,
        harnessConnections: sim.stats.connections,
        phases,
        gaps: times.length - 1,
        gapsInBand,
        gapsTooShort,
        outOfBand,
        waitMs: times.length > 1 ? /** @type {number} */ (times.at(-1)) - /** @type {number} */ (times[0]) : 0,
        wallMs: result.wallMs,
      })
      log(`economy run ${i + 1}/${options.runs}: ${status.connections} status connection(s), ${status.requests.length} polls, ${sim.stats.connections} Harness connection(s), ${sim.requests.length} Harness requests (check ${phases.preflight.length}, watch ${phases.watch.length} of at most ${phases.watchAllowed}, decision ${phases.decision.length})`)
    } finally {
      await status.close()
      await sim.close()
    }
  }
  return results
}
