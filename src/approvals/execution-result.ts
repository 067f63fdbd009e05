// What deciding one execution comes to: the row every front end, summary and verdict reads.
import type { Decision } from '../harness/decision.js'
import type { HarnessCause } from '../harness/errors.js'
import type { ApproverInput } from './approver-inputs.js'
import type { DecisionPlan } from './dry-run.js'
import type { AlreadyDecided } from './known-step.js'
import type { ApprovalProgress } from './progress.js'
import type { StageRef } from './stages.js'
import type { PipelineRun } from './types.js'

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
      /** The stage holding the step, when the execution's stage graph tells it. */
      stage?: StageRef
    }
  | { kind: 'failed'; executionId: string; decision: Decision; cause: HarnessCause; posts: number; waitedMs: number; inputsSent?: ApproverInput[]; pipeline?: PipelineRun; stage?: StageRef }
  | { kind: 'unknown'; executionId: string; decision: Decision; message: string; posts: number; waitedMs: number; inputsSent?: ApproverInput[]; pipeline?: PipelineRun; stage?: StageRef }
  | {
      kind: 'cancelled'
      executionId: string
      decision: Decision
      posts: number
      waitedMs: number
      /** A POST was sent and not clearly answered before the cancellation: the decision may have been recorded. */
      mayBeRecorded?: true
      stage?: StageRef
    }
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
