// Where a cold approval's memory is, against the node:http floor doing the same requests: run when the
// memory target is missed. Each process writes at exit (bench/memory-exit-preload.cjs) its peak RSS, its
// RSS then, and the V8 heap by space, so the difference to the floor splits into the JavaScript heap (and
// which space of it) and native memory (compiled code outside the heap, buffers, Node's own).
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { startHarnessSimulator } from '../sim/harness-simulator.js'
import { actionInputs, cleanEnv, median, run } from './lib.mjs'
import { probeRequests, requestsFor } from './cold.mjs'

const FLOOR = fileURLToPath(new URL('./floor-http.mjs', import.meta.url))
const PRELOAD = fileURLToPath(new URL('./memory-exit-preload.cjs', import.meta.url))

/**
 * @typedef {{ maxRssKb: number, usage: NodeJS.MemoryUsage, spaces: Array<{ name: string, used: number, physical: number }> }} MemoryAtExit
 */

/**
 * Medians over `runs` runs of the action and of the floor on one runtime; every figure in bytes.
 * @param {{ action: string, node: string, runs: number, scratch: Awaited<ReturnType<typeof import('./lib.mjs').scratch>> }} options
 */
export async function memoryBreakdown({ action, node, runs, scratch }) {
  const sim = await startHarnessSimulator()
  try {
    const templates = await probeRequests(sim, node, action, scratch)
    /** @type {MemoryAtExit[]} */
    const actionRuns = []
    /** @type {MemoryAtExit[]} */
    const floorRuns = []
    const atExit = async (/** @type {string[]} */ args, /** @type {Record<string, string>} */ env) => {
      const file = join(scratch.dir, `memory-${Math.random().toString(36).slice(2)}`)
      const result = await run(node, ['--require', PRELOAD, ...args], { env: cleanEnv({ ...env, HAG_BENCH_MEMORY_FILE: file }), timeoutMs: 60_000 })
      if (result.code !== 0) throw new Error(`${args[0]} failed in the memory breakdown: ${result.stdout.slice(-300)}${result.stderr.slice(-300)}`)
      return /** @type {MemoryAtExit} */ (JSON.parse(await readFile(file, 'utf8')))
    }
    for (let i = 0; i < runs; i++) {
      sim.addInstance({ executionId: `breakdown${i}` })
      actionRuns.push(await atExit([action], { ...actionInputs(sim, `breakdown${i}`), ...(await scratch.githubFiles()) }))
      sim.addInstance({ executionId: `breakdownfloor${i}` })
      floorRuns.push(await atExit([FLOOR, JSON.stringify(requestsFor(templates, sim, `breakdownfloor${i}`)), sim.apiKey, sim.accountId], {}))
    }
    return { action: summarise(actionRuns), floor: summarise(floorRuns), runs }
  } finally {
    await sim.close()
  }
}

/** @param {MemoryAtExit[]} list */
function summarise(list) {
  const of = (/** @type {(m: MemoryAtExit) => number} */ f) => median(list.map(f))
  const names = [...new Set(list.flatMap((m) => m.spaces.map((s) => s.name)))]
  const heapPhysical = (/** @type {MemoryAtExit} */ m) => m.spaces.reduce((sum, s) => sum + s.physical, 0)
  return {
    peakRss: of((m) => m.maxRssKb * 1024),
    rssAtExit: of((m) => m.usage.rss),
    heapPhysical: of(heapPhysical),
    heapUsed: of((m) => m.usage.heapUsed),
    external: of((m) => m.usage.external),
    /** RSS at exit that is not the V8 heap: compiled code, Node's and V8's native memory, buffers. */
    outsideHeap: of((m) => m.usage.rss - heapPhysical(m)),
    spaces: names.map((name) => ({
      name,
      used: of((m) => m.spaces.find((s) => s.name === name)?.used ?? 0),
      physical: of((m) => m.spaces.find((s) => s.name === name)?.physical ?? 0),
    })),
  }
}
