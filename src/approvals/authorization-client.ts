// The two reads that tell, before any wait, whether Harness would let this key decide a waiting step: the
// authorization Harness's own UI asks for (`ApprovalResource`), and the key's own user, which proves what
// the step's data says about it (an earlier activity of the same user, the pipeline's executor).
import type { HttpClient, HttpResponse } from '../http/transport.js'
import type { HarnessTarget } from '../harness/target.js'
import { HarnessApiError, UnexpectedBodyError } from '../harness/errors.js'
import { classifyHarnessFailure, keyKindOf } from './causes.js'

/** Harness's answer: may this key decide the instance, and if not, the reason a decision would be refused with. */
export interface Authorization {
  authorized: boolean
  reason?: string
}

/** The key's own user, as `GET /ng/api/user/currentUser` answers. */
export interface KeyUser {
  uuid: string
  email?: string
  name?: string
}

export class AuthorizationClient {
  constructor(
    private readonly http: HttpClient,
    private readonly target: Pick<HarnessTarget, 'baseUrl' | 'accountId' | 'apiKey'>,
  ) {}

  /**
   * GET …/pipeline/api/approvals/{id}/harness/authorization. The oldest servers answer `authorized: true`
   * always; newer ones run the check a decision runs, and name its reason.
   */
  async authorization(instanceId: string, signal?: AbortSignal): Promise<Authorization> {
    const url = this.url(`/pipeline/api/approvals/${encodeURIComponent(instanceId)}/harness/authorization`)
    const data = this.data(await this.http.send({ method: 'GET', url, headers: this.headers(), signal }))
    const authorized = data?.authorized
    if (typeof authorized !== 'boolean') throw new UnexpectedBodyError('Harness answered the authorization read, but without data.authorized')
    const reason = data?.reason
    return { authorized, ...(typeof reason === 'string' && reason !== '' ? { reason } : {}) }
  }

  /** GET {base}/ng/api/user/currentUser. A service account's key has no user: Harness answers 400. */
  async currentUser(signal?: AbortSignal): Promise<KeyUser> {
    const data = this.data(await this.http.send({ method: 'GET', url: this.url('/ng/api/user/currentUser'), headers: this.headers(), signal }))
    const uuid = data?.uuid
    if (typeof uuid !== 'string') throw new UnexpectedBodyError("Harness answered the current-user read, but without the user's id (data.uuid)")
    const { email, name } = data as { email?: unknown; name?: unknown }
    return { uuid, ...(typeof email === 'string' ? { email } : {}), ...(typeof name === 'string' ? { name } : {}) }
  }

  private url(path: string): URL {
    const { baseUrl, accountId } = this.target
    const url = new URL(`${baseUrl.pathname.replace(/\/+$/, '')}${path}`, baseUrl.origin)
    url.searchParams.set('accountIdentifier', accountId)
    return url
  }

  private headers(): Record<string, string> {
    return { 'x-api-key': this.target.apiKey, 'Harness-Account': this.target.accountId }
  }

  /** The `data` object of a `{status: SUCCESS, data}` answer, or the cause of a failure. */
  private data(response: HttpResponse): Record<string, unknown> | undefined {
    if (response.status !== 200) throw new HarnessApiError(classifyHarnessFailure(response.status, response.text, { keyKind: keyKindOf(this.target.apiKey) }))
    if (response.truncated) throw new UnexpectedBodyError('Harness answered with a body larger than this client accepts')
    let body: unknown
    try {
      body = JSON.parse(response.text)
    } catch {
      throw new UnexpectedBodyError(`Harness answered ${response.status} with a body that is not JSON`)
    }
    const data = body && typeof body === 'object' ? (body as { data?: unknown }).data : undefined
    return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined
  }
}
