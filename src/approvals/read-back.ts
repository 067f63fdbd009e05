// After an unclear answer to the decision (or a refusal saying the step is no longer waiting): read back the
// one instance that was posted to, and tell whether this run's decision is on it, someone else decided it
// (and who, when), or it still waits.
import type { ApprovalsClient } from './client.js'
import type { HarnessCause } from '../harness/errors.js'
import type { Decision } from '../harness/decision.js'
import type { ApprovalInstance } from './types.js'
import { retryRead, type Backoff, type RetryContext } from '../http/retry-reads.js'
import { CancelledError, type Clock } from '../ports.js'
import { cleanRemoteText } from '../report/sanitize.js'
import { decidedBy, knownStep } from './known-step.js'

export interface ReadBackRequest {
  executionId: string
  action: Decision
  /** This run's marker: each POST carried `[marker-n]`. */
  marker: string
  /** POSTs so far. */
  posts: number
  instanceId: string
}

export interface ReadBackDeps {
  client: Pick<ApprovalsClient, 'read'>
  clock: Clock
  signal?: AbortSignal
}

interface DecisionTimingLike {
  readBudgetMs: number
  reads: Backoff
  settleMs: number
}

export type ReadBack =
  | { kind: 'ours'; instance: ApprovalInstance }
  | { kind: 'matches'; instance: ApprovalInstance }
  | { kind: 'finished'; instance: ApprovalInstance }
  | { kind: 'waiting' }
  | { kind: 'unreadable'; reason: string }

/**
 * After an unclear POST (or a refusal saying the step is no longer waiting): is our decision recorded on the
 * instance that was posted to? Reads it again after a settle window before saying no.
 */
export async function readBack(req: ReadBackRequest, deps: ReadBackDeps, ctx: RetryContext, timing: Pick<DecisionTimingLike, 'readBudgetMs' | 'reads' | 'settleMs'>): Promise<ReadBack> {
  const { posts, instanceId } = req
  const markers = Array.from({ length: posts }, (_, i) => `[${req.marker}-${i + 1}]`)
  for (let look = 0; look < 2; look++) {
    let instance: ApprovalInstance
    try {
      instance = await retryRead(`Reading back approval ${instanceId} of execution ${req.executionId}`, () => deps.client.read(instanceId, deps.signal), deps.clock.now() + timing.readBudgetMs, timing.reads, ctx)
    } catch (error) {
      if (deps.signal?.aborted) throw new CancelledError()
      return { kind: 'unreadable', reason: error instanceof Error ? error.message : String(error) }
    }
    if ((instance.details?.approvalActivities ?? []).some((a) => markers.some((m) => typeof a?.comments === 'string' && a.comments.includes(m)))) return { kind: 'ours', instance }
    if (instance.status !== 'WAITING') {
      const wanted = req.action === 'APPROVE' ? 'APPROVED' : 'REJECTED'
      // The status alone proves our decision only when the server lists no activities to tell who acted.
      const attributable = (instance.details?.approvalActivities ?? []).length > 0
      return instance.status === wanted && !attributable ? { kind: 'matches', instance } : { kind: 'finished', instance }
    }
    if (look === 0) await deps.clock.sleep(timing.settleMs, deps.signal)
  }
  return { kind: 'waiting' }
}

/**
 * The instance that was checked left WAITING without this run's activity: who decided it and when (or that
 * it expired). Nothing more is posted: whatever waits now is another step, or another run of it.
 */
export function finishedOtherwise(executionId: string, instance: ApprovalInstance, mayBeRecorded: boolean): HarnessCause {
  const status = cleanRemoteText(instance.status, 40)
  const how = instance.status === 'APPROVED' || instance.status === 'REJECTED' ? decidedBy(knownStep(instance, instance.status, undefined)) : `${status.toLowerCase()}`
  const sent = mayBeRecorded ? ' This run\'s request was not applied: Harness adds no activity to a step that is no longer waiting.' : ''
  return {
    id: 'already-finished',
    title: 'Approval step decided by someone else',
    explanation: `The approval step of execution ${executionId} that this run checked (approval instance ${cleanRemoteText(instance.id, 200)}) was ${how} before this run's decision reached it, and is now ${status}. Nothing was posted to any other step.${sent}`,
    fix: 'Look at the pipeline execution in Harness: the decision there stands; any step waiting now is another step, for its own approver.',
    status: 0,
    harnessMessage: '',
  }
}
