// The job summary: on every outcome, failures included, so a run always explains itself. Cells are HTML,
// which core.summary does not escape, so every value is escaped here (remote text included).
import type { summary as coreSummary } from '@actions/core'
import { addExemptionToSummary } from '../sto/summary.js'
import type { ResultJson } from './result.js'
import { escapeHtml } from './sanitize.js'

type Summary = typeof coreSummary

export interface SummaryContext {
  callbackId?: string
}

const HEADLINE: Record<ResultJson['outcome'], string> = {
  decided: 'Decision recorded',
  'gate-failed': 'No decision: the status gate did not pass',
  failed: 'Decision failed',
  unknown: 'Decision state unknown',
  cancelled: 'Cancelled: no decision posted',
  'invalid-settings': 'Invalid settings: nothing was sent',
  error: 'Failed',
}

export function addResultToSummary(summary: Summary, result: ResultJson, context: SummaryContext = {}): Summary {
  summary.addHeading(`Harness approval: ${HEADLINE[result.outcome]}`, 2)

  if (result.problems?.length) {
    summary.addList(result.problems.map(escapeHtml))
  }
  if (result.message) summary.addRaw(`<p>${escapeHtml(result.message)}</p>`, true)

  if (result.statusVerdict) {
    summary.addHeading('Status gate', 3)
    summary.addTable([
      [
        { data: 'Verdict', header: true },
        { data: 'Last value', header: true },
        { data: 'Attempts', header: true },
        { data: 'Why', header: true },
      ],
      [escapeHtml(result.statusVerdict), escapeHtml(result.statusValue ?? ''), String(result.attempts ?? 0), escapeHtml(result.gateReason ?? '')],
    ])
    if (result.timeline?.length) summary.addDetails('Timeline', `<pre>${escapeHtml(result.timeline.join('\n'))}</pre>`)
  }

  if (result.exemption) addExemptionToSummary(summary, result.exemption)

  if (result.executions.length > 0) {
    summary.addHeading(result.executions.length === 1 ? 'Execution' : `Executions (${result.executions.length})`, 3)
    const rows = result.executions.map((e) => [
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
      ...rows,
    ])
  }
  return summary
}
