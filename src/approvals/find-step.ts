// Which Harness approval of the execution this run decides, or why none: read every Harness approval of the
// execution (not only the waiting ones), since a re-run must see what an earlier attempt of the same step
// decided on ANY of them before it decides anything; then the one waiting instance (with a callback id, a
// waiting run of the step before decided ones, the newest first), waiting with back-off for the step to
// start while the execution runs.
import type { ApprovalsClient, ListFilter } from './client.js'
import { classifyHarnessFailure } from './causes.js'
import { HarnessApiError, type HarnessCause } from '../harness/errors.js'
import type { ApprovalInstance } from './types.js'
import { backoffDelay, retryRead, type Backoff, type RetryContext } from '../http/retry-reads.js'
import type { ExecutionSummary } from './execution-client.js'
import { executionFinished } from './scope-check.js'
import { decidedBy, earlierAttemptActivity, findKnownStep, knownStep, newestFirst, stepDecidedByEarlierAttempt, type KnownStep, type WorkflowAttempt } from './known-step.js'
import { CancelledError, type Clock, type Logger } from '../ports.js'

export type Found =
  | { kind: 'instance'; instance: ApprovalInstance; summary: ExecutionSummary }
  | { kind: 'known'; step: KnownStep }
  | { kind: 'failed'; cause: HarnessCause }

export interface FindRequest {
  executionId: string
  callbackId?: string
  workflowAttempt?: WorkflowAttempt
  waitForApprovalMs: number
}

export interface FindDeps {
  client: Pick<ApprovalsClient, 'list'>
  clock: Clock
  logger: Logger
  signal?: AbortSignal
  /** Reads the execution again (each round of the wait). */
  readExecution: () => Promise<ExecutionSummary>
  appear: Backoff
  reads: Backoff
  readBudgetMs: number
}

/**
 * Reads the Harness approvals of the execution, re-reading with back-off while none is waiting yet (the
 * step may start after this job answers) and the execution has not ended. A step an earlier attempt of this
 * workflow step decided (or approved, still waiting for more approvers) ends the search at once, whatever
 * else waits: its decision is made. When nothing waits, a step the callback id names ends it too.
 */
export async function findWaitingInstance(req: FindRequest, deps: FindDeps, ctx: RetryContext, summary: ExecutionSummary, firstRead?: Promise<ApprovalInstance[]>): Promise<Found> {
  const started = deps.clock.now()
  const cb = req.callbackId ?? 'null'
  // Our own words for the callback id: Harness's text says 'null' when none was sent.
  const cbText = req.callbackId === undefined ? 'no callback id given' : `callback id: ${req.callbackId}`
  // The first read may have been started already (beside the execution read), or made (by the check before the plan).
  let pending = firstRead
  const appearDeadline = started + req.waitForApprovalMs
  const read = async () => {
    const listing = pending ?? readApprovals(req, deps, ctx, appearDeadline)
    pending = undefined
    const all = await listing.catch((error: unknown) => {
      throw withViewPermission(error, req.executionId)
    })
    // Harness filters by type itself; filter again so a server that ignores a filter cannot mislead.
    return all.filter((i) => !i.type || i.type === 'HarnessApproval')
  }
  // A finished execution never waits again: only a step this run knows can still make it a success.
  const ended = async (current: ExecutionSummary): Promise<Found | undefined> => {
    const finished = executionFinished(req.executionId, current)
    if (!finished) return undefined
    if (!req.callbackId && !req.workflowAttempt) return { kind: 'failed', cause: finished }
    const all = await read()
    const step = stepDecidedByEarlierAttempt(all, req.workflowAttempt) ?? findKnownStep(all, req.callbackId, req.workflowAttempt)
    return step ? { kind: 'known', step } : { kind: 'failed', cause: finished }
  }
  const endedAtStart = await ended(summary)
  if (endedAtStart) return endedAtStart

  let current = summary
  let reads = 0
  // The step the callback id names, decided by someone else: the answer if no newer run of it starts waiting.
  let decidedByOthers: KnownStep | undefined
  for (;;) {
    const all = await read()
    reads++
    const waiting = all.filter((i) => i.status === 'WAITING').sort(newestFirst)
    // Without a callback id, this workflow step's earlier decision on any approval of the execution is this
    // step's decision: a re-run never goes on to the next stage's step.
    if (!req.callbackId) {
      const mine = stepDecidedByEarlierAttempt(all, req.workflowAttempt)
      if (mine) return { kind: 'known', step: mine }
    }
    if (waiting.length === 1) {
      const instance = waiting[0]!
      // Still waiting for more approvers (minimumCount) after an earlier attempt of this run approved: Harness
      // would refuse the same user's second approval, or count another key's as a second approver.
      const earlier = earlierAttemptActivity(instance, req.workflowAttempt)
      if (earlier && String(earlier.action ?? '').toUpperCase() === 'APPROVE') return { kind: 'known', step: knownStep(instance, 'WAITING', req.workflowAttempt) }
      return { kind: 'instance', instance, summary: current }
    }
    if (waiting.length > 1) {
      return { kind: 'failed', cause: detectedCause(`Found more than 1 Harness Approval Instance waiting for pipeline execution id: ${req.executionId} and callback id: ${cb}`, `${waiting.length} Harness Approval steps of execution ${req.executionId} are waiting (${cbText}), so it is not clear which one to decide.`) }
    }
    // Nothing waits. A step this run decided (an earlier attempt) answers now rather than after
    // waitForApproval. A step the callback id names that someone else decided is the answer only once no
    // newer run of it (a retry or a loop) has started waiting by the end of the wait: a waiting run of the
    // step always comes before decided ones.
    const step = findKnownStep(all, req.callbackId, req.workflowAttempt)
    if (step && (step.earlier !== undefined || req.waitForApprovalMs === 0)) return { kind: 'known', step }
    if (step && !decidedByOthers) {
      deps.logger.info(`Execution ${req.executionId}: the step callback id ${req.callbackId} names was already ${decidedBy(step)}; waiting up to ${Math.round(req.waitForApprovalMs / 1000)}s for a newer run of it (a retry or a loop) before taking that as the answer.`)
    }
    decidedByOthers = step
    const wait = backoffDelay(reads, deps.appear, ctx.random)
    if (deps.clock.now() + wait > appearDeadline) {
      if (decidedByOthers) return { kind: 'known', step: decidedByOthers }
      const waitedNote = req.waitForApprovalMs > 0 ? `; waited ${Math.round((deps.clock.now() - started) / 1000)}s` : ''
      const causes = req.callbackId === undefined ? 'the step has not started yet, or was already decided' : 'the step has not started yet, was already decided, or the callback id is wrong'
      const text = `Found no Harness Approval Instance waiting for pipeline execution id: ${req.executionId} and callback id: ${cb}`
      const cause = detectedCause(text, '')
      return { kind: 'failed', cause: { ...cause, explanation: `No Harness Approval step of execution ${req.executionId} is waiting (${cbText}${waitedNote}): ${causes}.` } }
    }
    if (reads === 1 && !decidedByOthers) deps.logger.info(`Execution ${req.executionId}: no approval step is waiting yet; waiting up to ${Math.round(req.waitForApprovalMs / 1000)}s for one.`)
    await deps.clock.sleep(wait, deps.signal)
    // Still running? An execution that ended while we waited will never reach its approval step.
    current = await deps.readExecution()
    const endedNow = await ended(current)
    if (endedNow) return endedNow
  }
}

