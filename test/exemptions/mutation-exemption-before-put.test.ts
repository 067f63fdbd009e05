// Deciding an exemption, up to the PUT, in the test process (so that a changed line of the decision shows):
// the key's user lookup and its failures, the exemption read failing in each way, and a person changing the
// exemption between the first read and the one right before the PUT. Real HTTP against the STO simulator;
// word for word, with the requests that were sent.
import { describe, expect, it } from 'vitest'
import type { HarnessSimulator } from '../../sim/harness-simulator.js'
import { decideExemption, type ExemptionDecisionRequest, type ExemptionResult } from '../../src/exemptions/decide-exemption.js'
import { ExemptionsAdminClient } from '../../src/exemptions/admin-client.js'
import type { Exemption } from '../../src/exemptions/types.js'
import { closedPort } from '../support/ports.js'
import { useStoSimulator, type StoTestDeps } from '../support/servers.js'

const ACCOUNT = 'acctSTOmutbefore000001'
const PERSON = 'personUser000000000001'
const APPROVER = 'approver00000000000001'
const servers = useStoSimulator(ACCOUNT)

function decide(req: Partial<ExemptionDecisionRequest> & { exemptionId: string }, deps: StoTestDeps = servers.deps(), signal?: AbortSignal) {
  return decideExemption({ action: 'APPROVE', comment: '', scope: { orgId: 'default', projectId: 'proj' }, ...req }, { ...deps, ...(signal ? { signal } : {}) })
}

/** Every request the simulator saw, as `METHOD path`, the STO route and the exemption's id shortened. */
function sent(id: string): string[] {
  return servers.sim.requests.map((r) => `${r.method} ${r.path.replace(servers.sto.route, 'EX').replace(id, 'ID')}`)
}

const ownId = () => servers.sto.userIdOf(servers.sim.apiKey)

function failedCause(result: ExemptionResult) {
  expect(result.kind).toBe('failed')
  if (result.kind !== 'failed') throw new Error('not failed')
  return result.cause
}

/** Changes the live exemption right before the second read of it (a person acting in Harness meanwhile). */
function changeBeforeSecondRead(id: string, change: Partial<Exemption>): void {
  servers.sim.fault({ on: 'GET', kind: 'change-before', after: 1, pathIncludes: id, change: (_sim: HarnessSimulator) => void Object.assign(servers.sto.exemption(id)!, change) })
}

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 1000 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 5))
}

describe("the key's own user", () => {
  it.each([
    ['APPROVE', 'Approving'],
    ['REJECT', 'Rejecting'],
  ] as const)('%s: says whose user decides, with the email, and sends that id', async (action, verb) => {
    const e = servers.sto.addExemption({})
    const deps = servers.deps()
    const result = await decide({ exemptionId: e.id, action }, deps)
    expect(result).toMatchObject({ kind: 'decided', approverId: ownId(), puts: 1 })
    expect(deps.logger.lines.filter((l) => l.level === 'info').map((l) => l.message)).toEqual([`${verb} as the key's own user ${ownId()} (approver.bot@example.com).`])
    expect(servers.sto.decisions()[0]?.body).toEqual({ approverId: ownId() })
  })

  it('an id that is not an STO user id is refused before the PUT, saying what it was', async () => {
    const e = servers.sto.addExemption({})
    servers.sto.setUserId(servers.sim.apiKey, 'not-an\u001b[31m-sto-id')
    const cause = failedCause(await decide({ exemptionId: e.id }))
    expect(cause).toEqual({
      id: 'invalid-inputs',
      title: "Key's user id not usable",
      explanation: "Harness gave the key's user id as 'not-an-sto-id', which is not an STO user id (22 letters, digits, - or _).",
      fix: "Set {approverId} to the approving user's id.",
      status: 0,
      harnessMessage: '',
    })
    expect(sent(e.id)).toEqual(['GET EX/ID', 'GET /gateway/ng/api/user/currentUser'])
  })

  it('a refused lookup (403) is named as such, with approverId as the way out', async () => {
    const e = servers.sto.addExemption({})
    servers.sim.fault({ on: 'GET', kind: 'respond', status: 403, pathIncludes: 'currentUser', body: { message: 'Not allowed to read users', status: 403 } })
    const result = await decide({ exemptionId: e.id })
    const cause = failedCause(result)
    expect(cause.status).toBe(403)
    expect(cause.title).toBe("Could not read the key's user: STO permission missing")
    expect(cause.fix).toMatch(/ Or set \{approverId\} \(a service account key has no user of its own\)\.$/)
    expect(cause.harnessMessage).toBe('Not allowed to read users')
    expect(result.exemption).toMatchObject({ id: e.id, status: 'Pending' })
    expect(servers.sto.decisions()).toEqual([])
  })

  it('a lookup whose connection keeps dropping ends, once its budget is spent, as STO unreachable', async () => {
    const e = servers.sto.addExemption({})
    servers.sim.fault({ on: 'GET', kind: 'reset', pathIncludes: 'currentUser', times: 1000 })
    const deps = servers.deps()
    deps.timing = { reads: { initialMs: 1_000, maxMs: 1_000, factor: 1 }, readBudgetMs: 3_500, settleMs: 0, maxPuts: 3 }
    const cause = failedCause(await decide({ exemptionId: e.id }, deps))
    expect(cause.id).toBe('unreachable')
    expect(cause.title).toBe("Could not read the key's user: Could not reach STO")
    expect(cause.fix).toBe(
      "Check {baseUrl} (a mistyped host name?), proxies (HTTPS_PROXY, NO_PROXY) and whether the runner's network reaches that host. Or set {approverId} (a service account key has no user of its own).",
    )
    // Waits of 750 ms (the jitter at its middle) while the next still ends within the budget.
    expect(sent(e.id).filter((r) => r.endsWith('currentUser'))).toHaveLength(5)
    expect(deps.clock.sleeps).toEqual([750, 750, 750, 750])
    expect(servers.sto.decisions()).toEqual([])
  })

  it('cancelled while the lookup is on its way: cancelled, nothing sent', async () => {
    const e = servers.sto.addExemption({})
    servers.sim.fault({ on: 'GET', kind: 'apply-then-hang', pathIncludes: 'currentUser' })
    const controller = new AbortController()
    void until(() => servers.sim.requests.some((r) => r.path.endsWith('currentUser'))).then(() => controller.abort(new Error('stop')))
    const result = await decide({ exemptionId: e.id }, servers.deps(), controller.signal)
    expect(result).toEqual({ kind: 'cancelled', exemptionId: e.id, decision: 'APPROVE', puts: 0, exemption: expect.objectContaining({ id: e.id, status: 'Pending' }) })
    expect(servers.sto.decisions()).toEqual([])
  })
})

