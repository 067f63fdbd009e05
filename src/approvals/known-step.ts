// A re-run of a workflow (or a second look at a step someone already decided) must answer in seconds rather
// than wait for a step that will never wait again. When nothing is waiting, the execution's approvals are
// read without a status filter, and the step is "known" when the callback id names it, or when an earlier
// attempt of this workflow run left its marker in the step's activities.
import type { Decision } from '../harness/decision.js'
import { cleanRemoteText } from '../report/sanitize.js'
import type { ApprovalActivity, ApprovalInstance } from './types.js'

export interface KnownStep {
  instance: ApprovalInstance
  status: 'APPROVED' | 'REJECTED'
  /** The activity that decided it, when the step lists one. */
  activity?: ApprovalActivity
  /** True when the activity carries this workflow run's marker (an earlier attempt decided it). */
  byThisRun: boolean
}

/**
 * The marker prefix every attempt of a workflow run shares (`[hag-<runId>.`), from this attempt's marker
 * (`hag-<runId>.<attempt>-<random>`); undefined when the run id is not a workflow run's (local, the CLI
 * outside a workflow). Pure.
 */
export function workflowRunPrefix(marker: string): string | undefined {
  const match = /^hag-(\d+)\.\d+-[0-9a-f]+$/.exec(marker)
  return match ? `[hag-${match[1]}.` : undefined
}

/**
 * The decided step this run knows, among all of the execution's Harness approvals. With a callback id (the
 * read already filtered by it) the latest decided instance of that step; otherwise the instance holding an
 * activity with this workflow run's marker. Pure.
 */
export function findKnownStep(instances: ApprovalInstance[], callbackId: string | undefined, runPrefix: string | undefined): KnownStep | undefined {
  const decided = instances
    .filter((i) => !i.type || i.type === 'HarnessApproval')
    .filter((i): i is ApprovalInstance & { status: 'APPROVED' | 'REJECTED' } => i.status === 'APPROVED' || i.status === 'REJECTED')
    .sort((a, b) => (b.updated ?? 0) - (a.updated ?? 0))
  const ours = (a: ApprovalActivity) => runPrefix !== undefined && (a.comments ?? '').includes(runPrefix)
  for (const instance of decided) {
    const activities = instance.details?.approvalActivities ?? []
    const mine = [...activities].reverse().find(ours)
    if (mine) return { instance, status: instance.status, activity: mine, byThisRun: true }
    if (callbackId) {
      const action = instance.status === 'APPROVED' ? 'APPROVE' : 'REJECT'
      const activity = [...activities].reverse().find((a) => (a.action ?? '').toUpperCase() === action)
      return { instance, status: instance.status, ...(activity ? { activity } : {}), byThisRun: false }
    }
  }
  return undefined
}

/** Whether the step ended as `decision` asks. */
export function endedAsAsked(step: KnownStep, decision: Decision): boolean {
  return (decision === 'APPROVE') === (step.status === 'APPROVED')
}

/** `Alice (alice@example.com) at 2026-12-01T10:00:00.000Z`, as far as the step tells; cleaned. */
export function whoAndWhen(step: KnownStep): string {
  const user = step.activity?.user
  const name = user?.name ? cleanRemoteText(user.name, 100) : ''
  const email = user?.email ? cleanRemoteText(user.email, 200) : ''
  const who = name && email ? `${name} (${email})` : name || email || 'someone the step does not name'
  const at = step.activity?.approvedAt
  // Beyond ±8.64e15 ms a Date is invalid and toISOString throws.
  const when = typeof at === 'number' && Math.abs(at) <= 8.64e15 ? ` at ${new Date(at).toISOString()}` : ''
  return `${who}${when}`
}
