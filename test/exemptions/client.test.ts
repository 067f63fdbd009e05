// The STO client and the CLI's exemption commands against the simulator over real HTTP on 127.0.0.1:
// paging, the client-side status filter, create/update bodies, and every documented failure (401, 403,
// 404, 429, 5xx, HTML from a proxy) turned into a cause a person can act on.
import { describe, expect, it } from 'vitest'
import { STO_PERMISSION_VIEW } from '../../sim/sto-simulator.js'
import { HarnessApiError } from '../../src/harness/errors.js'
import { SettingsError } from '../../src/settings/problems.js'
import { classifyStoFailure, stoMessage } from '../../src/exemptions/causes.js'
import { createExemption, getExemption, listExemptions, renderTable, updateExemption } from '../../src/exemptions/commands.js'
import { useStoSimulator } from '../support/servers.js'

const ACCOUNT = 'acctSTO000000000000001'
const ISSUE = 'issue00000000000000001'
const MISSING = 'missing000000000000001'

const servers = useStoSimulator(ACCOUNT)
const { client, deps } = servers

async function apiError(promise: Promise<unknown>): Promise<HarnessApiError> {
  try {
    await promise
  } catch (error) {
    expect(error).toBeInstanceOf(HarnessApiError)
    return error as HarnessApiError
  }
  throw new Error('expected a HarnessApiError')
}

