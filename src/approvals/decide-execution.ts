// One execution, one decision. The POST is not idempotent and Harness has no idempotency key, so:
// check that the execution is where the inputs say and has not ended; read what is waiting; post once; after an unclear outcome read the state back instead of posting
// again, recognising our own activity by a marker in its comments; post a second time only when the
// instance is provably still waiting without our activity; and say "unknown" rather than guess.
import { mergeApproverInputs, patternChecks } from './merge-inputs.js'
import { checkPatterns } from './pattern-check.js'
import { ApprovalsClient, type ListFilter } from './client.js'
import { classifyHarnessFailure } from './causes.js'
import { HarnessApiError, UnexpectedBodyError, unreachableCause, type HarnessCause } from '../harness/errors.js'
import type { ApprovalInstance, DecisionBody, PipelineRun } from './types.js'
import { approvalProgress, type ApprovalProgress } from './progress.js'
import { TransportError } from '../http/transport.js'
import { CancelledError, type Clock, type Logger } from '../ports.js'
import { cleanRemoteText } from '../report/sanitize.js'
import type { ApproverInput } from './approver-inputs.js'
import type { Decision } from '../harness/decision.js'
import { backoffDelay, isTransient, retryRead, type Backoff, type RetryContext } from '../http/retry-reads.js'
import { decisionPlan, type DecisionPlan } from './dry-run.js'
import type { ExecutionClient, ExecutionSummary } from './execution-client.js'
import type { HarnessTarget } from '../harness/target.js'
import { executionFinished, pipelineRunOf, scopeMismatch } from './scope-check.js'
import { alreadyDecided, byEarlierAttempt, decidedBy, earlierAttemptActivity, endedAsAsked, findKnownStep, knownStep, type AlreadyDecided, type KnownStep, type WorkflowAttempt } from './known-step.js'

export interface DecisionRequest {
  executionId: string
  callbackId?: string
  action: Decision
  approverInputs: ApproverInput[]
  comments: string
  /** Unique to this run; each POST appends its attempt number and carries it in the comments. */
  marker: string
  /**
   * The workflow run and attempt this is: a step holding a marker of an EARLIER attempt of the same run was
   * decided (or, still waiting, approved) by this run, and is never decided again. This attempt's own
   * markers do not count. Undefined outside a workflow run: only the callback id can name a known step.
   */
  workflowAttempt?: WorkflowAttempt
  waitForApprovalMs: number
  /** Go the whole way, but stop right before the POST and report what it would have sent. */
  dryRun?: boolean
}

export interface DecisionTiming {
  /** Back-off while waiting for the approval step to start waiting. */
  appear: Backoff
  /** Back-off for reads that failed transiently (429, 5xx, network). */
  reads: Backoff
  /** How long transient read failures are retried before giving up. */
  readBudgetMs: number
  /** After an unclear POST, how long to let Harness settle before concluding that nothing was recorded. */
  settleMs: number
  /** POSTs at most, in all (a second only after proof that the first was not recorded). */
  maxPosts: number
}

export const DEFAULT_TIMING: DecisionTiming = {
  appear: { initialMs: 2_000, maxMs: 15_000, factor: 1.5 },
  reads: { initialMs: 1_000, maxMs: 10_000, factor: 2 },
  readBudgetMs: 60_000,
  settleMs: 3_000,
  maxPosts: 2,
}

export interface DecisionDeps {
  client: ApprovalsClient
  /** Reads the execution: its scope, pipeline and status, before anything is decided. */
  executions: ExecutionClient
  /** The org and project given, and what the execution's link is built from. */
  target: Pick<HarnessTarget, 'baseUrl' | 'accountId' | 'orgId' | 'projectId'>
  clock: Clock
  logger: Logger
  signal?: AbortSignal
  random?: () => number
  timing?: DecisionTiming
}

export type FinalStatus = 'APPROVED' | 'REJECTED' | 'WAITING'

