// `npm run bench`: measures every figure of the performance targets side by side in one run, against the
// simulators on 127.0.0.1, and writes bench/RESULTS.md. Options:
//   --quick         fewer repetitions (a smoke run; figures are noisier)
//   --rounds=N      cold-run rounds (default 15): more on a busy machine, where the medians move between runs
//   --no-install    do not install Node 24 into .cache/node24 when it is missing
//   --runtime=24    run the reaction, economy and batch figures on Node 24 (default: the Node running this)
//   --rate-bound    also run a batch whose client-side limit binds (adds about a minute)
//   --only=a,b      only these figures: bundle, cold, memory, reaction, economy, batch, latency
//   --out=FILE      write the results somewhere else than bench/RESULTS.md
//   --compare=FILE  also run another build's action bundle (with its package.json beside it) in every cold round
//   --compare-label=TEXT  what that build is, for the report
import { writeFile } from 'node:fs/promises'
import { loadavg } from 'node:os'
import { join, resolve } from 'node:path'
import { bundleFigures } from './bundle.mjs'
import { log, machine, nodeVersion, rssMethod, scratch, sec, snapshotDist, findNode24 } from './lib.mjs'
import { profileColdRun } from './profile.mjs'
import { memoryBreakdown } from './memory-breakdown.mjs'
import { startHarnessSimulator } from '../sim/harness-simulator.js'
import { builtinsLoaded, coldRuns, findCurl, probeRequests } from './cold.mjs'
import { batchFloorRun, batchRun, memoryRuns, reactionTrials } from './scenarios.mjs'
import { economyRuns } from './economy.mjs'
import { LATENCY_CASES, latencyRuns } from './latency.mjs'
import { flag, option, OUT, PLAN, wants } from './plan.mjs'
import { evaluate, render } from './report.mjs'

