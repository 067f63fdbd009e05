// Every request this project sends to STO, as the simulator recorded it, must fit Harness's published STO
// spec: a known path and method, declared query parameters with valid values (required ones present),
// valid path parameters, the key header, and a body that validates against the request schema. The spec's
// `required` lists on request bodies are wrong (copied from the response), so they are not enforced; and
// request bodies are closed, so a misspelt field (`comments` for `comment`), which STO would silently
// ignore, is caught.
import { describe, expect, it } from 'vitest'
import type { RecordedRequest } from '../../sim/harness-simulator.js'
import { approveExemption, createExemption, getExemption, listExemptions, rejectExemption, updateExemption } from '../../src/exemptions/commands.js'
import { missingSpecReason, OpenApiContract, specPath, type CheckOptions } from '../support/openapi.js'
import { useStoSimulator } from '../support/servers.js'
import { TRANSPORTS } from '../support/transports.js'

const SPEC = 'harness-sto-exemptions.openapi.yaml'
const skipReason = missingSpecReason(SPEC)
if (skipReason) console.warn(skipReason)

const ACCOUNT = 'acctSTO000000000000001'
const ISSUE = 'issue00000000000000001'
const TARGET = 'target0000000000000001'

/**
 * The spec marks create's orgId and projectId required, yet its own description forbids projectId beside a
 * targetId: a target-scoped exemption cannot satisfy both, so for that call the pair is excused.
 */
function allowances(r: RecordedRequest): CheckOptions {
  const body = r.body as Record<string, unknown> | undefined
  return r.method === 'POST' && typeof body?.targetId === 'string' ? { excusedQuery: ['orgId', 'projectId'] } : {}
}

