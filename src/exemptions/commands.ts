// The `exemptions` commands of the CLI: list, get, create, update, approve, reject. Each takes the parsed
// command-line options, checks them all before sending anything (a violation throws a SettingsError that
// names the option, the value and the rule), and returns the data with a rendering: a readable table, or
// JSON with `json: true`. Harness failures come back as `ok: false` with the cause, never as a stack trace.
import { HarnessApiError, UnexpectedBodyError, unreachableCause, type HarnessCause } from '../harness/errors.js'
import { TransportError } from '../http/transport.js'
import { CancelledError } from '../ports.js'
import { retryRead, type RetryContext } from '../http/retry-reads.js'
import { cleanRemoteText, redactSecrets } from '../report/sanitize.js'
import { shortenText } from '../settings/text-length.js'
import { ACTION_PHRASING, phrase, Problems, type InputProblem, type Phrasing } from '../settings/problems.js'
import { decideExemption, DEFAULT_EXEMPTION_TIMING, findExemption, type ExemptionDecisionDeps } from './decide-exemption.js'
import { cause, scopeMismatch } from './refusals.js'
import { ListBoundError, type ExemptionsAdminClient } from './admin-client.js'
import {
  checkStoId,
  checkText,
  parsePageSize,
  parseScope,
  mergedUpdateProblems,
  parseStatusFilter,
  requireUserIdForServiceAccount,
  STO_ID,
  validateCreateExemption,
  validateUpdateExemption,
  type CreateExemptionInput,
  type UpdateExemptionInput,
} from './exemption-settings.js'
import { missingScope } from './scope-exists.js'
import { exemptionFacts, exemptionResultJson, exemptionRows, type ExemptionFacts, type ExemptionResultJson } from './summary.js'
import type { Exemption, ExemptionStatus, StoScope, UpdateExemptionBody } from './types.js'

/** The commands need exactly what a decision needs: the client, a clock, a logger. */
export type StoCommandDeps = Omit<ExemptionDecisionDeps, 'client'> & {
  /** Lists, creates and updates besides deciding. */
  client: ExemptionsAdminClient
  /** How fixes name inputs (the command line's flags, say); the action's input names by default. */
  phrasing?: Phrasing
}

export interface CommandError {
  cause: string
  title: string
  message: string
  fix: string
  harnessMessage?: string
  status?: number
}

export type CommandResult<T> =
  | { ok: true; data: T; text: string }
  | { ok: false; error: CommandError; text: string; data?: T }

interface Common {
  /** Render JSON instead of a table. */
  json?: boolean
}

export interface ListOptions extends Common {
  /** Pending, Approved, Rejected, Expired or Canceled (any case); filtered here, as STO cannot. */
  status?: string
  org?: string
  project?: string
  /** Page size for reading (1–100); every page is read either way. */
  pageSize?: string | number
}

export interface GetOptions extends Common {
  id: string
  /** Where to read it: STO checks the key's permission there (a project-level role needs the project). */
  org?: string
  project?: string
}

export interface CreateOptions extends Common, Omit<CreateExemptionInput, 'orgId' | 'projectId'> {
  org?: string
  project?: string
}

export interface UpdateOptions extends Common, Omit<UpdateExemptionInput, 'orgId' | 'projectId'> {
  id: string
  org?: string
  project?: string
}

export interface DecideOptions extends Common {
  id: string
  /** Default: the key's own user. */
  approverId?: string
  comment?: string
  /** When given, the exemption is read there, and one of another org or project is refused. */
  org?: string
  project?: string
  /** Approve an exemption that was rejected (where STO allows it again: `canReApprove`); default, refuse. */
  reapproveRejected?: boolean
}

export interface ListData {
  status?: ExemptionStatus
  scope: StoScope
  /** Read from STO, before the status filter. */
  total: number
  exemptions: ExemptionFacts[]
}

export interface CreateData {
  id: string
  exemption?: ExemptionFacts
}

// ----- list ---------------------------------------------------------------------------------------------

