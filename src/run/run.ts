// The core both front ends call: gate (optional), then one decision per execution. It returns what
// happened; turning that into outputs, annotations, a summary or an exit code is the front end's job.
import { runGate, type GateOutcome } from '../gate/status-gate.js'
import { ApprovalsClient } from '../approvals/client.js'
import { RateLimiter, withRateLimit } from '../http/rate-limit.js'
import { withConnectRetry, type ConnectRetry } from '../http/connect-retry.js'
import type { HttpClient } from '../http/transport.js'
import type { Clock, Logger } from '../ports.js'
import type { Decision } from '../harness/decision.js'
import type { Settings } from './settings.js'
import { decideExemption, DEFAULT_EXEMPTION_TIMING, type ExemptionResult } from '../exemptions/decide-exemption.js'
import { ExemptionsClient } from '../exemptions/exemptions-client.js'
import { mapConcurrently } from '../http/concurrency.js'
import { shortenText } from '../settings/text-length.js'
import { decideExecution, DEFAULT_TIMING, type DecisionTiming } from '../approvals/decide-execution.js'
import type { ExecutionResult } from '../approvals/execution-result.js'
import { ExecutionClient } from '../approvals/execution-client.js'
import { readOnlyHttp } from '../approvals/dry-run.js'
import { workflowAttemptOf } from '../approvals/known-step.js'
import { followPipeline, type PipelineFollow } from '../approvals/follow-pipeline.js'
import { BatchOrder, explainAutoRejected, oldestFirst, type BatchMember } from '../approvals/batch-order.js'
import type { ExecutionSummary } from '../approvals/execution-client.js'
import type { ApprovalInstance } from '../approvals/types.js'
import { checkBeforeWaiting, runWatchedGate, type Checked, type HarnessClients } from './before-wait.js'
import type { Watched } from '../approvals/watch.js'

export interface RunDeps {
  /** One keep-alive client for every request of the run. */
  http: HttpClient
  clock: Clock
  logger: Logger
  signal?: AbortSignal
  random?: () => number
  timing?: DecisionTiming
  /** Unique to this run (e.g. the workflow run id and attempt plus a random part). */
  marker: string
  /** Quick tries when Harness cannot be connected to (default: a few within 10 s). */
  connectRetry?: ConnectRetry
  /** How often Harness is re-read during the status gate (default: every 30 s, or as often as the gate polls at most). */
  watchIntervalMs?: number
}

export type RunOutcome =
  | 'decided' // every execution decided as asked
  | 'gate-rejected' // the gate failed or timed out, and the rejection that calls for was recorded
  | 'gate-failed' // the gate ended in failure/timeout/error and no decision was configured for it
  | 'failed' // at least one execution failed
  | 'unknown' // at least one execution's decision state is unknown (and none failed outright)
  | 'cancelled'
  | 'dry-run' // a dry run: every execution would have been decided; nothing was posted
  | 'pipeline-failed' // every execution decided, but a followed pipeline failed, or the wait ran out

export interface RunResult {
  outcome: RunOutcome
  /** The decision made (or attempted); undefined when none was made. */
  decision?: Decision
  gate?: GateOutcome
  executions: ExecutionResult[]
  /** Exemption mode: the STO exemption's decision. */
  exemption?: ExemptionResult
  /** The org and project decided in. */
  scope: { orgId: string; projectId: string }
  /** A dry run: nothing was posted. */
  dryRun?: true
  /** `waitForPipeline`: the pipeline of each decided execution, as following it ended. */
  follows?: PipelineFollow[]
}

/** The decision the gate's verdict calls for, or undefined when nothing may be posted. Pure. */
export function decisionForVerdict(settings: Pick<Settings, 'action' | 'gate'>, verdict: GateOutcome['verdict']): Decision | undefined {
  switch (verdict) {
    case 'success':
      return settings.action
    case 'failure':
      return settings.gate?.onFailure === 'reject' ? 'REJECT' : undefined
    case 'timeout':
      return settings.gate?.onTimeout === 'reject' ? 'REJECT' : undefined
    default:
      // cancelled, error, or anything unforeseen: never decide on an unclear status.
      return undefined
  }
}

