// A re-run of a workflow (or a second look at a step someone already decided) must answer in seconds rather
// than wait for a step that will never wait again, and must never decide a step twice. The step is "known"
// when the callback id names it, or when an EARLIER attempt of the same workflow step (run id, job and step
// of the job) left its marker in the activities of ANY Harness approval of the execution: a re-run after
// the first stage was approved must not approve the next stage. This attempt's own markers never count, nor
// do other steps' markers: two steps of one job deciding two approval stages in turn each decide their own.
import type { Decision } from '../harness/decision.js'
import { cleanRemoteText, isoTime } from '../report/sanitize.js'
import type { ApprovalActivity, ApprovalInstance } from './types.js'

/**
 * Which attempt of which GitHub workflow run this is (`GITHUB_RUN_ID`, `GITHUB_RUN_ATTEMPT`), and which step
 * of it: a short hash of `GITHUB_JOB` and `GITHUB_ACTION`, the same in every attempt.
 */
export interface WorkflowAttempt {
  runId: string
  attempt: number
  /** Eight hex digits; undefined in a marker written before steps were told apart (matches any step). */
  step?: string
}

export interface KnownStep {
  instance: ApprovalInstance
  /** WAITING: an earlier attempt approved, and the step needs more approvers (minimumCount). */
  status: 'APPROVED' | 'REJECTED' | 'WAITING'
  /** The activity that decided it (the latest matching its status), when the step lists one. */
  activity?: ApprovalActivity
  /** The latest activity an earlier attempt of this workflow run recorded on the step, if any. */
  earlier?: ApprovalActivity
}

/**
 * The workflow run, attempt and step a marker (`hag-<runId>.<attempt>.<step>-<random>`, the step part
 * optional) belongs to; undefined when it is not a workflow run's (local, the command line outside a
 * workflow), so nothing is recognised. Pure.
 */
export function workflowAttemptOf(marker: string): WorkflowAttempt | undefined {
  const match = /^hag-(\d+)\.(\d+)(?:\.([0-9a-f]{8}))?-[0-9a-f]+$/.exec(marker)
  if (!match) return undefined
  const attempt = Number(match[2])
  if (!Number.isSafeInteger(attempt)) return undefined
  return { runId: match[1]!, attempt, ...(match[3] ? { step: match[3] } : {}) }
}

/**
 * The step part of a marker: eight hex digits of an FNV-1a hash of the job and the step's id in the job
 * (`GITHUB_JOB`, `GITHUB_ACTION`), which every attempt of the run repeats. Undefined without a job. Pure.
 */
