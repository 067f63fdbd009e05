// What Harness tells before a decision, pinned on the simulator over real HTTP: whether a key may decide an
// instance, who the key's user is, who started the execution, and a step past its deadline. Each fact and
// the test that pins it:
//
// | fact                                                                                       | test                   |
// |--------------------------------------------------------------------------------------------|------------------------|
// | GET …/approvals/{id}/harness/authorization -> `{status: SUCCESS, data: {authorized, reason}}` | authorization › shape  |
// | its order: already acted, executor, disallowed user, service account, user groups          | authorization › order  |
// | the same reason a decision is refused with                                                 | authorization › order  |
// | it does not judge the instance's state: a passed deadline is still "authorized"            | authorization › state  |
// | the oldest servers answer `authorized: true` always                                        | authorization › oldest |
// | a bad key: 401, as everywhere                                                              | authorization › key    |
// | GET /ng/api/user/currentUser -> `data.uuid`; a service account has no user (400)           | current user           |
// | the execution read names who started it: `executionTriggerInfo.triggeredBy.uuid`           | executor               |
// | past its deadline a step still reads WAITING, and a decision answers "already expired"     | authorization › state  |
// | an execution aborted while its step waits: status Aborted, the step ABORTED                | aborted on a timer     |
import { afterEach, describe, expect, it } from 'vitest'
import { startHarnessSimulator, type HarnessSimulator } from '../sim/harness-simulator.js'
import { installStoRoutes } from '../sim/sto-simulator.js'
import { expectInvalidRequest, send, simulatorCalls } from './support/simulator-http.js'

const EXEC = 'execAAAAAAAAAAAAAAAAAA1'
let sim: HarnessSimulator

async function start(options: Parameters<typeof startHarnessSimulator>[0] = {}) {
  await sim?.close()
  sim = await startHarnessSimulator({ accountId: 'acct123', ...options })
  return sim
}

afterEach(async () => {
  await sim?.close()
})

const { approve, call, execution } = simulatorCalls(() => sim, EXEC)

function authorization(instanceId: string, key: string = sim.apiKey, account = sim.accountId) {
  const url = `${sim.baseUrl}/pipeline/api/approvals/${instanceId}/harness/authorization?accountIdentifier=${account}`
  return send(url, { headers: { 'x-api-key': key, 'Harness-Account': account } })
}

function currentUser(key: string) {
  return send(`${sim.baseUrl}/ng/api/user/currentUser?accountIdentifier=${sim.accountId}`, { headers: { 'x-api-key': key } })
}

describe('authorization', () => {
  it('shape: SUCCESS with data.authorized (and a reason when refused)', async () => {
    await start()
    const instance = sim.addInstance({ executionId: EXEC })
    const yes = await authorization(instance.id)
    expect(yes.status).toBe(200)
    expect(yes.json).toMatchObject({ status: 'SUCCESS', data: { authorized: true } })
    const stranger = sim.addKey()
    const no = await authorization(instance.id, stranger.key)
    expect(no.json).toMatchObject({ status: 'SUCCESS', data: { authorized: false, reason: 'User not authorized to approve/reject' } })
    expectInvalidRequest(await authorization('noSuchInstance'), 'Invalid approval instance id: noSuchInstance')
  })

  it('order: already acted, then executor, then disallowed user, then membership; a decision gives the same reason', async () => {
    await start()
    const runner = sim.addKey({ user: { name: 'Runner', email: 'Runner@Example.com' } })
    const instance = sim.addInstance({
      executionId: EXEC,
      minimumCount: 2,
      approvers: '*',
      pipelineExecutor: 'Runner',
      disallowPipelineExecutor: true,
      disallowedUserEmails: ['runner@example.com', sim.defaultUser.email],
    })
    const reasons = async (key: string) => (await authorization(instance.id, key)).json.data.reason as string
    expect(await reasons(runner.key)).toBe('Pipeline executor is not allowed to approve/reject')
    expect(await reasons(sim.apiKey)).toBe(`Action not permitted: You [${sim.defaultUser.email}] are on the disallowed user list and do not have permission to approve or reject.`)
    expectInvalidRequest(await approve({ key: runner.key }), 'Pipeline executor is not allowed to approve/reject')

    const other = sim.addKey()
    expect((await approve({ key: other.key })).json.status).toBe('WAITING')
    expect(await reasons(other.key)).toBe('You have already approved/rejected the pipeline')

    const robot = sim.addKey({ serviceAccount: { identifier: 'robot' } })
    expect(await reasons(robot.key)).toBe('The service account configured in the request is not authorized to approve/reject')
  })

  it('state: a step past its deadline reads WAITING and is "authorized", but a decision answers "already expired"', async () => {
    await start()
    const instance = sim.addInstance({ executionId: EXEC, deadline: Date.now() - 1000 })
    expect((await call({ query: { approval_status: 'WAITING' } })).json.map((i: { id: string }) => i.id)).toEqual([instance.id])
    expect((await authorization(instance.id)).json.data).toEqual({ authorized: true })
    expectInvalidRequest(await approve(), 'Unable to add Harness Approval Activity : Harness approval instance has already expired')
  })

  it('oldest: a build from before both versions answers authorized: true always', async () => {
    await start({ olderBuild: true })
    const instance = sim.addInstance({ executionId: EXEC })
    expect((await authorization(instance.id, sim.addKey().key)).json.data).toEqual({ authorized: true })
  })

  it('key: an unknown key gets 401', async () => {
    await start()
    const instance = sim.addInstance({ executionId: EXEC })
    expect((await authorization(instance.id, 'pat.acct123.nope.nope')).status).toBe(401)
  })
})

