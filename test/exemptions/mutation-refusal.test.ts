// What a run refuses to do to an exemption, in every state, word for word; the expiration as a date; and the
// lookup outside the configured scope after a 404. Pure, or against a stand-in client.
import { describe, expect, it } from 'vitest'
import { expirationDate, findExemption, wantedStatus } from '../../src/exemptions/decide-exemption.js'
import { refusalFor, scopeMismatch, scopeOfExemption } from '../../src/exemptions/refusals.js'
import type { ExemptionsClient } from '../../src/exemptions/exemptions-client.js'
import type { Exemption } from '../../src/exemptions/types.js'
import { HarnessApiError } from '../../src/harness/errors.js'
import { TransportError } from '../../src/http/transport.js'

const FIX_OVERTURN = 'If the earlier decision should change, change it in Harness (Security Tests > Exemptions), where the history shows who decided.'
const NOT_AGAIN_FIX =
  "Approve it again in Harness (Security Tests > Exemptions) as a user allowed to at the exemption's scope, or give the key a role with the Approve permission (sto_exemption_approve) there."

function exemption(over: Partial<Exemption>): Exemption {
  return { id: 'ex1', status: 'Pending', ...over }
}

describe('refusalFor', () => {
  it('lets a pending exemption be decided either way', () => {
    expect(refusalFor(exemption({}), 'APPROVE')).toBeUndefined()
    expect(refusalFor(exemption({}), 'REJECT')).toBeUndefined()
  })

  it('renews an expired one on approval, unless STO says the key may not', () => {
    expect(refusalFor(exemption({ status: 'Expired' }), 'APPROVE')).toBeUndefined()
    expect(refusalFor(exemption({ status: 'Expired', canReApprove: true }), 'APPROVE')).toBeUndefined()
    expect(refusalFor(exemption({ status: 'Expired', canReApprove: false, approverId: 'u1' }), 'APPROVE')).toEqual({
      id: 'forbidden',
      title: 'Exemption expired: may not be approved again',
      explanation: 'Exemption ex1 is expired (by u1), and STO says this key may not approve it again (canReApprove is false); nothing was sent.',
      fix: NOT_AGAIN_FIX,
      status: 0,
      harnessMessage: '',
    })
    expect(refusalFor(exemption({ status: 'Expired' }), 'REJECT')).toEqual({
      id: 'already-finished',
      title: 'Exemption expired',
      explanation: 'Exemption ex1 has expired, so it can no longer be rejected; nothing was sent.',
      fix: 'Nothing to do: an expired exemption no longer applies. Approve it to renew it.',
      status: 0,
      harnessMessage: '',
    })
  })

  it.each([
    ['APPROVE', 'approved'],
    ['REJECT', 'rejected'],
  ] as const)('refuses to %s a canceled one, saying it can no longer be %s', (action, verb) => {
    expect(refusalFor(exemption({ status: 'Canceled' }), action)).toMatchObject({
      id: 'already-finished',
      title: 'Exemption canceled',
      explanation: `Exemption ex1 was canceled, so it can no longer be ${verb}; nothing was sent.`,
    })
  })

  it('approves a rejected one again only when told to, and only where STO lets the key', () => {
    expect(refusalFor(exemption({ status: 'Rejected', approverId: 'u1' }), 'APPROVE')).toMatchObject({
      title: 'Exemption already rejected',
      explanation: 'Exemption ex1 was already rejected (by u1); this run does not overturn a recorded decision unless told to, so it was not approved and nothing was sent.',
    })
    expect(refusalFor(exemption({ status: 'Rejected' }), 'APPROVE', { reapproveRejected: true })).toBeUndefined()
    expect(refusalFor(exemption({ status: 'Rejected', canReApprove: false }), 'APPROVE', { reapproveRejected: true })).toMatchObject({
      id: 'forbidden',
      title: 'Exemption rejected: may not be approved again',
      explanation: 'Exemption ex1 is rejected, and STO says this key may not approve it again (canReApprove is false); nothing was sent.',
    })
    // The opt-in is about approving: rejecting a rejected one is the state asked for, refused as already so.
    expect(refusalFor(exemption({ status: 'Rejected' }), 'REJECT', { reapproveRejected: true })).toMatchObject({ title: 'Exemption already rejected' })
  })

  it('never overturns an approval, opt-in or not', () => {
    for (const options of [{}, { reapproveRejected: true }]) {
      expect(refusalFor(exemption({ status: 'Approved' }), 'REJECT', options)).toEqual({
        id: 'already-finished',
        title: 'Exemption already approved',
        explanation: 'Exemption ex1 was already approved; this run does not overturn a recorded decision, so it was not rejected and nothing was sent.',
        fix: FIX_OVERTURN,
        status: 0,
        harnessMessage: '',
      })
    }
  })

  it('names a status it does not know, cleaned', () => {
    expect(refusalFor(exemption({ status: 'Archived\u001b[0m' }), 'APPROVE')).toEqual({
      id: 'unknown',
      title: 'Exemption status not understood',
      explanation: "Exemption ex1 has status 'Archived', which is none of Pending, Approved, Rejected, Expired or Canceled; nothing was sent.",
      fix: 'Look at the exemption in Harness (Security Tests > Exemptions).',
      status: 0,
      harnessMessage: '',
    })
  })

  it('wants the status the action leads to', () => {
    expect(wantedStatus('APPROVE')).toBe('Approved')
    expect(wantedStatus('REJECT')).toBe('Rejected')
  })
})

