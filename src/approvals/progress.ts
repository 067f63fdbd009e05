// What the approval step showed after our decision: its message to approvers, how many approvals it has
// of how many it needs (minimumCount), and who else approved. All of it is remote text, cleaned here.
import { cleanRemoteText } from '../report/sanitize.js'
import type { ApprovalInstance } from './types.js'

export interface ApprovalProgress {
  /** The step's message to its approvers. */
  message?: string
  /** APPROVE activities recorded, ours included. */
  approvals: number
  /** Approvals the step needs to release the pipeline. */
  minimumCount?: number
  /** Who else approved: names or emails, this run's left out (recognised by its markers). */
  others: string[]
}

/** `ours` tells this run's activities by their comments (this attempt's marker, or an earlier attempt's). */
export function approvalProgress(instance: ApprovalInstance, ours: (comments: unknown) => boolean): ApprovalProgress {
  const details = instance.details ?? {}
  const activities = Array.isArray(details.approvalActivities) ? details.approvalActivities : []
  const approving = activities.filter((a) => a && typeof a === 'object' && String(a.action ?? '').toUpperCase() === 'APPROVE')
  const others = approving
    .filter((a) => !ours(a.comments))
    .map((a) => cleanRemoteText(String(a.user?.name || a.user?.email || 'someone'), 80))
  const minimumCount = details.approvers?.minimumCount
  return {
    ...(typeof details.approvalMessage === 'string' && details.approvalMessage.trim() ? { message: cleanRemoteText(details.approvalMessage, 500) } : {}),
    approvals: approving.length,
    ...(typeof minimumCount === 'number' && Number.isInteger(minimumCount) && minimumCount > 0 ? { minimumCount } : {}),
    others,
  }
}
