// Harness first: before a wait, ask Harness everything it can answer at once (preflight), and during the
// status gate keep an eye on each execution (watch), so that a wrong key, project or approver, or an
// execution that ends meanwhile, ends the run at once instead of after the wait. Reads only.
import { runGate, type GateOutcome } from '../gate/status-gate.js'
import type { GateSettings } from '../gate/settings.js'
import { mapConcurrently } from '../http/concurrency.js'
import type { HttpClient } from '../http/transport.js'
import { CancelledError } from '../ports.js'
import type { HarnessCause } from '../harness/errors.js'
import { formatDuration } from '../settings/durations.js'
import { AuthorizationClient } from '../approvals/authorization-client.js'
import { keyKindOf } from '../approvals/causes.js'
import type { ApprovalsClient } from '../approvals/client.js'
import type { ExecutionResult } from '../approvals/execution-result.js'
import type { ExecutionClient, ExecutionSummary } from '../approvals/execution-client.js'
import type { ApprovalInstance } from '../approvals/types.js'
import { workflowAttemptOf } from '../approvals/known-step.js'
import { preflight } from '../approvals/preflight.js'
import { DEFAULT_WATCH_INTERVAL_MS, watchExecutions, type Watched } from '../approvals/watch.js'
import type { DecisionTiming } from '../approvals/decide-execution.js'
import type { Clock, Logger } from '../ports.js'
import type { Settings } from './settings.js'

/** What the run gives the check and the watch (the run's own dependencies fit). */
export interface BeforeWaitDeps {
  /** The run's client: the gate polls through it. */
  http: HttpClient
  clock: Clock
  logger: Logger
  signal?: AbortSignal
  random?: () => number
  timing?: DecisionTiming
  marker: string
  /** How often the watch re-reads Harness during the gate (default: about every 30 s). */
  watchIntervalMs?: number
}

/** The Harness clients of the run, all on its one rate-limited connection. */
export interface HarnessClients {
  http: HttpClient
  client: ApprovalsClient
  executions: ExecutionClient
}

export interface Checked {
  /** Executions that failed the check, as failed results: nothing was posted for them. */
  failed: ExecutionResult[]
  /** The executions that passed, to watch during the wait. */
  passed: Watched[]
  /** What was read of each execution that passed: a dry run's plan without a wait in between reads it no more. */
  reads: Map<string, { summary: ExecutionSummary; instances: ApprovalInstance[] }>
}

/** Checks every execution with Harness before the wait, as many at once as the run decides at once. */
export async function checkBeforeWaiting(settings: Settings, deps: BeforeWaitDeps, clients: HarnessClients): Promise<Checked> {
  const who = new AuthorizationClient(clients.http, settings.harness)
  const workflowAttempt = workflowAttemptOf(deps.marker)
  const keyKind = keyKindOf(settings.harness.apiKey)
  const checks = await mapConcurrently(settings.executionIds, settings.concurrency, (executionId) =>
    preflight(
      // Before a gate, latency is not at stake: one request at a time keeps the run on one connection.
      { executionId, action: settings.action, ...(settings.callbackId ? { callbackId: settings.callbackId } : {}), ...(workflowAttempt ? { workflowAttempt } : {}), ...(keyKind ? { keyKind } : {}), ...(settings.gate ? { oneAtATime: true } : {}) },
      { client: clients.client, executions: clients.executions, who, target: settings.harness, clock: deps.clock, logger: deps.logger, signal: deps.signal, random: deps.random, timing: deps.timing },
    ),
  )
  const result: Checked = { failed: [], passed: [], reads: new Map() }
  checks.forEach((check, i) => {
    const executionId = settings.executionIds[i]!
    if (check.kind === 'failed') {
      deps.logger.info(`Execution ${executionId}: checked with Harness before waiting: ${check.cause.title}; nothing will be posted for it.`)
      result.failed.push({ kind: 'failed', executionId, decision: settings.action, cause: check.cause, posts: 0, waitedMs: 0, ...(check.pipeline ? { pipeline: check.pipeline } : {}) })
      return
    }
    const step = check.waiting ? 'its approval step waits, and nothing Harness says refuses this key' : 'no approval step waits yet'
    deps.logger.info(`Execution ${executionId}: checked with Harness before waiting (${check.summary.status}): ${step}.`)
    result.passed.push({ executionId, ...(settings.callbackId ? { callbackId: settings.callbackId } : {}), ...(check.waiting ? { instanceId: check.waiting.id } : {}) })
    result.reads.set(executionId, { summary: check.summary, instances: check.instances })
  })
  return result
}

export interface WatchedGate {
  gate: GateOutcome
  /** Executions Harness reported ended (or whose step left WAITING) during the gate, with the cause. */
  ended: Map<string, HarnessCause>
  /** Every watched execution ended, so the gate was stopped before its verdict. */
  cutShort: boolean
}

/**
 * The gate, with the executions watched beside it. The watch re-reads Harness about every 30 s (as often as
 * the gate polls at most, when that is more often); once every execution has ended it stops the gate.
 */
export async function runWatchedGate(gateSettings: GateSettings, watched: Watched[], deps: BeforeWaitDeps, clients: HarnessClients): Promise<WatchedGate> {
  const stopGate = new AbortController()
  const stopWatch = new AbortController()
  const either = (own: AbortController) => eitherSignal(deps.signal, own)
  const ended = new Map<string, HarnessCause>()
  const intervalMs = deps.watchIntervalMs ?? Math.min(DEFAULT_WATCH_INTERVAL_MS, Math.max(1_000, gateSettings.maxPollIntervalMs))
  const watching =
    watched.length === 0
      ? Promise.resolve(false)
      : watchExecutions(watched, {
          executions: clients.executions,
          client: clients.client,
          clock: deps.clock,
          logger: deps.logger,
          intervalMs,
          signal: either(stopWatch),
          onEnded: (executionId, cause) => {
            ended.set(executionId, cause)
            deps.logger.warning(cause.explanation, cause.title)
          },
        }).then((all) => {
          if (all) stopGate.abort(new CancelledError('Every execution ended during the status gate.'))
          return all
        })
  let gate = await runGate(gateSettings, { http: deps.http, clock: deps.clock, logger: deps.logger, signal: either(stopGate), random: deps.random })
  stopWatch.abort(new CancelledError('The status gate ended.'))
  const cutShort = (await watching.catch(() => false)) && !deps.signal?.aborted
  if (cutShort) {
    const which = ended.size === 1 ? `Harness reports execution ${[...ended.keys()][0]} ended` : `Harness reports all ${ended.size} executions ended`
    gate = { ...gate, reason: `cut short after ${gate.attempts} attempt${gate.attempts === 1 ? '' : 's'} (${formatDuration(gate.elapsedMs)}): ${which}` }
  }
  return { gate, ended, cutShort }
}

/** The run's signal and our own in one: aborted by either (AbortSignal.any needs Node 20.3). */
function eitherSignal(run: AbortSignal | undefined, own: AbortController): AbortSignal {
  if (!run) return own.signal
  if (run.aborted) own.abort(run.reason)
  else run.addEventListener('abort', () => own.abort(run.reason), { once: true })
  return own.signal
}
