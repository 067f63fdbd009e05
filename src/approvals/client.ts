// The Harness pipeline-approval calls: read the approval instances of an execution (to find and check the
// step), then read and decide ONE instance by its id. Deciding by instance id, not by execution id, is what
// keeps a decision on the step that was checked: the execution-id POST picks whatever waits when it
// arrives, which may be the next stage's step. Only the Harness origin ever receives the key, and a
// redirect is never followed.
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

  /** GET …/pipeline/api/approvals/{instanceId}: one instance, in the NG envelope. */
  async read(instanceId: string, signal?: AbortSignal): Promise<ApprovalInstance> {
    const response = await this.http.send({ method: 'GET', url: this.instanceUrl(instanceId), headers: this.headers(), signal })
    const instance = fromInstanceDto(envelopeData(parseSuccess(response, this.target.apiKey)))
    if (!instance) throw new UnexpectedBodyError(`Harness answered ${response.status} to the approval instance read, but not with an approval instance`)
    return instance
  }

  /**
   * POST …/pipeline/api/approvals/{instanceId}/harness/activity: the decision on exactly that instance
   * (Harness checks approver membership there, not core_pipeline_execute). Not idempotent: callers must
   * never blindly repeat it.
   */
  async decide(instanceId: string, body: DecisionBody, signal?: AbortSignal): Promise<ApprovalInstance> {
    const url = this.instanceUrl(instanceId, '/harness/activity')
    const response = await this.http.send({ method: 'POST', url, headers: this.headers(), json: body, signal })
    const instance = fromInstanceDto(envelopeData(parseSuccess(response, this.target.apiKey)))
    if (!instance) throw new UnexpectedBodyError(`Harness answered ${response.status} to the decision, but not with an approval instance`)
    return instance
  }

  private instanceUrl(instanceId: string, suffix = ''): URL {
    const { baseUrl, accountId } = this.target
    const base = baseUrl.pathname.replace(/\/+$/, '')
    const url = new URL(`${base}/pipeline/api/approvals/${encodeURIComponent(instanceId)}${suffix}`, baseUrl.origin)
    url.searchParams.set('accountIdentifier', accountId)
    return url
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

/** The `data` of Harness's NG envelope `{"status":"SUCCESS","data":…}`. */
function envelopeData(body: unknown): unknown {
  return body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>).data : undefined
}

/**
 * The instance endpoints answer the pipeline service's own DTO (`createdAt`, `lastModifiedAt`,
 * `errorMessage`); the v1 list spells them `created`, `updated`, `error_message`. One shape from here on.
 */
function fromInstanceDto(value: unknown): ApprovalInstance | undefined {
  if (!isInstance(value)) return undefined
  const v = value as ApprovalInstance & { createdAt?: unknown; lastModifiedAt?: unknown }
  const created = typeof v.created === 'number' ? v.created : typeof v.createdAt === 'number' ? v.createdAt : undefined
  const updated = typeof v.updated === 'number' ? v.updated : typeof v.lastModifiedAt === 'number' ? v.lastModifiedAt : undefined
  return { ...v, ...(created !== undefined ? { created } : {}), ...(updated !== undefined ? { updated } : {}) }
}

function isInstance(value: unknown): value is ApprovalInstance {
  if (!value || typeof value !== 'object') return false
  const v = value as Record<string, unknown>
  return typeof v.id === 'string' && typeof v.status === 'string'
}