export type ExecutionResult =
  | {
      kind: 'decided'
      executionId: string
      decision: Decision
      /** The instance status after the decision; WAITING means recorded, but more approvers are needed. */
      status: FinalStatus
      instanceId: string
      inputsSent: ApproverInput[]
      /** Inputs that took the step's default because approverInputs did not name them. */
      defaulted: string[]
      /** Inputs that took an earlier approver's value (older servers show it as the default). */
      fromPreviousApprover?: string[]
      posts: number
      waitedMs: number
      /** True when the outcome was established by reading the state back after an unclear answer. */
      confirmedByReadBack: boolean
      note?: string
      /** The step's message, its approvals against minimumCount, who else approved. */
      progress?: ApprovalProgress
      /** The pipeline run, when it was read: name, run number and its page in Harness. */
      pipeline?: PipelineRun
      /** The step has auto-reject on: this APPROVE also rejected older waiting runs of the pipeline at this step. */
      autoRejectsOlder?: true
    }
  | { kind: 'failed'; executionId: string; decision: Decision; cause: HarnessCause; posts: number; waitedMs: number; inputsSent?: ApproverInput[]; pipeline?: PipelineRun }
  | { kind: 'unknown'; executionId: string; decision: Decision; message: string; posts: number; waitedMs: number; inputsSent?: ApproverInput[]; pipeline?: PipelineRun }
  | { kind: 'cancelled'; executionId: string; decision: Decision; posts: number; waitedMs: number }
  | {
      kind: 'dry-run'
      executionId: string
      decision: Decision
      /** What a real run would post; undefined when it would post nothing (`alreadyDecided`). */
      plan?: DecisionPlan
      /** The step this run knows is already as asked: a real run would post nothing and succeed. */
      alreadyDecided?: AlreadyDecided
      /** With `alreadyDecided`: who decided and when, and what a real run would do, in a sentence. */
      note?: string
      /** With `alreadyDecided` WAITING: the step's approvals against minimumCount, who else approved. */
      progress?: ApprovalProgress
      posts: 0
      waitedMs: number
      pipeline?: PipelineRun
    }

/** A failure this module detects itself (before or instead of a Harness answer), in the documented terms. */
export function localCause(id: HarnessCause['id'], title: string, explanation: string, fix: string, harnessMessage = ''): HarnessCause {
  return { id, title, explanation, fix, status: 0, harnessMessage }
}

