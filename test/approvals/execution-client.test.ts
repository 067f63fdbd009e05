// The execution read and the UI link against a small real server on 127.0.0.1 that answers as the facts
// say Harness's pipeline service does (summary, 404 ENTITY_NOT_FOUND, 403 NG_ACCESS_DENIED, link).
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { ExecutionClient, fallbackExecutionUrl, isTerminalExecutionStatus, TERMINAL_EXECUTION_STATUSES, type ExecutionSummary } from '../../src/approvals/execution-client.js'
import { HarnessApiError, UnexpectedBodyError } from '../../src/harness/errors.js'
import { createHttpClient, type HttpClient } from '../../src/http/transport.js'

interface Seen {
  method: string
  path: string
  query: URLSearchParams
  headers: IncomingMessage['headers']
}

const KEY = 'pat.acc1.tok1.secretsecret'
let answer: (req: Seen) => { status: number; body: string } = () => ({ status: 500, body: '' })
const seen: Seen[] = []
let server: Server
let base: string
let http: HttpClient

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const request = { method: req.method ?? '', path: url.pathname, query: url.searchParams, headers: req.headers }
    seen.push(request)
    req.resume()
    const { status, body } = answer(request)
    res.writeHead(status, { 'content-type': 'application/json' }).end(body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  http = createHttpClient()
})
afterEach(() => {
  seen.length = 0
})
afterAll(async () => {
  await http.close()
  await new Promise((resolve) => server.close(resolve))
})

const summaryJson = {
  pipelineIdentifier: 'deploy_prod',
  name: 'Deploy to production',
  orgIdentifier: 'default',
  projectIdentifier: 'payments',
  planExecutionId: 'execA',
  runSequence: 42,
  status: 'ApprovalWaiting',
  startTs: 1_700_000_000_000,
  modules: ['cd'],
}
const success = (summary: unknown) => ({ status: 200, body: JSON.stringify({ status: 'SUCCESS', data: { pipelineExecutionSummary: summary } }) })
const client = (path = '/gateway', orgId = 'default', projectId = 'payments') =>
  new ExecutionClient(http, { baseUrl: new URL(`${base}${path}`), accountId: 'acc1', orgId, projectId, apiKey: KEY })

