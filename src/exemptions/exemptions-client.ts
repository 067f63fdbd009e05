// The STO exemption calls (list, find, create, update, approve, reject) and the NG current-user read that
// gives the key's own user id. One request per call, no retries here: callers decide what may be repeated.
// Only the Harness origin ever receives the key, and a redirect is never followed (the transport's rule).
import { HarnessApiError, UnexpectedBodyError } from '../harness/errors.js'
import { harnessUrl, keyStaysAtOrigin } from '../harness/api-url.js'
import type { HttpClient, HttpRequest, HttpResponse } from '../http/transport.js'
import { classifyStoFailure, type StoContext } from './causes.js'
import { isServiceAccountKey } from './exemption-settings.js'
import type {
  CreateExemptionBody,
  CurrentUser,
  Exemption,
  ExemptionAction,
  ExemptionDecisionBody,
  ExemptionPage,
  StoScope,
  UpdateExemptionBody,
} from './types.js'

/** What every STO call needs; `HarnessTarget` fits. */
export interface StoTarget {
  /** e.g. https://app.harness.io/gateway; no trailing slash needed. */
  baseUrl: URL
  accountId: string
  apiKey: string
}

/**
 * Bounds on one listing, whatever the server answers: pages read, exemptions kept, and characters of page
 * bodies (a server that always promised one more page grew the process past 2 GB).
 */
export const LIST_BOUNDS = { pages: 1000, items: 20_000, chars: 32 * 1024 * 1024 } as const

/** A listing stopped at one of LIST_BOUNDS, or at a page count that does not hold still. */
export class ListBoundError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ListBoundError'
  }
}

export class ExemptionsClient {
  private readonly http: HttpClient

  constructor(
    http: HttpClient,
    private readonly target: StoTarget,
  ) {
    this.http = keyStaysAtOrigin(http, target.baseUrl)
  }

  get accountId(): string {
    return this.target.accountId
  }

  /** False for a service account key (sat.…): Harness has no user for it, so `currentUser` cannot answer. */
  get keyHasUser(): boolean {
    return !isServiceAccountKey(this.target.apiKey)
  }

  /** GET /api/v2/exemptions: one page (pages count from 0). */
  async listPage(scope: StoScope, page: number, pageSize: number, signal?: AbortSignal): Promise<ExemptionPage> {
    const url = this.url(scope)
    url.searchParams.set('page', String(page))
    url.searchParams.set('pageSize', String(pageSize))
    const response = await this.http.send({ method: 'GET', url, headers: { 'x-api-key': this.target.apiKey }, signal })
    const body = parseSuccess(response, { accountId: this.target.accountId, operation: 'list exemptions', ...scope })
    if (!isPage(body)) throw new UnexpectedBodyError('STO answered the exemption list, but not with {pagination, results}')
    return { ...body, results: body.results.map(toExemption), chars: response.text.length }
  }

  /**
   * Every page, in order, each read through `readPage` (a retrying wrapper, say). Exemptions that shift
   * between pages while reading (one created meanwhile) are kept once. Stops with a ListBoundError past
   * LIST_BOUNDS, or when the page count grows by more than one page over what the first page said (one
   * created meanwhile may add a page; a count that keeps growing is not an answer).
   */
  async listAll(
    scope: StoScope,
    pageSize: number,
    signal?: AbortSignal,
    readPage: (read: () => Promise<ExemptionPage>, page: number) => Promise<ExemptionPage> = (read) => read(),
  ): Promise<Exemption[]> {
    const seen = new Set<string>()
    const all: Exemption[] = []
    let chars = 0
    let firstTotal: number | undefined
    for (let page = 0; ; page++) {
      const answer = await readPage(() => this.listPage(scope, page, pageSize, signal), page)
      const total = answer.pagination.totalPages
      firstTotal ??= total
      if (total > LIST_BOUNDS.pages) throw new ListBoundError(`STO says the exemptions fill ${total} pages of ${pageSize}, more than this client reads (${LIST_BOUNDS.pages})`)
      if (total > firstTotal + 1) throw new ListBoundError(`STO's page count kept growing while reading (${firstTotal} pages at first, ${total} at page ${page + 1})`)
      chars += answer.chars ?? 0
      if (chars > LIST_BOUNDS.chars) throw new ListBoundError(`STO's exemption pages came to more than ${LIST_BOUNDS.chars / 1024 / 1024} MB after ${page + 1} pages`)
      for (const exemption of answer.results) {
        if (seen.has(exemption.id)) continue
        seen.add(exemption.id)
        all.push(exemption)
      }
      if (all.length > LIST_BOUNDS.items) throw new ListBoundError(`STO listed more than ${LIST_BOUNDS.items} exemptions`)
      if (answer.results.length === 0 || page + 1 >= total) return all
    }
  }

