// How an exemption decision is reported: plain data for the `result` output and the CLI's --json, the
// `exemptionStatus` output, log annotations, and a job-summary section. Every exemption field is remote
// text: it is cleaned (cleanRemoteText) and, in the summary, escaped (core.summary does not escape).
import { ACTION_PHRASING, phrase, type Phrasing } from '../settings/problems.js'
import type { Logger } from '../ports.js'
import { failureText, type FailureDetails } from '../report/failure.js'
import { cleanRemoteText, escapeHtml } from '../report/sanitize.js'
import { closedCells, type SummaryLike } from '../report/summary.js'
import { expirationDate, type ExemptionResult } from './decide-exemption.js'
import { scopeOfExemption } from './refusals.js'
import type { Exemption } from './types.js'

export interface ExemptionResultJson extends FailureDetails {
  outcome: ExemptionResult['kind']
  exemptionId: string
  decision: string
  /** The exemption's status as last seen (after the decision, when one was made). */
  exemptionStatus?: string
  alreadyInState?: boolean
  confirmedByReadBack?: boolean
  approverId?: string
  /** Where the decision was sent (or found): 'org default, project payments', 'org default' or 'the account'. */
  decidedIn?: string
  puts: number
  note?: string
  exemption?: ExemptionFacts
}

/** The exemption as shown to people, every value cleaned. */
export interface ExemptionFacts {
  id: string
  status: string
  issueId?: string
  type?: string
  reason?: string
  requesterId?: string
  approverId?: string
  durationDays?: number
  /** ISO 8601, UTC. */
  expiration?: string
  link?: string
  scope?: string
  comment?: string
}

const clean = (text: string | undefined, max = 300) => (text === undefined ? undefined : cleanRemoteText(text, max))


function scopeOf(e: Exemption): string | undefined {
  const parts = [e.orgId && `org ${e.orgId}`, e.projectId && `project ${e.projectId}`, e.pipelineId && `pipeline ${e.pipelineId}`, e.targetId && `target ${e.targetId}`].filter(Boolean)
  if (parts.length > 0) return clean(parts.join(', '), 400)
  return e.scope ? clean(e.scope, 40) : undefined
}

export function exemptionFacts(e: Exemption): ExemptionFacts {
  const facts: ExemptionFacts = { id: cleanRemoteText(e.id, 60), status: cleanRemoteText(e.status, 40) }
  const put = <K extends keyof ExemptionFacts>(key: K, value: ExemptionFacts[K] | undefined) => {
    if (value !== undefined && value !== '') facts[key] = value
  }
  put('issueId', clean(e.issueId, 60))
  put('type', clean(e.type, 60))
  put('reason', clean(e.reason, 1024))
  put('requesterId', clean(e.requesterId, 60))
  put('approverId', clean(e.approverId, 60))
  const days = e.pendingChanges?.durationDays
  if (typeof days === 'number' && Number.isFinite(days)) facts.durationDays = days
  put('expiration', expirationDate(e.expiration))
  put('link', clean(e.link, 1024))
  put('scope', scopeOf(e))
  put('comment', clean(e.comment, 1024))
  return facts
}

export function exemptionResultJson(result: ExemptionResult, phrasing: Phrasing = ACTION_PHRASING): ExemptionResultJson {
  const json: ExemptionResultJson = { outcome: result.kind, exemptionId: cleanRemoteText(result.exemptionId, 60), decision: result.decision, puts: result.puts }
  if (result.exemption) {
    json.exemptionStatus = cleanRemoteText(result.exemption.status, 40)
    json.exemption = exemptionFacts(result.exemption)
  }
  switch (result.kind) {
    case 'decided':
      json.alreadyInState = result.alreadyInState
      json.confirmedByReadBack = result.confirmedByReadBack
      json.decidedIn = scopeWords(result.exemption)
      if (result.approverId) json.approverId = result.approverId
      if (result.note) json.note = clean(result.note, 1000)
      break
    case 'failed':
      Object.assign(json, {
        cause: result.cause.id,
        title: result.cause.title,
        message: clean(result.cause.explanation, 1000),
        fix: phrase(result.cause.fix, phrasing),
        ...(result.cause.harnessMessage ? { harnessMessage: result.cause.harnessMessage } : {}),
      })
      break
    case 'unknown':
      Object.assign(json, { cause: 'decision-state-unknown', title: 'Decision state unknown', message: clean(result.message, 1000), fix: 'Check the exemption in Harness before running this again.' })
      break
    case 'cancelled':
      // A PUT the cancellation cut short may still have reached STO and been applied.
      json.message = result.puts > 0
        ? 'Cancelled after the decision was sent, before its outcome was known: it may have been recorded. Check the exemption in Harness before running this again.'
        : 'Cancelled before a decision was recorded.'
      break
  }
  return json
}