describe('ExecutionClient.summary', () => {
  it('reads the summary with the scope in the query and the key only in its header', async () => {
    answer = () => success(summaryJson)
    const summary = await client().summary('execA')
    expect(summary).toEqual({
      pipelineIdentifier: 'deploy_prod',
      name: 'Deploy to production',
      orgIdentifier: 'default',
      projectIdentifier: 'payments',
      planExecutionId: 'execA',
      runSequence: 42,
      status: 'ApprovalWaiting',
      startTs: 1_700_000_000_000,
    })
    expect(seen).toHaveLength(1)
    const req = seen[0]!
    expect(req.method).toBe('GET')
    expect(req.path).toBe('/gateway/pipeline/api/pipelines/execution/v2/execA')
    expect(Object.fromEntries(req.query)).toEqual({ accountIdentifier: 'acc1', orgIdentifier: 'default', projectIdentifier: 'payments' })
    expect(req.headers['x-api-key']).toBe(KEY)
    expect(req.headers['harness-account']).toBe('acc1')
  })

  it('reads the stage graph (layoutNodeMap): STAGE nodes that name themselves, a name falling back to the identifier', async () => {
    const layoutNodeMap = {
      u1: { nodeType: 'Approval', nodeGroup: 'STAGE', nodeIdentifier: 'qa', name: 'QA approval', nodeUuid: 'u1', status: 'Success' },
      u2: { nodeType: 'Approval', nodeGroup: 'STAGE', nodeIdentifier: 'prod', nodeUuid: 'u2', status: 'ApprovalWaiting' },
      u3: { nodeGroup: 'STEP', nodeIdentifier: 'x', status: 'Running' },
      u4: { nodeGroup: 'STAGE', name: 'no identifier', status: 'Running' },
      u5: 'nonsense',
    }
    answer = () => success({ ...summaryJson, layoutNodeMap })
    expect((await client().summary('execA')).stages).toEqual([
      { identifier: 'qa', name: 'QA approval', status: 'Success' },
      { identifier: 'prod', name: 'prod', status: 'ApprovalWaiting' },
    ])
  })

  it('returns what Harness holds, even another project (the newest server looks up by id alone)', async () => {
    answer = () => success({ ...summaryJson, projectIdentifier: 'other_project' })
    const summary = await client().summary('execA')
    expect(summary.projectIdentifier).toBe('other_project')
  })

  it('falls back to the identifier when the pipeline has no name, and leaves absent numbers out', async () => {
    answer = () => success({ ...summaryJson, name: '', runSequence: 'x', startTs: undefined, endTs: 5 })
    const summary = await client().summary('execA')
    expect(summary.name).toBe('deploy_prod')
    expect(summary).not.toHaveProperty('runSequence')
    expect(summary).not.toHaveProperty('startTs')
    expect(summary.endTs).toBe(5)
  })

  it('encodes the execution id into the path', async () => {
    answer = () => success(summaryJson)
    await client().summary('a-b_c')
    expect(seen[0]!.path).toBe('/gateway/pipeline/api/pipelines/execution/v2/a-b_c')
  })

  it('404 ENTITY_NOT_FOUND is an execution that does not exist, naming it and the scope', async () => {
    answer = () => ({
      status: 404,
      body: JSON.stringify({ status: 'ERROR', code: 'ENTITY_NOT_FOUND', message: 'Plan Execution Summary does not exist or has been deleted for planExecutionId: execZ' }),
    })
    const error = await client().summary('execZ').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(HarnessApiError)
    const cause = (error as HarnessApiError).harnessCause
    expect(cause.id).toBe('execution-not-found')
    expect(cause.status).toBe(404)
    expect(cause.explanation).toContain('execZ')
    expect(cause.explanation).toContain('project payments')
    expect(cause.harnessMessage).toContain('does not exist or has been deleted')
    // Older servers look the execution up in the org and project given: a typo there is a likely cause.
    expect(cause.fix).toBe('Check {executionId} (<+pipeline.executionId> in the pipeline), {accountId}, and {orgId}/{projectId} (older Harness servers look the execution up there).')
  })

  it("404 with the gateway's own 'HTTP 404 Not Found' is a wrong base URL, not a missing execution", async () => {
    // What a gateway answers for a path no service owns, e.g. a base URL without /gateway.
    answer = () => ({ status: 404, body: JSON.stringify({ code: 404, message: 'HTTP 404 Not Found' }) })
    const cause = ((await client('').summary('execZ').catch((e: unknown) => e)) as HarnessApiError).harnessCause
    expect(cause.id).toBe('not-found')
    expect(cause.title).toBe('Harness endpoint not found')
    expect(cause.fix).toContain('{baseUrl}')
    expect(cause.harnessMessage).toBe('HTTP 404 Not Found')
  })

  it('403 NG_ACCESS_DENIED names core_pipeline_view and says the scope cannot be checked', async () => {
    answer = () => ({
      status: 403,
      body: JSON.stringify({ status: 'ERROR', code: 'NG_ACCESS_DENIED', message: 'Missing permission core_pipeline_view on pipeline with identifier deploy_prod' }),
    })
    const cause = ((await client().summary('execA').catch((e: unknown) => e)) as HarnessApiError).harnessCause
    expect(cause.id).toBe('forbidden')
    expect(cause.fix).toContain('core_pipeline_view')
    expect(cause.explanation).toContain('cannot be checked')
    expect(cause.harnessMessage).toContain('Missing permission core_pipeline_view')
  })

  it('other failures keep their documented cause', async () => {
    answer = () => ({ status: 401, body: JSON.stringify({ code: 'EXPIRED_TOKEN', message: 'Token expired.' }) })
    expect(((await client().summary('execA').catch((e: unknown) => e)) as HarnessApiError).harnessCause.id).toBe('token-expired')
    answer = () => ({ status: 400, body: JSON.stringify({ status: 'FAILURE', code: 'RESOURCE_NOT_FOUND_EXCEPTION', message: 'HTTP 404 Not Found' }) })
    expect(((await client().summary('execA').catch((e: unknown) => e)) as HarnessApiError).harnessCause.id).toBe('wrong-base-url')
    answer = () => ({ status: 503, body: '<html>down</html>' })
    expect(((await client().summary('execA').catch((e: unknown) => e)) as HarnessApiError).harnessCause.id).toBe('server-error')
  })

  it.each([
    ['not JSON', '<html>login</html>'],
    ['no summary', JSON.stringify({ status: 'SUCCESS', data: {} })],
    ['no status', JSON.stringify({ status: 'SUCCESS', data: { pipelineExecutionSummary: { ...summaryJson, status: undefined } } })],
    ['no project', JSON.stringify({ status: 'SUCCESS', data: { pipelineExecutionSummary: { ...summaryJson, projectIdentifier: 7 } } })],
    ['a list', JSON.stringify({ status: 'SUCCESS', data: { pipelineExecutionSummary: [] } })],
  ])('a 200 with %s is an unexpected body', async (_what, body) => {
    answer = () => ({ status: 200, body })
    await expect(client().summary('execA')).rejects.toBeInstanceOf(UnexpectedBodyError)
  })
})