/** What the decision reads: the Harness approvals of the execution, of the callback id when one is given. */
export function approvalsFilter(req: Pick<FindRequest, 'callbackId'>): ListFilter {
  return { type: 'HarnessApproval', ...(req.callbackId ? { callbackId: req.callbackId } : {}) }
}

/** One read of the execution's approvals, transient failures retried for the read budget, or until `appearDeadline` when later. */
export function readApprovals(req: FindRequest, deps: Omit<FindDeps, 'readExecution' | 'appear'>, ctx: RetryContext, appearDeadline: number): Promise<ApprovalInstance[]> {
  const deadline = Math.max(appearDeadline, deps.clock.now() + deps.readBudgetMs)
  return retryRead(`Reading the approvals of execution ${req.executionId}`, () => deps.client.list(req.executionId, approvalsFilter(req), deps.signal), deadline, deps.reads, ctx)
}

/**
 * The first approvals read, started beside the execution read. `stop` ends it, retries included, once the
 * decision no longer needs it (the execution read failed, or showed another project): nothing is left running.
 */
export function startApprovalsRead(req: FindRequest, deps: Omit<FindDeps, 'readExecution' | 'appear'>, ctx: RetryContext): { read: Promise<ApprovalInstance[]>; stop: () => void } {
  const own = new AbortController()
  const onAbort = () => own.abort(deps.signal?.reason)
  if (deps.signal?.aborted) onAbort()
  else deps.signal?.addEventListener('abort', onAbort, { once: true })
  const read = readApprovals(req, { ...deps, signal: own.signal }, { ...ctx, signal: own.signal }, deps.clock.now() + req.waitForApprovalMs)
  // Judged after the execution read, or never: never an unhandled rejection meanwhile.
  read.catch(() => undefined)
  return {
    read,
    stop: () => {
      deps.signal?.removeEventListener('abort', onAbort)
      own.abort(new CancelledError('The decision no longer needs this read.'))
    },
  }
}

/** A 403 on the approvals read: without View the state cannot be checked, and nothing is posted blind. */
function withViewPermission(error: unknown, executionId: string): unknown {
  if (!(error instanceof HarnessApiError) || error.harnessCause.id !== 'forbidden') return error
  return new HarnessApiError({
    ...error.harnessCause,
    title: 'Approvals not readable with this key',
    explanation: `The key may not read the approvals of execution ${executionId}, so what waits cannot be checked before deciding; nothing is posted without that check.`,
    fix: "Grant View (core_pipeline_view) on the pipeline to the key's user or service account, and make it one of the step's approvers.",
  })
}

/**
 * A documented cause found by reading the state before posting: classified from the sentence Harness
 * would answer a POST with, but reported as our own finding (Harness said nothing yet).
 */
export function detectedCause(documentedText: string, explanation: string): HarnessCause {
  const cause = classifyHarnessFailure(400, JSON.stringify({ message: documentedText }))
  return { ...cause, status: 0, harnessMessage: '', ...(explanation ? { explanation } : {}) }
}