/** An exemption's own scope in words, as its decision is sent there. */
function scopeWords(e: Exemption): string {
  const { orgId, projectId } = scopeOfExemption(e)
  return orgId ? clean([`org ${orgId}`, projectId && `project ${projectId}`].filter(Boolean).join(', '), 300)! : 'the account'
}

/** The run-wide fields an exemption decision gives the result: the decision (when one was sent or found), the status, the details. */
export function exemptionFields(result: ExemptionResult, phrasing: Phrasing = ACTION_PHRASING): { decision?: string; exemptionStatus?: string; exemption: ExemptionResultJson } {
  const json = exemptionResultJson(result, phrasing)
  return {
    ...(result.kind === 'decided' || result.puts > 0 ? { decision: result.decision } : {}),
    ...(json.exemptionStatus ? { exemptionStatus: json.exemptionStatus } : {}),
    exemption: json,
  }
}

/** The `exemptionStatus` output: the status as last seen, when the exemption could be read. */
export function exemptionStatusOutput(result: ExemptionResult): string | undefined {
  return result.exemption ? cleanRemoteText(result.exemption.status, 40) : undefined
}

/** One line per outcome, in the same manner as the pipeline decisions. */
export function announceExemptionResult(json: ExemptionResultJson, logger: Logger): void {
  switch (json.outcome) {
    case 'decided':
      logger.info(
        json.alreadyInState
          ? (json.note ?? `Exemption ${json.exemptionId} was already ${json.exemptionStatus?.toLowerCase()}; nothing was sent.`)
          : `Exemption ${json.exemptionId} ${json.exemptionStatus?.toLowerCase()}${json.confirmedByReadBack ? ' (confirmed by reading it back)' : ''}.`,
      )
      if (json.note && !json.alreadyInState) logger.warning(json.note, 'Check the exemption')
      break
    case 'failed':
    case 'unknown': {
      logger.error(failureText(json), json.title)
      break
    }
    case 'cancelled':
      // After a sent PUT, the message says it may have been recorded.
      logger.error(json.puts > 0 && json.message ? json.message : 'The run was cancelled; no decision was sent after that.', 'Cancelled')
      break
  }
}

const HEADLINE: Record<ExemptionResult['kind'], string> = {
  decided: 'decision recorded',
  failed: 'decision failed',
  unknown: 'decision state unknown',
  cancelled: 'cancelled',
}

const LABELS: Array<[keyof ExemptionFacts, string]> = [
  ['id', 'Exemption'],
  ['status', 'Status'],
  ['issueId', 'Issue'],
  ['type', 'Type'],
  ['reason', 'Reason'],
  ['requesterId', 'Requester'],
  ['approverId', 'Approver'],
  ['durationDays', 'Duration'],
  ['expiration', 'Expires'],
  ['link', 'Link'],
  ['scope', 'Scope'],
  ['comment', 'Comment'],
]

/** Rows of label and value, unescaped (for a text table as well as the summary). */
export function exemptionRows(facts: ExemptionFacts): Array<[string, string]> {
  const rows: Array<[string, string]> = []
  for (const [key, label] of LABELS) {
    const value = facts[key]
    if (value === undefined) continue
    rows.push([label, key === 'durationDays' ? `${value} day${value === 1 ? '' : 's'}` : String(value)])
  }
  return rows
}

/** Adds the exemption section: outcome, what went wrong and how to fix it, then the exemption's fields. */
export function addExemptionToSummary<S extends SummaryLike>(summary: S, json: ExemptionResultJson): S {
  const already = json.outcome === 'decided' && json.alreadyInState ? ' (already in that state, nothing sent)' : ''
  summary.addHeading(`STO exemption: ${HEADLINE[json.outcome]}${already}`, 3)
  const lines = [
    json.title ? `<strong>${escapeHtml(json.title)}</strong>` : '',
    json.message ? escapeHtml(json.message) : '',
    json.harnessMessage ? `Harness said: <q>${escapeHtml(json.harnessMessage)}</q>` : '',
    json.fix ? `Fix: ${escapeHtml(json.fix)}` : '',
    json.note ? escapeHtml(json.note) : '',
  ].filter(Boolean)
  if (lines.length > 0) summary.addRaw(`<p>${lines.join('<br>')}</p>`, true)
  const facts = json.exemption ?? { id: json.exemptionId, status: 'not read' }
  summary.addTable(
    closedCells([
      [
        { data: 'Field', header: true },
        { data: 'Value', header: true },
      ],
      ...exemptionRows(facts).map(([label, value]) => [escapeHtml(label), label === 'Exemption' || label === 'Issue' ? `<code>${escapeHtml(value)}</code>` : escapeHtml(value)]),
    ]),
  )
  return summary
}
