// The check before a wait: what proves a refusal (pure), and the check itself against the simulator, on
// the newest server (which answers the authorization read) and on the oldest build (which answers
// `authorized: true` always, so the data alone must prove the refusal).
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { startHarnessSimulator, type HarnessSimulator, type SimulatorOptions } from '../../sim/harness-simulator.js'
import { roundTrips } from '../../sim/round-trips.js'
import { AuthorizationClient } from '../../src/approvals/authorization-client.js'
import { keyKindOf } from '../../src/approvals/causes.js'
import { ApprovalsClient } from '../../src/approvals/client.js'
import { ExecutionClient } from '../../src/approvals/execution-client.js'
import { preflight, serverRefusal, type Preflight, type RefusalFacts } from '../../src/approvals/preflight.js'
import type { ApprovalInstance } from '../../src/approvals/types.js'
import { createHttpClient, type HttpClient } from '../../src/http/transport.js'
import { fakeClock, recordingLogger } from '../support/fakes.js'

const NOW = 1_800_000_000_000
const me = { uuid: 'u-me', email: 'Me@Example.com', name: 'Me' }
const step = (details: ApprovalInstance['details'] = {}, extra: Partial<ApprovalInstance> = {}): ApprovalInstance => ({ id: 'i1', status: 'WAITING', deadline: NOW + 60_000, details: { approvers: {}, ...details }, ...extra })
const facts = (over: Partial<RefusalFacts> = {}): RefusalFacts => ({ me, now: NOW, ...over })

describe('serverRefusal', () => {
  const rows: Array<[string, ApprovalInstance, RefusalFacts, string | undefined]> = [
    ['nothing proves a refusal', step(), facts(), undefined],
    ["Harness's own refusal, in its words", step(), facts({ authorization: { authorized: false, reason: 'User not authorized to approve/reject' } }), 'User not authorized to approve/reject'],
    ['a refusal without a reason', step(), facts({ authorization: { authorized: false } }), 'User not authorized to approve/reject'],
    ["Harness's refusal comes before the data's", step({}, { deadline: NOW - 1 }), facts({ authorization: { authorized: false, reason: 'You have already approved/rejected the pipeline' } }), 'You have already approved/rejected the pipeline'],
    [
      'already acted: an activity of the same user (email in any case)',
      step({ approvalActivities: [{ user: { name: 'Me', email: 'me@example.com' }, action: 'APPROVE' }] }),
      facts({ authorization: { authorized: true } }),
      'You have already approved/rejected the pipeline',
    ],
    ['another user acted: no refusal', step({ approvalActivities: [{ user: { name: 'Other', email: 'other@example.com' }, action: 'APPROVE' }] }), facts(), undefined],
    ['the executor, when the step disallows it', step({ approvers: { disallowPipelineExecutor: true } }), facts({ executorUuid: 'u-me' }), 'Pipeline executor is not allowed to approve/reject'],
    ['the executor, when the step allows it', step({ approvers: { disallowPipelineExecutor: false } }), facts({ executorUuid: 'u-me' }), undefined],
    ['someone else ran it', step({ approvers: { disallowPipelineExecutor: true } }), facts({ executorUuid: 'u-other' }), undefined],
    [
      'a disallowed email, in any case',
      step({ approvers: { disallowedUserEmails: ['ME@example.COM'] } }),
      facts(),
      'Action not permitted: You [Me@Example.com] are on the disallowed user list and do not have permission to approve or reject.',
    ],
    ['a service account on a step that lists none', step({ approvers: { serviceAccounts: [] } }), facts({ keyKind: 'service-account', me: undefined }), 'The service account configured in the request is not authorized to approve/reject'],
    ['a service account on a step that lists some: Harness judges', step({ approvers: { serviceAccounts: ['account.robot'] } }), facts({ keyKind: 'service-account', me: undefined }), undefined],
    ['a passed deadline: the step still reads WAITING, but has expired', step({}, { deadline: NOW }), facts(), 'Unable to add Harness Approval Activity : Harness approval instance has already expired'],
    ['no deadline given', step({}, { deadline: undefined }), facts(), undefined],
    ['without the key\'s user, only what needs no user is proved', step({ approvers: { disallowPipelineExecutor: true, disallowedUserEmails: ['me@example.com'] } }), facts({ me: undefined, executorUuid: 'u-me' }), undefined],
  ]
  it.each(rows)('%s', (_name, instance, given, expected) => {
    expect(serverRefusal(instance, given)).toBe(expected)
  })
})

