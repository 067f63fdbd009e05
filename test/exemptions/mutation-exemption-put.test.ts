// Deciding an exemption, from the PUT on, in the test process (so that a changed line of the decision shows):
// answers that are refusals, unclear, about another exemption or not the state asked; the read-back after
// them and its failures; rate limits; a PUT that cannot connect; cancellation between PUTs. Real HTTP
// against the STO simulator; word for word, with the requests that were sent.
import { describe, expect, it } from 'vitest'
import { decideExemption, type ExemptionDecisionRequest, type ExemptionResult } from '../../src/exemptions/decide-exemption.js'
import { ExemptionsAdminClient } from '../../src/exemptions/admin-client.js'
import { CancelledError } from '../../src/ports.js'
import type { Exemption, StoScope } from '../../src/exemptions/types.js'
import { closedPort } from '../support/ports.js'
import { useStoSimulator, type StoTestDeps } from '../support/servers.js'

const ACCOUNT = 'acctSTOmutput000000001'
const PERSON = 'personUser000000000001'
const APPROVER = 'approver00000000000001'
const servers = useStoSimulator(ACCOUNT)

function decide(req: Partial<ExemptionDecisionRequest> & { exemptionId: string }, deps: StoTestDeps = servers.deps(), signal?: AbortSignal) {
  return decideExemption({ action: 'APPROVE', approverId: APPROVER, comment: '', scope: { orgId: 'default', projectId: 'proj' }, ...req }, { ...deps, ...(signal ? { signal } : {}) })
}

/** Decides, cancelling once STO has seen `count` requests (the last of them hanging). */
function decideCancelledAtRequest(id: string, count: number) {
  const controller = new AbortController()
  const watching = setInterval(() => {
    if (servers.sto.requests().length >= count) controller.abort(new Error('stop'))
  }, 5)
  return decide({ exemptionId: id }, servers.deps(), controller.signal).finally(() => clearInterval(watching))
}

/** Every request the simulator saw, as `METHOD path`, the STO route and the exemption's id shortened. */
function sent(id: string): string[] {
  return servers.sim.requests.map((r) => `${r.method} ${r.path.replace(servers.sto.route, 'EX').replace(id, 'ID')}`)
}

function failedCause(result: ExemptionResult) {
  expect(result.kind).toBe('failed')
  if (result.kind !== 'failed') throw new Error('not failed')
  return result.cause
}

function unknownMessage(result: ExemptionResult): string {
  expect(result.kind).toBe('unknown')
  if (result.kind !== 'unknown') throw new Error('not unknown')
  return result.message
}

/** Changes the live exemption right before the GET that comes after `reads` GETs of it. */
function changeBeforeRead(id: string, reads: number, change: Partial<Exemption>): void {
  servers.sim.fault({ on: 'GET', kind: 'change-before', after: reads, pathIncludes: id, change: () => void Object.assign(servers.sto.exemption(id)!, change) })
}

/** The PUT is answered 200 with this exemption instead of being processed. */
function putAnswers(id: string, body: object): void {
  servers.sim.fault({ on: 'PUT', kind: 'respond', pathIncludes: id, body })
}

const REFUSED = { message: 'Exemption cannot be approved', status: 400 }
const RATE_LIMITED = 'Harness rate limit reached: STO refused the request for too many calls with this key or from this address. Harness said: "Too many requests. Please try again later."'
const PUT_503 = 'STO server error: STO (or a proxy in front of it) failed when asked to approve the exemption (HTTP 503). Harness said: "503 Service Temporarily Unavailable"'
const readFailed = (status: number, said: string) =>
  status === 403
    ? `STO permission missing: The key's user or service account may not read the exemption in account ${ACCOUNT}, org default, project proj. Harness said: "${said}"`
    : `STO server error: STO (or a proxy in front of it) failed when asked to read the exemption (HTTP ${status}). Harness said: "${said}"`

describe('a PUT answered with the exemption not in the state asked', () => {
  it('still Pending: unknown, saying STO accepted it but shows it unchanged', async () => {
    const e = servers.sto.addExemption({})
    putAnswers(e.id, { ...servers.sto.exemption(e.id) })
    const result = await decide({ exemptionId: e.id })
    expect(unknownMessage(result)).toBe(`STO accepted the approve of exemption ${e.id} but still shows it Pending. Check it in Harness.`)
    expect(result).toMatchObject({ puts: 1, exemption: { id: e.id, status: 'Pending' } })
    expect(sent(e.id)).toEqual(['GET EX/ID', 'GET EX/ID', 'PUT EX/ID/approve'])
  })

  it('another state: the exemption ended otherwise', async () => {
    const e = servers.sto.addExemption({})
    putAnswers(e.id, { ...servers.sto.exemption(e.id), status: 'Canceled' })
    const result = await decide({ exemptionId: e.id, action: 'REJECT' })
    expect(failedCause(result)).toEqual({
      id: 'already-finished',
      title: 'Exemption ended otherwise',
      explanation: `After this reject, STO reports exemption ${e.id} as Canceled.`,
      fix: 'Look at the exemption in Harness (Security Tests > Exemptions).',
      status: 0,
      harnessMessage: '',
    })
    expect(result.exemption).toMatchObject({ status: 'Canceled' })
  })
})