export async function listExemptions(deps: StoCommandDeps, options: ListOptions): Promise<CommandResult<ListData>> {
  const problems = new Problems()
  const scope = parseScope(problems, options.org, options.project)
  const status = options.status !== undefined && options.status.trim() !== '' ? parseStatusFilter(problems, 'status', options.status) : undefined
  const pageSize = parsePageSize(problems, 'pageSize', options.pageSize)
  problems.throwIfAny()

  return guarded(deps, options, async () => {
    const ctx = retryContext(deps)
    const timing = deps.timing ?? DEFAULT_EXEMPTION_TIMING
    // STO lists nothing for an org or project that does not exist: say it is missing, not "no exemptions".
    const missing = await retryRead('Reading the org and project', () => missingScope(deps.client, scope, 'list exemptions', deps.signal), deps.clock.now() + timing.readBudgetMs, timing.reads, ctx)
    if (missing) return failure(deps, options, toError(missing))
    const all = await deps.client.listAll(scope, pageSize, deps.signal, (read, page) =>
      retryRead(`Reading page ${page + 1} of the exemptions`, read, deps.clock.now() + timing.readBudgetMs, timing.reads, ctx),
    )
    const chosen = status ? all.filter((e) => e.status === status) : all
    const data: ListData = { ...(status ? { status } : {}), scope, total: all.length, exemptions: chosen.map(exemptionFacts) }
    return { ok: true, data, text: options.json ? toJson(data) : renderList(data) }
  })
}

export function renderList(data: ListData): string {
  const where = [data.scope.orgId && `org ${data.scope.orgId}`, data.scope.projectId && `project ${data.scope.projectId}`].filter(Boolean).join(', ') || 'the account'
  const filter = data.status ? ` ${data.status}` : ''
  if (data.exemptions.length === 0) return `No${filter.toLowerCase()} exemptions in ${where} (${data.total} read).`
  const table = renderTable(
    ['ID', 'STATUS', 'TYPE', 'ISSUE', 'SCOPE', 'EXPIRES', 'REASON'],
    data.exemptions.map((e) => [e.id, e.status, e.type ?? '', e.issueId ?? '', e.scope ?? '', e.expiration?.slice(0, 10) ?? '', shorten(e.reason ?? '', 50)]),
  )
  const count = data.exemptions.length
  return `${table}\n${count}${filter.toLowerCase()} exemption${count === 1 ? '' : 's'} in ${where}${data.status ? ` (of ${data.total})` : ''}.`
}

// ----- get ----------------------------------------------------------------------------------------------

export async function getExemption(deps: StoCommandDeps, options: GetOptions): Promise<CommandResult<ExemptionFacts>> {
  const problems = new Problems()
  const id = options.id?.trim() ?? ''
  checkStoId(problems, 'id', id)
  const scope = parseScope(problems, options.org, options.project)
  problems.throwIfAny()
  return guarded(deps, options, async () => {
    const exemption = await readExemption(deps, id, scope)
    // As approve does: an exemption of another org or project than the one given is refused, not shown.
    const wrongScope = scopeMismatch(exemption, scope)
    if (wrongScope) return failure(deps, options, toError(wrongScope))
    const facts = exemptionFacts(exemption)
    return { ok: true, data: facts, text: options.json ? toJson(facts) : renderFacts(facts) }
  })
}

export function renderFacts(facts: ExemptionFacts): string {
  return renderTable(['FIELD', 'VALUE'], exemptionRows(facts))
}

// ----- create -------------------------------------------------------------------------------------------