describe('ExemptionsClient', () => {
  it('reads every page, in order, with the scope and paging in the query', async () => {
    const ids = Array.from({ length: 23 }, (_, i) => servers.sto.addExemption({ status: i % 3 === 0 ? 'Pending' : 'Approved' }).id)
    servers.sto.addExemption({ orgId: 'other' })
    const all = await client().listAll({ orgId: 'default', projectId: 'proj' }, 10)
    expect(all.map((e) => e.id)).toEqual(ids)
    const lists = servers.sto.requests().filter((r) => r.method === 'GET')
    expect(lists.map((r) => r.query)).toEqual([0, 1, 2].map((page) => ({ accountId: ACCOUNT, orgId: 'default', projectId: 'proj', page: String(page), pageSize: '10' })))
    expect(lists.every((r) => r.headers['x-api-key'] === servers.sim.apiKey)).toBe(true)
  })

  it('keeps an exemption seen on two pages once, and stops on an empty page', async () => {
    const ids = Array.from({ length: 4 }, () => servers.sto.addExemption({}).id)
    const c = client()
    // An exemption created or deleted between two reads shifts the pages: the same one shows up twice.
    const all = await c.listAll({}, 2, undefined, async (read, page) => {
      const answer = await read()
      return page === 1 ? { ...answer, results: [{ id: ids[1]!, status: 'Pending' }, ...answer.results] } : answer
    })
    expect(all.map((e) => e.id)).toEqual(ids)
    expect(await c.listAll({ orgId: 'nobody' }, 5)).toEqual([])
    const stale = await c.listAll({}, 2, undefined, async (read, page) => {
      const answer = await read()
      // totalPages claims more than there is: the empty page ends the listing.
      return { ...answer, pagination: { ...answer.pagination, totalPages: 99 }, results: page < 2 ? answer.results : [] }
    })
    expect(stale.map((e) => e.id)).toEqual(ids)
  })

  it('finds one by id: account-wide without a scope, in the scope when given', async () => {
    const e = servers.sto.addExemption({ type: 'False Positive', reason: 'scanner mistake', pendingChanges: { durationDays: 7 } })
    const found = await client().find(e.id, {})
    expect(found).toMatchObject({ id: e.id, status: 'Pending', type: 'False Positive', reason: 'scanner mistake', pendingChanges: { durationDays: 7 }, orgId: 'default', projectId: 'proj', canReApprove: false })
    expect(servers.sto.requests().at(-1)?.query).toEqual({ accountId: ACCOUNT })
    expect(await client().find(e.id, { orgId: 'default', projectId: 'proj' })).toMatchObject({ id: e.id })
    expect(servers.sto.requests().at(-1)?.query).toEqual({ accountId: ACCOUNT, orgId: 'default', projectId: 'proj' })
  })

  it("reads the key's own user with x-api-key, Harness-Account and accountIdentifier", async () => {
    const user = await client().currentUser()
    expect(user).toEqual({ uuid: servers.sto.userIdOf(servers.sim.apiKey), email: servers.sim.defaultUser.email, name: servers.sim.defaultUser.name })
    const request = servers.sim.requests.at(-1)!
    expect(request.path).toBe('/gateway/ng/api/user/currentUser')
    expect(request.query).toEqual({ accountIdentifier: ACCOUNT })
    expect(request.headers['x-api-key']).toBe(servers.sim.apiKey)
    expect(request.headers['harness-account']).toBe(ACCOUNT)
  })

  it('401 for an unknown key', async () => {
    const error = await apiError(client('pat.nobody.x.y').find(MISSING, {}))
    expect(error.harnessCause).toMatchObject({ id: 'bad-key', status: 401, title: 'Harness API key refused', harnessMessage: 'Unauthorized: invalid or expired token' })
  })

  it('403 for a key without the permission, naming the permission to grant', async () => {
    const viewer = servers.sim.addKey({ permissions: [STO_PERMISSION_VIEW] })
    const e = servers.sto.addExemption({})
    const error = await apiError(client(viewer.key).decide(e.id, 'approve', { orgId: 'default', projectId: 'proj' }, { approverId: servers.sto.userIdOf(viewer.key) }))
    expect(error.harnessCause.id).toBe('forbidden')
    expect(error.harnessCause.status).toBe(403)
    expect(error.harnessCause.fix).toContain('sto_exemption_approve')
    expect(error.harnessCause.explanation).toContain(`approve the exemption in account ${ACCOUNT}, org default, project proj`)
    expect(error.harnessCause.harnessMessage).toBe('Forbidden: principal does not have permission sto_exemption_approve')
    expect(servers.sto.exemption(e.id)?.status).toBe('Pending')
  })

  it('404: not found in this scope', async () => {
    const error = await apiError(client().find(MISSING, {}))
    expect(error.harnessCause).toMatchObject({ id: 'not-found', status: 404, title: 'Exemption not found in this scope' })
    expect(error.harnessCause.explanation).toContain(`exemption ${MISSING} in account ${ACCOUNT}`)
    expect(error.harnessCause.harnessMessage).toBe(`Not Found: exemption ${MISSING} not found`)
  })

  it('429 and 5xx in STO shape', async () => {
    servers.sto.failNext({ status: 429, message: 'rate limit exceeded' })
    expect((await apiError(client().find(MISSING, {}))).harnessCause).toMatchObject({ id: 'rate-limited', status: 429, harnessMessage: 'rate limit exceeded' })
    servers.sto.failNext({ status: 500 })
    expect((await apiError(client().find(MISSING, {}))).harnessCause).toMatchObject({ id: 'server-error', status: 500, harnessMessage: 'Internal Server Error' })
    servers.sim.fault({ on: 'GET', kind: 'rate-limit' })
    expect((await apiError(client().listPage({}, 0, 10))).harnessCause.id).toBe('rate-limited')
  })

  it('HTML from a proxy: never parsed as JSON, its title quoted', async () => {
    servers.sim.fault({ on: 'GET', kind: 'no-apply-503' })
    expect((await apiError(client().find(MISSING, {}))).harnessCause).toMatchObject({ id: 'server-error', status: 503, harnessMessage: '503 Service Temporarily Unavailable' })
    servers.sim.fault({ on: 'GET', kind: 'html', status: 404 })
    expect((await apiError(client().find(MISSING, {}))).harnessCause).toMatchObject({ id: 'not-found', title: 'STO endpoint not found', harnessMessage: '404 Not Found' })
    servers.sim.fault({ on: 'GET', kind: 'html', status: 403 })
    expect((await apiError(client().find(MISSING, {}))).harnessCause).toMatchObject({ id: 'not-json', status: 403 })
    servers.sim.fault({ on: 'GET', kind: 'html', status: 200 })
    await expect(client().find(MISSING, {})).rejects.toThrow('not JSON')
  })

  it('400 with STO validation text, and a missing account', async () => {
    servers.sto.failNext({ status: 400, message: 'Bad Request: pageSize must be between 1 and 100 but got value "500"' })
    const error = await apiError(client().listPage({}, 0, 10))
    expect(error.harnessCause).toMatchObject({ id: 'invalid-inputs', title: 'STO refused a value' })
    expect(error.harnessCause.harnessMessage).toContain('pageSize must be between 1 and 100')
    expect(classifyStoFailure(400, '{"message":"Bad Request: accountId parameter is required","status":400}').id).toBe('missing-account')
  })
})

