// The two Harness pipeline-approval calls: read the approval instances of an execution, and post a
// decision. Only the Harness origin ever receives the key, and a redirect is never followed.
import type { HttpClient, HttpResponse } from '../http/transport.js'
import type { HarnessTarget } from '../harness/target.js'
import { harnessUrl, keyStaysAtOrigin } from '../harness/api-url.js'
import { classifyHarnessFailure, keyKindOf } from './causes.js'
import { HarnessApiError, UnexpectedBodyError } from '../harness/errors.js'
import type { ApprovalInstance, DecisionBody } from './types.js'

export interface ListFilter {
  callbackId?: string
  status?: 'WAITING'
  type?: 'HarnessApproval'
}

export class ApprovalsClient {
  private readonly http: HttpClient

  constructor(
    http: HttpClient,
    private readonly target: HarnessTarget,
  ) {
    this.http = keyStaysAtOrigin(http, target.baseUrl)
  }

  /** GET …/approvals/execution/{id}: a bare JSON array of instances. */
  async list(executionId: string, filter: ListFilter, signal?: AbortSignal): Promise<ApprovalInstance[]> {
    const url = this.url(executionId)
    if (filter.status) url.searchParams.set('approval_status', filter.status)
    if (filter.type) url.searchParams.set('approval_type', filter.type)
    if (filter.callbackId) url.searchParams.set('callback_id', filter.callbackId)
    const response = await this.http.send({ method: 'GET', url, headers: this.headers(), signal })
    const body = parseSuccess(response, this.target.apiKey)
    if (!Array.isArray(body) || !body.every(isInstance)) {
      throw new UnexpectedBodyError(`Harness answered ${response.status} to the approval read, but not with a list of approval instances`)
    }
    return body
  }

  /** POST …/approvals/execution/{id}: the decision. Not idempotent: callers must never blindly repeat it. */
  async decide(executionId: string, callbackId: string | undefined, body: DecisionBody, signal?: AbortSignal): Promise<ApprovalInstance> {
    const url = this.url(executionId)
    if (callbackId) url.searchParams.set('callback_id', callbackId)
    const response = await this.http.send({ method: 'POST', url, headers: this.headers(), json: body, signal })
    const instance = parseSuccess(response, this.target.apiKey)
    if (!isInstance(instance)) {
      throw new UnexpectedBodyError(`Harness answered ${response.status} to the decision, but not with an approval instance`)
    }
    return instance
  }

  private url(executionId: string): URL {
    const { baseUrl, orgId, projectId } = this.target
    return harnessUrl(baseUrl, 'pipeline', 'api', 'v1', 'orgs', orgId, 'projects', projectId, 'approvals', 'execution', executionId)
  }

  private headers(): Record<string, string> {
    return { 'x-api-key': this.target.apiKey, 'Harness-Account': this.target.accountId }
  }
}

/** The answer's JSON, or the cause of a failure (told the kind of key, never the key itself). */
function parseSuccess(response: HttpResponse, apiKey: string): unknown {
  if (response.status !== 200) throw new HarnessApiError(classifyHarnessFailure(response.status, response.text, { keyKind: keyKindOf(apiKey) }))
  if (response.truncated) throw new UnexpectedBodyError('Harness answered with a body larger than this client accepts')
  try {
    return JSON.parse(response.text)
  } catch {
    throw new UnexpectedBodyError(`Harness answered ${response.status} with a body that is not JSON`)
  }
}

function isInstance(value: unknown): value is ApprovalInstance {
  if (!value || typeof value !== 'object') return false
  const v = value as Record<string, unknown>
  return typeof v.id === 'string' && typeof v.status === 'string'
}
