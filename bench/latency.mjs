// Round trips on the critical path: the built action against a simulator that delays every answer, and the
// first answer on each new connection once more (as opening a connection costs on a real network). The
// count comes from the simulator's record (sim/round-trips.js), not from a clock: a request sent only after
// an answer is a later round trip. The time from the first request's arrival to the last answer is given
// beside it, in those delays.
import { startHarnessSimulator } from '../sim/harness-simulator.js'
import { roundTrips } from '../sim/round-trips.js'
import { actionInputs, cleanEnv, log, readOutputs, run } from './lib.mjs'

/**
 * What each case asks; every one decides (or plans) exec1, waiting from the start.
 * @type {Array<{ name: string, inputs: Record<string, string>, callbackId?: string }>}
 */
export const LATENCY_CASES = [
  { name: 'approval', inputs: {} },
  { name: 'approval with a callback id', inputs: { callbackId: 'deploy-gate' }, callbackId: 'deploy-gate' },
  { name: 'dry run', inputs: { dryRun: 'true' } },
]

/** What a Harness request is, in a word. @param {import('../sim/harness-simulator.js').RecordedRequest} r */
export const requestKind = (r) =>
  r.path.includes('/execution/v2/')
    ? 'execution'
    : r.path.endsWith('/harness/authorization')
      ? 'authorization'
      : r.path.endsWith('/currentUser')
        ? 'key user'
        : r.path.endsWith('/harness/activity')
          ? 'POST'
          : r.path.includes('/approvals/execution/')
            ? 'approvals'
            : `${r.method} ${r.path}`

/**
 * @param {{ action: string, node: string, runs: number, delayMs: number,
 *   scratch: Awaited<ReturnType<typeof import('./lib.mjs').scratch>> }} options
 */
export async function latencyRuns(options) {
  const results = []
  for (const c of LATENCY_CASES) {
    for (let i = 0; i < options.runs; i++) {
      const sim = await startHarnessSimulator()
      sim.setLatency(options.delayMs, options.delayMs)
      const instance = sim.addInstance({ executionId: 'exec1', ...(c.callbackId ? { callbackId: c.callbackId } : {}) })
      try {
        const files = await options.scratch.githubFiles()
        const result = await run(options.node, [options.action], { env: cleanEnv({ ...actionInputs(sim, 'exec1', c.inputs), ...files }), timeoutMs: 60_000 })
        const outputs = await readOutputs(files.GITHUB_OUTPUT)
        const dry = c.inputs.dryRun === 'true'
        const trips = roundTrips(sim.requests, requestKind)
        const answered = sim.requests.map((r) => r.answeredAt ?? Number.NaN)
        results.push({
          name: c.name,
          ok: result.code === 0 && (dry ? sim.stats.decisionsApplied === 0 : sim.instance(instance.id)?.status === 'APPROVED'),
          roundTrips: trips.count,
          waves: trips.waves,
          requests: sim.requests.length,
          connections: sim.stats.connections,
          criticalMs: Math.max(...answered) - Math.min(...sim.requests.map((r) => r.at)),
          detail: result.code === 0 ? '' : `${outputs.result ?? ''} ${result.stdout.slice(-300)}`,
        })
        log(`latency: ${c.name}, run ${i + 1}/${options.runs}: ${trips.count} round trips, ${sim.stats.connections} connection(s)`)
      } finally {
        await sim.close()
      }
    }
  }
  return results
}
