// How the pipeline behind each execution is reported: the `pipeline` of the execution's row in the `result`
// output (and --json), the run-wide `pipelineStatus` and `pipelineUrl`, the annotations after following, and
// the job summary's Pipeline section. Status and name come from Harness: cleaned where they were read,
// escaped here for the summary.
import type { Logger } from '../ports.js'
import { escapeHtml } from '../report/sanitize.js'
import { closedCells, type SummaryLike } from '../report/summary.js'
import type { FollowEnd, FollowUntil, PipelineFollow } from './follow-pipeline.js'
import { pipelineRun, type ExecutionRow } from './summary.js'
import type { PipelineRun } from './types.js'

export interface PipelineRowFields {
  /** How following the pipeline ended, when it was followed. */
  follow?: {
    until: FollowUntil
    end: FollowEnd
    failed: boolean
    message: string
    reads: number
    waitedSeconds: number
    cause?: string
  }
}

/** A row whose `pipeline` may come from a dry run's read or from following it, with the `status` read. */
export type PipelineRow = ExecutionRow & PipelineRowFields

/** The row with what was read of its pipeline (the latest read first) and how following it ended. */
export function withPipeline(row: ExecutionRow, follow: PipelineFollow | undefined): PipelineRow {
  const known = row.pipeline
  const name = follow?.pipelineName ?? known?.name
  const url = follow?.url ?? known?.url
  const runSequence = follow?.runSequence ?? known?.runSequence
  const status = follow?.status ?? known?.status
  const identifier = known?.identifier
  const pipeline: PipelineRun | undefined =
    name !== undefined || url !== undefined
      ? pipelineRun({
          name: name ?? '',
          ...(identifier ? { identifier } : {}),
          url: url ?? '',
          ...(runSequence !== undefined ? { runSequence } : {}),
          ...(status ? { status } : {}),
        })
      : undefined
  return {
    ...row,
    ...(pipeline ? { pipeline } : {}),
    ...(follow
      ? {
          follow: {
            until: follow.until,
            end: follow.end,
            failed: follow.failed,
            message: follow.message,
            reads: follow.reads,
            waitedSeconds: Math.round(follow.waitedMs / 1000),
            ...(follow.cause ? { cause: follow.cause.id } : {}),
          },
        }
      : {}),
  }
}

/**
 * Whether the row's pipeline status is still the pipeline's status: read after this run's decision
 * (following it), or with no decision posted since the read (a dry run, a failure before posting, a step
 * already decided). A status read before a decision was posted says nothing of where the decision took the
 * pipeline (ApprovalWaiting right after an approval reads as if it had not taken), so it is left out.
 */
const statusIsCurrent = (row: PipelineRow) => row.follow !== undefined || row.posts === 0

/**
 * The run-wide fields: the one current status (MIXED when a batch differs; unset when a decision was posted
 * and the pipeline not followed), and the name and link of the first (or only) execution's pipeline.
 */
export function pipelineFields(rows: PipelineRow[]): { pipelineStatus?: string; pipelineName?: string; pipelineUrl?: string } {
  const statuses = new Set(rows.map((r) => r.pipeline?.status).filter((s) => s !== undefined))
  const allRead = rows.every((r) => r.pipeline?.status !== undefined)
  const first = rows[0]?.pipeline
  return {
    ...(statuses.size > 0 && rows.every(statusIsCurrent) ? { pipelineStatus: statuses.size === 1 && allRead ? [...statuses][0]! : 'MIXED' } : {}),
    ...(first?.name ? { pipelineName: first.name } : {}),
    ...(first?.url ? { pipelineUrl: first.url } : {}),
  }
}

/** An error annotation for each pipeline that fails the step, saying what Harness reports; a line for the rest. */
export function announcePipelines(rows: PipelineRow[], logger: Logger): void {
  for (const row of rows) {
    if (!row.follow) continue
    const where = rows.length > 1 ? `Execution ${row.executionId}: ` : ''
    const link = row.pipeline?.url ? ` ${row.pipeline.url}` : ''
    if (row.follow.failed) logger.error(`${where}${row.follow.message}${link}`, followTitle(row))
    else logger.info(`${where}${row.follow.message}${link}`)
  }
}

function followTitle(row: PipelineRow): string {
  switch (row.follow?.end) {
    case 'timed-out':
      return 'Pipeline wait ran out'
    case 'unreadable':
      return 'Pipeline not readable'
    case 'cancelled':
      return 'Following cancelled'
    default:
      return `Pipeline ${row.pipeline?.status ?? 'ended'}`
  }
}

/** The Pipeline section: each followed execution's pipeline, its final state and the link. */
export function addPipelinesToSummary<S extends SummaryLike>(summary: S, rows: PipelineRow[]): S {
  const followed = rows.filter((r) => r.follow)
  if (followed.length === 0) return summary
  summary.addHeading(followed.length === 1 ? 'Pipeline' : `Pipelines (${followed.length})`, 3)
  summary.addTable(
    closedCells([
    [
      { data: 'Execution', header: true },
      { data: 'Pipeline', header: true },
      { data: 'Status', header: true },
      { data: 'What Harness reports', header: true },
    ],
    ...followed.map((r) => [
      `<code>${escapeHtml(r.executionId)}</code>`,
      r.pipeline?.url ? `<a href="${escapeHtml(r.pipeline.url)}">${escapeHtml(r.pipeline.name || 'Open in Harness')}</a>` : escapeHtml(r.pipeline?.name || '–'),
      `${r.follow!.failed ? '❌' : '✅'} ${escapeHtml(r.pipeline?.status ?? 'unknown')}`,
      escapeHtml(r.follow!.message),
    ]),
  ]),
  )
  return summary
}