export async function runApprovalGate(settings: Settings, given: RunDeps): Promise<RunResult> {
  // A failed read is retried for as long as one request may take: one setting bounds both (docs/networks.md).
  const deps = { ...given, timing: given.timing ?? { ...DEFAULT_TIMING, readBudgetMs: settings.requestTimeoutMs } }
  const scope = { orgId: settings.harness.orgId, projectId: settings.harness.projectId }
  // A dry run's Harness client sends reads only: no path, however it fails, can post.
  const reachable = withConnectRetry(deps.http, deps.clock, deps.logger, deps.connectRetry)
  const harness = withRateLimit(settings.dryRun ? readOnlyHttp(reachable) : reachable, new RateLimiter(settings.maxRequestsPerMinute, deps.clock))
  if (settings.exemption) return runExemption(settings, deps, harness)
  const clients: HarnessClients = { http: harness, client: new ApprovalsClient(harness, settings.harness), executions: new ExecutionClient(harness, settings.harness) }

  // Harness first: before a wait (the gate) or in place of the POST (a dry run), ask what Harness can say now.
  let early: ExecutionResult[] = []
  let toDecide = settings.executionIds
  let watched: Watched[] = settings.executionIds.map((executionId) => ({ executionId }))
  // A dry run's plan follows its check at once: what the check read is not read again.
  let read: Checked['reads'] = new Map()
  if (settings.gate || settings.dryRun) {
    const checked = await checkBeforeWaiting(settings, deps, clients)
    if (deps.signal?.aborted) return { outcome: 'cancelled', executions: [], scope }
    early = checked.failed
    watched = checked.passed
    toDecide = watched.map((w) => w.executionId)
    if (!settings.gate) read = checked.reads
  }
  const dry = settings.dryRun ? { dryRun: true as const } : {}
  const ordered = (results: ExecutionResult[]) => settings.executionIds.map((id) => results.find((r) => r.executionId === id)!).filter(Boolean)
  // Nothing left that could be decided: say so now, not after the wait.
  if (toDecide.length === 0) return { outcome: overallOutcome(early), executions: ordered(early), scope, ...dry }

  let decision: Decision = settings.action
  let comments = settings.comments
  let gate: GateOutcome | undefined
  if (settings.gate) {
    const watchedGate = await runWatchedGate(settings.gate, watched, deps, clients)
    gate = watchedGate.gate
    early = [...early, ...[...watchedGate.ended].map(([executionId, cause]): ExecutionResult => ({ kind: 'failed', executionId, decision, cause, posts: 0, waitedMs: gate!.elapsedMs }))]
    toDecide = toDecide.filter((id) => !watchedGate.ended.has(id))
    if (watchedGate.cutShort) return { outcome: overallOutcome(early), gate, executions: ordered(early), scope, ...dry }
    if (gate.verdict === 'cancelled' || deps.signal?.aborted) return { outcome: 'cancelled', gate, executions: [], scope }
    const chosen = decisionForVerdict(settings, gate.verdict)
    if (!chosen) return { outcome: 'gate-failed', gate, executions: [], scope }
    decision = chosen
    // A rejection says why, so whoever reads the pipeline in Harness knows what the job reported.
    if (gate.verdict !== 'success') comments = [`Rejected: ${gate.reason}.`, comments].filter(Boolean).join(' ')
  }

  const workflowAttempt = workflowAttemptOf(deps.marker)
  // A batch reads every execution first and decides the oldest first (see batch-order.ts).
  const batch = toDecide.length > 1 ? await readBatch(toDecide, settings, clients.executions, read, deps.signal) : undefined
  const order = batch ? new BatchOrder(batch) : undefined
  const members = batch ? oldestFirst(batch) : toDecide.map((executionId): BatchMember => ({ executionId, ...(read.has(executionId) ? { summary: read.get(executionId)!.summary } : {}) }))
  const decided = await mapConcurrently(members, settings.concurrency, ({ executionId, summary }) =>
    decideExecution(
      {
        executionId,
        ...(summary ? { summary } : {}),
        ...(read.has(executionId) ? { instances: read.get(executionId)!.instances } : {}),
        // After the check before a wait, its connection is open: one read at a time keeps the run on it.
        ...(settings.gate ? { oneReadAtATime: true } : {}),
        callbackId: settings.callbackId,
        ...(settings.stage ? { stage: settings.stage } : {}),
        action: decision,
        approverInputs: settings.approverInputs,
        comments,
        marker: deps.marker,
        ...(workflowAttempt ? { workflowAttempt } : {}),
        waitForApprovalMs: settings.waitForApprovalMs,
        ...(settings.dryRun ? { dryRun: true } : {}),
      },
      {
        client: clients.client,
        executions: clients.executions,
        target: settings.harness,
        clock: deps.clock,
        logger: deps.logger,
        signal: deps.signal,
        random: deps.random,
        timing: deps.timing,
        ...(order ? { beforePost: (instance: ApprovalInstance, current: ExecutionSummary) => order.beforePost(executionId, instance, current) } : {}),
      },
    ).finally(() => order?.done(executionId)),
  )
  const inOrder = ordered([...early, ...decided])
  const executions = batch ? explainAutoRejected(inOrder, batch) : inOrder
  // A dry run ends as the real run would: the gate's rejection included (nothing is posted either way).
  if (settings.dryRun) return { outcome: forGate(overallOutcome(executions), gate), decision, ...(gate ? { gate } : {}), executions, scope, dryRun: true }
  const follows = settings.follow ? await followDecided(executions, settings, { ...deps, executions: clients.executions }) : undefined
  return { outcome: forGate(overallOutcome(executions, follows), gate), decision, ...(gate ? { gate } : {}), executions, scope, ...(follows ? { follows } : {}) }
}