export function stepTag(job: string | undefined, action: string | undefined): string | undefined {
  if (!job) return undefined
  let hash = 0x811c9dc5
  for (const char of `${job}\n${action ?? ''}`) {
    hash ^= char.codePointAt(0)!
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash.toString(16).padStart(8, '0')
}

/**
 * Whether comments carry a POST marker (`[hag-<runId>.<attempt>.<step>-<random>-<n>]`) of an earlier attempt
 * of this workflow step: the same run id, a lower attempt number, the same step (a marker without a step
 * part, written before steps were told apart, counts for any step of the run). Pure.
 */
export function byEarlierAttempt(comments: unknown, current: WorkflowAttempt | undefined): boolean {
  if (!current || typeof comments !== 'string') return false
  for (const match of comments.matchAll(/\[hag-(\d+)\.(\d+)(?:\.([0-9a-f]{8}))?-[0-9a-f]+-\d+\]/g)) {
    const sameStep = !match[3] || !current.step || match[3] === current.step
    if (match[1] === current.runId && Number(match[2]) < current.attempt && sameStep) return true
  }
  return false
}

/** The latest activity an earlier attempt of this workflow run recorded on the instance. Pure. */
export function earlierAttemptActivity(instance: ApprovalInstance, current: WorkflowAttempt | undefined): ApprovalActivity | undefined {
  if (!current) return undefined
  const activities = instance.details?.approvalActivities ?? []
  return [...activities].reverse().find((a) => a && typeof a === 'object' && byEarlierAttempt(a.comments, current))
}

/**
 * The decided step this run knows, among all of the execution's Harness approvals: the latest decided
 * instance holding an earlier attempt's activity; else, with a callback id (the read already filtered by
 * it), the newest decided instance of that step (a step run again by a retry or a loop has several). Pure.
 */
export function findKnownStep(instances: ApprovalInstance[], callbackId: string | undefined, current: WorkflowAttempt | undefined): KnownStep | undefined {
  const decided = instances
    .filter((i) => !i.type || i.type === 'HarnessApproval')
    .filter((i): i is ApprovalInstance & { status: 'APPROVED' | 'REJECTED' } => i.status === 'APPROVED' || i.status === 'REJECTED')
    .sort(newestFirst)
  const byThisRun = decided.find((i) => earlierAttemptActivity(i, current))
  const instance = byThisRun ?? (callbackId ? decided[0] : undefined)
  if (!instance) return undefined
  return knownStep(instance, instance.status, current)
}

/**
 * The step an earlier attempt of this workflow step decided, on ANY Harness approval of the execution:
 * the latest such instance, decided, or still waiting after its approval (it needs more approvers).
 * Without a workflow run, none. Pure.
 */
export function stepDecidedByEarlierAttempt(instances: ApprovalInstance[], current: WorkflowAttempt | undefined): KnownStep | undefined {
  if (!current) return undefined
  for (const instance of [...instances].filter((i) => !i.type || i.type === 'HarnessApproval').sort(newestFirst)) {
    const earlier = earlierAttemptActivity(instance, current)
    if (!earlier) continue
    if (instance.status === 'APPROVED' || instance.status === 'REJECTED') return knownStep(instance, instance.status, current)
    if (instance.status === 'WAITING' && String(earlier.action ?? '').toUpperCase() === 'APPROVE') return knownStep(instance, 'WAITING', current)
  }
  return undefined
}

/** Newest first: by creation (a step run again is a newer instance), then by last change. */
export function newestFirst(a: ApprovalInstance, b: ApprovalInstance): number {
  return (b.created ?? 0) - (a.created ?? 0) || (b.updated ?? 0) - (a.updated ?? 0)
}

/** The step as known: who decided it (the latest activity matching its status), and this run's part. Pure. */
export function knownStep(instance: ApprovalInstance, status: KnownStep['status'], current: WorkflowAttempt | undefined): KnownStep {
  const action = status === 'REJECTED' ? 'REJECT' : 'APPROVE'
  const activities = instance.details?.approvalActivities ?? []
  const earlier = earlierAttemptActivity(instance, current)
  // A step still waiting was not decided by anyone: what this run knows of it is its own approval.
  const activity = status === 'WAITING' ? earlier : [...activities].reverse().find((a) => a && typeof a === 'object' && String(a.action ?? '').toUpperCase() === action)
  return { instance, status, ...(activity ? { activity } : {}), ...(earlier ? { earlier } : {}) }
}

/** Whether the step ended as `decision` asks (a WAITING step this run approved counts as approved). */
export function endedAsAsked(step: KnownStep, decision: Decision): boolean {
  return (decision === 'APPROVE') === (step.status !== 'REJECTED')
}

/**
 * `approved by Alice (alice@example.com) at 2026-12-01T10:00:00.000Z`, then this run's part when an earlier
 * attempt acted: `(an earlier attempt of this workflow run)` when it decided, else what it had done. Cleaned.
 */
export function decidedBy(step: KnownStep): string {
  const verb = step.status === 'REJECTED' ? 'rejected' : 'approved'
  const by = `${verb} by ${whoAndWhen(step.activity)}`
  if (!step.earlier) return by
  if (step.earlier === step.activity) return `${by} (an earlier attempt of this workflow run)`
  const earlierVerb = String(step.earlier.action ?? '').toUpperCase() === 'REJECT' ? 'rejected' : 'approved'
  return `${by}, after an earlier attempt of this workflow run had ${earlierVerb} it (${whoAndWhen(step.earlier)})`
}

/** `Alice (alice@example.com) at 2026-12-01T10:00:00.000Z`, as far as the activity tells; cleaned. */
export function whoAndWhen(activity: ApprovalActivity | undefined): string {
  const when = whenActed(activity)
  return `${whoActed(activity)}${when ? ` at ${when}` : ''}`
}

/** `Alice (alice@example.com)`, as far as the activity tells; cleaned. */
export function whoActed(activity: ApprovalActivity | undefined): string {
  const user = activity?.user
  const name = user?.name ? cleanRemoteText(String(user.name), 100) : ''
  const email = user?.email ? cleanRemoteText(String(user.email), 200) : ''
  return name && email ? `${name} (${email})` : name || email || 'someone the step does not name'
}

/** When the activity happened, ISO 8601; undefined when it does not say (or says nonsense). */
export function whenActed(activity: ApprovalActivity | undefined): string | undefined {
  return isoTime(activity?.approvedAt)
}

/**
 * What a dry run reports of a known step that a real run would leave alone: its status, the instance, and
 * who decided it and when. WAITING: an earlier attempt of this workflow run approved it, and it needs more
 * approvers.
 */
export interface AlreadyDecided {
  approvalStatus: KnownStep['status']
  approvalInstanceId: string
  /** `Alice (alice@example.com)`, as far as the step tells; for WAITING, this run's earlier approval. */
  decidedBy: string
  /** ISO 8601, when the step tells. */
  decidedAt?: string
  /** The decision (WAITING: the approval) was an earlier attempt's of this workflow run. */
  byEarlierAttempt?: true
}

/** The known step as a dry run reports it. Cleaned. Pure. */
export function alreadyDecided(step: KnownStep): AlreadyDecided {
  const at = whenActed(step.activity)
  return {
    approvalStatus: step.status,
    approvalInstanceId: cleanRemoteText(step.instance.id, 200),
    decidedBy: whoActed(step.activity),
    ...(at ? { decidedAt: at } : {}),
    ...(step.earlier && step.earlier === step.activity ? { byEarlierAttempt: true as const } : {}),
  }
}
