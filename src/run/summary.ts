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
  'pipeline-failed': 'Decision recorded, then the pipeline failed, the wait ran out, or following it was cancelled',
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