async function main() {
  const started = performance.now()
  const work = await scratch()
  /** @type {string[]} */
  const notes = []
  try {
    const dist = await snapshotDist(join(work.dir, 'dist'))
    const host = machine()
    const node24 = await findNode24({ install: !flag('no-install') })
    if ('error' in node24) {
      notes.push(`Node 24 could not be used: ${node24.error}. Its figures are missing below.`)
      log(node24.error)
    }
    const current = { label: `Node ${process.version}`, bin: process.execPath, version: process.version }
    const runtimes = [current]
    if (!('error' in node24) && node24.bin !== process.execPath) runtimes.push({ label: `Node ${node24.version}`, bin: node24.bin, version: node24.version })
    const main = option('runtime') === '24' && !('error' in node24) ? { label: `Node ${node24.version}`, bin: node24.bin, version: node24.version } : current
    const curl = await findCurl()
    if (!curl) notes.push('curl is not installed: the curl comparison is missing.')
    const memoryMethod = await rssMethod()

    /** @type {Record<string, any>} */
    const r = {}
    if (wants('bundle')) {
      log('bundle: sizes, undici copies, bytes per package')
      r.bundle = await bundleFigures([
        { name: 'dist/index.js', path: dist.action },
        { name: 'dist/undici.js', path: dist.undici },
        { name: 'dist/cli.js', path: dist.cli },
      ])
    }
    if (wants('cold')) {
      log(`cold run: ${PLAN.cold.rounds} rounds (+${PLAN.cold.warmup} warm-up) on ${runtimes.map((x) => x.label).join(' and ')}`)
      // Other processes on the machine slow short runs down more than long ones: the load is recorded.
      const loadBefore = loadavg()[0]
      const compare = option('compare')
      r.cold = await coldRuns({ action: dist.action, runtimes, rounds: PLAN.cold.rounds, warmup: PLAN.cold.warmup, scratch: work, curl, ...(compare ? { compare: resolve(compare) } : {}) })
      r.coldLoad = { before: loadBefore, after: loadavg()[0] }
      log('cold run: which Node built-ins the action and the floor load')
      r.builtins = []
      for (const rt of runtimes) r.builtins.push({ label: rt.label, ...(await builtinsLoaded({ action: dist.action, node: rt.bin, scratch: work })) })
    }
    if (wants('memory')) {
      log(`memory: ${PLAN.memory.rounds} runs per runtime (${memoryMethod})`)
      r.memory = await memoryRuns({ action: dist.action, runtimes, rounds: PLAN.memory.rounds, scratch: work })
    }
    if (wants('reaction')) {
      log(`reaction: ${PLAN.reaction.trials} trials on ${main.label}`)
      r.reaction = await reactionTrials({ ...PLAN.reaction, action: dist.action, node: main.bin, scratch: work })
    }
    if (wants('economy')) {
      log(`economy: ${PLAN.economy.runs} runs of a ${PLAN.economy.polls}-poll wait on ${main.label}`)
      r.economy = await economyRuns({ ...PLAN.economy, action: dist.action, node: main.bin, scratch: work })
    }
    if (wants('batch')) {
      r.batch = []
      // What one execution sends, for the floor program and the ideal.
      const probeSim = await startHarnessSimulator()
      try {
        r.batchTemplates = await probeRequests(probeSim, main.bin, dist.action, work)
      } finally {
        await probeSim.close()
      }
      for (const concurrency of PLAN.batch.concurrencies) {
        const runs = []
        const floorRuns = []
        for (let i = 0; i < PLAN.batch.runs; i++) {
          log(`batch: concurrency ${concurrency}, run ${i + 1}/${PLAN.batch.runs}`)
          runs.push(await batchRun({ ...PLAN.batch, concurrency, action: dist.action, node: main.bin, scratch: work }))
          // The floor right after, under the same machine load; one at a time only once (it takes 20 s).
          if (concurrency > 1 || i === 0) floorRuns.push(await batchFloorRun({ ...PLAN.batch, concurrency, node: main.bin, templates: r.batchTemplates }))
        }
        r.batch.push({ concurrency, runs, floorRuns })
      }
      if (flag('rate-bound')) {
        log('batch: rate-bound run (about a minute)')
        r.rateBound = await batchRun({ ...PLAN.rateBound, action: dist.action, node: main.bin, scratch: work })
      }
    }

    if (wants('latency')) {
      log(`latency: round trips of ${LATENCY_CASES.map((c) => c.name).join(', ')}, ${PLAN.latency.delayMs} ms per request and per new connection, on ${main.label}`)
      r.latency = await latencyRuns({ ...PLAN.latency, action: dist.action, node: main.bin, scratch: work })
    }

    const summary = evaluate(r)
    // A missed time or memory target gets a CPU profile of the cold run on each runtime, for the diagnosis.
    if (summary.coldMissed || summary.memoryMissed) {
      if (summary.memoryMissed) {
        r.memoryBreakdown = []
        for (const rt of runtimes) {
          log(`diagnosis: where the memory of a cold run is, on ${rt.label}`)
          r.memoryBreakdown.push({ label: rt.label, ...(await memoryBreakdown({ action: dist.action, node: rt.bin, runs: 5, scratch: work })) })
        }
      }
      r.profiles = []
      for (const rt of runtimes) {
        log(`profile: cold run on ${rt.label}`)
        r.profiles.push({ label: rt.label, ...(await profileColdRun({ action: dist.action, node: rt.bin, scratch: work, runs: 5 })) })
      }
    }
    const versions = await Promise.all(runtimes.map(async (x) => `${x.label} (${(await nodeVersion(x.bin)) ?? '?'})`))
    const markdown = render({ r, summary, host, versions, main, notes, memoryMethod, curl, elapsedMs: performance.now() - started })
    await writeFile(OUT, markdown)
    log(`wrote ${OUT} in ${sec(performance.now() - started)}`)
    process.stdout.write(`${summary.rows.map((row) => `${row[0]}: ${row[1]} (${row[3].replaceAll('*', '')})`).join('\n')}\n`)
  } finally {
    await work.dispose()
  }
}

await main()
