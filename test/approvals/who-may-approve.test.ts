// Who may approve, end to end over real HTTP: each refusal of the key's principal, and a wrong base path,
// reaches the user as its own cause with a fix that says what to change (and never the key).
import { afterEach, describe, expect, it } from 'vitest'
import { startHarnessSimulator, type HarnessSimulator } from '../../sim/harness-simulator.js'
import { ApprovalsClient } from '../../src/approvals/client.js'
import type { ExecutionResult } from '../../src/approvals/execution-result.js'
import { HarnessApiError } from '../../src/harness/errors.js'
import { createHttpClient } from '../../src/http/transport.js'
import { useHarness } from '../support/harness.js'

const h = useHarness()

function failedCause(executions: ExecutionResult[]) {
  expect(executions).toHaveLength(1)
  const e = executions[0]!
  if (e.kind !== 'failed') throw new Error(`expected a failure, got ${JSON.stringify(e)}`)
  return e.cause
}

describe('service-account keys', () => {
  it('newest server: a service account the step does not list is told to be listed in approvers.serviceAccounts', async () => {
    h.sim.mode = 'newest'
    const bot = h.sim.addKey({ serviceAccount: { identifier: 'deploy_bot' } })
    h.sim.addInstance({ executionId: 'exec1', approvers: '*', serviceAccounts: [] })
    const { result } = await h.run({ apiKey: bot.key })
    const cause = failedCause(result.executions)
    expect(cause).toMatchObject({ id: 'service-account-not-approver', status: 400, harnessMessage: expect.stringContaining('service account configured in the request is not authorized') })
    expect(cause.fix).toContain('approvers.serviceAccounts')
    expect(JSON.stringify(result)).not.toContain(bot.key)
  })

  it('newest server: the same service account, once listed, approves', async () => {
    h.sim.mode = 'newest'
    const bot = h.sim.addKey({ serviceAccount: { identifier: 'deploy_bot' } })
    h.sim.addInstance({ executionId: 'exec1', approvers: [], serviceAccounts: ['account.deploy_bot'] })
    const { result } = await h.run({ apiKey: bot.key })
    expect(result.executions[0]).toMatchObject({ kind: 'decided', status: 'APPROVED' })
  })

  it("older server: service accounts cannot approve at all; the fix is a user's pat. key", async () => {
    h.sim.mode = 'older'
    const bot = h.sim.addKey({ serviceAccount: { identifier: 'deploy_bot' } })
    h.sim.addInstance({ executionId: 'exec1', approvers: '*', serviceAccounts: ['account.deploy_bot'] })
    const { result } = await h.run({ apiKey: bot.key })
    const cause = failedCause(result.executions)
    expect(cause).toMatchObject({ id: 'service-account-unsupported', harnessMessage: expect.stringContaining('SERVICE_ACCOUNT is not supported for Harness Approval Step yet') })
    expect(cause.fix).toMatch(/user's key \(pat\.\)/)
  })
})

describe('the generic refusal', () => {
  let sim: HarnessSimulator | undefined
  afterEach(async () => {
    await sim?.close()
    sim = undefined
  })

  it('names approvers.serviceAccounts for a sat. key, and user groups for a pat. key', async () => {
    // A build that words every refusal the same way, but already lets service accounts act.
    sim = await startHarnessSimulator({ olderBuild: true, mode: 'newest' })
    const bot = sim.addKey({ serviceAccount: { identifier: 'deploy_bot' } })
    const person = sim.addKey()
    const step = sim.addInstance({ executionId: 'exec1', approvers: ['someone-else'] })
    const http = createHttpClient()
    try {
      const causeFor = async (apiKey: string) => {
        const client = new ApprovalsClient(http, { baseUrl: new URL(sim!.baseUrl), accountId: sim!.accountId, orgId: sim!.orgId, projectId: sim!.projectId, apiKey })
        const error = await client.decide(step.id, { action: 'APPROVE', comments: '', approverInputs: [] }).catch((e: unknown) => e)
        expect(error).toBeInstanceOf(HarnessApiError)
        return (error as HarnessApiError).harnessCause
      }
      const forBot = await causeFor(bot.key)
      expect(forBot).toMatchObject({ id: 'service-account-not-approver', harnessMessage: expect.stringContaining('User not authorized to approve/reject') })
      expect(forBot.fix).toContain("step's approvers.serviceAccounts")
      expect(JSON.stringify(forBot)).not.toContain(bot.key)
      const forPerson = await causeFor(person.key)
      expect(forPerson).toMatchObject({ id: 'not-authorized', fix: expect.stringContaining('approver user groups') })
    } finally {
      await http.destroy()
    }
  })
})

describe("the key's principal and the step's rules", () => {
  it('a deleted user or service account behind the key', async () => {
    h.sim.mode = 'newest'
    const gone = h.sim.addKey({ deleted: true })
    const goneBot = h.sim.addKey({ serviceAccount: { identifier: 'old_bot' }, deleted: true })
    h.sim.addInstance({ executionId: 'exec1', approvers: '*' })
    const user = failedCause((await h.run({ apiKey: gone.key })).result.executions)
    expect(user).toMatchObject({ id: 'key-owner-missing', harnessMessage: expect.stringContaining(`Invalid user: ${gone.userId}`) })
    const bot = failedCause((await h.run({ apiKey: goneBot.key })).result.executions)
    expect(bot).toMatchObject({ id: 'key-owner-missing', harnessMessage: expect.stringContaining('Service account [old_bot] does not exist.') })
    expect(bot.fix).toContain('new token')
  })

  it("a user on the step's disallowed list (emails compared ignoring case)", async () => {
    const key = h.sim.addKey({ user: { name: 'Pat', email: 'Pat@Example.com' } })
    h.sim.addInstance({ executionId: 'exec1', approvers: '*', disallowedUserEmails: ['pat@example.com'] })
    const cause = failedCause((await h.run({ apiKey: key.key })).result.executions)
    expect(cause).toMatchObject({ id: 'disallowed-user', harnessMessage: expect.stringContaining('are on the disallowed user list') })
    expect(cause.fix).toContain('approvers.disallowedUserEmails')
  })

  it('an expired key (401): create a new token', async () => {
    const key = h.sim.addKey({ expired: true })
    h.sim.addInstance({ executionId: 'exec1' })
    const cause = failedCause((await h.run({ apiKey: key.key })).result.executions)
    expect(cause).toMatchObject({ id: 'token-expired', status: 401, harnessMessage: 'Token expired.' })
    expect(cause.fix).toMatch(/^Create a new token/)
    expect(h.sim.posts()).toHaveLength(0)
  })
})

describe('a wrong base path', () => {
  it('is reported as a wrong baseUrl, not as unknown, and nothing is posted', async () => {
    h.sim.addInstance({ executionId: 'exec1' })
    // The gateway is right, the service path under it is not: the Java service answers 400 with its 404 inside.
    const { result } = await h.run({ baseUrl: `${h.sim.baseUrl}/pipeline` })
    const cause = failedCause(result.executions)
    expect(cause).toMatchObject({ id: 'wrong-base-url', status: 400, harnessMessage: 'HTTP 404 Not Found' })
    expect(cause.fix).toContain('https://app.harness.io/gateway')
    expect(h.sim.posts()).toHaveLength(0)
  })
})
