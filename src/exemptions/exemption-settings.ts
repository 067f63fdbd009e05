// STO's own rules for every value this project sends it, checked before anything is sent. Each function is
// pure: it adds to a Problems list (naming the field, the value and the rule) and returns the clean value.
import { Problems, type InputProblem, type InputReader, type ValueSource } from '../settings/problems.js'
import { codePointLength } from '../settings/text-length.js'
import {
  EXEMPTION_STATUSES,
  EXEMPTION_TYPES,
  type CreateExemptionBody,
  type ExemptionStatus,
  type ExemptionType,
  type StoScope,
  type UpdateExemptionBody,
} from './types.js'

/** Account, exemption, issue, target, requester and approver ids. */
export const STO_ID = /^[a-zA-Z0-9_-]{22}$/
/** Org, project and pipeline identifiers. */
export const STO_IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/
export const MAX_IDENTIFIER_LENGTH = 128
/** Reason, link and comment. */
export const MAX_TEXT_LENGTH = 1024
export const MAX_PAGE_SIZE = 100
/** Longer than any exemption policy; keeps a typo (36500) from meaning "forever". */
export const MAX_DURATION_DAYS = 3650

export const ID_RULE = "exactly 22 characters: letters, digits, '-' and '_' (^[a-zA-Z0-9_-]{22}$)"
export const IDENTIFIER_RULE = `a Harness identifier: a letter or '_', then letters, digits and '_' (^[A-Za-z_][A-Za-z0-9_]*$), at most ${MAX_IDENTIFIER_LENGTH} characters`
export const TYPE_RULE = `one of ${EXEMPTION_TYPES.join(' | ')} (any case; '-', '_' or spaces between words)`
export const STATUS_RULE = `one of ${EXEMPTION_STATUSES.join(' | ')} (any case)`

/** A service account key (`sat.…`): Harness has no user for it, so a user id cannot default to the key's own. */
export function isServiceAccountKey(apiKey: string): boolean {
  return apiKey.startsWith('sat.')
}

/** `field` (approverId, requesterId) is empty while the key is a service account key: it must be given. */
export function requireUserIdForServiceAccount(problems: Problems, field: string): void {
  problems.add(field, '', `the user's Harness id, because {apiKey} is a service account key (sat.…), which has no user of its own to default to: ${ID_RULE}`)
}

/** `from`: the value was not given but read from another input (the account id from the key). */
export function checkStoId(problems: Problems, field: string, value: string, from?: ValueSource): boolean {
  if (STO_ID.test(value)) return true
  problems.add(field, value, ID_RULE, from ? { from } : {})
  return false
}

export function checkIdentifier(problems: Problems, field: string, value: string): boolean {
  if (STO_IDENTIFIER.test(value) && value.length <= MAX_IDENTIFIER_LENGTH) return true
  problems.add(field, value, IDENTIFIER_RULE)
  return false
}

export function checkText(problems: Problems, field: string, value: string, max = MAX_TEXT_LENGTH): boolean {
  const length = codePointLength(value)
  if (length <= max) return true
  problems.add(field, value, `at most ${max} characters (it has ${length})`)
  return false
}

const wordsOf = (text: string) => text.trim().toLowerCase().split(/[\s_-]+/).filter(Boolean).join(' ')

/** The exact spelling STO wants for a loosely written type (`false-positive`, `FIX_UNAVAILABLE`), if any. */
export function normaliseExemptionType(text: string): ExemptionType | undefined {
  const words = wordsOf(text)
  return EXEMPTION_TYPES.find((t) => t.toLowerCase() === words)
}

export function parseExemptionType(problems: Problems, field: string, text: string): ExemptionType | undefined {
  const type = normaliseExemptionType(text)
  if (!type) problems.add(field, text, TYPE_RULE)
  return type
}

export function normaliseExemptionStatus(text: string): ExemptionStatus | undefined {
  const lower = text.trim().toLowerCase()
  // STO spells it Canceled; accept the other common spelling rather than refuse it.
  const wanted = lower === 'cancelled' ? 'canceled' : lower
  return EXEMPTION_STATUSES.find((s) => s.toLowerCase() === wanted)
}