export async function decideExecution(req: DecisionRequest, deps: DecisionDeps): Promise<ExecutionResult> {
  const timing = deps.timing ?? DEFAULT_TIMING
  const ctx: RetryContext = { clock: deps.clock, logger: deps.logger, random: deps.random ?? Math.random, signal: deps.signal }
  const started = deps.clock.now()
  let posts = 0
  const waited = () => deps.clock.now() - started
  const base = { executionId: req.executionId, decision: req.action }
  let pipeline: PipelineRun | undefined
  const withPipeline = () => (pipeline ? { pipeline } : {})
  const failed = (cause: HarnessCause, inputsSent?: ApproverInput[]): ExecutionResult => ({ kind: 'failed', ...base, cause, posts, waitedMs: waited(), ...(inputsSent ? { inputsSent } : {}), ...withPipeline() })
  // This run's activities: this attempt's POSTs, or an earlier attempt's.
  const ours = (comments: unknown) => typeof comments === 'string' && (comments.includes(`[${req.marker}-`) || byEarlierAttempt(comments, req.workflowAttempt))

  try {
    // 0. Is the execution where the inputs say, and may it still wait for an approval? Nothing is read or
    // posted on the approvals API before this holds.
    const summary = await readExecution(req, deps, ctx, timing)
    const mismatch = scopeMismatch(req.executionId, summary, deps.target)
    if (mismatch) return failed(mismatch)
    pipeline = pipelineRunOf(summary, deps.target)

    // 1. What is waiting? (Wait for the step to start, if it has not yet, and while the execution runs.)
    const found = await findWaitingInstance(req, deps, ctx, timing, summary)
    if (found.kind === 'failed') return failed(found.cause)
    if (found.kind === 'known') return knownStepResult(found.step)
    const waitedMs = waited()
    if (waitedMs > 1_000) deps.logger.info(`Execution ${req.executionId}: the approval step started waiting after ${Math.round(waitedMs / 1000)}s.`)

    // 2. The inputs Harness demands: every input of the step, defaults filled in.
    let inputs = req.approverInputs
    let defaulted: string[] = []
    let fromPreviousApprover: string[] = []
    if (found.kind === 'instance' && req.action === 'APPROVE') {
      const stepInputs = found.instance.details?.approverInputs ?? []
      // The step's patterns are Java regular expressions from the server: decided with a time bound, or left to Harness.
      const checks = patternChecks(stepInputs, req.approverInputs)
      const judge = await checkPatterns(checks, { ...(deps.signal ? { signal: deps.signal } : {}) })
      for (const check of checks) {
        const verdict = judge(check.pattern, check.value)
        if (verdict.kind === 'unchecked') {
          deps.logger.warning(`Execution ${req.executionId}: the pattern of approver input '${cleanRemoteText(check.name, 80)}' was not checked here: ${verdict.why}. Harness checks the value when the decision is posted.`, 'Approver input left to Harness')
        }
      }
      const merged = mergeApproverInputs(stepInputs, req.approverInputs, found.instance.details?.approvalActivities, judge)
      if (!merged.ok) {
        return failed(localCause('invalid-inputs', 'Approver inputs do not fit the approval step', merged.problem, "Give {approverInputs} with the step's input names; omitted ones take the step's defaults."))
      }
      inputs = merged.inputs
      defaulted = merged.defaulted
      fromPreviousApprover = merged.fromPreviousApprover
    }

    // A dry run ends here, everything checked that a real run checks before posting, and nothing posted.
    if (req.dryRun) {
      const plan = decisionPlan(req.action, req.callbackId, found.instance, inputs, defaulted, commentsWithMarker(req.comments, `${req.marker}-1`), fromPreviousApprover)
      return { kind: 'dry-run', ...base, plan, posts: 0, waitedMs, ...withPipeline() }
    }

    // Said before posting, since the rejections it causes cannot be undone.
    const autoRejectsOlder = req.action === 'APPROVE' && found.instance.details?.autoRejectEnabled === true
    if (autoRejectsOlder) {
      deps.logger.warning(
        `Execution ${req.executionId}: approving also rejects older waiting runs of pipeline ${pipeline.name} at this step (the step has auto-reject on).`,
        'Auto-reject',
      )
    }

    // 3. Post, at most `maxPosts` times, never twice without proof the first was not recorded.
    let unclear: string | undefined
    // Whether any attempt so far may have reached Harness (a refused connection did not).
    let mayBeRecorded = false
    while (posts < timing.maxPosts) {
      if (deps.signal?.aborted) throw new CancelledError()
      posts++
      const marker = `${req.marker}-${posts}`
      const body: DecisionBody = {
        action: req.action,
        comments: commentsWithMarker(req.comments, marker),
        approver_inputs: inputs,
      }
      try {
        const instance = await deps.client.decide(req.executionId, req.callbackId, body, deps.signal)
        return decided(instance, false)
      } catch (error) {
        if (deps.signal?.aborted) throw new CancelledError()
        // Never reached Harness (the transport made its quick tries): nothing was recorded.
        if (error instanceof TransportError && (error.failure === 'certificate' || error.failure === 'connect')) return failed(describeReadFailure(error), inputs)
        const definite = error instanceof HarnessApiError && !isTransient(error)
        if (definite && !mayBeRecorded) return failed(error.harnessCause, inputs)
        mayBeRecorded = true
        // Unclear (or a refusal after an unclear attempt, which may be our own earlier decision): look.
        unclear = error instanceof Error ? error.message : String(error)
        deps.logger.warning(`Execution ${req.executionId}: the decision's outcome is unclear (${unclear}); reading the approval state back instead of posting again.`, 'Unclear answer from Harness')
        const state = await readBack(req, deps, ctx, timing, posts)
        if (state.kind === 'ours') return decided(state.instance, true)
        if (state.kind === 'matches') return decided(state.instance, true, 'The approval shows the requested decision, but not this run\'s activity: it may have been decided by someone else.')
        if (state.kind === 'finished') {
          return failed(localCause('already-finished', 'Approval step finished otherwise', `The approval step is now ${cleanRemoteText(state.instance.status, 40)}, and its activities show no decision from this run: someone else decided, or it expired.`, 'Look at the pipeline execution in Harness.'), inputs)
        }
        if (state.kind === 'unreadable') {
          return { kind: 'unknown', ...base, message: `Decision state unknown for execution ${req.executionId}: the decision may or may not have been recorded (${unclear}), and the approval state could not be read back (${state.reason}). Check the execution in Harness before running this again.`, posts, waitedMs: waited(), inputsSent: inputs, ...withPipeline() }
        }
        if (definite) return failed(error.harnessCause, inputs)
        // Still waiting without our activity after the settle window: the attempt was not recorded.
      }
    }
    // Read back twice, still WAITING without our activity: proven not recorded, so safe to run again.
    return failed(localCause('not-recorded', 'Decision not recorded', `Execution ${req.executionId}: ${posts} attempts gave no clear answer (last: ${unclear}), and the approval step is still waiting with no decision from this run.`, 'Nothing was recorded, so it is safe to run this again; if it keeps happening, check Harness status and any proxy in between.'), inputs)

    function decided(instance: ApprovalInstance, confirmedByReadBack: boolean, note?: string): ExecutionResult {
      const status = normaliseStatus(instance.status)
      if (!status) {
        return { kind: 'unknown', ...base, message: `Harness answered with approval status '${cleanRemoteText(instance.status, 40)}', which says neither approved, rejected nor waiting. Check the execution in Harness.`, posts, waitedMs: waited(), inputsSent: inputs, ...withPipeline() }
      }
      if ((req.action === 'APPROVE' && status === 'REJECTED') || (req.action === 'REJECT' && status !== 'REJECTED')) {
        return failed(localCause('already-finished', 'Approval ended otherwise', `After this ${req.action}, Harness reports the approval as ${status}.`, 'Look at the pipeline execution in Harness.'), inputs)
      }
      return {
        kind: 'decided',
        ...base,
        status,
        instanceId: instance.id,
        inputsSent: inputs,
        defaulted,
        ...(fromPreviousApprover.length > 0 ? { fromPreviousApprover } : {}),
        posts,
        waitedMs,
        confirmedByReadBack,
        ...(note ? { note } : {}),
        progress: approvalProgress(instance, ours),
        ...withPipeline(),
        ...(autoRejectsOlder ? { autoRejectsOlder: true as const } : {}),
      }
    }
  } catch (error) {
    if (deps.signal?.aborted || error instanceof CancelledError) return { kind: 'cancelled', ...base, posts, waitedMs: waited() }
    if (error instanceof HarnessApiError) return failed(error.harnessCause)
    if (posts > 0) {
      return { kind: 'unknown', ...base, message: `Decision state unknown for execution ${req.executionId}: ${(error as Error).message}. Check the execution in Harness.`, posts, waitedMs: waited(), ...withPipeline() }
    }
    return failed(describeReadFailure(error))
  }

  /**
   * A step already decided (by an earlier attempt of this run, or named by the callback id), or still
   * waiting for more approvers after an earlier attempt's approval: nothing to post. A dry run fails as a
   * real run would, and otherwise says what a real run would do rather than report a decision.
   */
  function knownStepResult(step: KnownStep): ExecutionResult {
    const by = decidedBy(step)
    if (step.status === 'WAITING') {
      const progress = approvalProgress(step.instance, ours)
      const count = progress.minimumCount ? `${progress.approvals} of ${progress.minimumCount} approvals` : `${progress.approvals} approval${progress.approvals === 1 ? '' : 's'} so far`
      const waiting = `and is waiting for more approvers (${count})`
      if (!endedAsAsked(step, req.action)) {
        return failed(
          localCause(
            'already-finished',
            'Approval step already approved by this workflow run',
            `The approval step of execution ${req.executionId} was already ${by}, ${waiting}; this run does not decide it a second time, so it cannot be rejected by this run any more. Nothing was posted.`,
            'Look at the pipeline execution in Harness: another approver can reject it there; start a new pipeline run if the decision should be different.',
          ),
        )
      }
      if (req.dryRun) return knownInDryRun(step, `The approval step was already ${by}, ${waiting}; a real run would post nothing and succeed, the step still waiting.`, progress)
      return {
        ...known(step),
        note: `The approval step was already ${by}, ${waiting}; nothing was posted.`,
        progress,
      }
    }
    const verb = step.status === 'APPROVED' ? 'approved' : 'rejected'
    if (!endedAsAsked(step, req.action)) {
      return failed(
        localCause(
          'already-finished',
          `Approval step already ${verb}`,
          `The approval step of execution ${req.executionId} was already ${by}, so it cannot be ${req.action === 'APPROVE' ? 'approved' : 'rejected'} any more. Nothing was posted.`,
          'Look at the pipeline execution in Harness; start a new pipeline run if the decision should be different.',
        ),
      )
    }
    if (req.dryRun) return knownInDryRun(step, `The approval step was already ${by}; a real run would post nothing and succeed.`)
    return { ...known(step), note: `The approval step was already ${by}; nothing was posted.` }
  }

  /** A dry run never reports a decision as made, not even one found made: it says what a real run would do. */
  function knownInDryRun(step: KnownStep, note: string, progress?: ApprovalProgress): ExecutionResult {
    return { kind: 'dry-run', ...base, alreadyDecided: alreadyDecided(step), note, ...(progress ? { progress } : {}), posts: 0, waitedMs: waited(), ...withPipeline() }
  }

  function known(step: KnownStep): ExecutionResult & { kind: 'decided' } {
    return {
      kind: 'decided',
      ...base,
      status: step.status,
      instanceId: step.instance.id,
      inputsSent: [],
      defaulted: [],
      posts: 0,
      waitedMs: waited(),
      confirmedByReadBack: false,
      ...withPipeline(),
    }
  }
}