export async function createExemption(deps: StoCommandDeps, options: CreateOptions): Promise<CommandResult<CreateData>> {
  const valid = validateCreateExemption({ ...options, orgId: options.org, projectId: options.project }, deps.clock.now())
  if (valid.body.requesterId === undefined && !deps.client.keyHasUser) {
    const problems = new Problems()
    requireUserIdForServiceAccount(problems, 'requesterId')
    problems.throwIfAny()
  }
  return guarded(deps, options, async () => {
    const requesterId = valid.body.requesterId ?? (await ownUserId(deps))
    let id: string
    try {
      id = await deps.client.create(valid.scope, { ...valid.body, requesterId }, deps.signal)
    } catch (error) {
      // Creation is not idempotent: after an unclear answer, say so rather than create a second one.
      if (error instanceof TransportError && error.failure !== 'connect' && error.failure !== 'aborted') {
        return failure(deps, options, {
          cause: 'decision-state-unknown',
          title: 'Creation state unknown',
          message: `${error.message}: the exemption may or may not have been created.`,
          fix: `List the exemptions (exemptions list --status Pending) before creating it again.`,
        })
      }
      throw error
    }
    if (!STO_ID.test(id)) {
      return failure(deps, options, {
        cause: 'not-json',
        title: 'Unexpected answer from STO',
        message: `STO answered the creation with an id that is not an STO id ('${cleanRemoteText(id, 60)}'): the exemption may have been created, but cannot be named.`,
        fix: 'List the exemptions (exemptions list --status Pending) before creating it again.',
      })
    }
    const data: CreateData = { id }
    try {
      data.exemption = exemptionFacts(await readExemption(deps, id, valid.scope))
    } catch (error) {
      if (deps.signal?.aborted) throw error
      deps.logger.warning(`Created exemption ${data.id}, but could not read it back: ${(error as Error).message}`)
    }
    const text = options.json ? toJson(data) : `Created exemption ${data.id}${data.exemption ? ` (${data.exemption.status}).\n${renderFacts(data.exemption)}` : '.'}`
    return { ok: true, data, text }
  })
}

// ----- update -------------------------------------------------------------------------------------------

export async function updateExemption(deps: StoCommandDeps, options: UpdateOptions): Promise<CommandResult<ExemptionFacts>> {
  const valid = validateUpdateExemption({ ...options, orgId: options.org, projectId: options.project }, deps.clock.now())
  return guarded(deps, options, async () => {
    const current = await readExemption(deps, valid.id, valid.scope)
    const wrongScope = scopeMismatch(current, valid.scope)
    if (wrongScope) return failure(deps, options, toError(wrongScope))
    // STO replaces the editable fields on update, so the whole set is sent: the current values, then the changes.
    const merged: UpdateExemptionBody = {
      type: (valid.changes.type ?? current.type ?? 'Other') as UpdateExemptionBody['type'],
      reason: valid.changes.reason ?? current.reason ?? '',
      pendingChanges: valid.changes.pendingChanges ?? current.pendingChanges ?? {},
      ...pick('requesterId', valid.changes.requesterId ?? current.requesterId),
      ...pick('expiration', valid.changes.expiration ?? current.expiration),
      ...pick('link', valid.changes.link ?? current.link),
      ...pick('pipelineId', valid.changes.pipelineId ?? current.pipelineId),
      ...pick('targetId', valid.changes.targetId ?? current.targetId),
    }
    const scope: StoScope = current.orgId ? { orgId: current.orgId, ...(current.projectId ? { projectId: current.projectId } : {}) } : valid.scope
    const unfit = mergedUpdateProblems(scope, merged)
    if (unfit.length > 0) return failure(deps, options, updateUnfit(deps, valid.id, unfit, new Set([...Object.keys(valid.changes), ...Object.keys(valid.scope)])))
    const ctx = retryContext(deps)
    const timing = deps.timing ?? DEFAULT_EXEMPTION_TIMING
    // Sending the same full set again changes nothing more, so a transient failure may be retried.
    const updated = await retryRead(`Updating exemption ${valid.id}`, () => deps.client.update(valid.id, scope, merged, deps.signal), deps.clock.now() + timing.readBudgetMs, timing.reads, ctx)
    const facts = exemptionFacts(updated)
    return { ok: true, data: facts, text: options.json ? toJson(facts) : `Updated exemption ${facts.id}.\n${renderFacts(facts)}` }
  })
}

/**
 * The merged update breaks a rule. Found after the exemption was read, so a failure, not a usage error; each
 * value is named as the user's flag only when the user gave it, else as STO's current value (cleaned).
 */