export function parseStatusFilter(problems: Problems, field: string, text: string): ExemptionStatus | undefined {
  const status = normaliseExemptionStatus(text)
  if (!status) problems.add(field, text, STATUS_RULE)
  return status
}

/** A whole number in [min, max]; `text` may come from a command line or a number from a caller. */
export function parseWholeNumber(problems: Problems, field: string, text: string | number, min: number, max: number): number | undefined {
  const shown = String(text).trim()
  const value = Number(shown)
  if (!/^\d+$/.test(shown) || value < min || value > max) {
    problems.add(field, shown, `a whole number from ${min} to ${max}`)
    return undefined
  }
  return value
}

export function parsePageSize(problems: Problems, field: string, text: string | number | undefined, fallback = MAX_PAGE_SIZE): number {
  if (text === undefined || String(text).trim() === '') return fallback
  return parseWholeNumber(problems, field, text, 1, MAX_PAGE_SIZE) ?? fallback
}

/**
 * An expiration date as unix seconds: an ISO date (`2025-12-31`, taken as the end of that day in UTC),
 * an ISO date-time, or unix seconds. It must lie in the future: a past expiration ends the exemption at once.
 */
export function parseExpiration(problems: Problems, field: string, text: string | number, nowMs: number): number | undefined {
  const shown = String(text).trim()
  let seconds: number | undefined
  if (/^\d{1,12}$/.test(shown)) seconds = Number(shown)
  else if (/^\d{4}-\d{2}-\d{2}$/.test(shown)) {
    const ms = Date.parse(`${shown}T23:59:59Z`)
    if (Number.isFinite(ms) && new Date(ms).toISOString().startsWith(shown)) seconds = Math.floor(ms / 1000)
  } else if (/^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:?\d{2})$/.test(shown)) {
    const ms = Date.parse(shown)
    if (Number.isFinite(ms)) seconds = Math.floor(ms / 1000)
  }
  if (seconds === undefined) {
    problems.add(field, shown, 'a date (2025-12-31, the end of that day in UTC), an ISO date-time with a zone (2025-12-31T18:00:00Z), or unix seconds')
    return undefined
  }
  if (seconds * 1000 <= nowMs) {
    problems.add(field, shown, `a moment in the future (it is ${new Date(seconds * 1000).toISOString()})`)
    return undefined
  }
  return seconds
}

/** Where an exemption may apply: a target stands alone; a pipeline lives in a project of an org. */
export function checkScopeRules(problems: Problems, where: StoScope & { pipelineId?: string; targetId?: string }): void {
  if (where.projectId !== undefined && where.orgId === undefined) {
    problems.add('projectId', where.projectId, 'to come with {orgId} (a project lives in an organization)')
  }
  if (where.targetId !== undefined && (where.projectId !== undefined || where.pipelineId !== undefined)) {
    const other = where.pipelineId !== undefined ? 'pipelineId' : 'projectId'
    problems.add('targetId', where.targetId, `no {${other}} with it: an exemption applies to a target, or to a project or pipeline, not both`)
  }
  if (where.pipelineId !== undefined && (where.orgId === undefined || where.projectId === undefined)) {
    problems.add('pipelineId', where.pipelineId, '{orgId} and {projectId} with it (a pipeline lives in a project)')
  }
}

/** The scope options of a command: empty means not given. */
export function parseScope(problems: Problems, orgId: string | undefined, projectId: string | undefined): StoScope {
  const scope: StoScope = {}
  const org = orgId?.trim() ?? ''
  const project = projectId?.trim() ?? ''
  if (org !== '' && checkIdentifier(problems, 'orgId', org)) scope.orgId = org
  if (project !== '' && checkIdentifier(problems, 'projectId', project)) scope.projectId = project
  if (project !== '' && org === '') problems.add('projectId', project, 'to come with {orgId} (a project lives in an organization)')
  return scope
}

/** The editable fields of an exemption as a command line gives them (text), all optional. */
export interface ExemptionFieldsInput {
  type?: string
  reason?: string
  durationDays?: string | number
  expiration?: string | number
  link?: string
  pipelineId?: string
  targetId?: string
  requesterId?: string
}

