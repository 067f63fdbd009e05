// The STO facts read from Harness's code and docs, pinned on the simulator over real HTTP:
//
// | fact                                                                                   | test                  |
// |----------------------------------------------------------------------------------------|-----------------------|
// | the exemption carries canReApprove                                                     | canReApprove          |
// | approving an Expired exemption is a renewal (where the key may re-approve)             | renewal               |
// | a Rejected one is approved again only where canReApprove allows                         | Rejected              |
// | GET one exemption takes orgId, projectId and ignoreScope, and checks the scope         | scope of one          |
// | keys with project-level STO roles need the scope in the query                          | scope of one          |
// | currentUser needs accountIdentifier; a service-account key gets 400 "…'USER' principal" | current user          |
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startHarnessSimulator, type HarnessSimulator } from '../sim/harness-simulator.js'
import { installStoRoutes, STO_PERMISSION_APPROVE, STO_PERMISSION_VIEW, type StoSimulator } from '../sim/sto-simulator.js'
import { send, type Answer } from './support/simulator-http.js'

const ACCOUNT = 'px7xd_BFRCi-pfWPYXVjvw'
const APPROVER = 'Kx9YfP2aQmS3bTc4dUe5vW'
const DAY = 24 * 60 * 60

let sim: HarnessSimulator
let sto: StoSimulator

beforeEach(async () => {
  sim = await startHarnessSimulator({ accountId: ACCOUNT, orgId: 'default', projectId: 'proj' })
  sto = installStoRoutes(sim)
})

afterEach(async () => {
  await sim.close()
})

function exemptionUrl(path: string, query: Record<string, string> = {}) {
  return `${sim.baseUrl}/sto/api/v2/exemptions${path}?${new URLSearchParams({ accountId: ACCOUNT, ...query })}`
}

const read = (id: string, query: Record<string, string> = {}, key = sim.apiKey): Promise<Answer> =>
  send(exemptionUrl(`/${id}`, query), { headers: { 'x-api-key': key } })

const decide = (id: string, action: 'approve' | 'reject', query: Record<string, string> = { orgId: 'default', projectId: 'proj' }, key = sim.apiKey) =>
  send(exemptionUrl(`/${id}/${action}`, query), {
    method: 'PUT',
    headers: { 'x-api-key': key, 'content-type': 'application/json' },
    body: JSON.stringify({ approverId: APPROVER, comment: 'ok' }),
  })

