// Deciding one exemption against the simulator over real HTTP: read first, nothing sent when it is
// already decided, expired or canceled, one PUT otherwise, and a read-back (not a blind repeat) after an
// unclear answer. Also the report: result JSON, the exemptionStatus output and the job-summary section.
import * as core from '@actions/core'
import { afterEach, describe, expect, it } from 'vitest'
import { STO_PERMISSION_APPROVE, STO_PERMISSION_VIEW } from '../../sim/sto-simulator.js'
import { approveExemption, rejectExemption } from '../../src/exemptions/commands.js'
import { decideExemption, type ExemptionDecisionRequest, type ExemptionResult } from '../../src/exemptions/decide-exemption.js'
import { addExemptionToSummary, announceExemptionResult, exemptionResultJson, exemptionStatusOutput } from '../../src/exemptions/summary.js'
import { ExemptionsAdminClient } from '../../src/exemptions/admin-client.js'
import { recordingLogger } from '../support/fakes.js'
import { useStoSimulator } from '../support/servers.js'

const ACCOUNT = 'acctSTO000000000000001'
const APPROVER = 'approver00000000000001'
const MISSING = 'missing000000000000001'

const servers = useStoSimulator(ACCOUNT)

function decide(req: Partial<ExemptionDecisionRequest> & { exemptionId: string }, deps = servers.deps(), signal?: AbortSignal) {
  return decideExemption({ action: 'APPROVE', comment: 'Reviewed in PR #12', scope: { orgId: 'default', projectId: 'proj' }, ...req }, { ...deps, ...(signal ? { signal } : {}) })
}

const puts = () => servers.sto.decisions()
const userLookups = () => servers.sim.requests.filter((r) => r.path.endsWith('/currentUser'))

function expectFailed(result: ExemptionResult, id: string, title?: string) {
  expect(result.kind).toBe('failed')
  if (result.kind !== 'failed') return undefined
  expect(result.cause.id).toBe(id)
  if (title) expect(result.cause.title).toBe(title)
  return result.cause
}