function updateUnfit(deps: StoCommandDeps, id: string, problems: InputProblem[], given: Set<string>): CommandError {
  const phrasing = deps.phrasing ?? ACTION_PHRASING
  const expected = (p: InputProblem) => phrase(p.expected, phrasing)
  const told = problems.map((p) =>
    given.has(p.input)
      ? `${phrasing.input(p.input)} ${cleanRemoteText(p.value, 200)} does not fit the exemption as STO has it: expected ${expected(p)}.`
      : `STO's current ${p.input} of exemption ${id}, ${cleanRemoteText(p.value, 200)}, cannot be sent back: expected ${expected(p)}.`,
  )
  const ours = problems.filter((p) => given.has(p.input)).map((p) => phrasing.input(p.input))
  const theirs = problems.filter((p) => !given.has(p.input)).map((p) => phrasing.input(p.input))
  const fixes = [ours.length ? `Change or leave out ${ours.join(', ')}.` : '', theirs.length ? `Give ${theirs.join(', ')} with the update, or correct the exemption in Harness (Security Tests > Exemptions).` : '']
  return { cause: 'invalid-inputs', title: 'Update does not fit the exemption', message: `${told.join(' ')} Nothing was changed.`, fix: fixes.filter(Boolean).join(' ') }
}

function pick<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>)
}

// ----- approve / reject ---------------------------------------------------------------------------------

export function approveExemption(deps: StoCommandDeps, options: DecideOptions): Promise<CommandResult<ExemptionResultJson>> {
  return decide(deps, options, 'APPROVE')
}

export function rejectExemption(deps: StoCommandDeps, options: DecideOptions): Promise<CommandResult<ExemptionResultJson>> {
  return decide(deps, options, 'REJECT')
}

async function decide(deps: StoCommandDeps, options: DecideOptions, action: 'APPROVE' | 'REJECT'): Promise<CommandResult<ExemptionResultJson>> {
  const problems = new Problems()
  const id = options.id?.trim() ?? ''
  checkStoId(problems, 'id', id)
  const approverId = options.approverId?.trim() || undefined
  if (approverId !== undefined) checkStoId(problems, 'approverId', approverId)
  const comment = options.comment?.trim() ?? ''
  checkText(problems, 'comment', comment)
  const scope = parseScope(problems, options.org, options.project)
  // Known from the key itself: refuse before any request rather than after reading the exemption.
  if (approverId === undefined && !deps.client.keyHasUser) requireUserIdForServiceAccount(problems, 'approverId')
  problems.throwIfAny()

  const result = await decideExemption(
    { exemptionId: id, action, comment, scope, ...(approverId ? { approverId } : {}), ...(options.reapproveRejected ? { reapproveRejected: true } : {}) },
    { client: deps.client, clock: deps.clock, logger: deps.logger, signal: deps.signal, random: deps.random, timing: deps.timing },
  )
  const data = exemptionResultJson(result, deps.phrasing)
  const text = options.json ? toJson(data) : renderDecision(data)
  if (result.kind === 'decided') return { ok: true, data, text }
  return { ok: false, data, text, error: { cause: data.cause ?? result.kind, title: data.title ?? 'Cancelled', message: data.message ?? '', fix: data.fix ?? '', ...(data.harnessMessage ? { harnessMessage: data.harnessMessage } : {}) } }
}

export function renderDecision(data: ExemptionResultJson): string {
  const verb = data.decision === 'APPROVE' ? 'approved' : 'rejected'
  const lines: string[] = []
  if (data.outcome === 'decided') {
    const where = data.decidedIn ? ` in ${data.decidedIn}` : ''
    const by = data.exemption?.approverId ? ` by ${data.exemption.approverId}` : ''
    lines.push(data.alreadyInState ? `Exemption ${data.exemptionId}${where} was already ${verb}${by}; nothing was sent.` : `Exemption ${data.exemptionId} ${verb}${where}.`)
    if (data.note && !data.alreadyInState) lines.push(`Note: ${data.note}`)
  } else {
    lines.push(`${data.title ?? (data.outcome === 'cancelled' ? 'Cancelled' : 'Failed')}: ${data.message ?? ''}`)
    if (data.harnessMessage) lines.push(`Harness said: "${data.harnessMessage}"`)
    if (data.fix) lines.push(`Fix: ${data.fix}`)
  }
  if (data.exemption) lines.push(renderFacts(data.exemption))
  return lines.join('\n')
}

// ----- shared -------------------------------------------------------------------------------------------

