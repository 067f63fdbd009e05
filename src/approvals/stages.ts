// The stage that holds the waiting approval, from the stage graph of the execution read (`layoutNodeMap`):
// the one stage whose status is ApprovalWaiting. It names the step in the log, annotations, summary and the
// `stage` output, and guards the `stage` input: a run meant for one stage of a multi-stage pipeline never
// decides another stage's step.
import type { HarnessCause } from '../harness/errors.js'
import { cleanRemoteText } from '../report/sanitize.js'
import type { ExecutionSummary, Stage } from './execution-client.js'

/** A stage as results carry it: cleaned, bounded. */
export interface StageRef {
  identifier: string
  name: string
}

/** The one stage waiting for an approval, or undefined when none or several are. Pure. */
export function waitingStage(summary: ExecutionSummary): StageRef | undefined {
  const waiting = (summary.stages ?? []).filter((s) => s.status === 'ApprovalWaiting')
  return waiting.length === 1 ? stageRef(waiting[0]!) : undefined
}

export function stageRef(stage: Stage): StageRef {
  return { identifier: cleanRemoteText(stage.identifier, 128), name: cleanRemoteText(stage.name, 200) }
}

/** `Prod approval (prod_approval)`, or just the identifier when the name is the same. */
export function stageText(stage: StageRef): string {
  return stage.name === stage.identifier ? stage.identifier : `${stage.name} (${stage.identifier})`
}

/**
 * The line a decision's comments carry to name its stage (`Stage: QA approval (qa)`), so that a re-run, which
 * cannot tell a decided step's stage from the stage graph, can name the stage its earlier attempt decided.
 */
export function stageLine(stage: StageRef): string {
  return `Stage: ${stage.name} (${stage.identifier})`
}

/** The stage a decision's comments name (our own line right before the marker), or undefined. Pure. */
export function stageFromComments(comments: unknown): StageRef | undefined {
  if (typeof comments !== 'string') return undefined
  const match = /(?:^|\n)Stage: ([^\n]{1,330}) \(([^()\n]{1,128})\)\n\[hag-/.exec(comments)
  return match ? { name: cleanRemoteText(match[1]!, 200), identifier: cleanRemoteText(match[2]!, 128) } : undefined
}

/**
 * Why the waiting approval is not the `stage` asked for (an identifier or a name; case matters for
 * identifiers, not for names), or undefined when it is. Each read of the execution must show it waiting in
 * that stage. Pure.
 */
export function stageMismatch(executionId: string, wanted: string, reads: ExecutionSummary[]): HarnessCause | undefined {
  const seen = reads.map(waitingStage)
  const first = seen[0]
  const matches = (s: StageRef | undefined) => s !== undefined && (s.identifier === wanted || s.name.toLowerCase() === wanted.toLowerCase())
  if (seen.every(matches)) return undefined
  const other = seen.find((s) => s !== undefined && !matches(s)) ?? first
  const cause = (explanation: string, fix: string): HarnessCause => ({ id: 'wrong-stage', title: 'Approval waiting in another stage', explanation, fix, status: 0, harnessMessage: '' })
  if (other) {
    return cause(
      `The approval step waiting in execution ${executionId} belongs to stage ${stageText(other)}, not to stage ${cleanRemoteText(wanted, 128)} as given. Nothing was posted.`,
      'Run this step when its stage waits (or set {stage} to the stage it is meant to approve).',
    )
  }
  const stages = reads[reads.length - 1]?.stages ?? []
  const why = stages.length === 0 ? 'the execution read names no stages' : 'no single stage of the execution shows ApprovalWaiting'
  return cause(
    `The stage of the waiting approval step of execution ${executionId} cannot be told (${why}), so it cannot be checked against stage ${cleanRemoteText(wanted, 128)} as given. Nothing was posted.`,
    'Check the execution in Harness; name the step with {callbackId} instead of {stage} if its stages run in parallel.',
  )
}
