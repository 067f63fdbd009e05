// One execution, one decision, on exactly the step that was checked. The POST is not idempotent and Harness
// has no idempotency key, so: check that the execution is where the inputs say and has not ended; read what
// is waiting; post once, to that approval instance by its id (never "whatever waits now"); after an unclear
// outcome read that instance back instead of posting again, recognising our own activity by a marker in its
// comments; post a second time only when the instance is still waiting without our activity (Harness
// refuses a second activity of the same user or service account on one instance, so a first POST that lands
// late cannot make it a second decision); and say "unknown" rather than guess.
import { mergeApproverInputs, patternChecks } from './merge-inputs.js'
import { checkPatterns } from './pattern-check.js'
import type { ApprovalsClient } from './client.js'
import { HarnessApiError, UnexpectedBodyError, unreachableCause, type HarnessCause } from '../harness/errors.js'
import type { ApprovalInstance, DecisionBody, PipelineRun } from './types.js'
import { approvalProgress, type ApprovalProgress } from './progress.js'
import { TransportError } from '../http/transport.js'
import { CancelledError, type Clock, type Logger } from '../ports.js'
import { cleanRemoteText } from '../report/sanitize.js'
import type { ApproverInput } from './approver-inputs.js'
import type { Decision } from '../harness/decision.js'
import { isTransient, retryRead, type Backoff, type RetryContext } from '../http/retry-reads.js'
import { decisionPlan } from './dry-run.js'
import type { ExecutionClient, ExecutionSummary } from './execution-client.js'
import type { ExecutionResult, FinalStatus } from './execution-result.js'
import type { HarnessTarget } from '../harness/target.js'
import { pipelineRunOf, scopeMismatch } from './scope-check.js'
import { alreadyDecided, byEarlierAttempt, decidedBy, endedAsAsked, type KnownStep, type WorkflowAttempt } from './known-step.js'
import { findWaitingInstance, startApprovalsRead } from './find-step.js'
import { finishedOtherwise, readBack } from './read-back.js'
import { stageFromComments, stageLine, stageMismatch, stageText, waitingStage, type StageRef } from './stages.js'

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
  /** The stage (identifier or name) the waiting approval must belong to; nothing is posted otherwise. */
  stage?: string
  /** The execution as already read (a batch reads every member first); read here when absent. */
  summary?: ExecutionSummary
  /** The execution's approvals as already read with the decision's filter (the check before a dry run's plan). */
  instances?: ApprovalInstance[]
  /** One read at a time, over the connection already open (after a wait); else the first two go together. */
  oneReadAtATime?: boolean
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
  /** Called right before the first POST; resolves when it may go (a batch orders auto-rejecting approvals). */
  beforePost?: (instance: ApprovalInstance, summary: ExecutionSummary) => Promise<void>
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
  let stage: StageRef | undefined
  // Whether a POST may have reached Harness without a clear answer (a refused connection did not).
  let mayBeRecorded = false
  const withPipeline = () => ({ ...(pipeline ? { pipeline } : {}), ...(stage ? { stage } : {}) })
  const failed = (cause: HarnessCause, inputsSent?: ApproverInput[]): ExecutionResult => ({ kind: 'failed', ...base, cause, posts, waitedMs: waited(), ...(inputsSent ? { inputsSent } : {}), ...withPipeline() })
  // This run's activities: this attempt's POSTs, or an earlier attempt's.
  const ours = (comments: unknown) => typeof comments === 'string' && (comments.includes(`[${req.marker}-`) || byEarlierAttempt(comments, req.workflowAttempt))
  const findDeps = { ...timing, client: deps.client, clock: deps.clock, logger: deps.logger, signal: deps.signal, readExecution: () => readExecution(req, deps, ctx, timing) }
  let beside: ReturnType<typeof startApprovalsRead> | undefined

  try {
    // 0. Is the execution where the inputs say, and may it still wait for an approval? Nothing is judged
    // (and nothing posted) before this holds. The first approvals read does not depend on it: it goes
    // beside it (a round trip saved), unless one at a time.
    const reading = req.summary ? Promise.resolve(req.summary) : readExecution(req, deps, ctx, timing)
    if (!req.instances && !req.summary && !req.oneReadAtATime) beside = startApprovalsRead(req, findDeps, ctx)
    const summary = await reading
    const mismatch = scopeMismatch(req.executionId, summary, deps.target)
    if (mismatch) return failed(mismatch)
    pipeline = pipelineRunOf(summary, deps.target)

    // 1. What is waiting? (Wait for the step to start, if it has not yet, and while the execution runs.)
    const found = await findWaitingInstance(req, findDeps, ctx, summary, req.instances ? Promise.resolve(req.instances) : beside?.read)
    if (found.kind === 'failed') return failed(found.cause)
    if (found.kind === 'known') return knownStepResult(found.step)
    const waitedMs = waited()
    if (waitedMs > 1_000) deps.logger.info(`Execution ${req.executionId}: the approval step started waiting after ${Math.round(waitedMs / 1000)}s.`)
    stage = waitingStage(found.summary)
    if (req.stage !== undefined) {
      // Read the execution once more: the stage must show the approval waiting before and after it was found.
      const mismatch = stageMismatch(req.executionId, req.stage, [found.summary, await readExecution(req, deps, ctx, timing)])
      if (mismatch) return failed(mismatch)
    }

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
      const plan = decisionPlan(req.action, req.callbackId, found.instance, inputs, defaulted, commentsWithMarker(req.comments, `${req.marker}-1`, stage), fromPreviousApprover)
      return { kind: 'dry-run', ...base, plan, posts: 0, waitedMs, ...withPipeline() }
    }

    // Said before posting, since the rejections it causes cannot be undone.
    const autoRejectsOlder = req.action === 'APPROVE' && found.instance.details?.autoRejectEnabled === true
    if (autoRejectsOlder) {
      deps.logger.warning(
        `Execution ${req.executionId}: approving also rejects older waiting runs of pipeline ${pipeline.name} at this step (the step has auto-reject on).`,
        'Auto-reject',
      )
      // In a batch, after every older member of the same pipeline: never reject the batch's own members.
      if (deps.beforePost) await deps.beforePost(found.instance, found.summary)
    }

    // 3. Post to the instance that was checked, at most `maxPosts` times, never twice without proof the first
    // was not recorded. Whatever else waits by now is never decided by this run.
    const instanceId = found.instance.id
    let unclear: string | undefined
    // Every POST so far got an answer that proves it was not applied (a refused connection, a 429).
    let allProvenNotApplied = true
    while (posts < timing.maxPosts) {
      if (deps.signal?.aborted) throw new CancelledError()
      posts++
      const marker = `${req.marker}-${posts}`
      const body: DecisionBody = {
        action: req.action,
        comments: commentsWithMarker(req.comments, marker, stage),
        approverInputs: inputs,
      }
      try {
        const instance = await deps.client.decide(instanceId, body, deps.signal)
        return decided(instance, false)
      } catch (error) {
        if (deps.signal?.aborted) {
          if (!(error instanceof TransportError && error.failure === 'connect')) mayBeRecorded = true
          throw new CancelledError()
        }
        // Never reached Harness (the transport made its quick tries): nothing was recorded.
        const notSent = error instanceof TransportError && (error.failure === 'certificate' || error.failure === 'connect')
        if (notSent && !mayBeRecorded) return failed(describeReadFailure(error), inputs)
        const definite = error instanceof HarnessApiError && !isTransient(error)
        const leftWaiting = definite && error.harnessCause.id === 'already-finished'
        if (definite && !mayBeRecorded && !leftWaiting) return failed(error.harnessCause, inputs)
        if (!notSent && !definite && !(error instanceof HarnessApiError && error.harnessCause.id === 'rate-limited')) allProvenNotApplied = false
        if (!notSent && !definite) mayBeRecorded = true
        // Unclear, a refusal after an unclear attempt (it may be our own earlier decision), or the instance
        // has left WAITING: look at that instance.
        unclear = error instanceof Error ? error.message : String(error)
        if (!leftWaiting) deps.logger.warning(`Execution ${req.executionId}: the decision's outcome is unclear (${unclear}); reading the approval state back instead of posting again.`, 'Unclear answer from Harness')
        const state = await readBack({ ...req, posts, instanceId }, deps, ctx, timing)
        if (state.kind === 'ours') return decided(state.instance, true)
        if (state.kind === 'matches') return decided(state.instance, true, 'The approval shows the requested decision, but not this run\'s activity: it may have been decided by someone else.')
        if (state.kind === 'finished') return failed(finishedOtherwise(req.executionId, state.instance, mayBeRecorded), inputs)
        if (state.kind === 'unreadable') {
          return { kind: 'unknown', ...base, message: `Decision state unknown for execution ${req.executionId}: the decision may or may not have been recorded (${unclear}), and the approval state could not be read back (${state.reason}). Check the execution in Harness before running this again.`, posts, waitedMs: waited(), inputsSent: inputs, ...withPipeline() }
        }
        if (definite) return failed(error.harnessCause, inputs)
        // Still waiting without our activity after the settle window: post again (to the same instance).
      }
    }
    // Still WAITING without our activity. Only when no POST may still land is that proof of "not recorded":
    // a request that was sent and never clearly answered may be applied by Harness after we gave up.
    if (allProvenNotApplied) {
      return failed(localCause('not-recorded', 'Decision not recorded', `Execution ${req.executionId}: ${posts} attempts were refused before reaching Harness's approval service (last: ${unclear}), and the approval step is still waiting with no decision from this run.`, 'Nothing was recorded, so it is safe to run this again; if it keeps happening, check Harness status and any proxy in between.'), inputs)
    }
    return {
      kind: 'unknown',
      ...base,
      message: `Decision state unknown for execution ${req.executionId}: ${posts} attempts gave no clear answer (last: ${unclear}); the approval step still waits with no decision from this run, but a request that was sent may still be applied by Harness. Check the approval in Harness before running this again.`,
      posts,
      waitedMs: waited(),
      inputsSent: inputs,
      ...withPipeline(),
    }

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
    if (deps.signal?.aborted || error instanceof CancelledError) return { kind: 'cancelled', ...base, posts, waitedMs: waited(), ...(mayBeRecorded ? { mayBeRecorded: true as const } : {}), ...(stage ? { stage } : {}) }
    if (error instanceof HarnessApiError) return failed(error.harnessCause)
    if (posts > 0) {
      return { kind: 'unknown', ...base, message: `Decision state unknown for execution ${req.executionId}: ${(error as Error).message}. Check the execution in Harness.`, posts, waitedMs: waited(), ...withPipeline() }
    }
    return failed(describeReadFailure(error))
  } finally {
    beside?.stop()
  }

  /**
   * A step already decided (by an earlier attempt of this run, or named by the callback id), or still
   * waiting for more approvers after an earlier attempt's approval: nothing to post. A dry run fails as a
   * real run would, and otherwise says what a real run would do rather than report a decision.
   */
  function knownStepResult(step: KnownStep): ExecutionResult {
    // The stage this run's earlier decision named in its comments, when it did.
    stage = stageFromComments(step.earlier?.comments)
    const by = `${decidedBy(step)}${stage ? ` (stage ${stageText(stage)})` : ''}`
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

/** The comments a POST carries: the user's, the stage when known, then this attempt's marker, each on a line of its own. */
export function commentsWithMarker(comments: string, marker: string, stage?: StageRef): string {
  return [comments, stage ? stageLine(stage) : '', `[${marker}]`].filter(Boolean).join('\n')
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