describe('a PUT answered with another exemption', () => {
  it('read back as approved by someone else: a success, confirmed by the read-back, saying who', async () => {
    const e = servers.sto.addExemption({})
    const other = servers.sto.addExemption({ status: 'Approved' })
    putAnswers(e.id, servers.sto.exemption(other.id)!)
    changeBeforeRead(e.id, 2, { status: 'Approved', approverId: PERSON })
    const result = await decide({ exemptionId: e.id })
    expect(result).toMatchObject({ kind: 'decided', status: 'Approved', alreadyInState: false, approverId: APPROVER, puts: 1, confirmedByReadBack: true, exemption: { id: e.id, approverId: PERSON } })
    if (result.kind === 'decided') expect(result.note).toBe(`The exemption shows approved by ${PERSON}, not ${APPROVER}: someone else may have decided it meanwhile.`)
    expect(sent(e.id)).toEqual(['GET EX/ID', 'GET EX/ID', 'PUT EX/ID/approve', 'GET EX/ID'])
  })

  it('read back unchanged: a failure naming the other exemption and the state this one shows', async () => {
    const e = servers.sto.addExemption({})
    const other = servers.sto.addExemption({ status: 'Approved' })
    putAnswers(e.id, servers.sto.exemption(other.id)!)
    const result = await decide({ exemptionId: e.id })
    expect(failedCause(result)).toEqual({
      id: 'not-json',
      title: 'Unexpected answer from STO',
      explanation: `STO answered the approve of exemption ${e.id} with another exemption ('${other.id}'); read back, it shows Pending, not Approved.`,
      fix: 'Look at the exemption in Harness (Security Tests > Exemptions).',
      status: 0,
      harnessMessage: '',
    })
    expect(result.exemption).toMatchObject({ id: e.id, status: 'Pending' })
  })

  it('read back as rejected by a person: a failure that carries the exemption as read back', async () => {
    const e = servers.sto.addExemption({})
    const other = servers.sto.addExemption({ status: 'Approved' })
    putAnswers(e.id, servers.sto.exemption(other.id)!)
    changeBeforeRead(e.id, 2, { status: 'Rejected', approverId: PERSON })
    const result = await decide({ exemptionId: e.id })
    expect(failedCause(result).explanation).toBe(`STO answered the approve of exemption ${e.id} with another exemption ('${other.id}'); read back, it shows Rejected, not Approved.`)
    expect(result.exemption).toMatchObject({ id: e.id, status: 'Rejected', approverId: PERSON })
  })

  it('and the read-back fails: unknown, with both', async () => {
    const e = servers.sto.addExemption({})
    const other = servers.sto.addExemption({ status: 'Rejected' })
    putAnswers(e.id, servers.sto.exemption(other.id)!)
    servers.sim.fault({ on: 'GET', kind: 'respond', status: 500, after: 2, pathIncludes: e.id, body: { message: 'Read failed', status: 500 } })
    const result = await decide({ exemptionId: e.id, action: 'REJECT' })
    expect(unknownMessage(result)).toBe(
      `STO answered the reject of exemption ${e.id} with another exemption ('${other.id}'), and the exemption could not be read back (${readFailed(500, 'Read failed')}). Check it in Harness.`,
    )
    // The read-back is one read: an unclear outcome is not retried into a decision.
    expect(sent(e.id)).toEqual(['GET EX/ID', 'GET EX/ID', 'PUT EX/ID/reject', 'GET EX/ID'])
    expect(result).toMatchObject({ puts: 1, exemption: { id: e.id, status: 'Pending' } })
  })

  it('cancelled during the read-back: cancelled, not unknown', async () => {
    const e = servers.sto.addExemption({})
    const other = servers.sto.addExemption({ status: 'Approved' })
    putAnswers(e.id, servers.sto.exemption(other.id)!)
    servers.sim.fault({ on: 'GET', kind: 'apply-then-hang', after: 2, pathIncludes: e.id })
    const result = await decideCancelledAtRequest(e.id, 4)
    expect(result).toMatchObject({ kind: 'cancelled', puts: 1 })
  })
})

