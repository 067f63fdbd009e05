// How the raw figures compare with the targets (evaluate), and RESULTS.md written from them (render).
import { mb, median, minMax, ms, percentile, sec, verdict } from './lib.mjs'
import { argv, bundleTarget, kb, option, percentOver, PLAN, TARGETS } from './plan.mjs'
import { batchIdeal } from './scenarios.mjs'
import { DECISION, PREFLIGHT, watchIntervalMs } from './economy.mjs'
import { LATENCY_CASES } from './latency.mjs'

// ----- evaluation -----------------------------------------------------------------------------------------

/** @param {Record<string, any>} r */
export function evaluate(r) {
  /** @type {Array<[string, string, string, string]>} */
  const rows = []
  let coldMissed = false
  let memoryMissed = false
  /** @type {Record<string, any>} */
  const derived = {}

  if (r.bundle) {
    for (const b of r.bundle) {
      if (b.missing) {
        rows.push([`bundle ${b.file}`, 'missing', bundleTarget(b.file), verdict(false)])
        continue
      }
      const target = TARGETS.bundles[b.file] ?? { bytes: 700_000, undici: 1 }
      const ok = b.bytes <= target.bytes && b.undici.copies === target.undici
      const copies = b.undici.copies === 0 ? 'no undici' : `${b.undici.copies} cop${b.undici.copies === 1 ? 'y' : 'ies'} of undici (${b.undici.versions.join(', ')})`
      rows.push([`bundle \`${b.file}\``, `${kb(b.bytes)} (${(b.bytes / 1024).toFixed(0)} KiB); ${copies}`, bundleTarget(b.file), verdict(ok)])
    }
  }
  if (r.cold) {
    const curl = r.cold.curl.length ? median(r.cold.curl) : Number.NaN
    derived.cold = r.cold.byRuntime.map((/** @type {any} */ rt) => {
      const action = median(rt.action)
      const bare = median(rt.bare)
      const ratio = action / bare
      const target = TARGETS.coldRatio(rt.version)
      const ok = ratio <= target && rt.failures.length === 0
      if (!ok) coldMissed = true
      rows.push([
        `cold approval, ${rt.label}`,
        `${ms(action)} vs \`node -e 0\` ${ms(bare)} = **${ratio.toFixed(2)}x** (node:http floor ${(median(rt.floor) / bare).toFixed(2)}x; curl ${ms(curl)})${rt.failures.length ? `; ${rt.failures.length} failed` : ''}`,
        `at most ${target}x \`node -e 0\``,
        verdict(ok),
      ])
      return { label: rt.label, action, bare, ratio, target, ok, n: rt.action.length }
    })
  }
  if (r.memory) {
    derived.memory = r.memory.map((/** @type {any} */ rt) => {
      const kb = median(rt.actionKb)
      const bareKb = median(rt.bareKb)
      const limit = TARGETS.rssBytes(rt.version ?? rt.label.replace(/^Node /, ''))
      const ok = kb * 1024 <= limit && rt.failures.length === 0
      if (!ok) memoryMissed = true
      rows.push([`memory, ${rt.label}`, `peak RSS ${mb(kb * 1024)} (\`node -e 0\`: ${mb(bareKb * 1024)}; node:http floor ${mb(median(rt.floorKb) * 1024)})`, `at most ${mb(limit)}`, verdict(ok)])
      return { label: rt.label, kb, bareKb, ok }
    })
  }
  if (r.reaction) {
    const good = r.reaction.filter((/** @type {any} */ t) => t.ok)
    const times = good.map((/** @type {any} */ t) => t.reactionMs)
    const p95 = percentile(times, 95)
    const limit = PLAN.reaction.maxPollIntervalMs + TARGETS.reactionSlackMs
    const ok = good.length === r.reaction.length && p95 <= limit
    derived.reaction = { p95, p50: median(times), max: Math.max(...times), limit, ok, failed: r.reaction.length - good.length }
    rows.push([
      'reaction',
      `p95 **${ms(p95)}** (median ${ms(median(times))}, max ${ms(Math.max(...times))}; ${times.length} trials)`,
      `p95 within maxPollInterval + 250 ms = ${ms(limit)}`,
      verdict(ok),
    ])
  }
  if (r.economy) {
    const e = r.economy
    const all = (/** @type {(x: any) => boolean} */ f) => e.every(f)
    const statusConn = Math.max(...e.map((/** @type {any} */ x) => x.statusConnections))
    const harnessConn = Math.max(...e.map((/** @type {any} */ x) => x.harnessConnections))
    const polls = Math.max(...e.map((/** @type {any} */ x) => x.statusRequests))
    const harnessRequests = Math.max(...e.map((/** @type {any} */ x) => x.harnessRequests))
    const inBand = Math.min(...e.map((/** @type {any} */ x) => x.gapsInBand))
    const gaps = e[0]?.gaps ?? 0
    const okConnections = statusConn === 1 && harnessConn === 1
    const tooShort = Math.max(...e.map((/** @type {any} */ x) => x.gapsTooShort))
    const okPolls = all((x) => x.statusRequests === PLAN.economy.polls && x.gapsTooShort === 0)
    // Harness: the check's reads, the watch's re-reads (at most one per interval of the gate), the decision's.
    const okHarness = all((x) => x.phases.ok)
    const ok = okConnections && okPolls && okHarness && all((x) => x.ok)
    const worst = [...e].sort((a, b) => b.harnessRequests - b.phases.expected - (a.harnessRequests - a.phases.expected))[0]
    derived.economy = { statusConn, harnessConn, polls, harnessRequests, inBand, gaps, tooShort, ok, okConnections, okPolls, okHarness, worst }
    rows.push([
      'economy',
      `status URL: ${statusConn} connection(s), ${polls} requests; Harness: **${harnessConn} connection(s)**, ${worst.harnessRequests} requests (check ${worst.phases.preflight.length}, watch ${worst.phases.watch.length} of at most ${worst.phases.watchAllowed}, decision ${worst.phases.decision.length}); ${tooShort} of ${gaps} waits shorter than the back-off allows (${inBand}/${gaps} inside its band)`,
      `one connection per origin; ${PLAN.economy.polls} polls, no more; Harness: ${PREFLIGHT.length} + at most one watch read per ${watchIntervalMs(PLAN.economy.maxPollIntervalMs) / 1000} s of the gate + ${DECISION.length}`,
      verdict(ok),
    ])
  }
  if (r.batch) {
    const p = PLAN.batch
    const requestsPerExecution = r.batchTemplates?.length ?? 3
    derived.batch = r.batch.map((/** @type {any} */ b) => {
      const ideal = batchIdeal({ ...p, concurrency: b.concurrency, requestsPerExecution })
      return {
        concurrency: b.concurrency,
        wallMs: median(b.runs.map((/** @type {any} */ x) => x.wallMs)),
        phaseMs: median(b.runs.map((/** @type {any} */ x) => x.phaseMs)),
        rateLimited: Math.max(...b.runs.map((/** @type {any} */ x) => x.rateLimited)),
        connections: median(b.runs.map((/** @type {any} */ x) => x.connections)),
        requests: median(b.runs.map((/** @type {any} */ x) => x.requests)),
        allDecided: b.runs.every((/** @type {any} */ x) => x.ok),
        floorPhaseMs: median(b.floorRuns.map((/** @type {any} */ x) => x.phaseMs)),
        floorOk: b.floorRuns.every((/** @type {any} */ x) => x.ok),
        ideal,
      }
    })
    const one = derived.batch.find((/** @type {any} */ b) => b.concurrency === 1)
    const best = [...derived.batch].filter((b) => b.concurrency > 1).sort((a, b) => a.wallMs - b.wallMs)[0]
    if (one && best) {
      const speedup = one.wallMs / best.wallMs
      const overIdeal = best.phaseMs / best.ideal.ideal - 1
      const no429 = derived.batch.every((/** @type {any} */ b) => b.rateLimited === 0)
      const ok = speedup >= TARGETS.batchSpeedup && no429 && overIdeal <= TARGETS.batchIdealSlack && derived.batch.every((/** @type {any} */ b) => b.allDecided)
      derived.batchVerdict = { speedup, overIdeal, no429, best, one, ok }
      rows.push([
        'batch',
        `concurrency ${best.concurrency}: ${sec(best.wallMs)} vs one at a time ${sec(one.wallMs)} = **${speedup.toFixed(1)}x**; ` +
          `${no429 ? 'zero' : 'SOME'} 429s; requests took ${sec(best.phaseMs)} vs ideal ${sec(best.ideal.ideal)} (**${overIdeal >= 0 ? '+' : ''}${(overIdeal * 100).toFixed(0)}%**; node:http floor ${percentOver(best.floorPhaseMs, best.ideal.ideal)})`,
        'at least 10x one-at-a-time; zero 429s; within 20% of the ideal',
        verdict(ok),
      ])
    }
  }
  if (r.latency) {
    derived.latency = LATENCY_CASES.map((c) => {
      const runs = r.latency.filter((/** @type {any} */ x) => x.name === c.name)
      const trips = Math.max(...runs.map((/** @type {any} */ x) => x.roundTrips))
      return { name: c.name, trips, criticalMs: median(runs.map((/** @type {any} */ x) => x.criticalMs)), connections: Math.max(...runs.map((/** @type {any} */ x) => x.connections)), ok: trips <= TARGETS.roundTrips && runs.every((/** @type {any} */ x) => x.ok), runs }
    })
    rows.push([
      'latency',
      `round trips on the critical path: ${derived.latency.map((/** @type {any} */ l) => `${l.name} **${l.trips}**`).join(', ')} (${PLAN.latency.delayMs} ms added per request and per new connection)`,
      `at most ${TARGETS.roundTrips} each`,
      verdict(derived.latency.every((/** @type {any} */ l) => l.ok)),
    ])
  }
  return { rows, coldMissed, memoryMissed, derived }
}

