// A batch that approves several runs of one pipeline whose approval step has auto-reject on: Harness's
// APPROVE also rejects the OLDER waiting runs at that step, so approving a newer member first would reject
// an older member of the same batch. So the batch reads every execution first, decides the oldest first,
// and holds an auto-rejecting APPROVE until every older member of the same pipeline has been decided. A
// member rejected by the batch's own approval anyway (its step was not waiting in time) is told so.
import type { ExecutionResult } from './execution-result.js'
import type { ExecutionSummary } from './execution-client.js'
import type { ApprovalInstance } from './types.js'

export interface BatchMember {
  executionId: string
  /** The execution as read before the batch started; undefined when that read failed (the decision reads it again). */
  summary?: ExecutionSummary
}

/** When an execution started: its start time, else its run number; unknown sorts last. */
function startOf(member: BatchMember): number {
  return member.summary?.startTs ?? member.summary?.runSequence ?? Number.MAX_SAFE_INTEGER
}

/** The members oldest first (the given order among equals). Pure. */
export function oldestFirst(members: BatchMember[]): BatchMember[] {
  return members.map((m, i) => ({ m, i })).sort((a, b) => startOf(a.m) - startOf(b.m) || a.i - b.i).map(({ m }) => m)
}

export class BatchOrder {
  private readonly settled = new Map<string, Promise<void>>()
  private readonly settle = new Map<string, () => void>()

  /** The members oldest first: the order they start in, and the order auto-rejecting approvals go in. */
  private readonly ordered: BatchMember[]

  constructor(members: BatchMember[]) {
    this.ordered = oldestFirst(members)
    for (const m of members) this.settled.set(m.executionId, new Promise<void>((resolve) => this.settle.set(m.executionId, resolve)))
  }

  /**
   * Resolves when `executionId` may post: at once, unless the APPROVE auto-rejects, then once every older
   * member of the same pipeline is decided. Members start oldest first, so an older one never waits on this.
   */
  beforePost(executionId: string, instance: ApprovalInstance, summary: ExecutionSummary): Promise<void> {
    if (instance.details?.autoRejectEnabled !== true) return Promise.resolve()
    // Only members before this one in the order: two that started at the same time never wait on each other.
    const position = this.ordered.findIndex((m) => m.executionId === executionId)
    const older = this.ordered.slice(0, Math.max(position, 0)).filter((m) => m.summary?.pipelineIdentifier === summary.pipelineIdentifier)
    return Promise.all(older.map((m) => this.settled.get(m.executionId))).then(() => undefined)
  }

  /** The member's decision is over (whatever its outcome). */
  done(executionId: string): void {
    this.settle.get(executionId)?.()
  }
}

/**
 * A member that was not decided, of the same pipeline as, and older than, a member whose APPROVE
 * auto-rejected older runs: its step (if it was waiting by then) was rejected by the batch's own approval.
 * Says so in its failure. Pure.
 */
export function explainAutoRejected(results: ExecutionResult[], members: BatchMember[]): ExecutionResult[] {
  const member = (id: string) => members.find((m) => m.executionId === id)
  return results.map((r) => {
    if (r.kind !== 'failed') return r
    const mine = member(r.executionId)
    if (!mine?.summary) return r
    const by = results.find((o) => {
      const other = member(o.executionId)
      return o.kind === 'decided' && o.autoRejectsOlder === true && other?.summary?.pipelineIdentifier === mine.summary!.pipelineIdentifier && startOf(other) > startOf(mine)
    })
    if (!by) return r
    const note = ` Execution ${by.executionId} of this batch was approved after it, and the step has auto-reject on: that approval rejected this execution's approval step if it was waiting by then.`
    return { ...r, cause: { ...r.cause, explanation: `${r.cause.explanation}${note}` } }
  })
}