describe('expirationDate', () => {
  it.each([
    [1_700_000_000, '2023-11-14T22:13:20Z'],
    [1, '1970-01-01T00:00:01Z'],
    [1.5, '1970-01-01T00:00:01.500Z'],
    [0, undefined],
    [-5, undefined],
    [Number.NaN, undefined],
    [undefined, undefined],
    [9e15, undefined],
  ])('%s seconds: %s', (seconds, date) => {
    expect(expirationDate(seconds)).toBe(date)
  })
})

describe('findExemption', () => {
  const notFound = () => new HarnessApiError({ id: 'not-found', title: 'Not found', explanation: '', fix: '', status: 404, harnessMessage: '' })
  function client(answers: Array<Exemption | Error>): { client: ExemptionsClient; scopes: object[] } {
    const scopes: object[] = []
    const stand = {
      find: async (_id: string, scope: object) => {
        scopes.push(scope)
        const next = answers.shift()
        if (next instanceof Error) throw next
        return next!
      },
    }
    return { client: stand as unknown as ExemptionsClient, scopes }
  }

  it('after a 404 in a scope, looks account-wide, to tell where the exemption lives', async () => {
    const found = exemption({ orgId: 'other', projectId: 'p' })
    for (const scope of [{ orgId: 'default', projectId: 'proj' }, { orgId: 'default' }, { projectId: 'proj' }]) {
      const c = client([notFound(), found])
      await expect(findExemption(c.client, 'ex1', scope)).resolves.toBe(found)
      expect(c.scopes).toEqual([scope, {}])
    }
  })

  it('does not look again without a scope, or after anything but a 404', async () => {
    const unscoped = client([notFound()])
    await expect(findExemption(unscoped.client, 'ex1', {})).rejects.toBeInstanceOf(HarnessApiError)
    expect(unscoped.scopes).toHaveLength(1)
    const forbidden = new HarnessApiError({ id: 'forbidden', title: '', explanation: '', fix: '', status: 403, harnessMessage: '' })
    const refused = client([forbidden])
    await expect(findExemption(refused.client, 'ex1', { orgId: 'o', projectId: 'p' })).rejects.toBe(forbidden)
    expect(refused.scopes).toHaveLength(1)
    const network = new TransportError('reset', true, 'dropped')
    const dropped = client([network])
    await expect(findExemption(dropped.client, 'ex1', { orgId: 'o', projectId: 'p' })).rejects.toBe(network)
  })

  it('keeps the 404 when the wider read is refused, and passes a transient failure on for a retry', async () => {
    const first = notFound()
    const refused = client([first, new HarnessApiError({ id: 'forbidden', title: '', explanation: '', fix: '', status: 403, harnessMessage: '' })])
    await expect(findExemption(refused.client, 'ex1', { orgId: 'o', projectId: 'p' })).rejects.toBe(first)
    const busy = new HarnessApiError({ id: 'server-error', title: '', explanation: '', fix: '', status: 503, harnessMessage: '' })
    const transient = client([notFound(), busy])
    await expect(findExemption(transient.client, 'ex1', { orgId: 'o', projectId: 'p' })).rejects.toBe(busy)
  })
})

