// How pipeline approvals are reported: one row per execution for the `result` output (and the CLI's
// --json), the run-wide approval fields, the annotations, and the executions table of the job summary.
// Ids, input names and values, and messages can all carry text from Harness: each is cleaned here and,
// in the summary, escaped.
import type { Decision } from '../harness/decision.js'
import type { Logger } from '../ports.js'
import { failureText, type FailureDetails } from '../report/failure.js'
import { cleanRemoteText, escapeHtml, redactSecretsInUrl } from '../report/sanitize.js'
import { ACTION_PHRASING, phrase, type Phrasing } from '../settings/problems.js'
import type { SummaryLike } from '../report/summary.js'
import type { ExecutionResult } from './execution-result.js'
import { wouldPostJson, type DecisionPlan } from './dry-run.js'
import type { PipelineRun } from './types.js'
import type { AlreadyDecided } from './known-step.js'
import type { ApprovalProgress } from './progress.js'
import { stageText, type StageRef } from './stages.js'
import { closedCells } from '../report/summary.js'

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
  /** A dry run: the step is already as asked, so a real run would post nothing (and succeed). */
  alreadyDecided?: AlreadyDecided
  /** The approval step's message to its approvers. */
  approvalMessage?: string
  /** APPROVE activities on the step after ours, ours included, and how many it needs. */
  approvals?: number
  minimumCount?: number
  /** Who else approved. */
  otherApprovers?: string[]
  /** The pipeline run, when it was read. */
  pipeline?: PipelineRun
  /** The step has auto-reject on: this APPROVE also rejected older waiting runs of the pipeline at this step. */
  autoRejectsOlder?: true
  /** Cancelled while a decision was on its way: it may have been recorded. */
  mayBeRecorded?: true
  /** The stage holding the step, when the execution's stage graph tells it. */
  stage?: StageRef
}

/** Where the executions live, for the log line and the summary. */
export interface ExecutionScope {
  orgId?: string
  projectId?: string
}

/** The run-wide fields the approvals give the result, next to their rows. */
export interface ApprovalFields {
  /** The decision recorded (or found in place); unset when none was. */
  decision?: string
  /** The decision this run sent to Harness (or found in place), recorded or not. */
  requestedDecision?: string
  /** The stage (identifier) of the only execution's step, when told. */
  stage?: string
  approvalStatus?: string
  approvalInstanceId?: string
}

const clean = (text: string) => cleanRemoteText(text, 1000)

const CANCELLED_AFTER_POST = 'Cancelled while the decision was being posted, before its outcome was known: it may have been recorded. Check the execution in Harness before running this again.'

export function executionRow(e: ExecutionResult, phrasing: Phrasing = ACTION_PHRASING): ExecutionRow {
  const row: ExecutionRow = {
    executionId: e.executionId,
    outcome: e.kind,
    decision: e.decision,
    posts: e.posts,
    waitedSeconds: Math.round(e.waitedMs / 1000),
    ...(e.kind !== 'cancelled' && e.pipeline ? { pipeline: pipelineRun(e.pipeline) } : {}),
    ...(e.kind !== 'dry-run' && e.stage ? { stage: e.stage } : {}),
  }
  const inputs = (list: { name: string; value: string }[]) => list.map((i) => ({ name: clean(i.name), value: clean(i.value) }))
  switch (e.kind) {
    case 'decided':
      return {
        ...row,
        approvalStatus: e.status,
        approvalInstanceId: clean(e.instanceId),
        approverInputs: inputs(e.inputsSent),
        ...(e.note ? { note: clean(e.note) } : {}),
        ...progressFields(e.progress),
        ...(e.autoRejectsOlder ? { autoRejectsOlder: true as const } : {}),
      }
    case 'failed':
      return {
        ...row,
        cause: e.cause.id,
        title: e.cause.title,
        message: clean(e.cause.explanation),
        fix: phrase(e.cause.fix, phrasing),
        ...(e.cause.harnessMessage ? { harnessMessage: clean(e.cause.harnessMessage) } : {}),
        ...(e.inputsSent ? { approverInputs: inputs(e.inputsSent) } : {}),
      }
    case 'unknown':
      return { ...row, cause: 'decision-state-unknown', title: 'Decision state unknown', message: clean(e.message), fix: 'Check the execution in Harness before running this again.' }
    case 'cancelled':
      // A POST the cancellation cut short may still have reached Harness and been applied.
      return e.mayBeRecorded ? { ...row, mayBeRecorded: true, message: CANCELLED_AFTER_POST } : { ...row, message: 'Cancelled before a decision was posted.' }
    case 'dry-run':
      // No approvalStatus or approvalInstanceId, even for a step found decided: a dry run decides nothing.
      return {
        ...row,
        ...(e.plan ? { wouldPost: wouldPostJson(e.plan) } : {}),
        ...(e.alreadyDecided ? { alreadyDecided: e.alreadyDecided } : {}),
        ...(e.note ? { note: clean(e.note) } : {}),
        ...progressFields(e.progress),
      }
  }
}