describe('a PUT refused outright', () => {
  it('and the exemption approved meanwhile (STO refusing it as already approved): a success naming who, as if nothing was sent', async () => {
    const e = servers.sto.addExemption({})
    servers.sto.failNext({ status: 400, on: 'PUT', message: REFUSED.message })
    changeBeforeRead(e.id, 2, { status: 'Approved', approverId: PERSON })
    const result = await decide({ exemptionId: e.id })
    expect(result).toMatchObject({ kind: 'decided', status: 'Approved', alreadyInState: true, puts: 1, confirmedByReadBack: false, exemption: { approverId: PERSON } })
    if (result.kind === 'decided') expect(result.note).toBe(`Exemption ${e.id} was already approved by ${PERSON}; nothing was sent.`)
    expect(sent(e.id)).toEqual(['GET EX/ID', 'GET EX/ID', 'PUT EX/ID/approve', 'GET EX/ID'])
  })

  it('and the exemption rejected meanwhile: the change is the failure, not the refusal', async () => {
    const e = servers.sto.addExemption({})
    servers.sto.failNext({ status: 400, on: 'PUT', message: REFUSED.message })
    changeBeforeRead(e.id, 2, { status: 'Rejected', approverId: PERSON })
    const result = await decide({ exemptionId: e.id })
    const cause = failedCause(result)
    expect(cause.title).toBe('Exemption changed meanwhile')
    expect(cause.explanation).toMatch(new RegExp(`^Exemption ${e.id} changed meanwhile: it was Pending when read, and is now Rejected\\. Exemption ${e.id} was already rejected \\(by ${PERSON}\\);`))
    expect(result.exemption).toMatchObject({ status: 'Rejected' })
  })

  it('and the exemption cannot be read again: the refusal stands', async () => {
    const e = servers.sto.addExemption({})
    servers.sto.failNext({ status: 400, on: 'PUT', message: REFUSED.message })
    servers.sim.fault({ on: 'GET', kind: 'respond', status: 500, after: 2, pathIncludes: e.id, body: { message: 'Read failed', status: 500 } })
    const result = await decide({ exemptionId: e.id })
    const cause = failedCause(result)
    expect(cause.status).toBe(400)
    expect(cause.harnessMessage).toBe(REFUSED.message)
    expect(result.exemption).toMatchObject({ status: 'Pending' })
    expect(sent(e.id)).toEqual(['GET EX/ID', 'GET EX/ID', 'PUT EX/ID/approve', 'GET EX/ID'])
  })

  it('cancelled while reading it again: cancelled, not the refusal', async () => {
    const e = servers.sto.addExemption({})
    servers.sto.failNext({ status: 400, on: 'PUT', message: REFUSED.message })
    servers.sim.fault({ on: 'GET', kind: 'apply-then-hang', after: 2, pathIncludes: e.id })
    const result = await decideCancelledAtRequest(e.id, 4)
    expect(result).toMatchObject({ kind: 'cancelled', puts: 1 })
  })

  it('after an unclear PUT, a refusal of the next one is read back and stands while nothing changed', async () => {
    const e = servers.sto.addExemption({})
    servers.sim.fault({ on: 'PUT', kind: 'no-apply-503' })
    servers.sto.failNext({ status: 400, on: 'PUT', message: REFUSED.message })
    const deps = servers.deps()
    const result = await decide({ exemptionId: e.id }, deps)
    const cause = failedCause(result)
    expect(cause.status).toBe(400)
    expect(cause.harnessMessage).toBe(REFUSED.message)
    expect(result.puts).toBe(2)
    // Each PUT is followed by the settle time and one read-back; no third PUT.
    expect(sent(e.id)).toEqual(['GET EX/ID', 'GET EX/ID', 'PUT EX/ID/approve', 'GET EX/ID', 'PUT EX/ID/approve', 'GET EX/ID'])
    expect(deps.clock.sleeps).toEqual([2_000, 2_000])
    expect(deps.logger.lines.filter((l) => l.level === 'warning').map((l) => l.title)).toEqual(['Unclear answer from STO', 'Unclear answer from STO'])
  })
})