/** The execution's summary, transient failures retried; a refusal throws HarnessApiError with its cause. */
function readExecution(req: DecisionRequest, deps: DecisionDeps, ctx: RetryContext, timing: DecisionTiming): Promise<ExecutionSummary> {
  return retryRead(`Reading execution ${req.executionId}`, () => deps.executions.summary(req.executionId, deps.signal), deps.clock.now() + timing.readBudgetMs, timing.reads, ctx)
}

/** The comments a POST carries: the user's, then this attempt's marker on a line of its own. */
export function commentsWithMarker(comments: string, marker: string): string {
  return comments ? `${comments}\n[${marker}]` : `[${marker}]`
}

/**
 * A documented cause found by reading the state before posting: classified from the sentence Harness
 * would answer a POST with, but reported as our own finding (Harness said nothing yet).
 */
function detectedCause(documentedText: string, explanation: string): HarnessCause {
  const cause = classifyHarnessFailure(400, JSON.stringify({ message: documentedText }))
  return { ...cause, status: 0, harnessMessage: '', ...(explanation ? { explanation } : {}) }
}

function normaliseStatus(status: string): FinalStatus | undefined {
  const upper = status.toUpperCase()
  return upper === 'APPROVED' || upper === 'REJECTED' || upper === 'WAITING' ? upper : undefined
}