export interface CreateExemptionInput extends ExemptionFieldsInput {
  issueId?: string
  orgId?: string
  projectId?: string
}

export interface UpdateExemptionInput extends ExemptionFieldsInput {
  id?: string
  orgId?: string
  projectId?: string
}

const given = (value: string | number | undefined): value is string | number => value !== undefined && String(value).trim() !== ''

/** The editable fields that were given, each checked; scope rules are left to the caller (they need the whole). */
export function parseExemptionFields(problems: Problems, input: ExemptionFieldsInput, nowMs: number): Partial<UpdateExemptionBody> {
  const fields: Partial<UpdateExemptionBody> = {}
  if (given(input.type)) {
    const type = parseExemptionType(problems, 'type', String(input.type))
    if (type) fields.type = type
  }
  if (input.reason !== undefined) {
    const reason = input.reason.trim()
    if (reason === '') problems.add('reason', input.reason, 'a reason for the exemption (not empty), at most 1024 characters')
    else if (checkText(problems, 'reason', reason)) fields.reason = reason
  }
  if (given(input.durationDays)) {
    const days = parseWholeNumber(problems, 'durationDays', input.durationDays, 1, MAX_DURATION_DAYS)
    if (days !== undefined) fields.pendingChanges = { durationDays: days }
  }
  if (given(input.expiration)) {
    const expiration = parseExpiration(problems, 'expiration', input.expiration, nowMs)
    if (expiration !== undefined) fields.expiration = expiration
  }
  if (given(input.link)) {
    const link = String(input.link).trim()
    if (checkText(problems, 'link', link)) fields.link = link
  }
  if (given(input.pipelineId)) {
    const id = String(input.pipelineId).trim()
    if (checkIdentifier(problems, 'pipelineId', id)) fields.pipelineId = id
  }
  if (given(input.targetId)) {
    const id = String(input.targetId).trim()
    if (checkStoId(problems, 'targetId', id)) fields.targetId = id
  }
  if (given(input.requesterId)) {
    const id = String(input.requesterId).trim()
    if (checkStoId(problems, 'requesterId', id)) fields.requesterId = id
  }
  return fields
}

/** A create request, checked whole; `requesterId` is filled in later (the key's own user) when not given. */
export interface ValidCreate {
  scope: StoScope
  body: Omit<CreateExemptionBody, 'requesterId'> & { requesterId?: string }
}

export function validateCreateExemption(input: CreateExemptionInput, nowMs: number): ValidCreate {
  const problems = new Problems()
  const issueId = input.issueId?.trim() ?? ''
  if (issueId === '') problems.add('issueId', issueId, `the STO issue id to exempt: ${ID_RULE}`)
  else checkStoId(problems, 'issueId', issueId)
  if (!given(input.type)) problems.add('type', '', TYPE_RULE)
  if (input.reason === undefined) problems.add('reason', '', 'a reason for the exemption (not empty), at most 1024 characters')
  const scope = parseScope(problems, input.orgId, input.projectId)
  const fields = parseExemptionFields(problems, input, nowMs)
  checkScopeRules(problems, { ...scope, pipelineId: fields.pipelineId, targetId: fields.targetId })
  problems.throwIfAny()
  return {
    scope,
    body: {
      issueId,
      type: fields.type!,
      reason: fields.reason!,
      // STO wants the object even when it is empty.
      pendingChanges: fields.pendingChanges ?? {},
      ...(fields.expiration !== undefined ? { expiration: fields.expiration } : {}),
      ...(fields.link !== undefined ? { link: fields.link } : {}),
      ...(fields.pipelineId !== undefined ? { pipelineId: fields.pipelineId } : {}),
      ...(fields.targetId !== undefined ? { targetId: fields.targetId } : {}),
      ...(fields.requesterId !== undefined ? { requesterId: fields.requesterId } : {}),
    },
  }
}

export interface ValidUpdate {
  id: string
  scope: StoScope
  changes: Partial<UpdateExemptionBody>
}