describe('current user', () => {
  it("answers the key's user, whose uuid the execution read names as its executor; a service account has none", async () => {
    await start()
    const me = await currentUser(sim.apiKey)
    expect(me.json).toMatchObject({ status: 'SUCCESS', data: { uuid: expect.any(String), email: sim.defaultUser.email } })
    const robot = sim.addKey({ serviceAccount: { identifier: 'robot' } })
    expectInvalidRequest(await currentUser(robot.key), "Current user can be accessed only by 'USER' principal type")
    expect((await currentUser('pat.acct123.nope.nope')).status).toBe(401)
  })

  it('with the STO routes installed, theirs replaces it', async () => {
    await start()
    const sto = installStoRoutes(sim)
    sto.makeServiceAccount(sim.apiKey)
    expect((await currentUser(sim.apiKey)).status).toBe(400)
  })
})

describe('executor', () => {
  it('the execution read names who started it; by default a user no key belongs to', async () => {
    await start()
    sim.addExecution({ executionId: EXEC, executor: sim.defaultUser.name })
    sim.addExecution({ executionId: 'execOther' })
    const uuid = (await currentUser(sim.apiKey)).json.data.uuid
    const started = (await execution()).json.data.pipelineExecutionSummary.executionTriggerInfo
    expect(started).toEqual({ triggerType: 'MANUAL', triggeredBy: { uuid, identifier: sim.defaultUser.name, extraInfo: { email: sim.defaultUser.email } } })
    const other = (await execution({ executionId: 'execOther' })).json.data.pipelineExecutionSummary.executionTriggerInfo
    expect(other.triggeredBy.uuid).not.toBe(uuid)
  })
})

describe('aborted on a timer', () => {
  it('the execution ends as told after the delay, and its waiting step with it', async () => {
    await start()
    const instance = sim.addInstance({ executionId: EXEC })
    sim.endExecutionAfter(EXEC, 50)
    expect(sim.executionStatus(EXEC)).toBe('ApprovalWaiting')
    await new Promise((resolve) => setTimeout(resolve, 150))
    expect(sim.executionStatus(EXEC)).toBe('Aborted')
    expect(sim.instance(instance.id)!.status).toBe('ABORTED')
    // reset() cancels a timer still pending.
    sim.reset()
    sim.addInstance({ executionId: EXEC })
    sim.endExecutionAfter(EXEC, 30)
    sim.reset()
    sim.addInstance({ executionId: EXEC })
    await new Promise((resolve) => setTimeout(resolve, 80))
    expect(sim.executionStatus(EXEC)).toBe('ApprovalWaiting')
  })
})