describe('an unclear PUT', () => {
  it('answered 200 with a page that is not JSON and not processed: read back, still Pending, so sent again', async () => {
    const e = servers.sto.addExemption({})
    servers.sim.fault({ on: 'PUT', kind: 'html', pathIncludes: e.id })
    const deps = servers.deps()
    const result = await decide({ exemptionId: e.id }, deps)
    expect(result).toMatchObject({ kind: 'decided', status: 'Approved', puts: 2, confirmedByReadBack: false })
    expect(sent(e.id)).toEqual(['GET EX/ID', 'GET EX/ID', 'PUT EX/ID/approve', 'GET EX/ID', 'PUT EX/ID/approve'])
    expect(deps.logger.lines.filter((l) => l.level === 'warning')).toEqual([
      { level: 'warning', title: 'Unclear answer from STO', message: `Exemption ${e.id}: the approve's outcome is unclear (STO answered 200 with a body that is not JSON); reading the exemption back.` },
    ])
    expect(servers.sto.decisions()).toHaveLength(2)
  })

  it('applied, then answered 502 by a proxy: read back as decided, not sent again', async () => {
    const e = servers.sto.addExemption({})
    servers.sim.fault({ on: 'PUT', kind: 'apply-then-502', pathIncludes: e.id })
    const result = await decide({ exemptionId: e.id, action: 'REJECT' })
    expect(result).toMatchObject({ kind: 'decided', status: 'Rejected', puts: 1, confirmedByReadBack: true, approverId: APPROVER })
    expect(sent(e.id)).toEqual(['GET EX/ID', 'GET EX/ID', 'PUT EX/ID/reject', 'GET EX/ID'])
  })

  it('read back as canceled meanwhile: a failure that carries the exemption as read back', async () => {
    const e = servers.sto.addExemption({})
    servers.sim.fault({ on: 'PUT', kind: 'no-apply-503' })
    changeBeforeRead(e.id, 2, { status: 'Canceled' })
    const result = await decide({ exemptionId: e.id })
    expect(failedCause(result).explanation).toBe(
      `Exemption ${e.id} changed meanwhile: it was Pending when read, and is now Canceled. Exemption ${e.id} was canceled, so it can no longer be approved; nothing was sent.`,
    )
    expect(result).toMatchObject({ puts: 1, exemption: { status: 'Canceled' } })
  })

  it('unclear every time: unknown after three PUTs, saying what it still shows', async () => {
    const e = servers.sto.addExemption({})
    servers.sim.fault({ on: 'PUT', kind: 'no-apply-503', times: 10 })
    const result = await decide({ exemptionId: e.id })
    expect(unknownMessage(result)).toBe(`Decision state unknown for exemption ${e.id}: 3 attempts gave no clear answer (last: ${PUT_503}), and it still shows Pending. Check it in Harness.`)
    expect(result).toMatchObject({ puts: 3, exemption: { status: 'Pending' } })
  })
})

describe('an unclear PUT whose read-back fails', () => {
  it('unknown: it may or may not have been recorded, with both reasons', async () => {
    const e = servers.sto.addExemption({})
    servers.sim.fault({ on: 'PUT', kind: 'no-apply-503' })
    servers.sim.fault({ on: 'GET', kind: 'respond', status: 403, after: 2, pathIncludes: e.id, body: { message: 'Gone', status: 403 } })
    const deps = servers.deps()
    const result = await decide({ exemptionId: e.id }, deps)
    expect(unknownMessage(result)).toBe(
      `Decision state unknown for exemption ${e.id}: the approve may or may not have been recorded (${PUT_503}), and the exemption could not be read back (${readFailed(403, 'Gone')}). Check it in Harness before running this again.`,
    )
    expect(result).toMatchObject({ puts: 1, exemption: { status: 'Pending' } })
    expect(deps.logger.lines.filter((l) => l.level === 'warning')).toEqual([
      { level: 'warning', title: 'Unclear answer from STO', message: `Exemption ${e.id}: the approve's outcome is unclear (${PUT_503}); reading the exemption back.` },
    ])
  })

  it('cancelled while reading back: cancelled', async () => {
    const e = servers.sto.addExemption({})
    servers.sim.fault({ on: 'PUT', kind: 'no-apply-503' })
    servers.sim.fault({ on: 'GET', kind: 'apply-then-hang', after: 2, pathIncludes: e.id })
    const result = await decideCancelledAtRequest(e.id, 4)
    expect(result).toMatchObject({ kind: 'cancelled', puts: 1 })
  })

  it('a wait the clock reports cancelled: cancelled', async () => {
    const e = servers.sto.addExemption({})
    servers.sim.fault({ on: 'PUT', kind: 'no-apply-503' })
    const deps = servers.deps()
    deps.clock.sleep = async () => {
      throw new CancelledError()
    }
    expect(await decide({ exemptionId: e.id }, deps)).toMatchObject({ kind: 'cancelled', puts: 1 })
  })

  it('a clock that fails after the PUT: unknown, with its message', async () => {
    const e = servers.sto.addExemption({})
    servers.sim.fault({ on: 'PUT', kind: 'no-apply-503' })
    const deps = servers.deps()
    deps.clock.sleep = async () => {
      throw new Error('the clock stopped')
    }
    const result = await decide({ exemptionId: e.id }, deps)
    expect(unknownMessage(result)).toBe(`Decision state unknown for exemption ${e.id}: the clock stopped. Check it in Harness.`)
  })
})

