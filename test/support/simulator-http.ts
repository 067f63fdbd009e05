// Raw HTTP calls to the Harness simulator for the tests that pin its own behaviour: the approvals API by
// execution id, the execution API, and any other path, each answer read as status, headers, text and JSON.
import { expect } from 'vitest'
import type { HarnessSimulator } from '../../sim/harness-simulator.js'

export interface Call {
  method?: 'GET' | 'POST' | 'PUT'
  /** `null` sends no key; default: the simulator's default key. */
  key?: string | null
  /** The Harness-Account header; `null` sends none; default: the simulator's account. */
  account?: string | null
  org?: string
  project?: string
  executionId?: string
  query?: Record<string, string>
  /** Sent as JSON unless `rawBody` is given. */
  body?: unknown
  rawBody?: string
  headers?: Record<string, string>
  signal?: AbortSignal
}

export interface Answer {
  status: number
  headers: Headers
  text: string
  json: any
}

/** Sends a request and reads the whole answer; `json` is undefined when the body is not JSON. */
export async function send(url: string, init: RequestInit): Promise<Answer> {
  const res = await fetch(url, init)
  const text = await res.text()
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    json = undefined
  }
  return { status: res.status, headers: res.headers, text, json }
}

/**
 * Calls bound to the simulator the getter returns at call time (tests restart it). Org and project default
 * to the simulator's.
 */
export function simulatorCalls(current: () => HarnessSimulator, defaultExecutionId: string) {
  function approvalsUrl(c: Call = {}): string {
    const sim = current()
    const url = new URL(
      `${sim.baseUrl}/pipeline/api/v1/orgs/${c.org ?? sim.orgId}/projects/${c.project ?? sim.projectId}/approvals/execution/${c.executionId ?? defaultExecutionId}`,
    )
    for (const [k, v] of Object.entries(c.query ?? {})) url.searchParams.set(k, v)
    return url.href
  }

  function headersOf(c: Call, method: string): Record<string, string> {
    const sim = current()
    const headers: Record<string, string> = {}
    if (c.key !== null) headers['x-api-key'] = c.key ?? sim.apiKey
    if (c.account !== null) headers['Harness-Account'] = c.account ?? sim.accountId
    if (method !== 'GET') headers['Content-Type'] = 'application/json'
    return { ...headers, ...c.headers }
  }

  /** The approvals API: GET without a body, POST with one. */
  function call(c: Call = {}): Promise<Answer> {
    const method = c.method ?? (c.body !== undefined || c.rawBody !== undefined ? 'POST' : 'GET')
    return send(approvalsUrl(c), {
      method,
      headers: headersOf(c, method),
      body: c.rawBody ?? (c.body === undefined ? undefined : JSON.stringify(c.body)),
      signal: c.signal,
    })
  }

  const approve = (extra: Omit<Call, 'body'> & { inputs?: unknown; comments?: string } = {}) =>
    call({ ...extra, body: { action: 'APPROVE', comments: extra.comments ?? 'ok', approver_inputs: extra.inputs ?? [] } })

  const reject = (extra: Omit<Call, 'body'> = {}) => call({ ...extra, body: { action: 'REJECT', comments: 'no' } })

  /** GET the execution summary, with the scope in the query as Harness's clients send it. */
  function execution(c: Omit<Call, 'body' | 'rawBody' | 'method'> = {}): Promise<Answer> {
    const sim = current()
    const url = new URL(`${sim.baseUrl}/pipeline/api/pipelines/execution/v2/${c.executionId ?? defaultExecutionId}`)
    const query = { accountIdentifier: sim.accountId, orgIdentifier: c.org ?? sim.orgId, projectIdentifier: c.project ?? sim.projectId, ...c.query }
    for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v)
    return send(url.href, { method: 'GET', headers: headersOf(c, 'GET'), signal: c.signal })
  }

  return { approvalsUrl, call, approve, reject, execution }
}

/** Harness's usual refusal: 400 with an ErrorDTO whose message is `Invalid request: <text>`. */
export function expectInvalidRequest(answer: Answer, text: string) {
  expect(answer.status).toBe(400)
  expect(answer.json).toMatchObject({
    status: 'ERROR',
    code: 'INVALID_REQUEST',
    message: `Invalid request: ${text}`,
    detailedMessage: null,
    responseMessages: [],
    metadata: null,
  })
  expect(answer.json.correlationId).toMatch(/^[0-9a-f-]{36}$/)
}