// ----- the report -----------------------------------------------------------------------------------------

/**
 * @param {{ r: Record<string, any>, summary: ReturnType<typeof evaluate>, host: ReturnType<typeof import('./lib.mjs').machine>, versions: string[],
 *   main: { label: string }, notes: string[], memoryMethod: string, curl: string | null, elapsedMs: number }} o
 */
export function render(o) {
  const { r, summary, host } = o
  const d = summary.derived
  const lines = []
  const table = (/** @type {string[]} */ head, /** @type {string[][]} */ body) => {
    lines.push(`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`)
    for (const row of body) lines.push(`| ${row.join(' | ')} |`)
    lines.push('')
  }
  lines.push('# Benchmark results', '')
  lines.push(`Written by \`npm run bench${argv.length ? ` -- ${argv.map((a) => (/\s/.test(a) ? JSON.stringify(a) : a)).join(' ')}` : ''}\` on ${new Date().toISOString().slice(0, 10)}; the whole run took ${sec(o.elapsedMs)}. See [README.md](README.md) for the method and how to reproduce.`, '')
  lines.push(`- **Machine:** ${host.cpu}, ${host.cores} cores, ${(host.memoryBytes / 2 ** 30).toFixed(1)} GiB memory, ${host.os}`)
  lines.push(`- **Node:** ${o.versions.join('; ')}. Cold run and memory on each; reaction, economy and batch on ${o.main.label}.`)
  lines.push(`- Figures are medians of several runs (counts below); MB = 1,000,000 bytes.`)
  for (const note of o.notes) lines.push(`- **Note:** ${note}`)
  lines.push('')
  table(['figure', 'measured', 'target', 'result'], summary.rows)

  if (r.bundle) {
    lines.push('## Bundle', '')
    table(
      ['bundle', 'bytes', 'undici folders', ...r.bundle[0].undici.counts.map((/** @type {any} */ c) => `\`${c.marker}\` (${c.file})`), 'undici copies'],
      r.bundle.filter((/** @type {any} */ b) => !b.missing).map((/** @type {any} */ b) => [
        `\`${b.file}\``, String(b.bytes), b.undici.folders.map((/** @type {string} */ f, /** @type {number} */ i) => `${f} (${b.undici.versions[i]})`).join(', '),
        ...b.undici.counts.map((/** @type {any} */ c) => String(c.count)), String(b.undici.copies),
      ]),
    )
    lines.push("undici copies: the distinct undici folders the bundled modules come from, or the count of a marker string per copy if that is larger (a cross-check). The markers are error messages of undici's HTTP/1 client and pool and the embedded llhttp WebAssembly (two builds per copy).", '')
    lines.push('Bytes per package (each module attributed by the path esbuild writes above it):', '')
    const names = [...new Set(r.bundle.flatMap((/** @type {any} */ b) => (b.packages ?? []).map((/** @type {any} */ p) => p.name)))]
    table(
      ['package', ...r.bundle.map((/** @type {any} */ b) => `\`${b.file}\``)],
      names.map((name) => [
        name,
        ...r.bundle.map((/** @type {any} */ b) => {
          const p = (b.packages ?? []).find((/** @type {any} */ x) => x.name === name)
          return p ? `${p.bytes} (${((p.bytes / b.bytes) * 100).toFixed(1)}%)` : '-'
        }),
      ]),
    )
  }
  if (r.cold) {
    lines.push('## Cold approval', '')
    lines.push(`One complete approval per process, against the simulator with no added latency; wall time from spawn to exit as the parent sees it. What one approval sends is learned from a probe run of the action (against the simulator delaying each answer, so that requests sent together show as together), not written into the benchmark: ${r.cold.requests.length} requests, ${r.cold.waves}. The floor program sends the same, in the same waves (each request of a wave on its own connection), and posts to the instance id the approvals read answered; curl sends them one after the other on one connection, handed the instance id (it cannot read it from an answer). ${PLAN.cold.rounds} rounds after ${PLAN.cold.warmup} warm-up rounds; each round runs, one after the other, \`node -e 0\`, \`node bench/empty-module.mjs\`, the action and \`bench/floor-http.mjs\` on each runtime, then curl. The 1-minute load average of the machine was ${r.coldLoad.before.toFixed(2)} before and ${r.coldLoad.after.toFixed(2)} after (2 cores; other work on the machine slows a 50 ms process down more, relatively, than \`node -e 0\`).`, '')
    table(
      ['runtime', 'node -e 0', 'empty ES module', 'action', 'ratio', 'action min-max', 'spawn to first request', 'last request to exit', 'node:http floor', 'floor: spawn to first request', 'curl'],
      d.cold.map((/** @type {any} */ c, /** @type {number} */ i) => {
        const rt = r.cold.byRuntime[i]
        const range = minMax(rt.action)
        return [
          c.label, ms(c.bare), ms(median(rt.emptyModule)), ms(c.action), `**${c.ratio.toFixed(2)}x**`, `${ms(range.min)} - ${ms(range.max)}`,
          ms(median(rt.spawnToFirstRequest)), ms(median(rt.postToExit)), `${ms(median(rt.floor))} (${(median(rt.floor) / c.bare).toFixed(2)}x)`,
          ms(median(rt.floorSpawnToFirstRequest)), ms(median(r.cold.curl)),
        ]
      }),
    )
    lines.push('"spawn to first request": from spawning the process to its first request reaching the simulator (Node starting, the bundle loading, the inputs read). "last request to exit": how long the process lived after its decision reached the simulator (closing the connection, writing outputs and the summary, exiting). "node:http floor": the same requests from `bench/floor-http.mjs`, a minimal node:http program, on the same runtime: what Node itself needs for the job. "empty ES module": what an ES-module entry point costs over `node -e 0` before any code runs (both bundles are ES modules).', '')
    if (r.cold.byRuntime.some((/** @type {any} */ rt) => rt.compared.length > 0)) {
      lines.push(`Another build, run right after the action in every round (\`--compare\`): ${option('compare-label') ?? option('compare')}. Same inputs, same simulator, same machine moments:`, '')
      table(
        ['runtime', 'node -e 0', 'this build', 'ratio', 'the other build', 'ratio', 'this build saves'],
        d.cold.map((/** @type {any} */ c, /** @type {number} */ i) => {
          const other = median(r.cold.byRuntime[i].compared)
          return [c.label, ms(c.bare), ms(c.action), `${c.ratio.toFixed(2)}x`, ms(other), `${(other / c.bare).toFixed(2)}x`, `${ms(other - c.action)} (${((1 - c.action / other) * 100).toFixed(0)}%)`]
        }),
      )
    }
    for (const rt of r.cold.byRuntime) if (rt.failures.length) lines.push(`- ${rt.label}: ${rt.failures.length} run(s) failed: ${rt.failures[0]}`)
    if (r.cold.curlFailures.length) lines.push(`- curl: ${r.cold.curlFailures.length} run(s) failed: ${r.cold.curlFailures[0]}`)
    lines.push('')
  }
  if (r.builtins) {
    lines.push('### Node built-ins loaded', '')
    lines.push("Node compiles each of its built-in modules when a process first loads it, so the built-ins a run loads beyond those `node -e 0` has are much of its cost over bare Node: counted here rather than timed (`process.moduleLoadList` at exit), so the figure does not depend on the machine's load.", '')
    table(
      ['runtime', 'action', 'floor', 'loaded by the action only'],
      r.builtins.map((/** @type {any} */ b) => [b.label, String(b.action.length), String(b.floor.length), b.actionOnly.length ? b.actionOnly.map((/** @type {string} */ m) => `\`${m}\``).join(', ') : '(none)']),
    )
  }
  if (r.memory) {
    lines.push('## Memory', '')
    lines.push(`Peak resident set size of the same complete approval, ${PLAN.memory.rounds} runs per runtime, measured with ${o.memoryMethod === 'gnu-time' ? 'GNU time (`time -f %M`: the kernel\'s ru_maxrss of the child, nothing loaded into it)' : 'a preload (`node --import bench/maxrss-preload.mjs`) writing `process.resourceUsage().maxRSS` at exit'}.`, '')
    table(
      ['runtime', 'node -e 0', 'node:http floor', 'action', 'action (MiB)'],
      d.memory.map((/** @type {any} */ m, /** @type {number} */ i) => [m.label, mb(m.bareKb * 1024), mb(median(r.memory[i].floorKb) * 1024), mb(m.kb * 1024), `${(m.kb / 1024).toFixed(1)} MiB`]),
    )
    lines.push('"node:http floor": `bench/floor-http.mjs` making the same requests (what Node itself needs for the job, in the same runs).', '')
  }
  if (r.reaction) {
    lines.push('## Reaction', '')
    lines.push(`The status URL answers \`{"status":"running"}\` until a random moment (uniform in 0-${PLAN.reaction.flipWithinMs / 1000} s after the first poll, fixed seed ${PLAN.reaction.seed}), then \`{"status":"success"}\`. Measured: from that moment until the decision POST reaches the simulator. pollInterval ${PLAN.reaction.pollInterval}, maxPollInterval ${PLAN.reaction.maxPollInterval}; ${PLAN.reaction.trials} trials, ${PLAN.reaction.parallel} at a time.`, '')
    const t = r.reaction.filter((/** @type {any} */ x) => x.ok)
    table(
      ['', 'p50', 'p95', 'max'],
      [
        ['flip to decision POST', ms(d.reaction.p50), ms(d.reaction.p95), ms(d.reaction.max)],
        ['flip to next poll', ms(median(t.map((/** @type {any} */ x) => x.pollLagMs))), ms(percentile(t.map((/** @type {any} */ x) => x.pollLagMs), 95)), ms(Math.max(...t.map((/** @type {any} */ x) => x.pollLagMs)))],
        ['that poll to POST', ms(median(t.map((/** @type {any} */ x) => x.postLagMs))), ms(percentile(t.map((/** @type {any} */ x) => x.postLagMs), 95)), ms(Math.max(...t.map((/** @type {any} */ x) => x.postLagMs)))],
      ],
    )
    if (d.reaction.failed) lines.push(`- ${d.reaction.failed} trial(s) failed: ${r.reaction.find((/** @type {any} */ x) => !x.ok)?.detail}`, '')
  }
  if (r.economy) {
    lines.push('## Economy', '')
    const interval = watchIntervalMs(PLAN.economy.maxPollIntervalMs)
    lines.push(`A ${PLAN.economy.polls}-poll wait: the status is pending ${PLAN.economy.polls - 1} times, then success; pollInterval ${PLAN.economy.pollIntervalMs}ms (the smallest the action accepts), maxPollInterval ${PLAN.economy.maxPollIntervalMs}ms. A wait counts as predicted when it lies in the back-off's band for that attempt (base = pollInterval x 1.5^(attempt-1), capped, +-20% jitter, clamped to [pollInterval, maxPollInterval]), widened by 5 ms below and 25 ms above for the request itself. A wait shorter than its band would mean extra polls and misses the target; a longer one is only a late timer and is listed for information. ${PLAN.economy.runs} run(s).`, '')
    lines.push(`Harness is asked, one request at a time on one connection: before the wait, the check (${PREFLIGHT.join(', ')}: each once); during it, the watch re-reads the execution every ${interval / 1000} s (maxPollInterval, but at least 1 s and at most 30 s); after it, the decision (${DECISION.join(', then ')}). The requests are split by the polls' arrivals: before the first poll, between the first and the last, after the last. Target: the check's ${PREFLIGHT.length} reads, at most one watch read per ${interval / 1000} s of the gate (from the check's last request to the decision's first; none closer together than that), and the decision's ${DECISION.length} requests, on one connection.`, '')
    table(
      ['run', 'status connections', 'status requests', 'Harness connections', 'Harness requests', 'check / watch (at most) / decision', 'waits in band', 'waits too short', 'polling took', 'attempts output'],
      r.economy.map((/** @type {any} */ x, /** @type {number} */ i) => [
        String(i + 1), String(x.statusConnections), String(x.statusRequests), String(x.harnessConnections), String(x.harnessRequests),
        `${x.phases.preflight.length} / ${x.phases.watch.length} (${x.phases.watchAllowed}) / ${x.phases.decision.length}${x.phases.ok ? '' : ` (**not as expected**: ${[...x.phases.preflight, '|', ...x.phases.watch, '|', ...x.phases.decision].join(', ')})`}`,
        `${x.gapsInBand}/${x.gaps}`, String(x.gapsTooShort), sec(x.waitMs), String(x.attemptsOutput),
      ]),
    )
    const outliers = r.economy.flatMap((/** @type {any} */ x) => x.outOfBand)
    if (outliers.length) lines.push(`Waits outside the band: ${outliers.slice(0, 5).map((/** @type {any} */ x) => `attempt ${x.attempt}: ${x.gapMs} ms, band ${x.from}-${x.to} ms`).join('; ')}`, '')
  }
  if (r.batch) {
    const p = PLAN.batch
    const perExecution = r.batchTemplates?.length ?? 3
    lines.push('## Batch', '')
    lines.push(
      `${p.executions} executions given as \`executionId\`, one per line; the simulator delays every answer by ${p.latencyMs} ms and allows ${p.simLimitPerMinute} requests per key in any 60 s (sliding window, 429 beyond), and the action's \`maxRequestsPerMinute\` is ${p.clientLimitPerMinute}, just below (the action accepts at most 5000): the client limit must be what binds, never the server's. ${p.runs} run(s) per concurrency; wall = the whole process; requests = from the first request's arrival to the last answer.`,
      '',
      `The ideal is max(latency-bound, rate-bound). Latency-bound: each execution's ${perExecution} requests (${(r.batchTemplates ?? []).map((/** @type {any} */ t) => t.method).join(', ')}, learned from a probe run) go one after the other (a batch reads every execution first, for its order, then reads each one's approvals and posts), each taking at least ${p.latencyMs} ms, with \`concurrency\` executions at a time: ceil(${p.executions} / concurrency) x ${perExecution} x ${p.latencyMs} ms. Rate-bound: the client's sliding 60 s window lets the k-th request start floor((k - 1) / limit) windows after the first, so ${p.executions * perExecution} requests under ${p.clientLimitPerMinute}/min may all start at once (rate-bound = one latency); the limit only binds beyond ${p.clientLimitPerMinute} requests (see the rate-bound run).`,
      '',
      `The ideal leaves out the CPU time each request costs, at both ends. "node:http floor" is the same batch from \`bench/floor-http-batch.mjs\` (the same requests, each execution's one after the other, \`concurrency\` executions at a time, node:http with keep-alive, each answer parsed, the POST to the instance its approvals read named), run right after the action each time: how far the simulator and the machine alone are from the ideal. The action's figure over the floor's is what the action adds.`,
      '',
    )
    table(
      ['concurrency', 'wall', 'requests took', 'ideal', 'over ideal', 'node:http floor: requests took', 'floor over ideal', 'requests', 'Harness connections', '429s', 'all decided'],
      d.batch.map((/** @type {any} */ b) => [
        String(b.concurrency), sec(b.wallMs), sec(b.phaseMs), sec(b.ideal.ideal), percentOver(b.phaseMs, b.ideal.ideal),
        `${sec(b.floorPhaseMs)}${b.floorOk ? '' : ' (**failed**)'}`, percentOver(b.floorPhaseMs, b.ideal.ideal),
        String(b.requests), String(b.connections), String(b.rateLimited), b.allDecided ? 'yes' : '**no**',
      ]),
    )
    if (r.rateBound) {
      const q = PLAN.rateBound
      const ideal = batchIdeal({ ...q, requestsPerExecution: perExecution })
      const x = r.rateBound
      lines.push(
        `Rate-bound run (one run): ${q.executions} executions, concurrency ${q.concurrency}, simulator ${q.simLimitPerMinute}/min, client ${q.clientLimitPerMinute}/min: requests took ${sec(x.phaseMs)} vs ideal ${sec(ideal.ideal)} (${((x.phaseMs / ideal.ideal - 1) * 100).toFixed(0)}% over), ${x.rateLimited} 429s, ${x.decisions}/${q.executions} decided, wall ${sec(x.wallMs)}.`,
        '',
      )
    }
  }
  if (r.latency) {
    lines.push('## Latency', '')
    lines.push(`Round trips on the critical path: the simulator delays every answer by ${PLAN.latency.delayMs} ms, and the first answer on each new connection by ${PLAN.latency.delayMs} ms more (what opening a connection costs on a real network). The count comes from the simulator's record, not from a clock (\`sim/round-trips.js\`): a request depends on every request answered before it arrived, costs one round trip, and one more when it opened its connection. "critical path" is from the first request's arrival to the last answer: about the round trips times the delay, since the simulator adds a connection's delay to the first answer on it. Each case waits from the start (\`waitForApproval\` 0); ${PLAN.latency.runs} run(s) each.`, '')
    table(
      ['case', 'round trips', 'what went out in each', 'critical path', 'requests', 'Harness connections', 'ok'],
      d.latency.map((/** @type {any} */ l) => [
        l.name, `**${l.trips}**`, l.runs[0].waves.map((/** @type {string[]} */ w, /** @type {number} */ i) => `${i + 1}: ${w.join(' + ')}`).join('; '), ms(l.criticalMs), String(l.runs[0].requests), String(l.connections), l.ok ? 'yes' : `**no**${l.runs.find((/** @type {any} */ x) => !x.ok)?.detail ? `: ${l.runs.find((/** @type {any} */ x) => !x.ok).detail}` : ''}`,
      ]),
    )
    lines.push('A request in flight needs a connection of its own (HTTP/1.1, no pipelining): the two reads that go together open two, and every later request reuses them. A run that waits (a status gate) asks one request at a time instead and keeps one connection (see Economy).', '')
  }
  if (r.memoryBreakdown) {
    lines.push('## Diagnosis: where the memory is', '')
    lines.push(`A memory target above was missed, so the action and the node:http floor (the same requests) each wrote at exit, through a preload (\`bench/memory-exit-preload.cjs\`, which adds the same to both), their peak RSS, RSS at exit, and the V8 heap by space (resident bytes); medians of ${r.memoryBreakdown[0]?.runs} runs each. "outside the V8 heap" is RSS at exit less the heap's resident bytes: Node's and V8's native memory, compiled code outside the heap, buffers.`, '')
    for (const b of r.memoryBreakdown) {
      const row = (/** @type {string} */ name, /** @type {number} */ floor, /** @type {number} */ action) => [name, mb(floor), mb(action), `${action >= floor ? '+' : ''}${((action - floor) / 1e6).toFixed(2)} MB`]
      const spaces = b.action.spaces
        .map((/** @type {any} */ s) => ({ ...s, floor: b.floor.spaces.find((/** @type {any} */ f) => f.name === s.name)?.physical ?? 0 }))
        .filter((/** @type {any} */ s) => s.physical > 0 || s.floor > 0)
      lines.push(`**${b.label}**`, '')
      table(
        ['', 'node:http floor', 'action', 'action - floor'],
        [
          row('peak RSS', b.floor.peakRss, b.action.peakRss),
          row('RSS at exit', b.floor.rssAtExit, b.action.rssAtExit),
          row('V8 heap, resident', b.floor.heapPhysical, b.action.heapPhysical),
          ...spaces.map((/** @type {any} */ s) => row(`- ${s.name}`, s.floor, s.physical)),
          row('V8 heap, in use', b.floor.heapUsed, b.action.heapUsed),
          row('outside the V8 heap', b.floor.outsideHeap, b.action.outsideHeap),
        ],
      )
    }
  }
  if (r.profiles) {
    lines.push('## Diagnosis: where a cold run spends its time', '')
    lines.push('A target above was missed, so the cold run was profiled (`node --cpu-prof`, 100 µs sampling, mean of 5 runs). Self time per area; bundle code is attributed to the package its module came from. "idle" is time the main thread waited: for I/O, or at exit for V8 background tasks to finish.', '')
    for (const p of r.profiles) {
      lines.push(`**${p.label}**: profile spans ${ms(p.totalMs)}.`, '')
      table(['area', 'self time'], p.rows.slice(0, 12).map((/** @type {any} */ x) => [x.name, ms(x.ms)]))
      lines.push('Top functions:', '')
      table(['function [area]', 'self time'], p.topFunctions.slice(0, 8).map((/** @type {any} */ x) => [x.name.replaceAll('|', '\\|'), ms(x.ms)]))
    }
  }
  return `${lines.join('\n').trimEnd()}\n`
}
