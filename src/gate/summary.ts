// How the status gate is reported: its fields of the `result` output (and the CLI's --json), the
// annotation when it stopped the decision, and its job-summary section. The status value, the reason and
// the timeline come from a remote job: they are cleaned here, and escaped in the summary.
import type { Logger } from '../ports.js'
import { ACTION_PHRASING, phrase, type Phrasing } from '../settings/problems.js'
import { cleanRemoteText, escapeHtml } from '../report/sanitize.js'
import { closedCells, type Summary } from '../report/summary.js'
import { formatDuration } from '../settings/durations.js'
import type { GateOutcome } from './status-gate.js'

export interface GateResultJson {
  statusVerdict: string
  statusValue?: string
  attempts: number
  gateReason: string
  /** What the gate saw, one short line per answer (first and last few when long). */
  timeline: string[]
  /** For an error or a timeout: what to check, in the front end's terms. */
  gateFix?: string
}

export function gateResultJson(gate: GateOutcome, phrasing: Phrasing = ACTION_PHRASING): GateResultJson {
  return {
    statusVerdict: gate.verdict,
    ...(gate.value !== undefined ? { statusValue: cleanRemoteText(gate.value, 100) } : {}),
    attempts: gate.attempts,
    gateReason: cleanRemoteText(gate.reason, 300),
    timeline: gate.timeline.map((t) => `+${formatDuration(t.at)} ${t.status}${t.value !== undefined ? ` ${cleanRemoteText(t.value, 100)}` : ''}`),
    ...(gate.fix ? { gateFix: phrase(gate.fix, phrasing) } : {}),
  }
}

/** The gate's fields as a result carries them: all optional, since a run may have no gate. */
export type GateFields = Partial<GateResultJson>

/** The error annotation when the gate ended without a decision being posted. */
export function announceGateFailure(json: GateFields, logger: Logger): void {
  const fix = json.gateFix ? `\nFix: ${json.gateFix}` : ''
  logger.error(`${json.gateReason ?? 'The status gate did not pass'}. No decision was posted; the Harness approval is still waiting.${fix}`, `Status gate: ${json.statusVerdict}`)
}

/** Adds the status gate section (verdict, last value, attempts, why, and the timeline) when there was a gate. */
export function addGateToSummary(summary: Summary, json: GateFields): Summary {
  if (!json.statusVerdict) return summary
  summary.addHeading('Status gate', 3)
  summary.addTable(
    closedCells([
    [
      { data: 'Verdict', header: true },
      { data: 'Last value', header: true },
      { data: 'Attempts', header: true },
      { data: 'Why', header: true },
    ],
      [escapeHtml(json.statusVerdict), escapeHtml(json.statusValue ?? ''), String(json.attempts ?? 0), escapeHtml(json.gateReason ?? '')],
    ]),
  )
  if (json.timeline?.length) summary.addDetails('Timeline', `<pre>${escapeHtml(json.timeline.join('\n'))}</pre>`)
  return summary
}