describe('preflight against the simulator', () => {
  let sim: HarnessSimulator
  let http: HttpClient
  beforeAll(() => {
    http = createHttpClient()
  })
  afterAll(async () => {
    await http.destroy()
  })
  afterEach(async () => {
    await sim?.close()
  })

  async function check(options: SimulatorOptions, arrange: (sim: HarnessSimulator) => string | void, oneAtATime = false): Promise<{ check: Preflight; sim: HarnessSimulator }> {
    sim = await startHarnessSimulator(options)
    const apiKey = arrange(sim) ?? sim.apiKey
    const target = { baseUrl: new URL(sim.baseUrl), accountId: sim.accountId, orgId: sim.orgId, projectId: sim.projectId, apiKey }
    const keyKind = keyKindOf(apiKey)
    const result = await preflight(
      { executionId: 'exec1', action: 'APPROVE', ...(keyKind ? { keyKind } : {}), ...(oneAtATime ? { oneAtATime } : {}) },
      { client: new ApprovalsClient(http, target), executions: new ExecutionClient(http, target), who: new AuthorizationClient(http, target), target, clock: fakeClock(Date.now()), logger: recordingLogger(), random: () => 0.5 },
    )
    return { check: result, sim }
  }

  for (const options of [{ mode: 'newest' as const }, { olderBuild: true }]) {
    const server = options.olderBuild ? 'the oldest build (always authorized: true)' : 'the newest server'
    describe(server, () => {
      it('a step this key may decide passes, with the waiting step', async () => {
        const { check: c } = await check(options, (s) => void s.addInstance({ executionId: 'exec1', id: 'inst1' }))
        expect(c).toMatchObject({ kind: 'ok', waiting: { id: 'inst1' }, summary: { status: 'ApprovalWaiting' } })
      })

      it('the executor on a step that disallows it is refused before any wait', async () => {
        const { check: c } = await check(options, (s) => void s.addInstance({ executionId: 'exec1', pipelineExecutor: s.defaultUser.email, disallowPipelineExecutor: true }))
        expect(c).toMatchObject({ kind: 'failed', cause: { id: 'not-authorized', title: "Key's user ran the pipeline", explanation: expect.stringContaining('nothing was posted') } })
      })

      it("a key whose user already approved a step that needs two is refused before any wait", async () => {
        const { check: c } = await check(options, (s) => {
          s.addInstance({ executionId: 'exec1', minimumCount: 2, approvalActivities: [{ user: { ...s.defaultUser }, action: 'APPROVE', approverInputs: [], comments: '', approvedAt: 1 }] })
        })
        expect(c).toMatchObject({ kind: 'failed', cause: { id: 'not-authorized', title: "Key's user already acted on this step" } })
      })

      it('a step past its deadline is refused before any wait', async () => {
        const { check: c } = await check(options, (s) => void s.addInstance({ executionId: 'exec1', deadline: Date.now() - 1000 }))
        expect(c).toMatchObject({ kind: 'failed', cause: { id: 'already-finished' } })
      })
    })
  }

  it("on the newest server, Harness's own reason is quoted", async () => {
    const { check: c, sim: s } = await check({}, (s) => {
      s.addInstance({ executionId: 'exec1' })
      return s.addKey().key
    })
    expect(c).toMatchObject({ kind: 'failed', cause: { id: 'not-authorized', harnessMessage: 'User not authorized to approve/reject', status: 0 } })
    expect(s.requests.map((r) => r.method)).not.toContain('POST')
  })

  it('a finished execution fails the check, naming its status', async () => {
    const { check: c } = await check({}, (s) => {
      s.addInstance({ executionId: 'exec1' })
      s.setExecutionStatus('exec1', 'Aborted')
    })
    expect(c).toMatchObject({ kind: 'failed', cause: { id: 'execution-finished' }, pipeline: { status: 'Aborted' } })
  })

  it('a wrong key fails with bad-key, a wrong project with wrong-scope; no step waiting yet passes', async () => {
    const wrongKey = (s: HarnessSimulator) => {
      s.addInstance({ executionId: 'exec1' })
      return 'pat.acct123.nope.nope'
    }
    expect((await check({}, wrongKey)).check).toMatchObject({ kind: 'failed', cause: { id: 'bad-key' } })
    expect((await check({}, (s) => void s.addExecution({ executionId: 'exec1', projectId: 'other' }))).check).toMatchObject({ kind: 'failed', cause: { id: 'wrong-scope' } })
    expect((await check({}, (s) => void s.addExecution({ executionId: 'exec1' }))).check).toEqual({ kind: 'ok', summary: expect.objectContaining({ status: 'Running' }), instances: [] })
  })

  it('reads together by default (a plan follows), one at a time before a wait: then one connection carries all four', async () => {
    const arrange = (s: HarnessSimulator) => {
      s.addInstance({ executionId: 'exec1', id: 'inst1' })
      s.setLatency(100, 100)
    }
    const together = await check({}, arrange)
    expect(together.check).toMatchObject({ kind: 'ok', waiting: { id: 'inst1' }, instances: [{ id: 'inst1' }] })
    expect(roundTrips(together.sim.requests).count).toBe(3)
    expect(together.sim.stats.connections).toBe(2)
    await together.sim.close()
    const inTurn = await check({}, arrange, true)
    expect(inTurn.check).toMatchObject({ kind: 'ok', waiting: { id: 'inst1' } })
    expect(roundTrips(inTurn.sim.requests).count).toBe(5)
    expect(inTurn.sim.requests.map((r) => r.path.split('/').pop())).toEqual(['exec1', 'exec1', 'authorization', 'currentUser'])
    expect(inTurn.sim.stats.connections).toBe(1)
    await inTurn.sim.close()
    // One at a time, a wrong project is found before the approvals are asked for.
    const elsewhere = await check({}, (s) => void s.addExecution({ executionId: 'exec1', projectId: 'other' }), true)
    expect(elsewhere.check).toMatchObject({ kind: 'failed', cause: { id: 'wrong-scope' } })
    expect(elsewhere.sim.requests.map((r) => r.path.split('/').pop())).toEqual(['exec1'])
    expect(elsewhere.sim.executionReads('exec1')).toHaveLength(1)
  })

  it('the authorization read failing is no refusal: the decision is judged by Harness anyway', async () => {
    const { check: c } = await check({}, (s) => {
      s.addInstance({ executionId: 'exec1' })
      s.fault({ on: 'GET', kind: 'respond', status: 400, body: { status: 'FAILURE', code: 'RESOURCE_NOT_FOUND_EXCEPTION', message: 'HTTP 404 Not Found' }, pathIncludes: '/harness/authorization' })
    })
    expect(c).toMatchObject({ kind: 'ok' })
  })
})
