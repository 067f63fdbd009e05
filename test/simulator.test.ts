// The Harness simulator is what every other test talks to, so its own behaviour is pinned here, over real
// HTTP: status codes and bodies as Harness documents them, recorded requests, keep-alive, and each fault.
import { spawn } from 'node:child_process'
import { connect } from 'node:net'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  startHarnessSimulator,
  PERMISSION_EXECUTE,
  PERMISSION_VIEW,
  type HarnessSimulator,
  type SimulatorOptions,
} from '../sim/harness-simulator.js'
import { expectInvalidRequest, simulatorCalls } from './support/simulator-http.js'

const EXEC = 'execAAAAAAAAAAAAAAAAAA1'

let sim: HarnessSimulator

async function start(options?: SimulatorOptions) {
  sim = await startHarnessSimulator({ accountId: 'acct123', orgId: 'default', projectId: 'proj', ...options })
  return sim
}

afterEach(async () => {
  await sim?.close()
})

const { approvalsUrl, call, approve } = simulatorCalls(() => sim, EXEC)

describe('addresses and keys', () => {
  it('listens on 127.0.0.1 with a /gateway base and a pat. key for its account', async () => {
    await start()
    expect(sim.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    expect(sim.baseUrl).toBe(`${sim.url}/gateway`)
    expect(sim.apiKey).toMatch(/^pat\.acct123\.[^.]+\.[^.]+$/)
  })
})

describe('GET approval instances', () => {
  beforeEach(async () => {
    await start()
  })

  it('answers a bare array of instances in the documented shape', async () => {
    const inst = sim.addInstance({
      executionId: EXEC,
      callbackId: 'cb1',
      minimumCount: 2,
      approverInputs: [{ name: 'ticket', defaultValue: 'CHG-1', regex: 'CHG-[0-9]+', required: true }],
      disallowedUserEmails: ['nobody@example.com'],
    })
    const answer = await call({ key: null, headers: { 'X-API-KEY': sim.apiKey } })
    expect(answer.status).toBe(200)
    expect(answer.headers.get('content-type')).toMatch(/^application\/json/)
    expect(Array.isArray(answer.json)).toBe(true)
    expect(answer.json).toHaveLength(1)
    expect(answer.json[0]).toEqual({
      id: inst.id,
      type: 'HarnessApproval',
      status: 'WAITING',
      deadline: inst.deadline,
      created: inst.created,
      updated: inst.updated,
      details: {
        approvalMessage: expect.any(String),
        includePipelineExecutionHistory: true,
        autoRejectEnabled: false,
        approvers: {
          userGroups: ['_project_all_users'],
          serviceAccounts: [],
          minimumCount: 2,
          disallowPipelineExecutor: false,
          disallowedUserEmails: ['nobody@example.com'],
        },
        approverInputs: [{ name: 'ticket', defaultValue: 'CHG-1', regex: 'CHG-[0-9]+', required: true }],
        approvalActivities: [],
      },
    })
  })

  it('filters by approval_status, approval_type, callback_id and node_execution_id', async () => {
    const a = sim.addInstance({ executionId: EXEC, callbackId: 'a', nodeExecutionId: 'nodeA' })
    const b = sim.addInstance({ executionId: EXEC, callbackId: 'b', status: 'APPROVED' })
    const j = sim.addInstance({ executionId: EXEC, type: 'JiraApproval', details: { issueKey: 'X-1' } })
    const ids = async (query: Record<string, string>) => (await call({ query })).json.map((i: { id: string }) => i.id)
    expect(await ids({})).toEqual([a.id, b.id, j.id])
    expect(await ids({ approval_status: 'WAITING' })).toEqual([a.id, j.id])
    expect(await ids({ approval_type: 'HarnessApproval' })).toEqual([a.id, b.id])
    expect(await ids({ callback_id: 'b' })).toEqual([b.id])
    expect(await ids({ node_execution_id: 'nodeA' })).toEqual([a.id])
    expect(await ids({ approval_status: 'WAITING', approval_type: 'HarnessApproval' })).toEqual([a.id])
    const jira = (await call({ query: { approval_type: 'JiraApproval' } })).json[0]
    expect(jira.details).toEqual({ issueKey: 'X-1' })
  })

  it('answers [] for a known execution with nothing yet', async () => {
    sim.addExecution({ executionId: EXEC })
    const answer = await call()
    expect(answer.status).toBe(200)
    expect(answer.json).toEqual([])
  })

  it('hides an appearAfterReads instance from the first k reads, and from POSTs meanwhile', async () => {
    const inst = sim.addInstance({ executionId: EXEC, appearAfterReads: 2 })
    expect((await call()).json).toEqual([])
    expectInvalidRequest(
      await approve(),
      `Found no Harness Approval Instance waiting for pipeline execution id: ${EXEC} and callback id: null`,
    )
    expect((await call()).json).toEqual([])
    expect((await call()).json.map((i: { id: string }) => i.id)).toEqual([inst.id])
    expect((await approve()).json.status).toBe('APPROVED')
  })

  it('can spell the error field errorMessage, as an older build did', async () => {
    await sim.close()
    await start({ errorField: 'errorMessage' })
    sim.addInstance({ executionId: EXEC, errorMessage: 'boom' })
    const [inst] = (await call()).json
    expect(inst.errorMessage).toBe('boom')
    expect(inst).not.toHaveProperty('error_message')
  })
})

describe('authentication, scope and permissions', () => {
  beforeEach(async () => {
    await start()
    sim.addInstance({ executionId: EXEC })
  })

  it('401 INVALID_TOKEN without a key or with an unknown one', async () => {
    for (const key of [null, 'pat.acct123.nope.nope']) {
      for (const method of ['GET', 'POST'] as const) {
        const answer = await call({ key, method, body: method === 'POST' ? { action: 'APPROVE' } : undefined })
        expect(answer.status).toBe(401)
        expect(answer.json).toMatchObject({ status: 'ERROR', code: 'INVALID_TOKEN' })
      }
    }
  })

  it('401 EXPIRED_TOKEN for an expired key', async () => {
    const { key } = sim.addKey({ user: { name: 'Old', email: 'old@example.com' }, expired: true })
    const answer = await call({ key })
    expect(answer.status).toBe(401)
    expect(answer.json).toMatchObject({ status: 'ERROR', code: 'EXPIRED_TOKEN' })
  })

  it('400 when the Harness-Account header is missing', async () => {
    expectInvalidRequest(await call({ account: null }), 'harnessAccount param value is required')
    expectInvalidRequest(await approve({ account: null }), 'harnessAccount param value is required')
  })

  it("400 doesn't-belong for a wrong account, org, project or execution (older server)", async () => {
    sim.mode = 'older'
    const belongs = (a: string, o: string, p: string) =>
      `execution_id param value provided doesn't belong to Account: ${a}, Org: ${o}, Project: ${p} or the pipeline has been deleted`
    expectInvalidRequest(await call({ account: 'other' }), belongs('other', 'default', 'proj'))
    expectInvalidRequest(await call({ org: 'o2' }), belongs('acct123', 'o2', 'proj'))
    expectInvalidRequest(await call({ project: 'p2' }), belongs('acct123', 'default', 'p2'))
    expectInvalidRequest(await call({ executionId: 'unknown' }), belongs('acct123', 'default', 'proj'))
    expectInvalidRequest(await approve({ executionId: 'unknown' }), belongs('acct123', 'default', 'proj'))
    // A key of another account, even with that account in the header, cannot see this execution.
    const { key } = sim.addKey({ key: 'pat.acct999.tok.secret', user: { name: 'X', email: 'x@example.com' } })
    expectInvalidRequest(await call({ key, account: 'acct999' }), belongs('acct999', 'default', 'proj'))
    expectInvalidRequest(await call({ key }), belongs('acct123', 'default', 'proj'))
  })

  it('403 NG_ACCESS_DENIED naming the missing permission', async () => {
    const viewOnly = sim.addKey({ user: sim.defaultUser, permissions: [PERMISSION_VIEW] })
    const executeOnly = sim.addKey({ user: sim.defaultUser, permissions: [PERMISSION_EXECUTE] })

    const post = await approve({ key: viewOnly.key })
    expect(post.status).toBe(403)
    expect(post.json).toMatchObject({ status: 'ERROR', code: 'NG_ACCESS_DENIED' })
    expect(post.json.message).toContain('core_pipeline_execute')
    expect((await call({ key: viewOnly.key })).status).toBe(200)

    const get = await call({ key: executeOnly.key })
    expect(get.status).toBe(403)
    expect(get.json).toMatchObject({ code: 'NG_ACCESS_DENIED' })
    expect(get.json.message).toContain('core_pipeline_view')
    expect(sim.instances(EXEC)[0]?.status).toBe('WAITING')
  })
})

describe('POST a decision', () => {
  beforeEach(async () => {
    await start()
  })

  it('APPROVE releases a single-approver step and answers the bare instance', async () => {
    const inst = sim.addInstance({ executionId: EXEC })
    const answer = await approve({ comments: 'ship it' })
    expect(answer.status).toBe(200)
    expect(answer.json).toMatchObject({ id: inst.id, type: 'HarnessApproval', status: 'APPROVED' })
    expect(answer.json.details.approvalActivities).toEqual([
      { user: sim.defaultUser, action: 'APPROVE', approverInputs: [], comments: 'ship it', approvedAt: expect.any(Number) },
    ])
    expect(sim.instance(inst.id)?.status).toBe('APPROVED')
    expect(sim.instance(inst.id)?.approvalActivities).toHaveLength(1)
    expect(sim.stats.decisionsApplied).toBe(1)
  })

  it('REJECT rejects', async () => {
    const inst = sim.addInstance({ executionId: EXEC, minimumCount: 3 })
    const answer = await call({ body: { action: 'REJECT', comments: 'no' } })
    expect(answer.status).toBe(200)
    expect(answer.json.status).toBe('REJECTED')
    expect(sim.instance(inst.id)?.approvalActivities[0]).toMatchObject({ action: 'REJECT', comments: 'no' })
  })

  it('with minimumCount 2: the first approval stays WAITING, the same user cannot approve twice, a second approver releases', async () => {
    const second = sim.addKey({ user: { name: 'Second', email: 'second@example.com' } })
    const inst = sim.addInstance({ executionId: EXEC, minimumCount: 2, approvers: [sim.defaultUser.name, 'second@example.com'] })

    const first = await approve()
    expect(first.status).toBe(200)
    expect(first.json.status).toBe('WAITING')

    expectInvalidRequest(await approve(), 'You have already approved/rejected the pipeline')

    const last = await approve({ key: second.key })
    expect(last.json.status).toBe('APPROVED')
    expect(sim.instance(inst.id)?.approvalActivities.map((a) => a.user.name)).toEqual([sim.defaultUser.name, 'Second'])
  })

  it('refuses a user who is not an approver, the pipeline executor when disallowed, and disallowed emails', async () => {
    const stranger = sim.addKey({ user: { name: 'Stranger', email: 'stranger@example.com' } })
    sim.addInstance({ executionId: EXEC })
    expectInvalidRequest(await approve({ key: stranger.key }), 'User not authorized to approve/reject')

    sim.reset()
    sim.addInstance({ executionId: EXEC, disallowPipelineExecutor: true, pipelineExecutor: sim.defaultUser.email })
    expectInvalidRequest(await approve(), 'Pipeline executor is not allowed to approve/reject')

    sim.reset()
    sim.addInstance({ executionId: EXEC, approvers: '*', disallowedUserEmails: [sim.defaultUser.email] })
    const answer = await approve()
    expect(answer.status).toBe(400)
    expect(answer.json.message).toContain('are on the disallowed user list')
    expect(sim.stats.decisionsApplied).toBe(0)
  })

  it('an older build says only "User not authorized" and checks input names only', async () => {
    await sim.close()
    await start({ olderBuild: true })
    sim.addInstance({ executionId: EXEC, disallowPipelineExecutor: true, pipelineExecutor: sim.defaultUser.name })
    expectInvalidRequest(await approve(), 'User not authorized to approve/reject')

    sim.reset()
    sim.addInstance({ executionId: EXEC, approverInputs: [{ name: 'n', regex: '[0-9]+' }] })
    const answer = await approve({ inputs: [{ name: 'n', value: 'abc' }] })
    expect(answer.status).toBe(200)
    expect(answer.json).not.toHaveProperty('error_message')
  })

  it('answers a non-JSON body in the other error shape, and refuses a non-JSON content type', async () => {
    sim.addInstance({ executionId: EXEC })
    const broken = await call({ method: 'POST', rawBody: '{"action": APPROVE' })
    expect(broken.status).toBe(400)
    expect(broken.json).toEqual({ code: 400, message: expect.any(String) })
    expect(sim.requests.at(-1)?.body).toBe('{"action": APPROVE')

    const text = await call({ method: 'POST', body: { action: 'APPROVE' }, headers: { 'Content-Type': 'text/plain' } })
    expect(text.status).toBe(415)
    expect(sim.stats.decisionsApplied).toBe(0)
  })

  it('refuses an unknown action', async () => {
    sim.addInstance({ executionId: EXEC })
    for (const body of [{ action: 'approve' }, { action: 'MAYBE' }, {}]) {
      expectInvalidRequest(await call({ body }), 'action in request body should be one of [APPROVE, REJECT]')
    }
  })

  it('finds no waiting instance, or more than one; callback_id narrows', async () => {
    sim.addExecution({ executionId: EXEC })
    const none = `Found no Harness Approval Instance waiting for pipeline execution id: ${EXEC} and callback id:`
    expectInvalidRequest(await approve(), `${none} null`)

    const a = sim.addInstance({ executionId: EXEC, callbackId: 'a' })
    sim.addInstance({ executionId: EXEC, callbackId: 'b' })
    sim.addInstance({ executionId: EXEC, callbackId: 'c', status: 'APPROVED' })
    sim.addInstance({ executionId: EXEC, type: 'JiraApproval' })
    expectInvalidRequest(
      await approve(),
      `Found more than 1 Harness Approval Instance waiting for pipeline execution id: ${EXEC} and callback id: null`,
    )
    expectInvalidRequest(await approve({ query: { callback_id: 'zzz' } }), `${none} zzz`)
    expectInvalidRequest(await approve({ query: { callback_id: 'c' } }), `${none} c`)

    const ok = await approve({ query: { callback_id: 'a' } })
    expect(ok.json).toMatchObject({ id: a.id, status: 'APPROVED' })
  })

  it('an instance past its deadline still reads WAITING, but a POST answers "already expired" until the expiry job runs', async () => {
    const inst = sim.addInstance({ executionId: EXEC, deadline: Date.now() - 1000 })
    const [read] = (await call()).json
    expect(read).toMatchObject({ id: inst.id, status: 'WAITING', deadline: inst.deadline })
    expectInvalidRequest(await approve(), 'Unable to add Harness Approval Activity : Harness approval instance has already expired')
    expect(sim.stats.decisionsApplied).toBe(0)

    expect(sim.runExpiryJob().map((i) => i.id)).toEqual([inst.id])
    expect((await call()).json[0].status).toBe('EXPIRED')
    expect(sim.executionStatus(EXEC)).toBe('Expired')
    expectInvalidRequest(
      await approve(),
      `Found no Harness Approval Instance waiting for pipeline execution id: ${EXEC} and callback id: null`,
    )
  })
})

describe('approver inputs', () => {
  beforeEach(async () => {
    await start()
  })
  const invalid = 'Unable to add Harness Approval Activity : Invalid approver inputs'

  it('needs exactly the configured names; defaults are not filled in', async () => {
    const inst = sim.addInstance({
      executionId: EXEC,
      approverInputs: [
        { name: 'ticket', defaultValue: 'CHG-1' },
        { name: 'env', defaultValue: 'prod' },
      ],
    })
    expectInvalidRequest(await approve(), invalid)
    expectInvalidRequest(await approve({ inputs: [{ name: 'ticket', value: 'CHG-2' }] }), invalid)
    expectInvalidRequest(
      await approve({ inputs: [{ name: 'ticket', value: 'x' }, { name: 'env', value: 'y' }, { name: 'extra', value: 'z' }] }),
      invalid,
    )
    expectInvalidRequest(
      await approve({ inputs: [{ name: 'ticket', value: 'x' }, { name: 'ticket', value: 'y' }] }),
      invalid,
    )
    expect(sim.instance(inst.id)?.approvalActivities).toEqual([])

    const sent = [
      { name: 'env', value: 'stage' },
      { name: 'ticket', value: 'CHG-2' },
    ]
    const ok = await approve({ inputs: sent })
    expect(ok.json.status).toBe('APPROVED')
    expect(sim.instance(inst.id)?.approvalActivities[0]?.approverInputs).toEqual(sent)
  })

  it('refuses inputs sent to a step that has none', async () => {
    sim.addInstance({ executionId: EXEC })
    expectInvalidRequest(await approve({ inputs: [{ name: 'x', value: '1' }] }), invalid)
  })

  it('reads only approver_inputs: the camelCase spelling is ignored and so fails', async () => {
    sim.addInstance({ executionId: EXEC, approverInputs: [{ name: 'ticket', defaultValue: 'CHG-1' }] })
    const answer = await call({ body: { action: 'APPROVE', approverInputs: [{ name: 'ticket', value: 'CHG-1' }] } })
    expectInvalidRequest(answer, invalid)
  })

  it('checks values: required, full-match regex, allowedValues, selectOneFrom', async () => {
    sim.addInstance({
      executionId: EXEC,
      approverInputs: [
        { name: 'reason', required: true },
        { name: 'ticket', regex: 'CHG-[0-9]+' },
        { name: 'regions', allowedValues: ['eu', 'us', 'ap'] },
        { name: 'tier', selectOneFrom: ['gold', 'silver'] },
      ],
    })
    const send = (reason: string, ticket: string, regions: string, tier: string) =>
      approve({
        inputs: [
          { name: 'reason', value: reason },
          { name: 'ticket', value: ticket },
          { name: 'regions', value: regions },
          { name: 'tier', value: tier },
        ],
      })

    const bad = await send('', 'xCHG-1', 'eu,mars', 'gold,silver')
    expectInvalidRequest(
      bad,
      'Unable to add Harness Approval Activity : Approval inputs validation failed: {reason=Value was required but not provided, ' +
        'ticket=xCHG-1 does not match the regex pattern CHG-[0-9]+, regions=eu,mars is not among allowed values, tier=gold,silver is not among allowed values}',
    )
    // A regex must match the whole value, not a part of it.
    expect((await send('r', 'CHG-12x', 'eu', 'gold')).json.message).toContain('{ticket=')
    expect((await send('r', 'CHG-1', 'eu, us', 'bronze')).json.message).toContain('{tier=')
    expect(sim.stats.decisionsApplied).toBe(0)

    const ok = await send('because', 'CHG-12', 'eu,us', 'silver')
    expect(ok.status).toBe(200)
    expect(ok.json.status).toBe('APPROVED')
  })

  it('are not checked on REJECT', async () => {
    sim.addInstance({ executionId: EXEC, approverInputs: [{ name: 'reason', required: true }] })
    const answer = await call({ body: { action: 'REJECT', comments: 'no' } })
    expect(answer.json.status).toBe('REJECTED')
  })
})

describe('recorded requests and stats', () => {
  it('records method, path, query, lower-cased headers, parsed body and time; posts() and gets() filter', async () => {
    await start()
    sim.addInstance({ executionId: EXEC })
    sim.addInstance({ executionId: 'other', callbackId: 'x' })
    const before = Date.now()
    await call()
    await approve({ query: { callback_id: 'nope' }, comments: 'c1' })
    await approve({ executionId: 'other', comments: 'c2' })

    expect(sim.requests).toHaveLength(3)
    const post = sim.requests[1]!
    expect(post).toMatchObject({
      method: 'POST',
      path: `/gateway/pipeline/api/v1/orgs/default/projects/proj/approvals/execution/${EXEC}`,
      query: { callback_id: 'nope' },
      body: { action: 'APPROVE', comments: 'c1', approver_inputs: [] },
      status: 400,
    })
    expect(post.headers['x-api-key']).toBe(sim.apiKey)
    expect(post.headers['harness-account']).toBe('acct123')
    expect(post.headers['content-type']).toBe('application/json')
    expect(post.at).toBeGreaterThanOrEqual(before)

    expect(sim.posts().map((r) => (r.body as { comments: string }).comments)).toEqual(['c1', 'c2'])
    expect(sim.posts(EXEC)).toHaveLength(1)
    expect(sim.gets(EXEC)).toHaveLength(1)
    expect(sim.gets('other')).toHaveLength(0)
    expect(sim.stats.requests).toBe(3)
  })

  it('keeps connections alive and counts them', async () => {
    await start()
    sim.addInstance({ executionId: EXEC })
    // Two requests written one after the other on one raw socket are both answered on it.
    const socket = connect(Number(new URL(sim.url).port), '127.0.0.1')
    const path = new URL(approvalsUrl()).pathname
    const head = `GET ${path} HTTP/1.1\r\nHost: x\r\nX-Api-Key: ${sim.apiKey}\r\nHarness-Account: acct123\r\n\r\n`
    let received = ''
    socket.on('data', (d) => (received += d))
    socket.write(head)
    await vi.waitFor(() => expect(received.match(/HTTP\/1\.1 200/g)).toHaveLength(1))
    socket.write(head)
    await vi.waitFor(() => expect(received.match(/HTTP\/1\.1 200/g)).toHaveLength(2))
    expect(received).toContain('Keep-Alive: timeout=5')
    expect(sim.stats).toMatchObject({ requests: 2, connections: 1, openConnections: 1 })
    socket.destroy()
    await vi.waitFor(() => expect(sim.stats.openConnections).toBe(0))

    // fetch reuses its pooled connection for sequential requests (given a turn of the event loop
    // to put the socket back in its pool).
    sim.reset()
    sim.addInstance({ executionId: EXEC })
    for (let i = 0; i < 5; i++) {
      expect((await call()).status).toBe(200)
      await new Promise((r) => setImmediate(r))
    }
    expect(sim.stats.connections).toBe(1)
    // Concurrent requests need more connections; a dropped one has to be replaced.
    await Promise.all([call(), call(), call()])
    const afterConcurrent = sim.stats.connections
    expect(afterConcurrent).toBeGreaterThan(1)
    sim.fault({ on: 'GET', kind: 'reset', times: 1 })
    await expect(call()).rejects.toThrow()
    await vi.waitFor(() => expect(sim.stats.openConnections).toBe(afterConcurrent - 1))
  })

  it('reset() forgets state but keeps keys', async () => {
    await start()
    sim.addInstance({ executionId: EXEC })
    sim.fault({ on: 'GET', kind: 'rate-limit', times: 5 })
    await call()
    sim.reset()
    expect(sim.requests).toEqual([])
    expect(sim.stats).toMatchObject({ requests: 0, rateLimited: 0, faults: 0, decisionsApplied: 0 })
    expect(sim.instances()).toEqual([])
    expect(sim.pendingFaults).toEqual([])
    sim.addInstance({ executionId: EXEC })
    expect((await call()).status).toBe(200)
  })

  it('setLatency delays every answer', async () => {
    await start()
    sim.addInstance({ executionId: EXEC })
    sim.setLatency(120)
    const t0 = performance.now()
    expect((await call()).status).toBe(200)
    expect(performance.now() - t0).toBeGreaterThanOrEqual(110)
  })
})

describe('rate limit', () => {
  it('answers 429 without Retry-After beyond the limit per key, and counts them', async () => {
    await start()
    sim.addInstance({ executionId: EXEC })
    const other = sim.addKey({ user: { name: 'O', email: 'o@example.com' } })
    sim.setRateLimit({ perMinute: 2, windowMs: 300 })

    expect((await call()).status).toBe(200)
    expect((await call()).status).toBe(200)
    const limited = await call()
    expect(limited.status).toBe(429)
    expect(limited.headers.get('retry-after')).toBeNull()
    expect((await call({ key: other.key })).status).toBe(200)
    expect(sim.stats.rateLimited).toBe(1)

    await new Promise((r) => setTimeout(r, 350))
    expect((await call()).status).toBe(200)

    sim.setRateLimit(null)
    for (let i = 0; i < 4; i++) expect((await call()).status).toBe(200)
  })
})

describe('faults', () => {
  beforeEach(async () => {
    await start()
  })

  it('apply-then-reset: applies the decision, then drops the connection', async () => {
    const inst = sim.addInstance({ executionId: EXEC })
    sim.fault({ on: 'POST', kind: 'apply-then-reset' })
    await expect(approve()).rejects.toThrow()
    expect(sim.instance(inst.id)?.status).toBe('APPROVED')
    expect(sim.posts()).toHaveLength(1)
    expect(sim.posts()[0]).toMatchObject({ fault: 'apply-then-reset', status: undefined })
    expect(sim.stats.faults).toBe(1)
    // The fault is used up: the next POST is answered (and refused, the step being done).
    expect((await approve()).status).toBe(400)
  })

  it('apply-then-502: applies, then answers 502 with an HTML page', async () => {
    const inst = sim.addInstance({ executionId: EXEC })
    sim.fault({ on: 'POST', kind: 'apply-then-502' })
    const answer = await approve()
    expect(answer.status).toBe(502)
    expect(answer.headers.get('content-type')).toMatch(/text\/html/)
    expect(answer.text).toMatch(/^<html>/)
    expect(sim.instance(inst.id)?.status).toBe('APPROVED')
  })

  it('apply-then-hang: applies and never answers; close() still returns', async () => {
    const inst = sim.addInstance({ executionId: EXEC })
    sim.fault({ on: 'POST', kind: 'apply-then-hang' })
    await expect(approve({ signal: AbortSignal.timeout(300) })).rejects.toThrow()
    expect(sim.instance(inst.id)?.status).toBe('APPROVED')

    // A second hung request still open at close time must not keep close() waiting.
    sim.reset()
    sim.addInstance({ executionId: EXEC })
    sim.fault({ on: 'POST', kind: 'apply-then-hang' })
    const pending = approve().catch((e: unknown) => e)
    await new Promise((r) => setTimeout(r, 100))
    const t0 = performance.now()
    await sim.close()
    expect(performance.now() - t0).toBeLessThan(1000)
    expect(await pending).toBeInstanceOf(Error)
  })

  it('apply-then-trickle: applies, then sends the answer a byte at a time (endless: spaces after it, for ever)', async () => {
    const inst = sim.addInstance({ executionId: EXEC })
    sim.fault({ on: 'POST', kind: 'apply-then-trickle', trickleMs: 1 })
    const answer = await approve()
    expect(answer.status).toBe(200)
    expect(JSON.parse(answer.text)).toMatchObject({ id: inst.id })
    expect(sim.instance(inst.id)?.status).toBe('APPROVED')

    sim.reset()
    sim.addInstance({ executionId: EXEC })
    sim.fault({ on: 'POST', kind: 'apply-then-trickle', trickleMs: 5, endless: true })
    await expect(approve({ signal: AbortSignal.timeout(500) })).rejects.toThrow()
  })

  it('no-apply-503: answers 503 without applying', async () => {
    const inst = sim.addInstance({ executionId: EXEC })
    sim.fault({ on: 'POST', kind: 'no-apply-503' })
    expect((await approve()).status).toBe(503)
    expect(sim.instance(inst.id)?.status).toBe('WAITING')
    expect((await approve()).json.status).toBe('APPROVED')
  })

  it('rate-limit: answers 429 `times` times, then lets requests through', async () => {
    sim.addInstance({ executionId: EXEC })
    sim.fault({ on: 'GET', kind: 'rate-limit', times: 2 })
    const first = await call()
    expect(first.status).toBe(429)
    expect(first.headers.get('retry-after')).toBeNull()
    expect((await call()).status).toBe(429)
    expect((await call()).status).toBe(200)
    expect(sim.stats.rateLimited).toBe(2)
    expect(sim.requests.map((r) => r.status)).toEqual([429, 429, 200])
  })

  it('finish-before-post: the step is approved by someone else first', async () => {
    const inst = sim.addInstance({ executionId: EXEC })
    sim.fault({ on: 'POST', kind: 'finish-before-post' })
    expectInvalidRequest(
      await approve(),
      'Unable to add Harness Approval Activity : Harness approval instance has already completed. Status: APPROVED',
    )
    expect(sim.instance(inst.id)?.approvalActivities.map((a) => a.user.name)).toEqual(['Another Approver'])
  })

  it('finish-before-post: or expires first', async () => {
    const inst = sim.addInstance({ executionId: EXEC })
    sim.fault({ on: 'POST', kind: 'finish-before-post', finishAs: 'EXPIRED' })
    expectInvalidRequest(await approve(), 'Unable to add Harness Approval Activity : Harness approval instance has already expired')
    expect(sim.instance(inst.id)?.status).toBe('EXPIRED')
  })

  it('html: answers an HTML page with 200 by default, or the given status', async () => {
    sim.addInstance({ executionId: EXEC })
    sim.fault({ on: 'GET', kind: 'html' })
    sim.fault({ on: 'POST', kind: 'html', status: 504 })
    const page = await call()
    expect(page.status).toBe(200)
    expect(page.text).toMatch(/^<html>/)
    const gateway = await approve()
    expect(gateway.status).toBe(504)
    expect(gateway.text).toContain('<html>')
    expect(sim.stats.decisionsApplied).toBe(0)
  })

  it('reset: drops the connection without applying', async () => {
    const inst = sim.addInstance({ executionId: EXEC })
    sim.fault({ on: 'POST', kind: 'reset' })
    await expect(approve()).rejects.toThrow()
    expect(sim.instance(inst.id)?.status).toBe('WAITING')
    expect(sim.posts()).toHaveLength(1)
  })

  it('are consumed in order by the requests they match only', async () => {
    sim.addInstance({ executionId: EXEC })
    sim.fault({ on: 'POST', kind: 'no-apply-503' })
    sim.fault({ on: 'GET', kind: 'html', status: 502 })
    sim.fault({ on: 'POST', kind: 'rate-limit' })
    sim.fault({ on: 'ANY', kind: 'html', status: 500, pathIncludes: '/nowhere' })
    expect((await call()).status).toBe(502)
    expect((await approve()).status).toBe(503)
    expect((await approve()).status).toBe(429)
    expect((await call()).status).toBe(200)
    expect(sim.pendingFaults).toHaveLength(1)
    expect(() => sim.fault({ on: 'GET', kind: 'nonsense' as never })).toThrow(/unknown fault/)
  })
})

describe('extension routes', () => {
  it('lets another module add routes with path parameters; unknown paths get 404', async () => {
    await start({
      extensions: [
        (s) =>
          s.addRoute('PUT', '/gateway/sto/api/v2/exemptions/:id/:verb', (ctx) => ({
            status: 200,
            body: { id: ctx.params.id, verb: ctx.params.verb, q: ctx.query.accountId, body: ctx.body, known: !!s.findKey(ctx.headers['x-api-key']) },
          })),
      ],
    })
    let hooked = 0
    sim.onReset(() => hooked++)
    const res = await fetch(`${sim.baseUrl}/sto/api/v2/exemptions/abc/approve?accountId=acct123`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', 'X-Api-Key': sim.apiKey },
      body: JSON.stringify({ approverId: 'u1' }),
    })
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ id: 'abc', verb: 'approve', q: 'acct123', body: { approverId: 'u1' }, known: true })
    expect(sim.requests[0]).toMatchObject({ method: 'PUT', body: { approverId: 'u1' } })

    expect((await fetch(`${sim.baseUrl}/nowhere`)).status).toBe(404)
    expect((await fetch(`${sim.baseUrl}/sto/api/v2/exemptions/abc/approve`)).status).toBe(405)
    sim.reset()
    expect(hooked).toBe(1)
  })
})