export function describeReadFailure(error: unknown): HarnessCause {
  if (error instanceof TransportError) return unreachableCause(error, 'Harness')
  if (error instanceof UnexpectedBodyError) {
    return localCause('not-json', 'Unexpected answer from Harness', `${error.message}.`, 'Check {baseUrl}: it must lead to the Harness API (a proxy or login page answers otherwise).')
  }
  return localCause('unknown', 'Unexpected failure', (error as Error)?.message ?? String(error), 'Report this with the log of the run.')
}

type Found =
  | { kind: 'instance'; instance: ApprovalInstance }
  | { kind: 'known'; step: KnownStep }
  | { kind: 'failed'; cause: HarnessCause }

/**
 * Reads the WAITING Harness approvals of the execution, re-reading with back-off while none is waiting
 * yet (the step may start after this job answers) and the execution has not ended. When nothing waits, a
 * step this run knows (named by the callback id, or decided by an earlier attempt) ends the search at once;
 * so does a waiting step an earlier attempt already approved (it needs more approvers, not this run again).
 */
async function findWaitingInstance(req: DecisionRequest, deps: DecisionDeps, ctx: RetryContext, timing: DecisionTiming, summary: ExecutionSummary): Promise<Found> {
  const started = deps.clock.now()
  const appearDeadline = started + req.waitForApprovalMs
  const cb = req.callbackId ?? 'null'
  // Our own words for the callback id: Harness's text says 'null' when none was sent.
  const cbText = req.callbackId === undefined ? 'no callback id given' : `callback id: ${req.callbackId}`
  const read = (what: string, filter: ListFilter) =>
    retryRead(what, () => deps.client.list(req.executionId, filter, deps.signal), Math.max(appearDeadline, deps.clock.now() + timing.readBudgetMs), timing.reads, ctx).catch((error: unknown) => {
      throw withViewPermission(error, req.executionId)
    })
  // Without a callback id or a workflow run (whose earlier attempts may have decided), no decided step can be
  // told apart as ours: no read.
  const decidedStep = async (): Promise<KnownStep | undefined> => {
    if (!req.callbackId && !req.workflowAttempt) return undefined
    const all = await read(`Reading the approvals of execution ${req.executionId}`, { type: 'HarnessApproval', callbackId: req.callbackId })
    return findKnownStep(all, req.callbackId, req.workflowAttempt)
  }
  // A finished execution never waits again: only a step this run knows can still make it a success.
  const ended = async (current: ExecutionSummary): Promise<Found | undefined> => {
    const finished = executionFinished(req.executionId, current)
    if (!finished) return undefined
    const step = await decidedStep()
    return step ? { kind: 'known', step } : { kind: 'failed', cause: finished }
  }
  const endedAtStart = await ended(summary)
  if (endedAtStart) return endedAtStart

  let reads = 0
  for (;;) {
    let waiting = await read(`Reading the approvals of execution ${req.executionId}`, { status: 'WAITING', type: 'HarnessApproval', callbackId: req.callbackId })
    reads++
    // Harness filters by status and type itself; filter again so a server that ignores a filter cannot mislead.
    waiting = waiting.filter((i) => i.status === 'WAITING' && (!i.type || i.type === 'HarnessApproval'))
    if (waiting.length === 1) {
      const instance = waiting[0]!
      // Still waiting for more approvers (minimumCount) after an earlier attempt of this run approved: Harness
      // would refuse the same user's second approval, or count another key's as a second approver.
      const earlier = earlierAttemptActivity(instance, req.workflowAttempt)
      if (earlier && String(earlier.action ?? '').toUpperCase() === 'APPROVE') return { kind: 'known', step: knownStep(instance, 'WAITING', req.workflowAttempt) }
      return { kind: 'instance', instance }
    }
    if (waiting.length > 1) {
      return { kind: 'failed', cause: detectedCause(`Found more than 1 Harness Approval Instance waiting for pipeline execution id: ${req.executionId} and callback id: ${cb}`, `${waiting.length} Harness Approval steps of execution ${req.executionId} are waiting (${cbText}), so it is not clear which one to decide.`) }
    }
    // Nothing waits: a re-run of a decided step answers now rather than after waitForApproval.
    if (reads === 1) {
      const step = await decidedStep()
      if (step) return { kind: 'known', step }
    }
    const wait = backoffDelay(reads, timing.appear, ctx.random)
    if (deps.clock.now() + wait > appearDeadline) {
      const waitedNote = req.waitForApprovalMs > 0 ? `; waited ${Math.round((deps.clock.now() - started) / 1000)}s` : ''
      const causes = req.callbackId === undefined ? 'the step has not started yet, or was already decided' : 'the step has not started yet, was already decided, or the callback id is wrong'
      const text = `Found no Harness Approval Instance waiting for pipeline execution id: ${req.executionId} and callback id: ${cb}`
      const cause = detectedCause(text, '')
      return { kind: 'failed', cause: { ...cause, explanation: `No Harness Approval step of execution ${req.executionId} is waiting (${cbText}${waitedNote}): ${causes}.` } }
    }
    if (reads === 1) deps.logger.info(`Execution ${req.executionId}: no approval step is waiting yet; waiting up to ${Math.round(req.waitForApprovalMs / 1000)}s for one.`)
    await deps.clock.sleep(wait, deps.signal)
    // Still running? An execution that ended while we waited will never reach its approval step.
    const now = await readExecution(req, deps, ctx, timing)
    const endedNow = await ended(now)
    if (endedNow) return endedNow
  }
}

