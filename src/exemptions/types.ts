// The parts of Harness STO's exemption API that this project reads and sends. Server answers are checked
// field by field where they are used: only `id` and `status` are relied on to be present.

export const EXEMPTION_STATUSES = ['Pending', 'Approved', 'Rejected', 'Expired', 'Canceled'] as const
export type ExemptionStatus = (typeof EXEMPTION_STATUSES)[number]

export const EXEMPTION_TYPES = ['Compensating Controls', 'Acceptable Use', 'Acceptable Risk', 'False Positive', 'Fix Unavailable', 'Other'] as const
export type ExemptionType = (typeof EXEMPTION_TYPES)[number]

/** The action's decision, as the approve/reject path segment spells it. */
export type ExemptionAction = 'approve' | 'reject'

export interface PendingChanges {
  durationDays?: number
}

export interface Exemption {
  id: string
  /** One of ExemptionStatus on today's servers; kept as text so a new status is reported, not dropped. */
  status: string
  issueId?: string
  type?: string
  reason?: string
  requesterId?: string
  approverId?: string
  orgId?: string
  projectId?: string
  pipelineId?: string
  targetId?: string
  pendingChanges?: PendingChanges
  /** Unix seconds. */
  expiration?: number
  /** Unix seconds. */
  created?: number
  /** Unix seconds. */
  lastModified?: number
  link?: string
  comment?: string
  scope?: string
  /** Whether the asking key may approve this Expired or Rejected exemption again; absent on older servers. */
  canReApprove?: boolean
}

export interface Pagination {
  page: number
  pageSize: number
  totalItems: number
  totalPages: number
  link?: string
}

export interface ExemptionPage {
  pagination: Pagination
  results: Exemption[]
  /** The answer's size in characters, counted against the listing's bound (not STO's). */
  chars?: number
}

/** Where a request acts: the account always, org and project when the exemption lives there. */
export interface StoScope {
  orgId?: string
  projectId?: string
}

export interface CreateExemptionBody {
  issueId: string
  type: ExemptionType
  reason: string
  requesterId: string
  pendingChanges: PendingChanges
  expiration?: number
  link?: string
  pipelineId?: string
  targetId?: string
}

/** Update is create without the issue: STO replaces the editable fields. */
export type UpdateExemptionBody = Omit<CreateExemptionBody, 'issueId' | 'requesterId'> & { requesterId?: string }

export interface ExemptionDecisionBody {
  approverId: string
  comment?: string
}

export interface CurrentUser {
  uuid: string
  email?: string
  name?: string
}