describe('the exemption read failing', () => {
  it('an answer that is never JSON: an unexpected answer, with where to look, once the budget is spent', async () => {
    const e = servers.sto.addExemption({})
    servers.sim.fault({ on: 'GET', kind: 'html', pathIncludes: e.id, times: 100 })
    const deps = servers.deps()
    deps.timing = { reads: { initialMs: 1_000, maxMs: 1_000, factor: 1 }, readBudgetMs: 2_000, settleMs: 0, maxPuts: 3 }
    const result = await decide({ exemptionId: e.id, approverId: APPROVER }, deps)
    expect(failedCause(result)).toEqual({
      id: 'not-json',
      title: 'Unexpected answer from STO',
      explanation: 'STO answered 200 with a body that is not JSON.',
      fix: 'Check {baseUrl}: it must lead to the Harness API (a proxy or login page answers otherwise).',
      status: 0,
      harnessMessage: '',
    })
    // Never read: the result holds no exemption at all.
    expect(Object.keys(result)).toEqual(['kind', 'exemptionId', 'decision', 'cause', 'puts'])
    expect(sent(e.id)).toEqual(['GET EX/ID', 'GET EX/ID', 'GET EX/ID'])
    expect(deps.clock.sleeps).toEqual([750, 750])
  })

  it('nothing listening: STO unreachable at once (the transport made its quick tries), nothing sent', async () => {
    const port = await closedPort()
    const client = new ExemptionsAdminClient(servers.http, { baseUrl: new URL(`http://127.0.0.1:${port}/gateway`), accountId: ACCOUNT, apiKey: servers.sim.apiKey })
    const deps = { ...servers.deps(), client, timing: { reads: { initialMs: 500, maxMs: 500, factor: 1 }, readBudgetMs: 1_200, settleMs: 0, maxPuts: 3 } }
    const cause = failedCause(await decide({ exemptionId: 'ex1', approverId: APPROVER }, deps))
    expect(cause.id).toBe('unreachable')
    expect(cause.title).toBe('Could not reach STO')
    expect(cause.fix).toBe("Check {baseUrl} (a mistyped host name?), proxies (HTTPS_PROXY, NO_PROXY) and whether the runner's network reaches that host.")
    expect(cause.explanation).toContain(`127.0.0.1:${port}`)
    expect(deps.clock.sleeps).toEqual([])
  })

  it.each([
    ['an Error', new Error('the client broke'), 'the client broke'],
    ['a thrown string', 'no message at all', 'no message at all'],
  ])('anything else (%s) is an unexpected failure, its text kept', async (_what, thrown, explanation) => {
    class BrokenClient extends ExemptionsAdminClient {
      override async find(): Promise<Exemption> {
        throw thrown
      }
    }
    const client = new BrokenClient(servers.http, { baseUrl: new URL(servers.sim.baseUrl), accountId: ACCOUNT, apiKey: servers.sim.apiKey })
    const cause = failedCause(await decide({ exemptionId: 'ex1', approverId: APPROVER }, { ...servers.deps(), client }))
    expect(cause).toEqual({ id: 'unknown', title: 'Unexpected failure', explanation, fix: 'Report this with the log of the run.', status: 0, harnessMessage: '' })
  })
})

