// Where a cold run's time goes: runs one complete approval with `node --cpu-prof` and adds up the sampled
// self time per package of the bundle (through the same module attribution as the bundle figures), per
// Node internal area, and for garbage collection and idle time. Used when the cold-run target is missed.
import { readdir, readFile, rm } from 'node:fs/promises'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { startHarnessSimulator } from '../sim/harness-simulator.js'
import { bundleSegments } from './bundle.mjs'
import { actionInputs, cleanEnv, run } from './lib.mjs'

/**
 * @param {{ action: string, node: string, scratch: Awaited<ReturnType<typeof import('./lib.mjs').scratch>>, runs?: number }} options
 * @returns {Promise<{ totalMs: number, rows: Array<{ name: string, ms: number }>, topFunctions: Array<{ name: string, ms: number }> }>}
 */
export async function profileColdRun(options) {
  const code = await readFile(options.action, 'utf8')
  const segments = bundleSegments(code)
  const actionUrl = pathToFileURL(options.action).href
  const runs = options.runs ?? 5
  /** @type {Map<string, number>} */
  const byArea = new Map()
  /** @type {Map<string, number>} */
  const byFunction = new Map()
  let totalMs = 0
  const sim = await startHarnessSimulator()
  try {
    for (let i = 0; i < runs; i++) {
      const dir = await mkdtemp(join(tmpdir(), 'hag-prof-'))
      try {
        const id = `prof${i}`
        sim.addInstance({ executionId: id })
        const files = await options.scratch.githubFiles()
        // 100 µs sampling: a cold run lasts about a tenth of a second.
        await run(options.node, ['--cpu-prof', '--cpu-prof-interval', '100', '--cpu-prof-dir', dir, options.action], {
          env: cleanEnv({ ...actionInputs(sim, id), ...files }),
          timeoutMs: 60_000,
        })
        const name = (await readdir(dir)).find((f) => f.endsWith('.cpuprofile'))
        if (!name) continue
        const profile = JSON.parse(await readFile(join(dir, name), 'utf8'))
        totalMs += (profile.endTime - profile.startTime) / 1000
        /** @type {Map<number, any>} */
        const nodes = new Map(profile.nodes.map((/** @type {any} */ n) => [n.id, n]))
        profile.samples.forEach((/** @type {number} */ id, /** @type {number} */ k) => {
          const node = nodes.get(id)
          const dt = (profile.timeDeltas[k] ?? 0) / 1000
          const frame = node.callFrame
          const area = areaOf(frame, actionUrl, segments)
          byArea.set(area, (byArea.get(area) ?? 0) + dt)
          const fn = `${frame.functionName || '(anonymous)'} [${area}]`
          byFunction.set(fn, (byFunction.get(fn) ?? 0) + dt)
        })
      } finally {
        await rm(dir, { recursive: true, force: true })
      }
    }
  } finally {
    await sim.close()
  }
  const per = (/** @type {Map<string, number>} */ map) =>
    [...map].map(([name, ms]) => ({ name, ms: ms / runs })).sort((a, b) => b.ms - a.ms)
  return { totalMs: totalMs / runs, rows: per(byArea), topFunctions: per(byFunction).slice(0, 12) }
}

/**
 * @param {{ url: string, lineNumber: number, functionName: string }} frame
 * @param {string} actionUrl
 * @param {ReturnType<typeof bundleSegments>} segments
 */
function areaOf(frame, actionUrl, segments) {
  if (frame.url === actionUrl) {
    const segment = segments.find((s) => frame.lineNumber >= s.start && frame.lineNumber < s.end)
    return `bundle: ${segment?.owner ?? '(unknown)'}`
  }
  if (frame.functionName === '(garbage collector)') return 'garbage collection'
  if (frame.functionName === '(idle)') return 'idle (waiting for I/O)'
  if (frame.functionName === '(program)') return 'native (V8/Node, outside JS: compiling, startup)'
  if (frame.url.startsWith('node:internal/modules') || frame.url.startsWith('node:internal/main')) return 'node: module loading'
  if (frame.url.startsWith('node:')) return `node: ${frame.url.replace(/^node:(internal\/)?/, '').split('/')[0]}`
  if (frame.url === '') return frame.functionName ? `native: ${frame.functionName}` : 'native'
  return 'other'
}
