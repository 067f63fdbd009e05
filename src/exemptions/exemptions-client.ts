// The STO exemption calls a decision needs (find, approve, reject) and the NG current-user read that gives
// the key's own user id; the command line's list, create and update are in admin-client.ts, out of the
// action's bundle. One request per call, no retries here: callers decide what may be repeated.
// Only the Harness origin ever receives the key, and a redirect is never followed (the transport's rule).
import { HarnessApiError, UnexpectedBodyError } from '../harness/errors.js'
import { harnessUrl, keyStaysAtOrigin } from '../harness/api-url.js'
import type { HttpClient, HttpRequest, HttpResponse } from '../http/transport.js'
import { classifyStoFailure, type StoContext } from './causes.js'
import { isServiceAccountKey } from './exemption-settings.js'
import type {
  CurrentUser,
  Exemption,
  ExemptionAction,
  ExemptionDecisionBody,
  StoScope,
} from './types.js'

/** What every STO call needs; `HarnessTarget` fits. */
export interface StoTarget {
  /** e.g. https://app.harness.io/gateway; no trailing slash needed. */
  baseUrl: URL
  accountId: string
  apiKey: string
}

export class ExemptionsClient {
  protected readonly http: HttpClient

  constructor(
    http: HttpClient,
    protected readonly target: StoTarget,
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

  protected url(scope: StoScope, ...rest: string[]): URL {
    const url = harnessUrl(this.target.baseUrl, 'sto', 'api', 'v2', 'exemptions', ...rest)
    url.searchParams.set('accountId', this.target.accountId)
    if (scope.orgId) url.searchParams.set('orgId', scope.orgId)
    if (scope.projectId) url.searchParams.set('projectId', scope.projectId)
    return url
  }

  protected async send(req: Omit<HttpRequest, 'headers'> & { headers?: Record<string, string> }, context: StoContext): Promise<unknown> {
    const response = await this.http.send({ ...req, headers: req.headers ?? { 'x-api-key': this.target.apiKey } })
    return parseSuccess(response, { accountId: this.target.accountId, ...context })
  }
}

export function parseSuccess(response: HttpResponse, context: StoContext): unknown {
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
export function toExemption(value: Exemption): Exemption {
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
