// The parts of Harness's approval instance that this project reads. Everything is optional on purpose:
// the server's JSON is checked field by field where it is used, never trusted to be complete.

export type ApprovalStatus = 'WAITING' | 'APPROVED' | 'REJECTED' | 'FAILED' | 'ABORTED' | 'EXPIRED'

export interface StepApproverInput {
  name: string
  defaultValue?: string
  regex?: string
  allowedValues?: string[]
  selectOneFrom?: string[]
  /** One or more of these, comma-separated (Harness's fifth rule, since August 2025). */
  selectManyFrom?: string[]
  required?: boolean
  description?: string
}

export interface ApprovalActivity {
  user?: { name?: string; email?: string }
  action?: string
  approverInputs?: { name: string; value: string }[]
  comments?: string
  approvedAt?: number
}

export interface ApprovalInstance {
  id: string
  type?: string
  status: string
  deadline?: number
  created?: number
  updated?: number
  error_message?: string
  /** An older build's spelling of error_message. */
  errorMessage?: string
  details?: {
    approvers?: {
      userGroups?: string[]
      serviceAccounts?: string[]
      minimumCount?: number
      /** The user who started the execution may not decide it. */
      disallowPipelineExecutor?: boolean
      /** Users who may not decide it, by email (compared ignoring case). */
      disallowedUserEmails?: string[]
    }
    approverInputs?: StepApproverInput[]
    approvalActivities?: ApprovalActivity[]
    approvalMessage?: string
    /** An APPROVE also rejects older waiting approvals of the same pipeline, step and service. */
    autoRejectEnabled?: boolean
  }
}

/** A pipeline run as a summary names it. */
export interface PipelineRun {
  name: string
  /** The pipeline's identifier, when it was read. */
  identifier?: string
  /** The run number Harness shows (`runSequence`), when it gave one. */
  runSequence?: number
  /** The execution's page in Harness. */
  url: string
  /** Harness's status name as last read (the scope check before deciding, or following the pipeline), e.g. Running. */
  status?: string
}

/**
 * The body of the instance endpoint's decision. Its key is camelCase `approverInputs` (the execution-id
 * endpoint's is snake_case `approver_inputs`; each ignores the other spelling).
 */
export interface DecisionBody {
  action: 'APPROVE' | 'REJECT'
  comments: string
  approverInputs: { name: string; value: string }[]
}