// Over both transports: what reaches the server is theirs to write (headers, lengths), so each is checked.
describe.each(TRANSPORTS)('over $name', (via) => {
  describe.skipIf(skipReason !== undefined)(`STO requests against the published spec (${skipReason ?? SPEC})`, () => {
    const s = useStoSimulator(ACCOUNT, via)
    const contract = () => new OpenApiContract(specPath(SPEC), { ignoreRequestRequired: true, closedRequestBodies: true })

    it('the simulator mounts STO where the spec says (/gateway/sto)', () => {
      const checker = contract()
      expect(checker.serverPath).toBe('/gateway/sto')
      expect(checker.prefix).toBe(checker.serverPath)
      expect(s.sto.route).toBe(`${checker.serverPath}/api/v2/exemptions`)
    })

    it('every request of every command fits the spec', async () => {
      const { sto } = s
      const deps = s.deps()
      for (let i = 0; i < 7; i++) sto.addExemption({ status: i % 2 ? 'Approved' : 'Pending', pendingChanges: { durationDays: 7 } })
      const toApprove = sto.addExemption({})
      const toReject = sto.addExemption({})
      const orgLevel = sto.addExemption({ projectId: undefined })

      const results = [
        await listExemptions(deps, { status: 'Pending', pageSize: 3 }),
        await listExemptions(deps, { org: 'default', project: 'proj' }),
        await getExemption(deps, { id: toApprove.id }),
        await createExemption(deps, { issueId: ISSUE, type: 'false-positive', reason: 'not reachable', durationDays: 30, expiration: '2099-12-31', link: 'https://tickets/SEC-1', pipelineId: 'build', org: 'default', project: 'proj' }),
        await createExemption(deps, { issueId: ISSUE, type: 'Other', reason: 'target-wide', targetId: TARGET, org: 'default' }),
        await updateExemption(deps, { id: toApprove.id, reason: 'updated', type: 'fix_unavailable', durationDays: 14, link: 'https://tickets/SEC-2' }),
        await approveExemption(deps, { id: toApprove.id, comment: 'approved by the gate' }),
        await rejectExemption(deps, { id: toReject.id, approverId: ISSUE }),
        await approveExemption(deps, { id: orgLevel.id }),
      ]
      expect(results.map((r) => r.ok)).toEqual(results.map(() => true))

      const sent = sto.requests()
      const operations = new Set(sent.map((r) => `${r.method} ${r.path.replace(/\/[A-Za-z0-9_-]{22}(?=\/|$)/, '/{id}').slice(sto.route.length)}`))
      expect([...operations].sort()).toEqual(['GET ', 'GET /{id}', 'POST ', 'PUT /{id}', 'PUT /{id}/approve', 'PUT /{id}/reject'])
      const checker = contract()
      const report = sent.map((r) => ({ request: `${r.method} ${r.path}?${new URLSearchParams(r.query)}`, problems: checker.checkRequest(r, allowances(r)) })).filter((x) => x.problems.length > 0)
      expect(report).toEqual([])
      // The allowance is as narrow as its reason: a create without a target must still name its scope.
      const created = sent.filter((r) => r.method === 'POST')
      expect(created).toHaveLength(2)
      const unscoped = { ...created[0]!, query: { accountId: ACCOUNT } }
      expect(checker.checkRequest(unscoped, allowances(unscoped)).join('\n')).toMatch(/required query parameter orgId is missing/)
    })

    it('the check is not vacuous: requests that break the spec are caught', () => {
      const checker = contract()
      const base = { headers: { 'x-api-key': 'k', 'content-type': 'application/json' }, rawBody: '', at: 0, fault: undefined, status: 200 }
      const route = '/gateway/sto/api/v2/exemptions'
      const cases: Array<[Partial<RecordedRequest>, RegExp]> = [
        [{ method: 'GET', path: route, query: { accountId: ACCOUNT, pageSize: '500' } }, /query pageSize=500/],
        [{ method: 'GET', path: route, query: { accountId: ACCOUNT, status: 'Pending' } }, /query parameter status is not declared/],
        [{ method: 'GET', path: route, query: {} }, /required query parameter accountId is missing/],
        [{ method: 'POST', path: route, query: { accountId: ACCOUNT, orgId: 'o', projectId: 'p' }, body: { issueId: ISSUE, type: 'false-positive' }, rawBody: '{}' }, /body: .*allowed values/],
        [{ method: 'PUT', path: `${route}/${ISSUE}/approve`, query: { accountId: ACCOUNT }, body: { approverId: 'me' }, rawBody: '{}' }, /body: .*pattern/],
        [{ method: 'PUT', path: `${route}/${ISSUE}/approve`, query: { accountId: ACCOUNT }, body: { approverId: ISSUE, comments: 'x' }, rawBody: '{}' }, /body: .*additional properties/],
        [{ method: 'PUT', path: `${route}/${ISSUE}`, query: { accountId: ACCOUNT }, body: { pendingChanges: { duration: 3 } }, rawBody: '{}' }, /body: .*additional properties/],
        [{ method: 'GET', path: `${route}/${ISSUE}`, query: { accountId: ACCOUNT }, rawBody: '{}' }, /takes no body/],
        [{ method: 'POST', path: `${route}/${ISSUE}/approve`, query: { accountId: ACCOUNT } }, /POST is not an operation/],
        [{ method: 'PUT', path: `${route}/${ISSUE}/bless`, query: { accountId: ACCOUNT }, body: {}, rawBody: '{}' }, /path action=bless/],
        [{ method: 'GET', path: `${route}/short`, query: { accountId: ACCOUNT } }, /path id=short/],
        [{ method: 'GET', path: '/gateway/sto/api/v3/exemptions', query: { accountId: ACCOUNT } }, /no path in the spec matches/],
        [{ method: 'GET', path: route, query: { accountId: ACCOUNT }, headers: {} }, /the X-Api-Key header is missing/],
      ]
      for (const [request, expected] of cases) {
        const problems = checker.checkRequest({ ...base, body: undefined, ...request } as RecordedRequest)
        expect(problems.join('\n'), JSON.stringify(request)).toMatch(expected)
      }
    })
  })
})