export function validateUpdateExemption(input: UpdateExemptionInput, nowMs: number): ValidUpdate {
  const problems = new Problems()
  const id = input.id?.trim() ?? ''
  checkStoId(problems, 'id', id)
  const scope = parseScope(problems, input.orgId, input.projectId)
  const changes = parseExemptionFields(problems, input, nowMs)
  if (Object.keys(changes).length === 0 && problems.list.length === 0) {
    problems.add('changes', '', 'at least one change: {type}, {reason}, {durationDays}, {expiration}, {link}, {pipelineId}, {targetId} or {requesterId}')
  }
  problems.throwIfAny()
  return { id, scope, changes }
}

/**
 * The whole body after merging changes into the current exemption, checked against the scope rules. The
 * problems are returned, not thrown: some values are STO's own, so the caller tells them from the user's.
 */
export function mergedUpdateProblems(scope: StoScope, body: UpdateExemptionBody): InputProblem[] {
  const problems = new Problems()
  checkScopeRules(problems, { ...scope, pipelineId: body.pipelineId, targetId: body.targetId })
  if (!EXEMPTION_TYPES.includes(body.type)) problems.add('type', body.type, TYPE_RULE)
  if (body.requesterId !== undefined) checkStoId(problems, 'requesterId', body.requesterId)
  return problems.list
}

// ----- action inputs ------------------------------------------------------------------------------------

export interface ExemptionSettings {
  /** The STO exemption to approve or reject; setting it switches the action to exemption mode. */
  exemptionId: string
  /** Recorded as the approver; default, the key's own user (read from Harness). */
  approverId?: string
  /** Approve the exemption even when it was rejected (where STO allows it again: `canReApprove`). */
  reapproveRejected: boolean
}

/** Values resolved elsewhere that exemption mode holds to STO's stricter rules. */
export interface ExemptionContext {
  /** The account id in use (given, or read from the key). */
  accountId?: string
  /** Where the account id was read from when it was not given (the key), so a problem names it. */
  accountFrom?: ValueSource
  /** The comments that will be sent (given, or the run's default). */
  comments?: string
  /** The API key in use: a service account key (sat.…) must come with `approverId`. */
  apiKey?: string
}

/**
 * Reads `exemptionId`, `approverId` and `reapproveRejected`. Undefined when `exemptionId` is not set
 * (pipeline mode); then the other two must not be set either. In exemption mode the pipeline-only inputs
 * must stay empty, and a service account key needs `approverId` (Harness has no user for it).
 */
export function parseExemptionSettings(read: InputReader, problems: Problems, context: ExemptionContext = {}): ExemptionSettings | undefined {
  const exemptionId = read('exemptionId').trim()
  const approverId = read('approverId').trim()
  const reapproveText = read('reapproveRejected').trim()
  const reapproveRejected = reapproveText.toLowerCase() === 'true'
  if (reapproveText !== '' && !['true', 'false'].includes(reapproveText.toLowerCase())) {
    problems.add('reapproveRejected', reapproveText, 'true (approve an exemption that was rejected, where STO allows it) or false')
  }
  if (exemptionId === '') {
    if (approverId !== '') problems.add('approverId', approverId, 'to be set only with {exemptionId} (it names the approver of an STO exemption)')
    if (reapproveRejected) problems.add('reapproveRejected', reapproveText, 'false (or unset) without {exemptionId}: it applies to STO exemptions only')
    return undefined
  }
  checkStoId(problems, 'exemptionId', exemptionId)
  const executionId = read('executionId').trim()
  if (executionId !== '') {
    problems.add('executionId', executionId, 'empty when {exemptionId} is set: {exemptionId} and {executionId} are mutually exclusive')
  }
  for (const name of ['callbackId', 'approverInputs']) {
    const value = read(name).trim()
    if (value !== '') problems.add(name, value, 'empty when {exemptionId} is set: it applies to pipeline approvals only')
  }
  if (approverId !== '') checkStoId(problems, 'approverId', approverId)
  else if (context.apiKey !== undefined && isServiceAccountKey(context.apiKey)) requireUserIdForServiceAccount(problems, 'approverId')
  if (context.accountId !== undefined && context.accountId !== '') checkStoId(problems, 'accountId', context.accountId, context.accountFrom)
  const comments = context.comments ?? read('comments').trim()
  checkText(problems, 'comments', comments)
  return { exemptionId, ...(approverId !== '' ? { approverId } : {}), reapproveRejected }
}