/** Exemption mode: the gate (when set), then the STO exemption's decision. */
async function runExemption(settings: Settings, deps: RunDeps, harness: HttpClient): Promise<RunResult> {
  const exemptionSettings = settings.exemption!
  const scope = { orgId: settings.harness.orgId, projectId: settings.harness.projectId }
  let decision: Decision = settings.action
  let comments = settings.comments
  let gate: GateOutcome | undefined
  if (settings.gate) {
    gate = await runGate(settings.gate, { http: deps.http, clock: deps.clock, logger: deps.logger, signal: deps.signal, random: deps.random })
    if (gate.verdict === 'cancelled' || deps.signal?.aborted) return { outcome: 'cancelled', gate, executions: [], scope }
    const chosen = decisionForVerdict(settings, gate.verdict)
    if (!chosen) return { outcome: 'gate-failed', gate, executions: [], scope }
    decision = chosen
    if (gate.verdict !== 'success') comments = [`Rejected: ${gate.reason}.`, comments].filter(Boolean).join(' ')
  }
  const exemption = await decideExemption(
    {
      exemptionId: exemptionSettings.exemptionId,
      action: decision,
      ...(exemptionSettings.approverId ? { approverId: exemptionSettings.approverId } : {}),
      reapproveRejected: exemptionSettings.reapproveRejected,
      // STO takes at most 1024 characters; a gate's rejection reason may have lengthened the comment.
      comment: shortenText(comments, 1024),
      scope,
    },
    { client: new ExemptionsClient(harness, settings.harness), clock: deps.clock, logger: deps.logger, signal: deps.signal, random: deps.random, timing: { ...DEFAULT_EXEMPTION_TIMING, readBudgetMs: settings.requestTimeoutMs } },
  )
  const outcome = forGate(exemption.kind, gate)
  return { outcome, decision, ...(gate ? { gate } : {}), executions: [], exemption, scope }
}

/** Every execution of a batch, read once before any is decided (unless just read); a failed read is left to the decision. */
function readBatch(executionIds: string[], settings: Settings, executions: ExecutionClient, read: Checked['reads'], signal: AbortSignal | undefined): Promise<BatchMember[]> {
  return mapConcurrently(executionIds, settings.concurrency, async (executionId) => {
    const known = read.get(executionId)
    if (known) return { executionId, summary: known.summary }
    try {
      return { executionId, summary: await executions.summary(executionId, signal) }
    } catch {
      return { executionId }
    }
  })
}

/** A rejection recorded because the job failed is what the gate called for, but not what was asked. */
function forGate(outcome: RunOutcome, gate: GateOutcome | undefined): RunOutcome {
  return (outcome === 'decided' || outcome === 'dry-run') && gate && gate.verdict !== 'success' ? 'gate-rejected' : outcome
}

/** Follows the pipeline of every decided execution, as many at once as are decided at once. */
async function followDecided(executions: ExecutionResult[], settings: Settings, deps: RunDeps & { executions: ExecutionClient }): Promise<PipelineFollow[]> {
  const follow = settings.follow!
  const decided = executions.filter((e) => e.kind === 'decided')
  return mapConcurrently(decided, settings.concurrency, (e) =>
    followPipeline(
      { executionId: e.executionId, decision: e.decision, settings: follow },
      { executions: deps.executions, clock: deps.clock, logger: deps.logger, signal: deps.signal, random: deps.random },
    ),
  )
}

function overallOutcome(executions: ExecutionResult[], follows: PipelineFollow[] = []): RunOutcome {
  if (executions.some((e) => e.kind === 'cancelled')) return 'cancelled'
  if (executions.some((e) => e.kind === 'failed')) return 'failed'
  if (executions.some((e) => e.kind === 'unknown')) return 'unknown'
  if (executions.some((e) => e.kind === 'dry-run')) return 'dry-run'
  if (follows.some((f) => f.failed)) return 'pipeline-failed'
  return 'decided'
}
