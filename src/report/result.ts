// The run's result as plain data: the `result` output, the CLI's --json, and the source of the summary.
// Only enumerated values and cleaned, bounded text go in: it is printed and parsed by other tools.
import type { ExecutionResult } from '../decision/decide-execution.js'
import type { RunResult } from '../decision/run.js'
import type { SettingsError } from '../settings/problems.js'
import { exemptionResultJson, type ExemptionResultJson } from '../sto/summary.js'
import { formatDuration } from '../settings/durations.js'
import type { FailureDetails } from './failure.js'
import { cleanRemoteText } from './sanitize.js'

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
}

export interface ResultJson {
  outcome: RunResult['outcome'] | 'invalid-settings' | 'error'
  decision?: string
  approvalStatus?: string
  approvalInstanceId?: string
  statusVerdict?: string
  statusValue?: string
  attempts?: number
  gateReason?: string
  /** What the gate saw, one short line per answer (first and last few when long). */
  timeline?: string[]
  executions: ExecutionRow[]
  /** Exemption mode: the exemption's status as last seen, and the decision's details. */
  exemptionStatus?: string
  exemption?: ExemptionResultJson
  problems?: string[]
  message?: string
}

/** Ids, input names and values, and messages can all carry text from Harness: each is cleaned here. */
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
  }
}

/** One status for the whole run: the execution's own when there is one, else the shared one, else MIXED. */
function commonStatus(rows: ExecutionRow[]): string | undefined {
  const statuses = new Set(rows.map((r) => r.approvalStatus ?? 'NONE'))
  if (statuses.size === 1) return rows[0]?.approvalStatus
  return rows.length > 0 ? 'MIXED' : undefined
}

export function toResultJson(result: RunResult): ResultJson {
  const executions = result.executions.map(executionRow)
  const first = executions.length === 1 ? executions[0] : undefined
  const gate = result.gate
  return {
    outcome: result.outcome,
    // The decision is reported only when one was posted (or established), not merely intended.
    ...(result.decision && executions.some((e) => e.outcome === 'decided' || e.posts > 0) ? { decision: result.decision } : {}),
    ...(commonStatus(executions) ? { approvalStatus: commonStatus(executions) } : {}),
    ...(first?.approvalInstanceId ? { approvalInstanceId: first.approvalInstanceId } : {}),
    ...(gate
      ? {
          statusVerdict: gate.verdict,
          ...(gate.value !== undefined ? { statusValue: cleanRemoteText(gate.value, 100) } : {}),
          attempts: gate.attempts,
          gateReason: cleanRemoteText(gate.reason, 300),
          timeline: gate.timeline.map((t) => `+${formatDuration(t.at)} ${t.status}${t.value !== undefined ? ` ${cleanRemoteText(t.value, 100)}` : ''}`),
        }
      : {}),
    executions,
    ...(result.exemption ? exemptionFields(result.exemption) : {}),
  }
}

function exemptionFields(result: NonNullable<RunResult['exemption']>): Pick<ResultJson, 'decision' | 'exemptionStatus' | 'exemption'> {
  const json = exemptionResultJson(result)
  return {
    ...(result.kind === 'decided' || result.puts > 0 ? { decision: result.decision } : {}),
    ...(json.exemptionStatus ? { exemptionStatus: json.exemptionStatus } : {}),
    exemption: json,
  }
}

export function settingsErrorJson(error: SettingsError): ResultJson {
  return { outcome: 'invalid-settings', executions: [], problems: error.problems.map((p) => `Invalid ${p.input} ${p.value}: expected ${p.expected}.`) }
}