describe('changed between the first read and the one before the PUT', () => {
  it('approved by a person meanwhile: a success naming who, nothing sent', async () => {
    const e = servers.sto.addExemption({})
    changeBeforeSecondRead(e.id, { status: 'Approved', approverId: PERSON })
    const result = await decide({ exemptionId: e.id })
    expect(result).toMatchObject({ kind: 'decided', status: 'Approved', alreadyInState: true, puts: 0, confirmedByReadBack: false })
    if (result.kind === 'decided') expect(result.note).toBe(`Exemption ${e.id} was already approved by ${PERSON}; nothing was sent.`)
    expect(result.exemption).toMatchObject({ status: 'Approved', approverId: PERSON })
    expect(sent(e.id)).toEqual(['GET EX/ID', 'GET /gateway/ng/api/user/currentUser', 'GET EX/ID'])
  })

  it('rejected by a person meanwhile: a failure that says what changed and why it stands', async () => {
    const e = servers.sto.addExemption({})
    changeBeforeSecondRead(e.id, { status: 'Rejected', approverId: PERSON })
    const result = await decide({ exemptionId: e.id })
    expect(failedCause(result)).toEqual({
      id: 'already-finished',
      title: 'Exemption changed meanwhile',
      explanation: `Exemption ${e.id} changed meanwhile: it was Pending when read, and is now Rejected. Exemption ${e.id} was already rejected (by ${PERSON}); this run does not overturn a recorded decision unless told to, so it was not approved and nothing was sent.`,
      fix: 'If it should be approved after all, {reapproveRejected=true}, or approve it in Harness (Security Tests > Exemptions), where the history shows who decided.',
      status: 0,
      harnessMessage: '',
    })
    expect(result.exemption).toMatchObject({ status: 'Rejected' })
    expect(servers.sto.decisions()).toEqual([])
  })

  it('expired meanwhile, to approve: a renewal is still an approval, so it is sent from Expired', async () => {
    const e = servers.sto.addExemption({ pendingChanges: { durationDays: 7 } })
    changeBeforeSecondRead(e.id, { status: 'Expired' })
    const result = await decide({ exemptionId: e.id, approverId: APPROVER })
    const live = servers.sto.exemption(e.id)!
    expect(live.status).toBe('Approved')
    expect(result).toEqual({
      kind: 'decided',
      exemptionId: e.id,
      decision: 'APPROVE',
      status: 'Approved',
      exemption: expect.objectContaining({ id: e.id, status: 'Approved' }),
      alreadyInState: false,
      approverId: APPROVER,
      puts: 1,
      confirmedByReadBack: false,
      note: `Exemption ${e.id} had expired; approving it renewed it until ${new Date(live.expiration! * 1000).toISOString().replace(/\.000Z$/, 'Z')}.`,
    })
    expect(sent(e.id)).toEqual(['GET EX/ID', 'GET EX/ID', 'PUT EX/ID/approve'])
  })

  it('expired meanwhile, to reject: refused as expired, nothing sent', async () => {
    const e = servers.sto.addExemption({})
    changeBeforeSecondRead(e.id, { status: 'Expired' })
    const cause = failedCause(await decide({ exemptionId: e.id, action: 'REJECT', approverId: APPROVER }))
    expect(cause.title).toBe('Exemption changed meanwhile')
    expect(cause.explanation).toBe(`Exemption ${e.id} changed meanwhile: it was Pending when read, and is now Expired. Exemption ${e.id} has expired, so it can no longer be rejected; nothing was sent.`)
    expect(servers.sto.decisions()).toEqual([])
  })

  it('moved to another project meanwhile: refused as of another project, nothing sent', async () => {
    const e = servers.sto.addExemption({})
    servers.sim.fault({ on: 'GET', kind: 'respond', after: 1, pathIncludes: e.id, body: { ...servers.sto.exemption(e.id), projectId: 'payments' } })
    const result = await decide({ exemptionId: e.id, approverId: APPROVER })
    const cause = failedCause(result)
    expect(cause.id).toBe('wrong-scope')
    expect(cause.explanation).toBe(`Exemption ${e.id} belongs to org/project default/payments, not default/proj as configured; nothing was sent.`)
    expect(result.exemption).toMatchObject({ projectId: 'payments' })
    expect(sent(e.id)).toEqual(['GET EX/ID', 'GET EX/ID'])
  })

  it('the same state on both reads, whatever else changed: decided as read', async () => {
    const e = servers.sto.addExemption({ status: 'Rejected' })
    changeBeforeSecondRead(e.id, { approverId: PERSON, reason: 'changed' })
    const result = await decide({ exemptionId: e.id, approverId: APPROVER, reapproveRejected: true })
    expect(result).toMatchObject({ kind: 'decided', puts: 1, note: `Exemption ${e.id} had been rejected by ${PERSON}; it was approved again, as this run was told to.` })
  })
})
