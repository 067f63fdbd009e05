// What a decided exemption's result says, and what the run logs while reading, word for word, in the test
// process: the notes with and without the names STO gives, who else decided, and the line each read writes
// when it is retried. Real HTTP against the STO simulator.
import { describe, expect, it } from 'vitest'
import { STO_PERMISSIONS } from '../../sim/sto-simulator.js'
import { decideExemption, type ExemptionDecisionRequest, type ExemptionResult } from '../../src/exemptions/decide-exemption.js'
import { useStoSimulator, type StoTestDeps } from '../support/servers.js'

const ACCOUNT = 'acctSTOmutnotes0000001'
const PERSON = 'personUser000000000001'
const APPROVER = 'approver00000000000001'
const servers = useStoSimulator(ACCOUNT)

function decide(req: Partial<ExemptionDecisionRequest> & { exemptionId: string }, deps: StoTestDeps = servers.deps()) {
  return decideExemption({ action: 'APPROVE', approverId: APPROVER, comment: '', scope: { orgId: 'default', projectId: 'proj' }, ...req }, deps)
}

function noteOf(result: ExemptionResult): string | undefined {
  expect(result.kind).toBe('decided')
  return result.kind === 'decided' ? result.note : 'not decided'
}

const BUSY = { message: 'Busy', status: 503 }

describe('notes', () => {
  it('already in the state asked, with no approver named: no "by"', async () => {
    const e = servers.sto.addExemption({ status: 'Rejected' })
    expect(noteOf(await decide({ exemptionId: e.id, action: 'REJECT' }))).toBe(`Exemption ${e.id} was already rejected; nothing was sent.`)
  })

  it('a rejection with no approver named, approved again: no "by"', async () => {
    const e = servers.sto.addExemption({ status: 'Rejected' })
    expect(noteOf(await decide({ exemptionId: e.id, reapproveRejected: true }))).toBe(`Exemption ${e.id} had been rejected; it was approved again, as this run was told to.`)
  })

  it('a PUT answered as approved by someone else is still ours: the answer is not a read-back, so no note', async () => {
    const e = servers.sto.addExemption({})
    servers.sim.fault({ on: 'PUT', kind: 'respond', pathIncludes: e.id, body: { ...servers.sto.exemption(e.id), status: 'Approved', approverId: PERSON } })
    const result = await decide({ exemptionId: e.id })
    expect(result).toMatchObject({ kind: 'decided', confirmedByReadBack: false, approverId: APPROVER, exemption: { approverId: PERSON } })
    expect(noteOf(result)).toBeUndefined()
  })

  it('read back as approved with no approver named: no note of someone else', async () => {
    const e = servers.sto.addExemption({})
    servers.sim.fault({ on: 'PUT', kind: 'no-apply-503' })
    const deps = servers.deps()
    const sleep = deps.clock.sleep
    deps.clock.sleep = async (ms, signal) => {
      Object.assign(servers.sto.exemption(e.id)!, { status: 'Approved', approverId: undefined })
      return sleep(ms, signal)
    }
    const result = await decide({ exemptionId: e.id }, deps)
    expect(result).toMatchObject({ kind: 'decided', confirmedByReadBack: true, puts: 1 })
    expect(noteOf(result)).toBeUndefined()
  })

  it('read back as approved by this run\'s own approver: no note of someone else', async () => {
    const e = servers.sto.addExemption({})
    servers.sim.fault({ on: 'PUT', kind: 'apply-then-reset' })
    const result = await decide({ exemptionId: e.id })
    expect(result).toMatchObject({ kind: 'decided', confirmedByReadBack: true, exemption: { approverId: APPROVER } })
    expect(noteOf(result)).toBeUndefined()
  })

  it('a renewal read back as approved by someone else says both', async () => {
    const e = servers.sto.addExemption({ status: 'Expired', expiration: 1_800_000_000 })
    servers.sim.fault({ on: 'PUT', kind: 'no-apply-503' })
    const deps = servers.deps()
    const sleep = deps.clock.sleep
    deps.clock.sleep = async (ms, signal) => {
      Object.assign(servers.sto.exemption(e.id)!, { status: 'Approved', approverId: PERSON, expiration: 1_900_000_000 })
      return sleep(ms, signal)
    }
    expect(noteOf(await decide({ exemptionId: e.id }, deps))).toBe(
      `Exemption ${e.id} had expired; approving it renewed it until 2030-03-17T17:46:40Z. The exemption shows approved by ${PERSON}, not ${APPROVER}: someone else may have decided it meanwhile.`,
    )
  })
})

describe("the key's user without an email", () => {
  it('is named by its id alone', async () => {
    const noMail = servers.sim.addKey({ user: { name: 'No Mail', email: '' }, permissions: STO_PERMISSIONS })
    const e = servers.sto.addExemption({})
    const deps = servers.deps(noMail.key)
    const result = await decide({ exemptionId: e.id, approverId: undefined }, deps)
    const id = servers.sto.userIdOf(noMail.key)
    expect(result).toMatchObject({ kind: 'decided', approverId: id })
    expect(deps.logger.lines.filter((l) => l.level === 'info').map((l) => l.message)).toEqual([`Approving as the key's own user ${id}.`])
  })
})

describe('retried reads', () => {
  it('each read says which it is when it is retried', async () => {
    const e = servers.sto.addExemption({})
    servers.sim.fault({ on: 'PUT', kind: 'no-apply-503' })
    // The first read, the user lookup, the read before the PUT and the read-back each fail once. A request
    // meets only the first fault that matches it, so each `after` lets the retry of the read before through.
    for (const after of [0, 1, 1]) servers.sim.fault({ on: 'GET', kind: 'respond', status: 503, after, pathIncludes: e.id, body: BUSY })
    servers.sim.fault({ on: 'GET', kind: 'respond', status: 503, pathIncludes: 'currentUser', body: BUSY })
    const deps = servers.deps()
    const result = await decide({ exemptionId: e.id, action: 'REJECT', approverId: undefined }, deps)
    expect(result).toMatchObject({ kind: 'decided', status: 'Rejected', puts: 2, confirmedByReadBack: false })
    const busy = (what: string) => `STO server error: STO (or a proxy in front of it) failed when asked to ${what} (HTTP 503). Harness said: "Busy"`
    const own = servers.sto.userIdOf(servers.sim.apiKey)
    expect(deps.logger.lines.filter((l) => l.level === 'info').map((l) => l.message)).toEqual([
      `Reading exemption ${e.id} failed (attempt 1: ${busy('read the exemption')}); trying again in 0.8s.`,
      `Reading the API key's user failed (attempt 1: ${busy("read the key's user")}); trying again in 0.8s.`,
      `Rejecting as the key's own user ${own} (approver.bot@example.com).`,
      `Reading exemption ${e.id} again before the reject failed (attempt 1: ${busy('read the exemption')}); trying again in 0.8s.`,
      `Reading back exemption ${e.id} failed (attempt 1: ${busy('read the exemption')}); trying again in 0.8s.`,
    ])
    expect(deps.clock.sleeps).toEqual([750, 750, 750, 2_000, 750])
  })
})