/** A 403 on the approvals read: without View the state cannot be checked, and nothing is posted blind. */
function withViewPermission(error: unknown, executionId: string): unknown {
  if (!(error instanceof HarnessApiError) || error.harnessCause.id !== 'forbidden') return error
  return new HarnessApiError({
    ...error.harnessCause,
    title: 'Approvals not readable with this key',
    explanation: `The key may not read the approvals of execution ${executionId}, so what waits cannot be checked before deciding; nothing is posted without that check.`,
    fix: "Grant View (core_pipeline_view) on the pipeline to the key's user or service account, besides Execute (core_pipeline_execute).",
  })
}

type ReadBack =
  | { kind: 'ours'; instance: ApprovalInstance }
  | { kind: 'matches'; instance: ApprovalInstance }
  | { kind: 'finished'; instance: ApprovalInstance }
  | { kind: 'waiting' }
  | { kind: 'unreadable'; reason: string }

/** After an unclear POST: is our decision recorded? Reads again after a settle window before saying no. */
async function readBack(req: DecisionRequest, deps: DecisionDeps, ctx: RetryContext, timing: DecisionTiming, posts: number): Promise<ReadBack> {
  const markers = Array.from({ length: posts }, (_, i) => `[${req.marker}-${i + 1}]`)
  for (let look = 0; look < 2; look++) {
    let instances: ApprovalInstance[]
    try {
      instances = await retryRead(
        `Reading back execution ${req.executionId}`,
        () => deps.client.list(req.executionId, { type: 'HarnessApproval', callbackId: req.callbackId }, deps.signal),
        deps.clock.now() + timing.readBudgetMs,
        timing.reads,
        ctx,
      )
    } catch (error) {
      if (deps.signal?.aborted) throw new CancelledError()
      return { kind: 'unreadable', reason: error instanceof Error ? error.message : String(error) }
    }
    const ours = instances.find((i) => (i.details?.approvalActivities ?? []).some((a) => markers.some((m) => a.comments?.includes(m))))
    if (ours) return { kind: 'ours', instance: ours }
    const waiting = instances.filter((i) => i.status === 'WAITING')
    if (waiting.length === 0) {
      // Nothing waits any more: the newest finished instance tells how it ended.
      const latest = [...instances].sort((a, b) => (b.updated ?? 0) - (a.updated ?? 0))[0]
      if (!latest) return { kind: 'unreadable', reason: 'the execution shows no Harness approval at all' }
      const wanted = req.action === 'APPROVE' ? 'APPROVED' : 'REJECTED'
      // The status alone proves our decision only when the server lists no activities to tell who acted.
      const attributable = (latest.details?.approvalActivities ?? []).length > 0
      return latest.status === wanted && !attributable ? { kind: 'matches', instance: latest } : { kind: 'finished', instance: latest }
    }
    if (look === 0) await deps.clock.sleep(timing.settleMs, deps.signal)
  }
  return { kind: 'waiting' }
}