  /**
   * GET /api/v2/exemptions/{id}?accountId&orgId&projectId. STO checks the key's permission in the scope the
   * query names, so a key whose STO role is in one project can read only with that project given; without
   * a scope the read is account-wide.
   */
  async find(id: string, scope: StoScope, signal?: AbortSignal): Promise<Exemption> {
    const url = this.url(scope, id)
    const body = await this.send({ method: 'GET', url, signal }, { operation: 'read the exemption', exemptionId: id, ...scope })
    if (!isExemption(body)) throw new UnexpectedBodyError('STO answered the exemption read, but not with an exemption')
    return toExemption(body)
  }

  /** POST /api/v2/exemptions: the new exemption's id. Not idempotent. */
  async create(scope: StoScope, body: CreateExemptionBody, signal?: AbortSignal): Promise<string> {
    const answer = await this.send({ method: 'POST', url: this.url(scope), json: body, signal }, { operation: 'create the exemption', ...scope })
    const id = answer && typeof answer === 'object' ? (answer as { id?: unknown }).id : undefined
    if (typeof id !== 'string') throw new UnexpectedBodyError('STO answered the exemption creation, but not with {id}')
    return id
  }

  /** PUT /api/v2/exemptions/{id}: the updated exemption. */
  async update(id: string, scope: StoScope, body: UpdateExemptionBody, signal?: AbortSignal): Promise<Exemption> {
    const url = this.url(scope, id)
    const answer = await this.send({ method: 'PUT', url, json: body, signal }, { operation: 'update the exemption', exemptionId: id, ...scope })
    if (!isExemption(answer)) throw new UnexpectedBodyError('STO answered the exemption update, but not with an exemption')
    return toExemption(answer)
  }

  /** PUT /api/v2/exemptions/{id}/approve|reject: the exemption after the decision. */
  async decide(id: string, action: ExemptionAction, scope: StoScope, body: ExemptionDecisionBody, signal?: AbortSignal): Promise<Exemption> {
    const url = this.url(scope, id, action)
    const answer = await this.send({ method: 'PUT', url, json: body, signal }, { operation: `${action} the exemption`, exemptionId: id, ...scope })
    if (!isExemption(answer)) throw new UnexpectedBodyError(`STO answered the ${action}, but not with an exemption`)
    return toExemption(answer)
  }

  /**
   * GET {base}/ng/api/user/currentUser: the key's own user. A service account has none: `userIdInput` names
   * the input that must then give the id, for the cause.
   */
  async currentUser(signal?: AbortSignal, userIdInput = 'approverId'): Promise<CurrentUser> {
    const url = harnessUrl(this.target.baseUrl, 'ng', 'api', 'user', 'currentUser')
    url.searchParams.set('accountIdentifier', this.target.accountId)
    const headers = { 'x-api-key': this.target.apiKey, 'Harness-Account': this.target.accountId }
    const body = await this.send({ method: 'GET', url, headers, signal }, { operation: "read the key's user", userIdInput })
    const data = body && typeof body === 'object' ? (body as { data?: unknown }).data : undefined
    const uuid = data && typeof data === 'object' ? (data as { uuid?: unknown }).uuid : undefined
    if (typeof uuid !== 'string') throw new UnexpectedBodyError("Harness answered the current-user read, but without the user's id (data.uuid)")
    const { email, name } = data as { email?: unknown; name?: unknown }
    return { uuid, ...(typeof email === 'string' ? { email } : {}), ...(typeof name === 'string' ? { name } : {}) }
  }