/** The step's message, its approvals against minimumCount, and who else approved, as row fields. */
function progressFields(p: ApprovalProgress | undefined): Pick<ExecutionRow, 'approvalMessage' | 'approvals' | 'minimumCount' | 'otherApprovers'> {
  return {
    ...(p?.message ? { approvalMessage: p.message } : {}),
    ...(p && p.approvals > 0 ? { approvals: p.approvals } : {}),
    ...(p?.minimumCount ? { minimumCount: p.minimumCount } : {}),
    ...(p?.others.length ? { otherApprovers: p.others } : {}),
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
    // The decision is reported only when one was recorded (or found in place), never merely sent or intended.
    ...(decision && executions.some((e) => e.outcome === 'decided') ? { decision } : {}),
    ...(decision && executions.some((e) => e.outcome === 'decided' || e.posts > 0) ? { requestedDecision: decision } : {}),
    ...(first?.stage ? { stage: first.stage.identifier } : {}),
    ...(commonStatus(executions) ? { approvalStatus: commonStatus(executions) } : {}),
    ...(first?.approvalInstanceId ? { approvalInstanceId: first.approvalInstanceId } : {}),
  }
}

/**
 * The pipeline run as reported: the name and status cleaned, the link only when it is a plain http(s) URL,
 * with any secret a server echoed into it (or into the identifiers it is built from) cut out.
 */
