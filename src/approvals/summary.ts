// How pipeline approvals are reported: one row per execution for the `result` output (and the CLI's
// --json), the run-wide approval fields, the annotations, and the executions table of the job summary.
// Ids, input names and values, and messages can all carry text from Harness: each is cleaned here and,
// in the summary, escaped.
import type { Decision } from '../harness/decision.js'
import type { Logger } from '../ports.js'
import { failureText, type FailureDetails } from '../report/failure.js'
import { cleanRemoteText, escapeHtml } from '../report/sanitize.js'
import type { SummaryLike } from '../report/summary.js'
import type { ExecutionResult } from './decide-execution.js'
import { wouldPostJson, type DecisionPlan } from './dry-run.js'

export interface ExecutionRow extends FailureDetails {
  executionId: string
  outcome: ExecutionResult['kind']
  decision: string
  approvalStatus?: string
  approvalInstanceId?: string
  approverInputs?: { name: string; value: string }[]
  posts: number
  waitedSeconds: number
  note?: string
  /** A dry run: what would have been posted. */
  wouldPost?: DecisionPlan
}

/** The run-wide fields the approvals give the result, next to their rows. */
export interface ApprovalFields {
  decision?: string
  approvalStatus?: string
  approvalInstanceId?: string
}

const clean = (text: string) => cleanRemoteText(text, 1000)

export function executionRow(e: ExecutionResult): ExecutionRow {
  const row: ExecutionRow = { executionId: e.executionId, outcome: e.kind, decision: e.decision, posts: e.posts, waitedSeconds: Math.round(e.waitedMs / 1000) }
  const inputs = (list: { name: string; value: string }[]) => list.map((i) => ({ name: clean(i.name), value: clean(i.value) }))
  switch (e.kind) {
    case 'decided':
      return { ...row, approvalStatus: e.status, approvalInstanceId: clean(e.instanceId), approverInputs: inputs(e.inputsSent), ...(e.note ? { note: clean(e.note) } : {}) }
    case 'failed':
      return {
        ...row,
        cause: e.cause.id,
        title: e.cause.title,
        message: clean(e.cause.explanation),
        fix: e.cause.fix,
        ...(e.cause.harnessMessage ? { harnessMessage: clean(e.cause.harnessMessage) } : {}),
        ...(e.inputsSent ? { approverInputs: inputs(e.inputsSent) } : {}),
      }
    case 'unknown':
      return { ...row, cause: 'decision-state-unknown', title: 'Decision state unknown', message: clean(e.message), fix: 'Check the execution in Harness before running this again.' }
    case 'cancelled':
      return { ...row, message: 'Cancelled before a decision was recorded.' }
    case 'dry-run':
      return { ...row, wouldPost: wouldPostJson(e.plan) }
  }
}

/** One status for the whole run: the execution's own when there is one, else the shared one, else MIXED. */
function commonStatus(rows: ExecutionRow[]): string | undefined {
  const statuses = new Set(rows.map((r) => r.approvalStatus ?? 'NONE'))
  if (statuses.size === 1) return rows[0]?.approvalStatus
  return rows.length > 0 ? 'MIXED' : undefined
}

export function approvalFields(decision: Decision | undefined, executions: ExecutionRow[]): ApprovalFields {
  const first = executions.length === 1 ? executions[0] : undefined
  return {
    // The decision is reported only when one was posted (or established), not merely intended.
    ...(decision && executions.some((e) => e.outcome === 'decided' || e.posts > 0) ? { decision } : {}),
    ...(commonStatus(executions) ? { approvalStatus: commonStatus(executions) } : {}),
    ...(first?.approvalInstanceId ? { approvalInstanceId: first.approvalInstanceId } : {}),
  }
}

/** One error annotation per failure naming the cause and the fix, a warning for a decision recorded but not released. */
export function announceExecutions(rows: ExecutionRow[], logger: Logger): void {
  for (const row of rows) {
    const where = rows.length > 1 ? `Execution ${row.executionId}: ` : ''
    if (row.outcome === 'failed' || row.outcome === 'unknown') {
      logger.error(`${where}${failureText(row)}`, row.title)
    } else if (row.outcome === 'decided') {
      if (row.approvalStatus === 'WAITING') {
        logger.warning(
          `${where}the approval was recorded, but the step needs more approvers (its minimum count is not reached yet), so the pipeline keeps waiting. This key cannot approve twice: another approver must act.`,
          'Recorded but not released',
        )
      } else {
        logger.info(`${where}Harness approval ${row.approvalStatus === 'APPROVED' ? 'approved' : 'rejected'} (instance ${row.approvalInstanceId}).`)
      }
      if (row.note) logger.warning(`${where}${row.note}`, 'Check the approval')
    }
  }
}

/** Adds the executions table (none when no execution was decided, e.g. in exemption mode). */
export function addExecutionsToSummary<S extends SummaryLike>(summary: S, rows: ExecutionRow[], context: { callbackId?: string } = {}): S {
  if (rows.length === 0) return summary
  summary.addHeading(rows.length === 1 ? 'Execution' : `Executions (${rows.length})`, 3)
  const cells = rows.map((e) => [
    `<code>${escapeHtml(e.executionId)}</code>`,
    escapeHtml(context.callbackId ?? '–'),
    escapeHtml(e.decision),
    escapeHtml(e.approvalStatus ?? e.outcome),
    escapeHtml((e.approverInputs ?? []).map((i) => `${i.name}=${i.value}`).join(', ') || '–'),
    escapeHtml([e.title, e.message, e.harnessMessage ? `Harness said: "${e.harnessMessage}"` : '', e.fix ? `Fix: ${e.fix}` : '', e.note ?? ''].filter(Boolean).join(' ')),
  ])
  summary.addTable([
    [
      { data: 'Execution', header: true },
      { data: 'Callback id', header: true },
      { data: 'Decision', header: true },
      { data: 'Status', header: true },
      { data: 'Approver inputs sent', header: true },
      { data: 'Details', header: true },
    ],
    ...cells,
  ])
  return summary
}