describe('scopeOfExemption', () => {
  it.each([
    [{ orgId: 'o', projectId: 'p' }, { orgId: 'o', projectId: 'p' }],
    [{ orgId: 'o' }, { orgId: 'o' }],
    [{ orgId: 'o', projectId: '' }, { orgId: 'o' }],
    [{ projectId: 'p' }, {}],
    [{ orgId: '', projectId: 'p' }, {}],
    [{}, {}],
  ])('%j: decided at %j', (fields, scope) => {
    expect(scopeOfExemption(exemption(fields))).toEqual(scope)
  })
})

describe('scopeMismatch', () => {
  const WIDER_FIX =
    'Check {exemptionId}. An org-level exemption is decided only with {orgId} alone, an account-level one with neither {orgId} nor {projectId}: the command line allows both, the action always decides in one project. Or decide it in Harness (Security Tests > Exemptions).'
  const wider = (explanation: string) => ({ id: 'wrong-scope', title: 'Exemption is wider than the configured scope', explanation, fix: WIDER_FIX, status: 0, harnessMessage: '' })

  it('nothing configured, or the same scope: no clash', () => {
    expect(scopeMismatch(exemption({ orgId: 'o', projectId: 'p' }), {})).toBeUndefined()
    expect(scopeMismatch(exemption({ orgId: 'o', projectId: 'p' }), { orgId: 'o', projectId: 'p' })).toBeUndefined()
    expect(scopeMismatch(exemption({ orgId: 'o', projectId: 'p' }), { orgId: 'o' })).toBeUndefined()
    expect(scopeMismatch(exemption({ orgId: 'o' }), { orgId: 'o' })).toBeUndefined()
  })

  it('an org-level exemption with a project configured is wider, and named by its org', () => {
    const said = 'Exemption ex1 is an org-level exemption (org o, no project), wider than o/p as configured: deciding it would apply beyond that scope, so nothing was sent.'
    expect(scopeMismatch(exemption({ orgId: 'o' }), { orgId: 'o', projectId: 'p' })).toEqual(wider(said))
    expect(scopeMismatch(exemption({ orgId: 'o', projectId: '' }), { orgId: 'o', projectId: 'p' })).toEqual(wider(said))
  })

  it('an account-level exemption with an org configured is wider; the configured scope shows a dash for what is not set', () => {
    expect(scopeMismatch(exemption({}), { orgId: 'o' })).toEqual(
      wider('Exemption ex1 is an account-level exemption (no org, no project), wider than o/– as configured: deciding it would apply beyond that scope, so nothing was sent.'),
    )
    expect(scopeMismatch(exemption({ orgId: '' }), { orgId: 'o', projectId: 'p' })).toEqual(
      wider('Exemption ex1 is an account-level exemption (no org, no project), wider than o/p as configured: deciding it would apply beyond that scope, so nothing was sent.'),
    )
  })

  it('another org or project: belongs elsewhere, with a dash for what the exemption lacks', () => {
    const elsewhere = (explanation: string) => ({
      id: 'wrong-scope',
      title: 'Exemption belongs to another project',
      explanation,
      fix: 'Check {exemptionId}, or set {orgId} and {projectId} to those of the exemption.',
      status: 0,
      harnessMessage: '',
    })
    expect(scopeMismatch(exemption({ orgId: 'x', projectId: 'p' }), { orgId: 'o', projectId: 'p' })).toEqual(
      elsewhere('Exemption ex1 belongs to org/project x/p, not o/p as configured; nothing was sent.'),
    )
    expect(scopeMismatch(exemption({ orgId: 'x' }), { orgId: 'o' })).toEqual(elsewhere('Exemption ex1 belongs to org/project x/–, not o/– as configured; nothing was sent.'))
    expect(scopeMismatch(exemption({ orgId: 'o', projectId: 'q' }), { projectId: 'p' })).toEqual(elsewhere('Exemption ex1 belongs to org/project o/q, not –/p as configured; nothing was sent.'))
  })
})