describe('classifyStoFailure', () => {
  it.each([
    [400, '{"message":"Bad Request: cannot approve an exemption with status Expired","status":400}', 'already-finished', 'Exemption expired'],
    [400, '{"message":"Bad Request: cannot reject an exemption with status Canceled","status":400}', 'already-finished', 'Exemption canceled'],
    [401, '{"message":"Unauthorized","status":401}', 'bad-key', 'Harness API key refused'],
    [403, '{"message":"Forbidden","status":403}', 'forbidden', 'STO permission missing'],
    [404, '{"message":"Not Found","status":404}', 'not-found', 'Exemption not found in this scope'],
    [404, '', 'not-found', 'STO endpoint not found'],
    // A path the service does not have: Jersey's 404 inside a 400 (a Java service), or the gateway's own 404.
    [400, '{"status":"FAILURE","code":"RESOURCE_NOT_FOUND_EXCEPTION","message":"HTTP 404 Not Found"}', 'wrong-base-url', 'STO API not found at this base URL'],
    [404, '{"code":404,"message":"HTTP 404 Not Found"}', 'wrong-base-url', 'STO API not found at this base URL'],
    [400, '{"status":"FAILURE","code":"RESOURCE_NOT_FOUND_EXCEPTION","message":"HTTP 405 Method Not Allowed"}', 'wrong-base-url', 'STO API not found at this base URL'],
    [429, '<html><title>429 Too Many Requests</title></html>', 'rate-limited', 'Harness rate limit reached'],
    [502, '<html><head><title>502 Bad Gateway</title></head></html>', 'server-error', 'STO server error'],
    [302, '', 'redirect', 'STO answered with a redirect'],
    [418, '{"message":"teapot","status":418}', 'unknown', 'STO refused the request'],
  ])('%d %s -> %s', (status, body, id, title) => {
    const cause = classifyStoFailure(status, body, { operation: 'approve the exemption', exemptionId: ISSUE })
    expect(cause).toMatchObject({ id, title, status })
    expect(cause.explanation).not.toBe('')
    expect(cause.fix).not.toBe('')
  })

  it('names inputs in fixes only as {input}, for each front end to phrase its own way', () => {
    const bodies: [number, string][] = [
      [401, '{"message":"Unauthorized","status":401}'],
      [404, '{"message":"Not Found","status":404}'],
      [404, '{"code":404,"message":"HTTP 404 Not Found"}'],
      [404, '<html><title>404 Not Found</title></html>'],
      [403, '<html><title>403 Forbidden</title></html>'],
      [302, ''],
      [400, '{"message":"Bad Request: accountId parameter is required","status":400}'],
      [400, `{"message":"Current user can be accessed only by 'USER' principal type","status":400}`],
    ]
    for (const [status, body] of bodies) {
      const fix = classifyStoFailure(status, body, { exemptionId: ISSUE, userIdInput: 'approverId' }).fix
      expect(fix.replace(/\{[a-z][A-Za-z]*\}/g, ''), `${status} ${body}`).not.toMatch(/\b(apiKey|accountId|orgId|projectId|baseUrl|approverId|requesterId)\b/)
    }
    expect(classifyStoFailure(401, '{"message":"Unauthorized","status":401}').fix).toBe('Create a new token in Harness for this account and update the secret given as {apiKey}; check {accountId}.')
  })

  it('cleans the server message: no workflow commands, no control characters, bounded', () => {
    const cause = classifyStoFailure(400, JSON.stringify({ message: `::error::forged\u001b[31m red\n${'x'.repeat(1000)}`, status: 400 }))
    expect(cause.harnessMessage).not.toContain('::')
    expect(cause.harnessMessage).not.toContain('\u001b')
    expect(cause.harnessMessage).not.toContain('\n')
    expect(Array.from(cause.harnessMessage).length).toBeLessThanOrEqual(400)
  })

  it('reads HTML, plain text and JSON without a message', () => {
    expect(stoMessage('<!DOCTYPE html><html><body><h1>Gateway Timeout</h1></body></html>')).toEqual({ message: 'Gateway Timeout', json: false })
    expect(stoMessage('upstream connect error')).toEqual({ message: 'upstream connect error', json: false })
    expect(stoMessage('{"status":500}')).toEqual({ json: true })
    expect(stoMessage('[1,2]')).toEqual({ json: true })
  })
})