describe('terminal execution statuses', () => {
  it.each(['Skipped', 'IgnoreFailed', 'Aborted', 'Errored', 'Failed', 'Expired', 'Suspended', 'Success', 'ApprovalRejected', 'AbortedByFreeze', 'PassedWithWarning'])(
    '%s is terminal',
    (status) => {
      expect(isTerminalExecutionStatus(status)).toBe(true)
      expect(isTerminalExecutionStatus(status.toUpperCase())).toBe(true)
    },
  )

  it.each([
    'Running', 'AsyncWaiting', 'TaskWaiting', 'TimedWaiting', 'NotStarted', 'Discontinuing', 'Queued', 'Paused', 'ResourceWaiting',
    'InterventionWaiting', 'ApprovalWaiting', 'WaitStepRunning', 'QueuedLicenseLimitReached', 'QueuedExecutionConcurrencyReached',
    'Pausing', 'InputWaiting', 'UploadWaiting', 'QueuedGlobalInfraCapacityReached', 'QUEUED_PLAN_CREATION', 'SomethingNew',
  ])('%s may still reach an approval step', (status) => {
    expect(isTerminalExecutionStatus(status)).toBe(false)
  })

  it('lists exactly the eleven terminal statuses', () => {
    expect(TERMINAL_EXECUTION_STATUSES).toHaveLength(11)
  })
})

describe('ExecutionClient.uiUrl', () => {
  const summary: ExecutionSummary = { pipelineIdentifier: 'deploy_prod', name: 'Deploy', orgIdentifier: 'default', projectIdentifier: 'payments', planExecutionId: 'execA', status: 'ApprovalWaiting' }
  const link = 'https://vanity.example.com/ng/#/account/acc1/cd/orgs/default/projects/payments/pipelines/deploy_prod/executions/execA/pipeline'

  it("uses Harness's own link, asking with the full scope", async () => {
    answer = () => ({ status: 200, body: JSON.stringify({ status: 'SUCCESS', data: link }) })
    expect(await client().uiUrl(summary)).toBe(link)
    const req = seen[0]!
    expect(req.method).toBe('POST')
    expect(req.path).toBe('/gateway/pipeline/api/pipelines/execution/url')
    expect(Object.fromEntries(req.query)).toEqual({
      accountIdentifier: 'acc1',
      orgIdentifier: 'default',
      projectIdentifier: 'payments',
      pipelineIdentifier: 'deploy_prod',
      planExecutionId: 'execA',
    })
    expect(req.headers['x-api-key']).toBe(KEY)
  })

  it.each([
    ['a failure', { status: 403, body: JSON.stringify({ code: 'NG_ACCESS_DENIED', message: 'no' }) }],
    ['no link', { status: 200, body: JSON.stringify({ status: 'SUCCESS', data: null }) }],
    ['not JSON', { status: 200, body: 'oops' }],
    ['a javascript: link', { status: 200, body: JSON.stringify({ data: 'javascript:alert(1)' }) }],
    ['a link with a line break', { status: 200, body: JSON.stringify({ data: 'https://x.example/a\n::error::forged' }) }],
    ['a link with a workflow command', { status: 200, body: JSON.stringify({ data: 'https://x.example/::error::forged' }) }],
  ])('falls back to a link built from baseUrl on %s', async (_what, reply) => {
    answer = () => reply
    expect(await client().uiUrl(summary)).toBe(`${base}/ng/account/acc1/all/orgs/default/projects/payments/pipelines/deploy_prod/executions/execA/pipeline`)
  })

  it('builds the fallback without a trailing /gateway, keeping a self-managed path', () => {
    const at = (baseUrl: string) => fallbackExecutionUrl({ baseUrl: new URL(baseUrl), accountId: 'acc1' }, summary)
    expect(at('https://app.harness.io/gateway')).toBe('https://app.harness.io/ng/account/acc1/all/orgs/default/projects/payments/pipelines/deploy_prod/executions/execA/pipeline')
    expect(at('https://harness.corp.example/harness')).toBe('https://harness.corp.example/harness/ng/account/acc1/all/orgs/default/projects/payments/pipelines/deploy_prod/executions/execA/pipeline')
    expect(at('https://harness.corp.example')).toBe('https://harness.corp.example/ng/account/acc1/all/orgs/default/projects/payments/pipelines/deploy_prod/executions/execA/pipeline')
  })

  it('a cancellation is not swallowed by the fallback', async () => {
    answer = () => ({ status: 200, body: JSON.stringify({ data: link }) })
    const controller = new AbortController()
    controller.abort()
    await expect(client().uiUrl(summary, controller.signal)).rejects.toBeDefined()
  })
})
