// The job summary: on every outcome, failures included, so a run always explains itself. The headline and
// the problems are the run's; each feature adds its own section (and escapes its own values).
import { addExecutionsToSummary } from '../approvals/summary.js'
import { addDryRunToSummary } from '../approvals/dry-run-summary.js'
import { addPipelinesToSummary } from '../approvals/follow-summary.js'
import { addExemptionToSummary } from '../exemptions/summary.js'
import { addGateToSummary } from '../gate/summary.js'
import { escapeHtml } from '../report/sanitize.js'
import type { Summary } from '../report/summary.js'
import type { ResultJson } from './result.js'

export interface SummaryContext {
  callbackId?: string
}

const HEADLINE: Record<ResultJson['outcome'], string> = {
  decided: 'Decision recorded',
  'gate-rejected': 'Rejected, because the status gate did not pass',
  'gate-failed': 'No decision: the status gate did not pass',
  failed: 'Decision failed',
  unknown: 'Decision state unknown',
  cancelled: 'Cancelled: no decision posted',
  'invalid-settings': 'Invalid settings: nothing was sent',
  error: 'Failed',
  'dry-run': 'Dry run: the decision would be posted; nothing was sent',
  'pipeline-failed': 'Decision recorded, then the pipeline did not get as far as awaited',
}

/** What happened to the pipelines that were followed and did not get as far as awaited: only what did happen. */
function pipelineHeadline(result: ResultJson): string {
  const ends = new Set(result.executions.filter((e) => e.follow?.failed).map((e) => e.follow!.end))
  const what: string[] = []
  if (ends.has('reached')) {
    const statuses = [...new Set(result.executions.filter((e) => e.follow?.failed && e.follow.end === 'reached').map((e) => e.pipeline?.status ?? 'failed'))]
    what.push(statuses.length === 1 ? `the pipeline ended ${statuses[0]}` : 'pipelines failed')
  }
  if (ends.has('timed-out')) what.push('the pipeline wait ran out')
  if (ends.has('unreadable')) what.push('the pipeline could not be read')
  if (ends.has('cancelled')) what.push('following the pipeline was cancelled')
  return what.length > 0 ? `Decision recorded, then ${what.join(', and ')}` : HEADLINE['pipeline-failed']
}

/** A dry run that would succeed: posting, posting nothing (every step already as asked), or both in a batch. */
function dryRunHeadline(result: ResultJson): string {
  const posting = result.executions.some((e) => e.wouldPost)
  const already = result.executions.some((e) => e.alreadyDecided)
  if (already && !posting) return 'Dry run: already as asked, a real run would post nothing; nothing was sent'
  if (already) return 'Dry run: a real run would post some decisions (the other steps are already as asked); nothing was sent'
  return HEADLINE['dry-run']
}

export function addResultToSummary(summary: Summary, result: ResultJson, context: SummaryContext = {}): Summary {
  const mayBeRecorded = result.outcome === 'cancelled' && result.executions.some((e) => e.mayBeRecorded)
  const headline =
    result.outcome === 'dry-run'
      ? dryRunHeadline(result)
      : mayBeRecorded
        ? 'Cancelled: a decision may have been recorded'
        : result.dryRun && result.outcome === 'gate-rejected'
          ? 'Dry run: a real run would reject, because the status gate did not pass; nothing was sent'
          : result.outcome === 'pipeline-failed'
            ? pipelineHeadline(result)
            : `${result.dryRun ? 'Dry run: ' : ''}${HEADLINE[result.outcome]}`
  summary.addHeading(`Harness approval: ${headline}`, 2)

  if (result.problems?.length) {
    summary.addList(result.problems.map(escapeHtml))
  }
  if (result.message) summary.addRaw(`<p>${escapeHtml(result.message)}</p>`, true)

  addGateToSummary(summary, result)
  if (result.exemption) addExemptionToSummary(summary, result.exemption)
  addExecutionsToSummary(summary, result.executions, { ...context, ...(result.orgId ? { orgId: result.orgId } : {}), ...(result.projectId ? { projectId: result.projectId } : {}) })
  addDryRunToSummary(summary, result.executions)
  addPipelinesToSummary(summary, result.executions)
  return summary
}