describe('standalone', () => {
  it('`node sim/harness-simulator.js` prints one JSON line, serves a waiting execution, and stops on SIGTERM', async () => {
    // Satisfies afterEach; the child runs its own simulator.
    await start()
    const script = fileURLToPath(new URL('../sim/harness-simulator.js', import.meta.url))
    const child = spawn(process.execPath, [script], { stdio: ['ignore', 'pipe', 'inherit'] })
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
    try {
      const line = await new Promise<string>((resolve, reject) => {
        createInterface({ input: child.stdout }).once('line', resolve)
        child.once('exit', () => reject(new Error('simulator exited early')))
      })
      const info = JSON.parse(line)
      expect(info).toMatchObject({ accountId: 'acct123', orgId: 'default', projectId: 'proj' })
      expect(info.baseUrl).toBe(`${info.url}/gateway`)
      const res = await fetch(
        `${info.baseUrl}/pipeline/api/v1/orgs/default/projects/proj/approvals/execution/${info.executionId}`,
        { headers: { 'x-api-key': info.apiKey, 'Harness-Account': info.accountId } },
      )
      expect(res.status).toBe(200)
      const [inst] = (await res.json()) as Array<Record<string, unknown>>
      expect(inst).toMatchObject({ id: info.instanceId, status: 'WAITING' })
    } finally {
      child.kill('SIGTERM')
    }
    expect(await exited).toBe(0)
  })
})
