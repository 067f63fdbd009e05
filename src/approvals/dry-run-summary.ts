// How a dry run is reported: for each execution that a real run would decide, the log lines saying what
// would be posted (and the auto-reject warning), the `wouldPost` output, and the job summary's Dry run
// section; for each whose step is already as asked, that a real run would post nothing, and who decided
// when. The plan was cleaned when it became a row; the summary escapes it.
import type { Logger } from '../ports.js'
import { escapeHtml, redactedJson } from '../report/sanitize.js'
import { closedCells, type SummaryLike } from '../report/summary.js'
import type { DecisionPlan } from './dry-run.js'
import type { AlreadyDecided } from './known-step.js'
import type { PipelineRow } from './follow-summary.js'

const AUTO_REJECT =
  'the approval step has auto-reject on: approving it also rejects the older waiting approvals of the same pipeline, step and service in other executions.'

function inputsText(plan: DecisionPlan): string {
  if (plan.approverInputs.length === 0) return 'none'
  return plan.approverInputs.map((i) => `${i.name}=${i.value} (${SOURCE_TEXT[i.source]})`).join(', ')
}

const SOURCE_TEXT: Record<DecisionPlan['approverInputs'][number]['source'], string> = {
  given: 'given',
  default: "step's default",
  'previous-approver': "previous approver's value",
}

function pipelineText(row: PipelineRow): string {
  return row.pipeline?.name ? ` of pipeline ${row.pipeline.name}${row.pipeline.status ? ` (${row.pipeline.status})` : ''}` : ''
}

/** What would be posted, execution by execution, and a warning where the step would auto-reject others. */
export function announceDryRun(rows: PipelineRow[], logger: Logger): void {
  for (const row of rows) {
    const plan = row.wouldPost
    if (!plan) continue
    const target = plan.instanceId ? `approval instance ${plan.instanceId}` : 'the execution, without checking what waits (the key may not read approvals)'
    logger.info(
      [
        `Dry run, execution ${row.executionId}${pipelineText(row)}: a real run would post ${plan.action} to ${target}${plan.callbackId ? ` (callback id ${plan.callbackId})` : ''}.`,
        `  approver inputs: ${inputsText(plan)}`,
        ...plan.comments.split('\n').map((line, i) => `  ${i === 0 ? 'comments:' : '         '} ${line}`),
        ...(row.pipeline?.url ? [`  pipeline: ${row.pipeline.url}`] : []),
      ].join('\n'),
    )
    if (plan.autoReject) logger.warning(`Execution ${row.executionId}: ${AUTO_REJECT}`, 'Auto-reject')
  }
  for (const row of rows) {
    if (!row.alreadyDecided) continue
    logger.info(`Dry run, execution ${row.executionId}${pipelineText(row)}: ${lowerFirst(row.note ?? alreadyText(row.alreadyDecided))}`)
  }
  if (rows.some((r) => r.wouldPost || r.alreadyDecided)) logger.info('Dry run: nothing was posted to Harness.')
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1)
}

/** `already approved by Alice (alice@example.com) at …`: the step as a dry run found it. */
export function alreadyText(found: AlreadyDecided): string {
  const verb = found.approvalStatus === 'REJECTED' ? 'rejected' : 'approved'
  const waiting = found.approvalStatus === 'WAITING' ? ', waiting for more approvers' : ''
  return `already ${verb} by ${found.decidedBy}${found.decidedAt ? ` at ${found.decidedAt}` : ''}${found.byEarlierAttempt ? ' (an earlier attempt of this workflow run)' : ''}${waiting}`
}

/** The `wouldPost` output: one object per execution a real run would decide; undefined when there is none. */
export function wouldPostOutput(rows: PipelineRow[]): string | undefined {
  const plans = rows.filter((r) => r.wouldPost).map((r) => ({ executionId: r.executionId, ...r.wouldPost! }))
  // Step defaults in it are posted as they are, not cleaned: the secrets go as the output is written.
  return plans.length > 0 ? redactedJson(plans) : undefined
}

/**
 * The Dry run section: the body each POST would carry, input by input; "nothing" where the step is already
 * as asked, with who decided it and when.
 */
export function addDryRunToSummary<S extends SummaryLike>(summary: S, rows: PipelineRow[]): S {
  const planned = rows.filter((r) => r.wouldPost || r.alreadyDecided)
  if (planned.length === 0) return summary
  summary.addHeading('Dry run: what would be posted', 3)
  summary.addTable(
    closedCells([
    [
      { data: 'Execution', header: true },
      { data: 'Pipeline', header: true },
      { data: 'Action', header: true },
      { data: 'Approver inputs', header: true },
      { data: 'Comments', header: true },
    ],
    ...planned.map((r) => {
      const plan = r.wouldPost
      const pipeline = r.pipeline?.name ? `${escapeHtml(r.pipeline.name)}${r.pipeline.status ? ` (${escapeHtml(r.pipeline.status)})` : ''}` : '–'
      const cells = [`<code>${escapeHtml(r.executionId)}</code>`, r.pipeline?.url ? `<a href="${escapeHtml(r.pipeline.url)}">${pipeline}</a>` : pipeline]
      if (!plan) return [...cells, `Nothing: ${escapeHtml(alreadyText(r.alreadyDecided!))}`, '–', '–']
      return [
        ...cells,
        escapeHtml(plan.action) + (plan.autoReject ? ` ⚠️ ${escapeHtml(AUTO_REJECT)}` : ''),
        escapeHtml(inputsText(plan)),
        plan.comments.split('\n').map(escapeHtml).join('<br>'),
      ]
    }),
  ]),
  )
  summary.addRaw('<p>Nothing was posted to Harness.</p>', true)
  return summary
}