export function pipelineRun(run: PipelineRun): PipelineRun {
  const url = /^https?:\/\/[^\s"'<>]+$/.test(run.url) ? redactSecretsInUrl(run.url) : ''
  return {
    name: clean(run.name),
    ...(run.identifier ? { identifier: clean(run.identifier) } : {}),
    ...(run.runSequence !== undefined ? { runSequence: run.runSequence } : {}),
    url,
    ...(run.status ? { status: cleanRemoteText(run.status, 60) } : {}),
  }
}

/** `"Deploy" run 42`, or the name alone when Harness gave no run number. */
function runLabel(run: PipelineRun, separator: string): string {
  return run.runSequence !== undefined ? `${run.name}${separator}${run.runSequence}` : run.name
}

/** `1 of 2 approvals (also: Alice)`, when the step said. */
function progressText(row: ExecutionRow): string {
  if (row.approvals === undefined) return ''
  const of = row.minimumCount ? ` of ${row.minimumCount}` : ''
  const also = row.otherApprovers?.length ? ` (also: ${row.otherApprovers.join(', ')})` : ''
  return `${row.approvals}${of} approval${(row.minimumCount ?? row.approvals) === 1 ? '' : 's'}${also}`
}

/** `execution X in default/payments, pipeline "Deploy" run 42`. */
function describeExecution(row: ExecutionRow, scope: ExecutionScope): string {
  const where = scope.orgId && scope.projectId ? ` in ${scope.orgId}/${scope.projectId}` : ''
  const pipeline = row.pipeline ? `, pipeline ${runLabel({ ...row.pipeline, name: `"${row.pipeline.name}"` }, ' run ')}` : ''
  const stage = row.stage ? `, stage ${stageText(row.stage)}` : ''
  return `execution ${row.executionId}${where}${pipeline}${stage}`
}

/** One error annotation per failure naming the cause and the fix, a warning for a decision recorded but not released. */
export function announceExecutions(rows: ExecutionRow[], logger: Logger, scope: ExecutionScope = {}): void {
  for (const row of rows) {
    // The stage, when told, in every annotation: which of several approval stages this was about.
    const stage = row.stage ? `stage ${stageText(row.stage)}` : ''
    const where = rows.length > 1 ? `Execution ${row.executionId}${stage ? `, ${stage}` : ''}: ` : stage ? `${stage[0]!.toUpperCase()}${stage.slice(1)}: ` : ''
    if (row.outcome === 'failed' || row.outcome === 'unknown') {
      logger.error(`${where}${failureText(row)}`, row.title)
    } else if (row.outcome === 'decided') {
      const progress = progressText(row)
      if (row.approvalStatus === 'WAITING') {
        logger.warning(
          `${where}the approval was recorded${progress ? ` (${progress})` : ''}, but the step needs more approvers (its minimum count is not reached yet), so the pipeline keeps waiting. This key cannot approve twice: another approver must act.`,
          'Recorded but not released',
        )
      } else {
        const verb = row.approvalStatus === 'APPROVED' ? 'Approved' : 'Rejected'
        const what = `${describeExecution(row, scope)} (approval instance ${row.approvalInstanceId}${progress ? `; ${progress}` : ''}).`
        logger.info(row.posts === 0 ? `Already ${verb.toLowerCase()}: ${what}` : `${verb} ${what}`)
      }
      if (row.autoRejectsOlder) logger.warning(`${where}${autoRejectedText(row)}`, 'Auto-reject')
      // A step found already decided is the expected answer to a re-run: said, not warned about.
      if (row.note && row.posts === 0) logger.info(`${where}${row.note}`)
      else if (row.note) logger.warning(`${where}${row.note}`, 'Check the approval')
    }
  }
}

/** What the approval did besides: the step had auto-reject on. */
function autoRejectedText(row: ExecutionRow): string {
  return `The approval step has auto-reject on: this approval also rejected older waiting runs of pipeline ${row.pipeline?.name || 'this pipeline'} at this step.`
}

/** The Execution cell: the id, and the pipeline run linked to its page when it was read. */
function executionCell(row: ExecutionRow): string {
  const id = `<code>${escapeHtml(row.executionId)}</code>`
  const stage = row.stage ? `<br>Stage: ${escapeHtml(stageText(row.stage))}` : ''
  if (!row.pipeline) return `${id}${stage}`
  const label = escapeHtml(runLabel(row.pipeline, ' #'))
  return `${id}<br>${row.pipeline.url ? `<a href="${escapeHtml(row.pipeline.url)}">${label}</a>` : label}${stage}`
}

/** The Details cell: the title and each part on a line of its own, so they never run together. */
function detailsCell(row: ExecutionRow): string {
  return [
    row.title ? `<strong>${escapeHtml(row.title)}</strong>` : '',
    row.message ? escapeHtml(row.message) : '',
    row.harnessMessage ? `Harness said: <q>${escapeHtml(row.harnessMessage)}</q>` : '',
    row.fix ? `Fix: ${escapeHtml(row.fix)}` : '',
    row.approvalMessage ? `Step message: <q>${escapeHtml(row.approvalMessage)}</q>` : '',
    row.note ? escapeHtml(row.note) : '',
    row.autoRejectsOlder ? `⚠️ ${escapeHtml(autoRejectedText(row))}` : '',
  ]
    .filter(Boolean)
    .join('<br>')
}

/** Adds the executions table (none when no execution was decided, e.g. in exemption mode). */
export function addExecutionsToSummary<S extends SummaryLike>(summary: S, rows: ExecutionRow[], context: { callbackId?: string } & ExecutionScope = {}): S {
  if (rows.length === 0) return summary
  const where = context.orgId && context.projectId ? ` in ${context.orgId}/${context.projectId}` : ''
  summary.addHeading(`${rows.length === 1 ? 'Execution' : `Executions (${rows.length})`}${escapeHtml(where)}`, 3)
  const cells = rows.map((e) => [
    executionCell(e),
    escapeHtml(context.callbackId ?? ''),
    escapeHtml(e.decision),
    escapeHtml(e.approvalStatus ?? e.outcome),
    escapeHtml(progressText(e)),
    escapeHtml((e.approverInputs ?? []).map((i) => `${i.name}=${i.value}`).join(', ')),
    detailsCell(e),
  ])
  summary.addTable(
    closedCells([
      [
        { data: 'Execution', header: true },
        { data: 'Callback id', header: true },
        { data: 'Decision', header: true },
        { data: 'Status', header: true },
        { data: 'Approvals', header: true },
        { data: 'Approver inputs sent', header: true },
        { data: 'Details', header: true },
      ],
      ...cells,
    ]),
  )
  return summary
}