describe('rate limits and an unreachable STO on the PUT', () => {
  it('429 every time: rate limited, after three PUTs and two pauses, never unclear', async () => {
    const e = servers.sto.addExemption({})
    servers.sim.fault({ on: 'PUT', kind: 'rate-limit', times: 10 })
    const deps = servers.deps()
    const result = await decide({ exemptionId: e.id }, deps)
    const cause = failedCause(result)
    expect(cause.id).toBe('rate-limited')
    expect(cause.title).toBe('Harness rate limit reached')
    expect(cause.fix).toBe('Lower {maxRequestsPerMinute} or {concurrency}, or spread runs out.')
    expect(cause.explanation).toBe(`${RATE_LIMITED}.`)
    expect(result.puts).toBe(3)
    expect(servers.sto.decisions()).toHaveLength(3)
    // Back-off 1 s then 2 s, jitter at its middle; no read-back: a 429 was not processed.
    expect(deps.clock.sleeps).toEqual([750, 1_500])
    const warnings = deps.logger.lines.filter((l) => l.level === 'warning')
    expect(warnings.map((l) => l.title)).toEqual(['Rate limited', 'Rate limited', 'Rate limited'])
    expect(warnings[0]?.message).toBe(`Exemption ${e.id}: ${RATE_LIMITED}; the approve was not processed.`)
    expect(sent(e.id).filter((r) => r.startsWith('GET'))).toHaveLength(2)
  })

  it('a PUT that cannot connect: STO unreachable, one PUT tried, no read-back', async () => {
    const e = servers.sto.addExemption({})
    const port = await closedPort()
    const dead = new ExemptionsAdminClient(servers.http, { baseUrl: new URL(`http://127.0.0.1:${port}/gateway`), accountId: ACCOUNT, apiKey: servers.sim.apiKey })
    class PutsNowhere extends ExemptionsAdminClient {
      override decide(id: string, action: 'approve' | 'reject', scope: StoScope, body: { approverId: string }, signal?: AbortSignal) {
        return dead.decide(id, action, scope, body, signal)
      }
    }
    const client = new PutsNowhere(servers.http, { baseUrl: new URL(servers.sim.baseUrl), accountId: ACCOUNT, apiKey: servers.sim.apiKey })
    const deps = { ...servers.deps(), client }
    const result = await decide({ exemptionId: e.id }, deps)
    const cause = failedCause(result)
    expect(cause.id).toBe('unreachable')
    expect(cause.title).toBe('Could not reach STO')
    expect(cause.explanation).toBe(`PUT http://127.0.0.1:${port}/gateway/sto/api/v2/exemptions/${e.id}/approve: could not connect, the connection was refused (ECONNREFUSED).`)
    expect(result.puts).toBe(1)
    expect(sent(e.id)).toEqual(['GET EX/ID', 'GET EX/ID'])
    expect(deps.clock.sleeps).toEqual([])
  })
})

describe('cancelled between two PUTs', () => {
  it('after a read-back showing nothing changed: no second PUT', async () => {
    const e = servers.sto.addExemption({})
    servers.sim.fault({ on: 'PUT', kind: 'no-apply-503' })
    const controller = new AbortController()
    // The read-back answers, then the run is cancelled before it would try again.
    class CancelledAfterReadBack extends ExemptionsAdminClient {
      reads = 0
      override async find(id: string, scope: StoScope, signal?: AbortSignal): Promise<Exemption> {
        const found = await super.find(id, scope, signal)
        if (++this.reads === 3) controller.abort(new Error('stop'))
        return found
      }
    }
    const client = new CancelledAfterReadBack(servers.http, { baseUrl: new URL(servers.sim.baseUrl), accountId: ACCOUNT, apiKey: servers.sim.apiKey })
    const result = await decide({ exemptionId: e.id }, { ...servers.deps(), client }, controller.signal)
    expect(result).toMatchObject({ kind: 'cancelled', puts: 1, exemption: { status: 'Pending' } })
    expect(servers.sto.decisions()).toHaveLength(1)
  })
})