describe('exemptions', () => {
  it('canReApprove: true on an Expired or Rejected exemption the key may approve in its scope', async () => {
    const expired = sto.addExemption({ status: 'Expired' })
    const rejected = sto.addExemption({ status: 'Rejected' })
    const pending = sto.addExemption({})
    const fixed = sto.addExemption({ status: 'Expired', canReApprove: false })
    expect((await read(expired.id)).json.canReApprove).toBe(true)
    expect((await read(rejected.id)).json.canReApprove).toBe(true)
    expect((await read(pending.id)).json.canReApprove).toBe(false)
    expect((await read(fixed.id)).json.canReApprove).toBe(false)
    const viewer = sim.addKey({ permissions: [STO_PERMISSION_VIEW] })
    expect((await read(expired.id, {}, viewer.key)).json.canReApprove).toBe(false)
  })

  it('renewal: approving an Expired exemption approves it again for its duration; rejecting it stays refused', async () => {
    const e = sto.addExemption({ status: 'Approved', expiration: Math.floor(Date.now() / 1000) - 60, pendingChanges: { durationDays: 14 } })
    expect((await read(e.id)).json.status).toBe('Expired')
    const refused = await decide(e.id, 'reject')
    expect(refused.status).toBe(400)
    expect(refused.json).toEqual({ status: 400, message: 'Bad Request: cannot reject an exemption with status Expired' })

    const before = Math.floor(Date.now() / 1000)
    const renewed = await decide(e.id, 'approve')
    expect(renewed.status).toBe(200)
    expect(renewed.json).toMatchObject({ id: e.id, status: 'Approved', approverId: APPROVER, canReApprove: false })
    expect(renewed.json.expiration).toBeGreaterThanOrEqual(before + 14 * DAY)
    expect(sto.exemption(e.id)?.status).toBe('Approved')

    const locked = sto.addExemption({ status: 'Expired', canReApprove: false })
    expect((await decide(locked.id, 'approve')).json).toEqual({ status: 400, message: 'Bad Request: cannot approve an exemption with status Expired' })
  })

  it('a Rejected exemption moves to Approved only by approving it again, where canReApprove allows', async () => {
    const locked = sto.addExemption({ status: 'Rejected', canReApprove: false })
    expect((await decide(locked.id, 'approve')).json).toEqual({ status: 400, message: 'Bad Request: cannot approve an exemption with status Rejected' })
    expect(sto.exemption(locked.id)?.status).toBe('Rejected')
    // The key's role decides when the exemption does not fix it.
    const rejected = sto.addExemption({ status: 'Rejected' })
    const viewer = sim.addKey({ permissions: [STO_PERMISSION_VIEW] })
    expect((await decide(rejected.id, 'approve', undefined, viewer.key)).status).toBe(403)
    const approved = await decide(rejected.id, 'approve')
    expect(approved.json).toMatchObject({ status: 'Approved', approverId: APPROVER })
  })

  it('scope of one: GET takes orgId/projectId and checks them, unless ignoreScope; a project-level key needs them', async () => {
    const e = sto.addExemption({ orgId: 'default', projectId: 'payments' })
    expect((await read(e.id)).status).toBe(200)
    expect((await read(e.id, { orgId: 'default', projectId: 'payments' })).status).toBe(200)
    const elsewhere = await read(e.id, { orgId: 'default', projectId: 'proj' })
    expect(elsewhere.status).toBe(404)
    expect(elsewhere.json).toEqual({ status: 404, message: `Not Found: exemption ${e.id} not found` })
    expect((await read(e.id, { orgId: 'default', projectId: 'proj', ignoreScope: 'true' })).status).toBe(200)

    const projectRole = sim.addKey({ permissions: [STO_PERMISSION_VIEW, STO_PERMISSION_APPROVE], projects: ['default/payments'] })
    expect((await read(e.id, {}, projectRole.key)).status).toBe(403)
    expect((await read(e.id, { orgId: 'default', projectId: 'payments' }, projectRole.key)).status).toBe(200)
    expect((await decide(e.id, 'approve', { orgId: 'default', projectId: 'payments' }, projectRole.key)).json.status).toBe('Approved')
  })
})

describe('current user', () => {
  const currentUser = (key: string, query: Record<string, string> = { accountIdentifier: ACCOUNT }) =>
    send(`${sim.baseUrl}/ng/api/user/currentUser?${new URLSearchParams(query)}`, { headers: { 'x-api-key': key, 'Harness-Account': ACCOUNT } })

  it("needs accountIdentifier in the query; a service-account key gets 400 \"…only by 'USER' principal type\"", async () => {
    const ok = await currentUser(sim.apiKey)
    expect(ok.status).toBe(200)
    expect(ok.json.data).toMatchObject({ uuid: sto.userIdOf(sim.apiKey), email: sim.defaultUser.email })
    expect(sto.userIdOf(sim.apiKey)).toBe(sim.findKey(sim.apiKey)?.userId)

    const noAccount = await currentUser(sim.apiKey, {})
    expect(noAccount.status).toBe(400)
    expect(noAccount.json.message).toContain('accountIdentifier')

    const bot = sim.addKey({ serviceAccount: { identifier: 'scanner' } })
    const refused = await currentUser(bot.key)
    expect(refused.status).toBe(400)
    expect(refused.json).toMatchObject({ status: 'ERROR', code: 'INVALID_REQUEST', message: "Invalid request: Current user can be accessed only by 'USER' principal type" })

    const expired = sim.addKey({ expired: true })
    expect((await currentUser(expired.key)).json).toMatchObject({ code: 'EXPIRED_TOKEN', message: 'Token expired.' })
  })
})