describe('exemptions list', () => {
  it('reads every page and filters by status here, as STO cannot', async () => {
    const pending = Array.from({ length: 150 }, (_, i) => servers.sto.addExemption({ status: i % 50 === 0 ? 'Pending' : 'Approved' })).filter((e) => e.status === 'Pending')
    const d = deps()
    const result = await listExemptions(d, { status: 'pending', pageSize: '40' })
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.data.total).toBe(150)
    expect(result.data.status).toBe('Pending')
    expect(result.data.exemptions.map((e) => e.id)).toEqual(pending.map((e) => e.id))
    expect(servers.sto.requests().map((r) => r.query.page)).toEqual(['0', '1', '2', '3'])
    // STO has no status filter: none is sent.
    expect(servers.sto.requests().every((r) => !('status' in r.query))).toBe(true)
    expect(result.text.split('\n')[0]).toMatch(/^ID\s+STATUS\s+TYPE\s+ISSUE\s+SCOPE\s+EXPIRES\s+REASON$/)
    expect(result.text).toContain('3 pending exemptions in the account (of 150).')
  })

  it('passes the scope, renders JSON on request, and says so when nothing matches', async () => {
    servers.sto.addExemption({ status: 'Approved', expiration: 4102444800 })
    const json = await listExemptions(deps(), { org: 'default', project: 'proj', json: true })
    expect(json.ok).toBe(true)
    const parsed = JSON.parse(json.text)
    expect(parsed.exemptions[0]).toMatchObject({ status: 'Approved', expiration: '2100-01-01T00:00:00Z', scope: 'org default, project proj' })
    expect(servers.sto.requests()[0]?.query).toMatchObject({ orgId: 'default', projectId: 'proj', pageSize: '100' })
    const none = await listExemptions(deps(), { status: 'Canceled', org: 'default' })
    expect(none.text).toBe('No canceled exemptions in org default (1 read).')
  })

  it('sends nothing on a violation', async () => {
    await expect(listExemptions(deps(), { status: 'waiting', pageSize: '0', project: 'p-1' })).rejects.toThrow(SettingsError)
    await expect(listExemptions(deps(), { status: 'waiting' })).rejects.toThrow("Invalid status 'waiting': expected one of Pending | Approved | Rejected | Expired | Canceled (any case).")
    expect(servers.sim.requests).toHaveLength(0)
  })

  it('retries a transient page failure, then reports a lasting one as a cause', async () => {
    for (let i = 0; i < 3; i++) servers.sto.addExemption({})
    servers.sim.fault({ on: 'GET', kind: 'no-apply-503', pathIncludes: '/sto/' })
    const d = deps()
    const ok = await listExemptions(d, { pageSize: 2 })
    expect(ok.ok && ok.data.exemptions).toHaveLength(3)
    expect(d.logger.text()).toMatch(/Reading page 1 of the exemptions failed \(attempt 1/)

    const denied = await listExemptions(deps(servers.sim.addKey({ permissions: [] }).key), {})
    expect(denied.ok).toBe(false)
    if (denied.ok) return
    expect(denied.error).toMatchObject({ cause: 'forbidden', status: 403 })
    expect(denied.text).toContain('STO permission missing')
    expect(denied.text).toContain('Fix: Grant a role')
  })
})

describe('exemptions get', () => {
  it('shows the exemption as a field table, the expiration as a date', async () => {
    const e = servers.sto.addExemption({ type: 'Fix Unavailable', reason: 'no patch yet', pendingChanges: { durationDays: 14 }, expiration: 4102444800, link: 'https://tickets/SEC-1' })
    const result = await getExemption(deps(), { id: e.id })
    expect(result.ok).toBe(true)
    expect(result.text).toContain(`Exemption  ${e.id}`)
    expect(result.text).toMatch(/Duration\s+14 days/)
    expect(result.text).toMatch(/Expires\s+2100-01-01T00:00:00Z/)
    expect(result.text).toMatch(/Link\s+https:\/\/tickets\/SEC-1/)
  })

  it('a 404 is a readable failure', async () => {
    const result = await getExemption(deps(), { id: MISSING })
    expect(result.ok).toBe(false)
    expect(result.text).toContain('Exemption not found in this scope')
    await expect(getExemption(deps(), { id: 'x' })).rejects.toThrow("Invalid id 'x'")
  })
})