describe('decideExemption', () => {
  it("approves a pending exemption once, as the key's own user, where the exemption lives", async () => {
    const e = servers.sto.addExemption({})
    const result = await decide({ exemptionId: e.id })
    expect(result).toMatchObject({ kind: 'decided', status: 'Approved', alreadyInState: false, puts: 1, confirmedByReadBack: false, approverId: servers.sto.userIdOf(servers.sim.apiKey) })
    expect(puts()).toHaveLength(1)
    const put = puts()[0]!
    expect(put.path).toBe(`${servers.sto.route}/${e.id}/approve`)
    expect(put.query).toEqual({ accountId: ACCOUNT, orgId: 'default', projectId: 'proj' })
    expect(put.body).toEqual({ approverId: servers.sto.userIdOf(servers.sim.apiKey), comment: 'Reviewed in PR #12' })
    expect(servers.sto.exemption(e.id)).toMatchObject({ status: 'Approved', approverId: servers.sto.userIdOf(servers.sim.apiKey), comment: 'Reviewed in PR #12' })
    // Read first, then the user, then read again right before the decision.
    expect(servers.sim.requests.map((r) => `${r.method} ${r.path.replace(servers.sto.route, 'EX').replace(e.id, 'ID')}`)).toEqual([
      'GET EX/ID',
      'GET /gateway/ng/api/user/currentUser',
      'GET EX/ID',
      'PUT EX/ID/approve',
    ])
  })

  it('rejects with a given approver, without looking up the user and without an empty comment', async () => {
    const e = servers.sto.addExemption({})
    const result = await decide({ exemptionId: e.id, action: 'REJECT', approverId: APPROVER, comment: '' })
    expect(result).toMatchObject({ kind: 'decided', status: 'Rejected', approverId: APPROVER })
    expect(puts()[0]?.path).toBe(`${servers.sto.route}/${e.id}/reject`)
    expect(puts()[0]?.body).toEqual({ approverId: APPROVER })
    expect(userLookups()).toHaveLength(0)
  })

  it.each([
    ['APPROVE', 'Approved'],
    ['REJECT', 'Rejected'],
  ] as const)('%s of an exemption already %s succeeds, says so, and sends nothing', async (action, status) => {
    const e = servers.sto.addExemption({ status, approverId: APPROVER })
    const result = await decide({ exemptionId: e.id, action })
    expect(result).toMatchObject({ kind: 'decided', status, alreadyInState: true, puts: 0 })
    if (result.kind === 'decided') expect(result.note).toBe(`Exemption ${e.id} was already ${status.toLowerCase()} by ${APPROVER}; nothing was sent.`)
    expect(puts()).toHaveLength(0)
    expect(userLookups()).toHaveLength(0)
  })

  it.each([
    ['APPROVE', 'Canceled', 'Exemption canceled'],
    ['REJECT', 'Canceled', 'Exemption canceled'],
    ['REJECT', 'Expired', 'Exemption expired'],
  ] as const)('%s of a %s exemption is a clear failure with nothing sent', async (action, status, title) => {
    const e = servers.sto.addExemption({ status })
    const cause = expectFailed(await decide({ exemptionId: e.id, action }), 'already-finished', title)
    expect(cause?.explanation).toContain('nothing was sent')
    expect(puts()).toHaveLength(0)
  })

  it('approving an Expired exemption renews it: one PUT, Approved again for its duration, and a note that says so', async () => {
    const e = servers.sto.addExemption({ status: 'Approved', expiration: Math.floor(Date.now() / 1000) - 60, pendingChanges: { durationDays: 7 } })
    const result = await decide({ exemptionId: e.id })
    expect(result).toMatchObject({ kind: 'decided', status: 'Approved', alreadyInState: false, puts: 1 })
    expect(puts()).toHaveLength(1)
    expect(puts()[0]?.path).toBe(`${servers.sto.route}/${e.id}/approve`)
    const live = servers.sto.exemption(e.id)!
    expect(live.status).toBe('Approved')
    expect(live.expiration).toBeGreaterThan(Math.floor(Date.now() / 1000) + 6 * 24 * 60 * 60)
    if (result.kind === 'decided') expect(result.note).toBe(`Exemption ${e.id} had expired; approving it renewed it until ${new Date(live.expiration! * 1000).toISOString().replace(/\.000Z$/, 'Z')}.`)
  })

  it('a renewal whose new expiration is past what a date can hold is still a decision, told without a date', async () => {
    // STO computes the expiration from durationDays; a date beyond year 275760 has no ISO form.
    const e = servers.sto.addExemption({ status: 'Expired', pendingChanges: { durationDays: 1e12 } })
    const result = await decide({ exemptionId: e.id })
    expect(result).toMatchObject({ kind: 'decided', status: 'Approved', alreadyInState: false, puts: 1 })
    expect(puts()).toHaveLength(1)
    if (result.kind === 'decided') expect(result.note).toBe(`Exemption ${e.id} had expired; approving it renewed it.`)
  })

  it.each([
    ['Expired', {}],
    ['Rejected', { reapproveRejected: true }],
  ] as const)('an approval of a %s exemption that STO says may not be made again (canReApprove false) is refused, nothing sent', async (status, optIn) => {
    const e = servers.sto.addExemption({ status, canReApprove: false, approverId: APPROVER })
    const cause = expectFailed(await decide({ exemptionId: e.id, ...optIn }), 'forbidden', `Exemption ${status.toLowerCase()}: may not be approved again`)
    expect(cause?.explanation).toContain('canReApprove is false')
    expect(cause?.explanation).toContain('nothing was sent')
    expect(puts()).toHaveLength(0)
    expect(userLookups()).toHaveLength(0)
    expect(servers.sto.exemption(e.id)?.status).toBe(status)
  })

  it('a Rejected exemption is approved again only when the run opts in: one PUT, with a note', async () => {
    const e = servers.sto.addExemption({ status: 'Rejected', approverId: APPROVER })
    expectFailed(await decide({ exemptionId: e.id }), 'already-finished', 'Exemption already rejected')
    expect(puts()).toHaveLength(0)
    const result = await decide({ exemptionId: e.id, reapproveRejected: true })
    expect(result).toMatchObject({ kind: 'decided', status: 'Approved', puts: 1, approverId: servers.sto.userIdOf(servers.sim.apiKey) })
    if (result.kind === 'decided') expect(result.note).toBe(`Exemption ${e.id} had been rejected by ${APPROVER}; it was approved again, as this run was told to.`)
    expect(puts()).toHaveLength(1)
    expect(servers.sto.exemption(e.id)?.status).toBe('Approved')
  })

  it('the opt-in does not let a run revoke an approval', async () => {
    const e = servers.sto.addExemption({ status: 'Approved' })
    expectFailed(await decide({ exemptionId: e.id, action: 'REJECT', reapproveRejected: true }), 'already-finished', 'Exemption already approved')
    expect(puts()).toHaveLength(0)
  })

  it('after an unclear re-approval that did not arrive, the still-Rejected exemption is approved again', async () => {
    const e = servers.sto.addExemption({ status: 'Rejected' })
    servers.sim.fault({ on: 'PUT', kind: 'no-apply-503' })
    const result = await decide({ exemptionId: e.id, reapproveRejected: true })
    expect(result).toMatchObject({ kind: 'decided', status: 'Approved', puts: 2 })
    expect(puts()).toHaveLength(2)
  })

  it('an approved exemption whose expiration has passed reads as Expired', async () => {
    const e = servers.sto.addExemption({ status: 'Approved', expiration: Math.floor(Date.now() / 1000) - 60 })
    expectFailed(await decide({ exemptionId: e.id, action: 'REJECT' }), 'already-finished', 'Exemption expired')
    expect(puts()).toHaveLength(0)
  })

  it.each([
    ['APPROVE', 'Rejected'],
    ['REJECT', 'Approved'],
  ] as const)('%s of an exemption already %s is refused, not overturned (the server would allow it)', async (action, status) => {
    const e = servers.sto.addExemption({ status, approverId: APPROVER })
    const cause = expectFailed(await decide({ exemptionId: e.id, action }), 'already-finished', `Exemption already ${status.toLowerCase()}`)
    expect(cause?.explanation).toContain(`(by ${APPROVER})`)
    expect(cause?.explanation).toContain('does not overturn a recorded decision')
    expect(cause?.fix).toContain(action === 'APPROVE' ? '{reapproveRejected=true}' : 'change it in Harness')
    expect(puts()).toHaveLength(0)
    expect(servers.sto.exemption(e.id)?.status).toBe(status)
  })

  it('refuses an exemption of another project (a mistyped id), sending nothing', async () => {
    const e = servers.sto.addExemption({ orgId: 'default', projectId: 'payments' })
    const cause = expectFailed(await decide({ exemptionId: e.id }), 'wrong-scope', 'Exemption belongs to another project')
    expect(cause?.explanation).toContain('default/payments, not default/proj')
    expect(puts()).toHaveLength(0)
    // Not found in the configured project, then found account-wide: that is how the scope is known.
    expect(servers.sto.requests().map((r) => r.query)).toEqual([
      { accountId: ACCOUNT, orgId: 'default', projectId: 'proj' },
      { accountId: ACCOUNT },
    ])
  })

  it('decides an org-level exemption at its own scope, with the org alone configured', async () => {
    const e = servers.sto.addExemption({ orgId: 'default', projectId: undefined })
    expect((await decide({ exemptionId: e.id, scope: { orgId: 'default' } })).kind).toBe('decided')
    expect(puts()[0]?.query).toEqual({ accountId: ACCOUNT, orgId: 'default' })
  })

  it('reads the exemption in the configured scope, so a key whose STO role is in that project may decide', async () => {
    const projectRole = servers.sim.addKey({ permissions: [STO_PERMISSION_VIEW, STO_PERMISSION_APPROVE], projects: ['default/proj'] })
    const e = servers.sto.addExemption({})
    const result = await decide({ exemptionId: e.id, approverId: APPROVER }, servers.deps(projectRole.key))
    expect(result).toMatchObject({ kind: 'decided', status: 'Approved', puts: 1 })
    const reads = servers.sto.requests().filter((r) => r.method === 'GET')
    // Once to check it, once more right before the decision.
    expect(reads).toHaveLength(2)
    for (const read of reads) expect(read.query).toEqual({ accountId: ACCOUNT, orgId: 'default', projectId: 'proj' })
  })

  it('a project-level key and an id not in its project: the 404 stands when the account-wide read is refused', async () => {
    const projectRole = servers.sim.addKey({ permissions: [STO_PERMISSION_VIEW, STO_PERMISSION_APPROVE], projects: ['default/proj'] })
    const e = servers.sto.addExemption({ orgId: 'default', projectId: 'payments' })
    const cause = expectFailed(await decide({ exemptionId: e.id, approverId: APPROVER }, servers.deps(projectRole.key)), 'not-found', 'Exemption not found in this scope')
    expect(cause?.explanation).toContain('org default, project proj')
    expect(servers.sto.requests().map((r) => r.query)).toEqual([{ accountId: ACCOUNT, orgId: 'default', projectId: 'proj' }, { accountId: ACCOUNT }])
    expect(puts()).toHaveLength(0)
  })

  it('404: not found in this scope, nothing sent', async () => {
    const cause = expectFailed(await decide({ exemptionId: MISSING }), 'not-found', 'Exemption not found in this scope')
    expect(cause?.harnessMessage).toBe(`Not Found: exemption ${MISSING} not found`)
    expect(puts()).toHaveLength(0)
  })

  it('401 for a bad key', async () => {
    const cause = expectFailed(await decide({ exemptionId: MISSING }, servers.deps('pat.wrong.key.here')), 'bad-key')
    expect(cause?.status).toBe(401)
  })

  it('403 on the decision for a key that may only view: the exemption stays Pending', async () => {
    const viewer = servers.sim.addKey({ permissions: [STO_PERMISSION_VIEW] })
    const e = servers.sto.addExemption({})
    const result = await decide({ exemptionId: e.id }, servers.deps(viewer.key))
    const cause = expectFailed(result, 'forbidden', 'STO permission missing')
    expect(cause?.fix).toContain('sto_exemption_approve')
    expect(result.exemption?.status).toBe('Pending')
    expect(puts()).toHaveLength(1)
    expect(servers.sto.exemption(e.id)?.status).toBe('Pending')
  })

  it("a key that currentUser refuses as a service account's: the failure says to set approverId, nothing decided", async () => {
    const e = servers.sto.addExemption({})
    servers.sto.makeServiceAccount(servers.sim.apiKey)
    const cause = expectFailed(await decide({ exemptionId: e.id }), 'invalid-inputs', 'Service account key has no user')
    expect(cause?.explanation).toContain('a service account key, which has no user of its own')
    expect(cause?.fix).toMatch(/^Set \{approverId\} to the user's Harness id: exactly 22 characters/)
    expect(cause?.harnessMessage).toContain("only by 'USER' principal type")
    expect(userLookups()).toHaveLength(1)
    expect(puts()).toHaveLength(0)
  })

  it('a sat. key without approverId is refused before any request; with one it decides', async () => {
    const bot = servers.sim.addKey({ serviceAccount: { identifier: 'scanner' }, permissions: [STO_PERMISSION_VIEW, STO_PERMISSION_APPROVE] })
    expect(bot.key.startsWith('sat.')).toBe(true)
    const e = servers.sto.addExemption({})
    expectFailed(await decide({ exemptionId: e.id }, servers.deps(bot.key)), 'invalid-inputs', 'Service account key has no user')
    expect(servers.sim.requests).toHaveLength(0)
    expect(await decide({ exemptionId: e.id, approverId: APPROVER }, servers.deps(bot.key))).toMatchObject({ kind: 'decided', approverId: APPROVER })
    expect(userLookups()).toHaveLength(0)
  })

  it('retries a read on 429 and 5xx, then decides', async () => {
    const e = servers.sto.addExemption({})
    servers.sto.failNext({ status: 429, on: 'GET' })
    servers.sto.failNext({ status: 500, on: 'GET' })
    const deps = servers.deps()
    const result = await decide({ exemptionId: e.id }, deps)
    expect(result.kind).toBe('decided')
    expect(deps.clock.sleeps).toHaveLength(2)
    expect(deps.logger.text()).toMatch(/Reading exemption .* failed \(attempt 1/)
  })

  it('a read that keeps failing with HTML ends as a cause once the budget is spent, nothing sent', async () => {
    const e = servers.sto.addExemption({})
    servers.sim.fault({ on: 'GET', kind: 'html', status: 502, times: 100 })
    const cause = expectFailed(await decide({ exemptionId: e.id }), 'server-error', 'STO server error')
    expect(cause?.harnessMessage).toBe('502 Bad Gateway')
    expect(puts()).toHaveLength(0)
  })

  it('after an unclear PUT (applied, then the connection dropped) reads back instead of sending again', async () => {
    const e = servers.sto.addExemption({})
    servers.sim.fault({ on: 'PUT', kind: 'apply-then-reset' })
    const deps = servers.deps()
    const result = await decide({ exemptionId: e.id }, deps)
    expect(result).toMatchObject({ kind: 'decided', status: 'Approved', puts: 1, confirmedByReadBack: true })
    if (result.kind === 'decided') expect(result.note).toBeUndefined()
    expect(puts()).toHaveLength(1)
    expect(deps.logger.text()).toContain('reading the exemption back')
  })

  it('after an unclear PUT that did not arrive (503 from a proxy), the still-Pending exemption is decided again', async () => {
    const e = servers.sto.addExemption({})
    servers.sim.fault({ on: 'PUT', kind: 'no-apply-503' })
    const result = await decide({ exemptionId: e.id })
    expect(result).toMatchObject({ kind: 'decided', status: 'Approved', puts: 2, confirmedByReadBack: false })
    expect(puts()).toHaveLength(2)
  })

  it('a 429 on the PUT was not processed: it is sent again after a pause', async () => {
    const e = servers.sto.addExemption({})
    servers.sim.fault({ on: 'PUT', kind: 'rate-limit' })
    const deps = servers.deps()
    const result = await decide({ exemptionId: e.id }, deps)
    expect(result).toMatchObject({ kind: 'decided', puts: 2 })
    expect(deps.clock.sleeps.length).toBeGreaterThan(0)
  })

  it('someone else decides while the answer is lost: success, with a note that it may not be ours', async () => {
    const e = servers.sto.addExemption({})
    servers.sim.fault({ on: 'PUT', kind: 'no-apply-503' })
    const deps = servers.deps()
    const sleep = deps.clock.sleep
    deps.clock.sleep = async (ms, signal) => {
      const live = servers.sto.exemption(e.id)!
      if (live.status === 'Pending') Object.assign(live, { status: 'Approved', approverId: APPROVER })
      return sleep(ms, signal)
    }
    const result = await decide({ exemptionId: e.id }, deps)
    expect(result).toMatchObject({ kind: 'decided', confirmedByReadBack: true, puts: 1 })
    if (result.kind === 'decided') expect(result.note).toContain(`by ${APPROVER}`)
  })

  it('unclear every time: unknown, never more PUTs than allowed', async () => {
    const e = servers.sto.addExemption({})
    servers.sim.fault({ on: 'PUT', kind: 'no-apply-503', times: 10 })
    const result = await decide({ exemptionId: e.id })
    expect(result.kind).toBe('unknown')
    if (result.kind === 'unknown') expect(result.message).toContain('still shows Pending')
    expect(puts()).toHaveLength(3)
  })

  it('the exemption expires between the unclear PUT and the read-back: a failure', async () => {
    const e = servers.sto.addExemption({})
    servers.sim.fault({ on: 'PUT', kind: 'no-apply-503' })
    const deps = servers.deps()
    const sleep = deps.clock.sleep
    deps.clock.sleep = async (ms, signal) => {
      servers.sto.exemption(e.id)!.status = 'Expired'
      return sleep(ms, signal)
    }
    // Not renewed on the run's own initiative: it was asked to approve a Pending exemption.
    const cause = expectFailed(await decide({ exemptionId: e.id }, deps), 'already-finished', 'Exemption changed meanwhile')
    expect(cause?.explanation).toBe(`Exemption ${e.id} changed meanwhile: it was Pending when read, and is now Expired.`)
    expect(puts()).toHaveLength(1)
  })

  it('cancelled before anything: nothing sent', async () => {
    const e = servers.sto.addExemption({})
    const controller = new AbortController()
    controller.abort(new Error('stop'))
    const result = await decide({ exemptionId: e.id }, servers.deps(), controller.signal)
    expect(result.kind).toBe('cancelled')
    expect(puts()).toHaveLength(0)
    expect(exemptionResultJson(result).message).toBe('Cancelled before a decision was recorded.')
  })

  it('cancelled while the PUT awaits its answer: told that it may have been recorded', async () => {
    const e = servers.sto.addExemption({})
    servers.sim.fault({ on: 'PUT', kind: 'apply-then-hang' })
    const controller = new AbortController()
    const timer = setInterval(() => {
      if (puts().length > 0) {
        clearInterval(timer)
        controller.abort(new Error('stop'))
      }
    }, 5)
    const result = await decide({ exemptionId: e.id, approverId: APPROVER }, servers.deps(), controller.signal)
    expect(result).toMatchObject({ kind: 'cancelled', puts: 1 })
    expect(servers.sto.exemption(e.id)!.status).toBe('Approved')
    expect(exemptionResultJson(result).message).toBe('Cancelled after the decision was sent, before its outcome was known: it may have been recorded. Check the exemption in Harness before running this again.')
  })
})

describe('approve / reject commands', () => {
  it('approve: validates, decides, renders', async () => {
    const e = servers.sto.addExemption({ type: 'Acceptable Risk', reason: 'internal only' })
    const d = servers.deps()
    const result = await approveExemption(d, { id: e.id, comment: 'ok by security', org: 'default', project: 'proj' })
    expect(result.ok).toBe(true)
    expect(result.text).toContain(`Exemption ${e.id} approved in org default, project proj.`)
    expect(result.text).toMatch(/Status\s+Approved/)
    expect(result.data).toMatchObject({ outcome: 'decided', exemptionStatus: 'Approved', puts: 1 })
  })

  it('reject of an expired one: not ok, with the cause and fix; JSON on request', async () => {
    const e = servers.sto.addExemption({ status: 'Expired' })
    const result = await rejectExemption(servers.deps(), { id: e.id, json: true })
    expect(result.ok).toBe(false)
    expect(JSON.parse(result.text)).toMatchObject({ outcome: 'failed', cause: 'already-finished', title: 'Exemption expired', exemptionStatus: 'Expired' })
  })

  it('sends nothing on a violation', async () => {
    await expect(approveExemption(servers.deps(), { id: 'short', approverId: 'me', comment: 'c'.repeat(1025), project: 'p' })).rejects.toThrow(
      /Invalid id 'short'[\s\S]*Invalid approverId 'me'[\s\S]*Invalid comment[\s\S]*Invalid projectId 'p': expected to come with orgId/,
    )
    expect(servers.sim.requests).toHaveLength(0)
  })
})

describe('report', () => {
  afterEach(() => {
    core.summary.emptyBuffer()
  })

  it('result JSON, the exemptionStatus output and the annotations', async () => {
    const e = servers.sto.addExemption({})
    const result = await decide({ exemptionId: e.id })
    expect(exemptionStatusOutput(result)).toBe('Approved')
    expect(exemptionResultJson(result)).toMatchObject({ outcome: 'decided', exemptionId: e.id, decision: 'APPROVE', exemptionStatus: 'Approved', alreadyInState: false, puts: 1 })
    const logger = recordingLogger()
    announceExemptionResult(exemptionResultJson(result), logger)
    expect(logger.text()).toBe(`info: Exemption ${e.id} approved.`)

    const failed = await decide({ exemptionId: MISSING })
    expect(exemptionStatusOutput(failed)).toBeUndefined()
    announceExemptionResult(exemptionResultJson(failed), logger)
    expect(logger.lines.at(-1)).toMatchObject({ level: 'error', title: 'Exemption not found in this scope' })
    expect(logger.lines.at(-1)?.message).toContain('Harness said: "Not Found')
  })

  it('the summary shows issue, type, reason, requester, duration and expiration as a date, all escaped', async () => {
    const e = servers.sto.addExemption({
      type: 'False Positive',
      reason: '<img src=x onerror=alert(1)> & "quoted"',
      pendingChanges: { durationDays: 30 },
      expiration: 4102444800,
      link: 'https://tickets/SEC-9?a=1&b=2',
    })
    const result = await decide({ exemptionId: e.id })
    const html = addExemptionToSummary(core.summary, exemptionResultJson(result)).stringify()
    expect(html).toContain('<h3>STO exemption: decision recorded</h3>')
    expect(html).toContain(`<code>${e.issueId}</code>`)
    expect(html).toContain('False Positive')
    expect(html).toContain('&#60;img src=x onerror=alert(1)&#62; &#38; &#34;quoted&#34;')
    expect(html).not.toContain('<img')
    expect(html).toContain(e.requesterId)
    expect(html).toContain('30 days')
    expect(html).toContain('2100-01-01T00:00:00Z')
    expect(html).toContain('https://tickets/SEC-9?a=1&#38;b=2')
  })

  it('a failure shows title, explanation, the server message and the fix', async () => {
    const e = servers.sto.addExemption({ status: 'Canceled' })
    const result = await decide({ exemptionId: e.id })
    const html = addExemptionToSummary(core.summary, exemptionResultJson(result)).stringify()
    expect(html).toContain('STO exemption: decision failed')
    expect(html).toContain('<strong>Exemption canceled</strong>')
    expect(html).toContain('Fix: Ask the requester')
    expect(html).toContain('Canceled')
  })

  it('already in state: the headline says nothing was sent', async () => {
    const e = servers.sto.addExemption({ status: 'Approved' })
    const html = addExemptionToSummary(core.summary, exemptionResultJson(await decide({ exemptionId: e.id }))).stringify()
    expect(html).toContain('STO exemption: decision recorded (already in that state, nothing sent)')
  })
})

describe('a wrong base path', () => {
  it('is reported as a wrong baseUrl with the addresses to use, not as a refused value, and nothing is sent', async () => {
    const e = servers.sto.addExemption({})
    // A UI address pasted as the API base: the NG service answers 400 with its 404 inside.
    const client = new ExemptionsAdminClient(servers.http, { baseUrl: new URL(`${servers.sim.baseUrl}/ng`), accountId: ACCOUNT, apiKey: servers.sim.apiKey })
    const result = await decide({ exemptionId: e.id }, { ...servers.deps(), client })
    const cause = expectFailed(result, 'wrong-base-url', 'STO API not found at this base URL')
    expect(cause?.fix).toContain('https://app.harness.io/gateway')
    expect(cause?.harnessMessage).toBe('HTTP 404 Not Found')
    expect(puts()).toEqual([])
    expect(servers.sto.exemption(e.id)).toMatchObject({ status: 'Pending' })
  })
})