  /**
   * GET {base}/ng/api/projects/{project}?orgIdentifier (or /ng/api/organizations/{org} for an org alone): whether
   * the scope exists. The answer as it came, for scope-exists.ts to read; STO lists nothing for a scope that
   * does not exist rather than saying so.
   */
  async readScope(scope: StoScope, signal?: AbortSignal): Promise<{ status: number; text: string }> {
    const url = scope.projectId
      ? harnessUrl(this.target.baseUrl, 'ng', 'api', 'projects', scope.projectId)
      : harnessUrl(this.target.baseUrl, 'ng', 'api', 'organizations', scope.orgId ?? '')
    url.searchParams.set('accountIdentifier', this.target.accountId)
    if (scope.projectId && scope.orgId) url.searchParams.set('orgIdentifier', scope.orgId)
    const response = await this.http.send({ method: 'GET', url, headers: { 'x-api-key': this.target.apiKey, 'Harness-Account': this.target.accountId }, signal })
    return { status: response.status, text: response.truncated ? '' : response.text }
  }

  private url(scope: StoScope, ...rest: string[]): URL {
    const url = harnessUrl(this.target.baseUrl, 'sto', 'api', 'v2', 'exemptions', ...rest)
    url.searchParams.set('accountId', this.target.accountId)
    if (scope.orgId) url.searchParams.set('orgId', scope.orgId)
    if (scope.projectId) url.searchParams.set('projectId', scope.projectId)
    return url
  }

  private async send(req: Omit<HttpRequest, 'headers'> & { headers?: Record<string, string> }, context: StoContext): Promise<unknown> {
    const response = await this.http.send({ ...req, headers: req.headers ?? { 'x-api-key': this.target.apiKey } })
    return parseSuccess(response, { accountId: this.target.accountId, ...context })
  }
}

function parseSuccess(response: HttpResponse, context: StoContext): unknown {
  if (response.status !== 200) throw new HarnessApiError(classifyStoFailure(response.status, response.text, context))
  if (response.truncated) throw new UnexpectedBodyError('STO answered with a body larger than this client accepts')
  try {
    return JSON.parse(response.text)
  } catch {
    throw new UnexpectedBodyError(`STO answered ${response.status} with a body that is not JSON`)
  }
}

export function isExemption(value: unknown): value is Exemption {
  if (!value || typeof value !== 'object') return false
  const v = value as Record<string, unknown>
  return typeof v.id === 'string' && typeof v.status === 'string'
}

const TEXT_FIELDS = ['issueId', 'type', 'reason', 'requesterId', 'approverId', 'orgId', 'projectId', 'pipelineId', 'targetId', 'link', 'comment', 'scope'] as const
const TIME_FIELDS = ['expiration', 'created', 'lastModified'] as const

/**
 * The exemption with each field of the type this client reads, whatever JSON STO sent: a number or boolean
 * where text belongs becomes its text, anything else of the wrong type is left out. Every later use
 * (rendering, the scope check) can then rely on the types, and a recorded decision is reported as such
 * however odd the rest of the answer.
 */
function toExemption(value: Exemption): Exemption {
  const v = value as unknown as Record<string, unknown>
  const e: Exemption = { id: value.id, status: value.status }
  for (const key of TEXT_FIELDS) {
    const field = v[key]
    if (typeof field === 'string') e[key] = field
    else if ((typeof field === 'number' && Number.isFinite(field)) || typeof field === 'boolean') e[key] = String(field)
  }
  for (const key of TIME_FIELDS) if (typeof v[key] === 'number' && Number.isFinite(v[key])) e[key] = v[key] as number
  if (typeof v.canReApprove === 'boolean') e.canReApprove = v.canReApprove
  const pending = v.pendingChanges
  if (pending && typeof pending === 'object' && !Array.isArray(pending)) {
    const days = (pending as Record<string, unknown>).durationDays
    e.pendingChanges = typeof days === 'number' && Number.isFinite(days) ? { durationDays: days } : {}
  }
  return e
}

function isPage(value: unknown): value is ExemptionPage {
  if (!value || typeof value !== 'object') return false
  const { pagination, results } = value as Record<string, unknown>
  if (!Array.isArray(results) || !results.every(isExemption)) return false
  if (!pagination || typeof pagination !== 'object') return false
  const p = pagination as Record<string, unknown>
  return Number.isInteger(p.totalPages) && Number.isInteger(p.page)
}