describe('exemptions create', () => {
  it("creates with the key's own user as requester, the exact type spelling and the scope in the query", async () => {
    const result = await createExemption(deps(), {
      issueId: ISSUE,
      type: 'false_positive',
      reason: 'Not reachable in our build',
      durationDays: '30',
      link: 'https://tickets/SEC-2',
      pipelineId: 'build',
      org: 'default',
      project: 'proj',
    })
    expect(result.ok).toBe(true)
    if (!result.ok) return
    const post = servers.sto.requests().find((r) => r.method === 'POST')!
    expect(post.query).toEqual({ accountId: ACCOUNT, orgId: 'default', projectId: 'proj' })
    expect(post.body).toEqual({
      issueId: ISSUE,
      type: 'False Positive',
      reason: 'Not reachable in our build',
      pendingChanges: { durationDays: 30 },
      link: 'https://tickets/SEC-2',
      pipelineId: 'build',
      requesterId: servers.sto.userIdOf(servers.sim.apiKey),
    })
    expect(result.data.id).toMatch(/^[a-zA-Z0-9_-]{22}$/)
    expect(result.data.exemption).toMatchObject({ status: 'Pending', type: 'False Positive', scope: 'org default, project proj, pipeline build' })
    expect(result.text).toContain(`Created exemption ${result.data.id} (Pending).`)
  })

  it('a given requesterId needs no user lookup; a target-scoped one goes without projectId', async () => {
    const result = await createExemption(deps(), { issueId: ISSUE, type: 'Other', reason: 'r', requesterId: ISSUE, targetId: ISSUE, org: 'default' })
    expect(result.ok).toBe(true)
    expect(servers.sim.requests.some((r) => r.path.includes('currentUser'))).toBe(false)
    expect(servers.sto.requests()[0]?.query).toEqual({ accountId: ACCOUNT, orgId: 'default' })
  })

  it('sends nothing on a violation', async () => {
    await expect(createExemption(deps(), { issueId: ISSUE, type: 'Other', reason: 'r', targetId: ISSUE, org: 'default', project: 'proj' })).rejects.toThrow(/Invalid targetId/)
    await expect(createExemption(deps(), { issueId: ISSUE, type: 'Other', reason: 'r', pipelineId: 'p' })).rejects.toThrow(/Invalid pipelineId 'p': expected orgId and projectId with it/)
    expect(servers.sim.requests).toHaveLength(0)
  })

  it('an unclear answer says the exemption may exist rather than creating another', async () => {
    servers.sim.fault({ on: 'POST', kind: 'apply-then-reset' })
    const result = await createExemption(deps(), { issueId: ISSUE, type: 'Other', reason: 'r', requesterId: ISSUE })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.title).toBe('Creation state unknown')
    expect(servers.sto.requests().filter((r) => r.method === 'POST')).toHaveLength(1)
    expect(servers.sto.exemptions()).toHaveLength(1)
  })
})

describe('exemptions update', () => {
  it('sends the whole editable set: the current values with the changes', async () => {
    const e = servers.sto.addExemption({ type: 'Other', reason: 'old', link: 'https://x/1', pendingChanges: { durationDays: 7 } })
    const result = await updateExemption(deps(), { id: e.id, reason: 'new reason', type: 'acceptable-risk' })
    expect(result.ok).toBe(true)
    const put = servers.sto.requests().find((r) => r.method === 'PUT')!
    expect(put.path).toBe(`${servers.sto.route}/${e.id}`)
    expect(put.query).toEqual({ accountId: ACCOUNT, orgId: 'default', projectId: 'proj' })
    expect(put.body).toEqual({ type: 'Acceptable Risk', reason: 'new reason', pendingChanges: { durationDays: 7 }, requesterId: e.requesterId, link: 'https://x/1' })
    expect(servers.sto.exemption(e.id)).toMatchObject({ type: 'Acceptable Risk', reason: 'new reason' })
    expect(result.text).toContain(`Updated exemption ${e.id}.`)
  })

  it('refuses an exemption of another project, and a change that breaks the scope rules', async () => {
    const e = servers.sto.addExemption({})
    const other = await updateExemption(deps(), { id: e.id, reason: 'x', org: 'default', project: 'elsewhere' })
    expect(other.ok).toBe(false)
    if (!other.ok) expect(other.error.cause).toBe('wrong-scope')
    // Found after the read: a failure naming the user's own value, not a usage error.
    const unfit = await updateExemption(deps(), { id: e.id, targetId: ISSUE })
    expect(unfit.ok).toBe(false)
    if (!unfit.ok) expect(unfit.error).toMatchObject({ cause: 'invalid-inputs', title: 'Update does not fit the exemption', fix: 'Change or leave out targetId.' })
    expect(servers.sto.requests().filter((r) => r.method === 'PUT')).toHaveLength(0)
  })
})

describe('renderTable', () => {
  it('pads columns and neutralises remote text', () => {
    expect(renderTable(['A', 'B'], [['x', '1'], ['long', '::set-output\n2']])).toBe('A     B\nx     1\nlong  : :set-output 2')
  })
})