function retryContext(deps: StoCommandDeps): RetryContext {
  return { clock: deps.clock, logger: deps.logger, random: deps.random ?? Math.random, signal: deps.signal }
}

async function readExemption(deps: StoCommandDeps, id: string, scope: StoScope): Promise<Exemption> {
  const timing = deps.timing ?? DEFAULT_EXEMPTION_TIMING
  return retryRead(`Reading exemption ${id}`, () => findExemption(deps.client, id, scope, deps.signal), deps.clock.now() + timing.readBudgetMs, timing.reads, retryContext(deps))
}

async function ownUserId(deps: StoCommandDeps): Promise<string> {
  const timing = deps.timing ?? DEFAULT_EXEMPTION_TIMING
  const user = await retryRead("Reading the API key's user", () => deps.client.currentUser(deps.signal, 'requesterId'), deps.clock.now() + timing.readBudgetMs, timing.reads, retryContext(deps))
  if (!STO_ID.test(user.uuid)) {
    // STO's value, after requests were sent: a failure naming it cleaned, not a usage error.
    const shown = cleanRemoteText(user.uuid, 60)
    throw new HarnessApiError(cause('invalid-inputs', "Key's user id not usable", `Harness gave the key's user id as '${shown}', which is not an STO user id (22 letters, digits, - or _).`, "Set {requesterId} to the requester's user id."))
  }
  return user.uuid
}

function toError(cause: HarnessCause): CommandError {
  return { cause: cause.id, title: cause.title, message: cause.explanation, fix: cause.fix, ...(cause.harnessMessage ? { harnessMessage: cause.harnessMessage } : {}), ...(cause.status ? { status: cause.status } : {}) }
}

function failure<T>(deps: StoCommandDeps, options: Common, unphrased: CommandError): CommandResult<T> {
  const error = { ...unphrased, fix: phrase(unphrased.fix, deps.phrasing ?? ACTION_PHRASING) }
  const text = options.json
    ? toJson({ error })
    : [`${error.title}: ${error.message}`, error.harnessMessage ? `Harness said: "${error.harnessMessage}"` : '', `Fix: ${error.fix}`].filter(Boolean).join('\n')
  return { ok: false, error, text }
}

/** Runs a command body, turning Harness and network failures into a readable result. */
async function guarded<T>(deps: StoCommandDeps, options: Common, body: () => Promise<CommandResult<T>>): Promise<CommandResult<T>> {
  try {
    return await body()
  } catch (error) {
    if (error instanceof HarnessApiError) return failure(deps, options, toError(error.harnessCause))
    if (error instanceof TransportError) {
      if (error.failure === 'aborted') return failure(deps, options, { cause: 'cancelled', title: 'Cancelled', message: 'The command was cancelled.', fix: 'Run it again.' })
      return failure(deps, options, toError(unreachableCause(error, 'Harness')))
    }
    if (error instanceof ListBoundError) {
      return failure(deps, options, { cause: 'list-bound', title: 'Listing stopped', message: `${error.message}; nothing is listed.`, fix: 'Narrow the list with {orgId} and {projectId}, and check that {baseUrl} leads to Harness.' })
    }
    if (error instanceof UnexpectedBodyError) {
      return failure(deps, options, { cause: 'not-json', title: 'Unexpected answer from STO', message: `${error.message}.`, fix: 'Check {baseUrl}: it must lead to the Harness API (a proxy or login page answers otherwise).' })
    }
    if (error instanceof CancelledError) return failure(deps, options, { cause: 'cancelled', title: 'Cancelled', message: 'The command was cancelled.', fix: 'Run it again.' })
    throw error
  }
}

function toJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'string' ? redactSecrets(v) : v), 2)
}

const shorten = shortenText

/** A plain-text table: columns padded to their widest cell, cells already cleaned to one line. */
export function renderTable(headers: string[], rows: string[][]): string {
  const all = [headers, ...rows].map((row) => row.map((cell) => cleanRemoteText(cell, 1024)))
  const widths = headers.map((_, i) => Math.max(...all.map((row) => Array.from(row[i] ?? '').length)))
  return all
    .map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : cell + ' '.repeat((widths[i] ?? 0) - Array.from(cell).length))).join('  ').trimEnd())
    .join('\n')
}

