// Every request this project sends to the pipeline-approvals API conforms to Harness's published OpenAPI
// document, and so does what the simulator answers (so the simulator cannot drift from the real API).
import { describe, expect, it } from 'vitest'
import { ApprovalsClient } from '../../src/approvals/client.js'
import { createHttpClient } from '../../src/http/transport.js'
import { parseSettings } from '../../src/run/settings.js'
import { useHarness } from '../support/harness.js'
import { missingSpecReason, OpenApiContract, specPath } from '../support/openapi.js'
import { TRANSPORTS } from '../support/transports.js'

const SPEC = 'harness-pipeline-approvals.openapi.yaml'
const skipReason = missingSpecReason(SPEC)
if (skipReason) console.warn(skipReason)

// Over both transports: what reaches the server is theirs to write (headers, lengths), so each is checked.
describe.each(TRANSPORTS)('over $name', (via) => {
  const h = useHarness(via)

  describe.skipIf(skipReason !== undefined)(`pipeline approvals contract (${skipReason ?? SPEC})`, () => {
    const contract = () => new OpenApiContract(specPath(SPEC), { prefix: '/gateway/pipeline/api', closedRequestBodies: true })

    it('every request sent in the main scenarios conforms', async () => {
      h.sim.addInstance({ executionId: 'exec1', callbackId: 'cb-1', approverInputs: [{ name: 'env', defaultValue: 'prod' }, { name: 'ticket', defaultValue: '' }] })
      await h.run({ callbackId: 'cb-1', approverInputs: 'ticket=CHG-1', comments: 'ok' })
      h.sim.addInstance({ executionId: 'exec2' })
      await h.run({ executionId: 'exec2', action: 'REJECT', approverInputs: '{"why": "flaky"}' })
      // An unclear answer makes the read-back happen too.
      h.sim.addInstance({ executionId: 'exec3', minimumCount: 2 })
      h.sim.fault({ on: 'POST', kind: 'apply-then-502' })
      await h.run({ executionId: 'exec3' })

      const checker = contract()
      // The execution read (the scope check) belongs to another API, and the instance endpoints (the decision
      // and its read-back, by approval instance id) to the pipeline service's internal one: both outside this
      // document, which covers the execution-id reads.
      const calls = h.sim.requests.filter((c) => c.path.includes('/api/v1/') && c.path.includes('/approvals/'))
      expect(h.sim.executionReads()).toHaveLength(3)
      expect(h.sim.posts()).toHaveLength(3)
      expect(h.sim.posts().every((p) => /^\/gateway\/pipeline\/api\/approvals\/[^/]+\/harness\/activity$/.test(p.path))).toBe(true)
      expect(calls.filter((c) => c.method === 'POST')).toEqual([])
      expect(calls.filter((c) => c.method === 'GET')).toHaveLength(3)
      for (const call of calls) expect(checker.checkRequest(call), `${call.method} ${call.path}?${new URLSearchParams(call.query)}`).toEqual([])
    })

    it('catches a body the server would not understand (the check itself can fail)', () => {
      const checker = contract()
      const path = '/gateway/pipeline/api/v1/orgs/o/projects/p/approvals/execution/e'
      const headers = { 'x-api-key': 'k', 'content-type': 'application/json' }
      expect(checker.checkRequest({ method: 'GET', path, query: {}, headers })).toEqual([])
      expect(checker.checkRequest({ method: 'POST', path, query: {}, headers, body: { action: 'APPROVE', comments: 'x', approver_inputs: [] } })).toEqual([])
      // A misspelt field the server would silently ignore.
      expect(checker.checkRequest({ method: 'POST', path, query: {}, headers, body: { action: 'APPROVE', comment: 'x' } }).join('\n')).toMatch(/additional properties/)
      expect(checker.checkRequest({ method: 'DELETE', path, query: {}, headers })).toEqual(['DELETE is not an operation of /v1/orgs/{org}/projects/{project}/approvals/execution/{execution-id}'])
      expect(checker.checkRequest({ method: 'POST', path, query: {}, headers, body: { action: 'MAYBE', comments: 'x', approver_inputs: [] } })).not.toEqual([])
      expect(checker.checkRequest({ method: 'GET', path, query: { approval_status: 'PENDING' }, headers })).not.toEqual([])
      expect(checker.checkRequest({ method: 'GET', path, query: { colour: 'red' }, headers })).not.toEqual([])
      expect(checker.checkRequest({ method: 'GET', path, query: {}, headers: {} })).toEqual(['the x-api-key header is missing'])
    })

    it("the simulator's answers conform to the documented response schemas", async () => {
      h.sim.addInstance({ executionId: 'exec1', approverInputs: [{ name: 'env', defaultValue: 'prod' }], minimumCount: 2 })
      const settings = parseSettings((n) => ({ executionId: 'exec1', apiKey: h.sim.apiKey, orgId: 'default', projectId: 'proj', baseUrl: h.sim.baseUrl })[n] ?? '', () => undefined)
      const http = createHttpClient(via.options)
      try {
        const client = new ApprovalsClient(http, settings.harness)
        const listed = await client.list('exec1', { status: 'WAITING', type: 'HarnessApproval' })
        await client.decide(listed[0]!.id, { action: 'APPROVE', comments: 'c', approverInputs: [{ name: 'env', value: 'prod' }] })
        const again = await client.list('exec1', {})
        const checker = contract()
        const path = '/gateway/pipeline/api/v1/orgs/default/projects/proj/approvals/execution/exec1'
        expect(checker.checkResponse({ method: 'GET', path }, 200, listed)).toEqual([])
        // The simulator's execution-id POST (which this project no longer sends) answers as documented too.
        h.sim.addInstance({ executionId: 'exec2' })
        const posted = await fetch(`${h.sim.baseUrl}/pipeline/api/v1/orgs/default/projects/proj/approvals/execution/exec2`, { method: 'POST', headers: { 'x-api-key': h.sim.apiKey, 'Harness-Account': h.sim.accountId, 'content-type': 'application/json' }, body: JSON.stringify({ action: 'REJECT', comments: 'c', approver_inputs: [] }) })
        expect(posted.status).toBe(200)
        expect(checker.checkResponse({ method: 'POST', path: path.replace('exec1', 'exec2') }, 200, await posted.json())).toEqual([])
        expect(checker.checkResponse({ method: 'GET', path }, 200, again)).toEqual([])
        expect(again[0]!.details?.approvalActivities).toHaveLength(1)
      } finally {
        await http.close()
      }
    })
  })
})
