// The STO exemption calls (list, find, create, update, approve, reject) and the NG current-user read that
// gives the key's own user id. One request per call, no retries here: callers decide what may be repeated.
// Only the Harness origin ever receives the key, and a redirect is never followed (the transport's rule).
import { HarnessApiError, UnexpectedBodyError } from '../harness/errors.js'
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

/** Stops a runaway listing (a server whose totalPages keeps growing). */
export const MAX_LIST_PAGES = 1000

export class ExemptionsClient {
  constructor(
    private readonly http: HttpClient,
    private readonly target: StoTarget,
  ) {}

  get accountId(): string {
    return this.target.accountId
  }

  /** False for a service account key (sat.…): Harness has no user for it, so `currentUser` cannot answer. */
  get keyHasUser(): boolean {
    return !isServiceAccountKey(this.target.apiKey)
  }

  /** GET /api/v2/exemptions: one page (pages count from 0). */
  async listPage(scope: StoScope, page: number, pageSize: number, signal?: AbortSignal): Promise<ExemptionPage> {
    const url = this.url('', scope)
    url.searchParams.set('page', String(page))
    url.searchParams.set('pageSize', String(pageSize))
    const body = await this.send({ method: 'GET', url, signal }, { operation: 'list exemptions', ...scope })
    if (!isPage(body)) throw new UnexpectedBodyError('STO answered the exemption list, but not with {pagination, results}')
    return body
  }

  /**
   * Every page, in order, each read through `readPage` (a retrying wrapper, say). Exemptions that shift
   * between pages while reading (one created meanwhile) are kept once.
   */
  async listAll(
    scope: StoScope,
    pageSize: number,
    signal?: AbortSignal,
    readPage: (read: () => Promise<ExemptionPage>, page: number) => Promise<ExemptionPage> = (read) => read(),
  ): Promise<Exemption[]> {
    const seen = new Set<string>()
    const all: Exemption[] = []
    for (let page = 0; page < MAX_LIST_PAGES; page++) {
      const answer = await readPage(() => this.listPage(scope, page, pageSize, signal), page)
      for (const exemption of answer.results) {
        if (seen.has(exemption.id)) continue
        seen.add(exemption.id)
        all.push(exemption)
      }
      if (answer.results.length === 0 || page + 1 >= answer.pagination.totalPages) return all
    }
    throw new UnexpectedBodyError(`STO kept answering more exemption pages after ${MAX_LIST_PAGES}`)
  }

  /**
   * GET /api/v2/exemptions/{id}?accountId&orgId&projectId. STO checks the key's permission in the scope the
   * query names, so a key whose STO role is in one project can read only with that project given; without
   * a scope the read is account-wide.
   */
  async find(id: string, scope: StoScope, signal?: AbortSignal): Promise<Exemption> {
    const url = this.url(`/${encodeURIComponent(id)}`, scope)
    const body = await this.send({ method: 'GET', url, signal }, { operation: 'read the exemption', exemptionId: id, ...scope })
    if (!isExemption(body)) throw new UnexpectedBodyError('STO answered the exemption read, but not with an exemption')
    return body
  }

  /** POST /api/v2/exemptions: the new exemption's id. Not idempotent. */
  async create(scope: StoScope, body: CreateExemptionBody, signal?: AbortSignal): Promise<string> {
    const answer = await this.send({ method: 'POST', url: this.url('', scope), json: body, signal }, { operation: 'create the exemption', ...scope })
    const id = answer && typeof answer === 'object' ? (answer as { id?: unknown }).id : undefined
    if (typeof id !== 'string') throw new UnexpectedBodyError('STO answered the exemption creation, but not with {id}')
    return id
  }

  /** PUT /api/v2/exemptions/{id}: the updated exemption. */
  async update(id: string, scope: StoScope, body: UpdateExemptionBody, signal?: AbortSignal): Promise<Exemption> {
    const url = this.url(`/${encodeURIComponent(id)}`, scope)
    const answer = await this.send({ method: 'PUT', url, json: body, signal }, { operation: 'update the exemption', exemptionId: id, ...scope })
    if (!isExemption(answer)) throw new UnexpectedBodyError('STO answered the exemption update, but not with an exemption')
    return answer
  }

  /** PUT /api/v2/exemptions/{id}/approve|reject: the exemption after the decision. */
  async decide(id: string, action: ExemptionAction, scope: StoScope, body: ExemptionDecisionBody, signal?: AbortSignal): Promise<Exemption> {
    const url = this.url(`/${encodeURIComponent(id)}/${action}`, scope)
    const answer = await this.send({ method: 'PUT', url, json: body, signal }, { operation: `${action} the exemption`, exemptionId: id, ...scope })
    if (!isExemption(answer)) throw new UnexpectedBodyError(`STO answered the ${action}, but not with an exemption`)
    return answer
  }

  /**
   * GET {base}/ng/api/user/currentUser: the key's own user. A service account has none: `userIdInput` names
   * the input that must then give the id, for the cause.
   */
  async currentUser(signal?: AbortSignal, userIdInput = 'approverId'): Promise<CurrentUser> {
    const url = new URL(`${this.basePath()}/ng/api/user/currentUser`, this.target.baseUrl.origin)
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
    const path = scope.projectId ? `projects/${encodeURIComponent(scope.projectId)}` : `organizations/${encodeURIComponent(scope.orgId ?? '')}`
    const url = new URL(`${this.basePath()}/ng/api/${path}`, this.target.baseUrl.origin)
    url.searchParams.set('accountIdentifier', this.target.accountId)
    if (scope.projectId && scope.orgId) url.searchParams.set('orgIdentifier', scope.orgId)
    const response = await this.http.send({ method: 'GET', url, headers: { 'x-api-key': this.target.apiKey, 'Harness-Account': this.target.accountId }, signal })
    return { status: response.status, text: response.truncated ? '' : response.text }
  }

  private basePath(): string {
    return this.target.baseUrl.pathname.replace(/\/+$/, '')
  }

  private url(rest: string, scope: StoScope): URL {
    const url = new URL(`${this.basePath()}/sto/api/v2/exemptions${rest}`, this.target.baseUrl.origin)
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

function isPage(value: unknown): value is ExemptionPage {
  if (!value || typeof value !== 'object') return false
  const { pagination, results } = value as Record<string, unknown>
  if (!Array.isArray(results) || !results.every(isExemption)) return false
  if (!pagination || typeof pagination !== 'object') return false
  const p = pagination as Record<string, unknown>
  return Number.isInteger(p.totalPages) && Number.isInteger(p.page)
}
