// What stops an exemption decision before anything is sent: a state that must not be overturned, and a
// scope other than the one asked. Pure: each takes the exemption as read and says why not, or nothing.
import type { HarnessCause } from '../harness/errors.js'
import type { Decision } from '../harness/decision.js'
import { cleanRemoteText } from '../report/sanitize.js'
import type { Exemption, ExemptionStatus, StoScope } from './types.js'

export function cause(id: HarnessCause['id'], title: string, explanation: string, fix: string, harnessMessage = ''): HarnessCause {
  return { id, title, explanation, fix, status: 0, harnessMessage }
}

export const VIEW_IN_HARNESS = 'Look at the exemption in Harness (Security Tests > Exemptions).'

export interface RefusalOptions {
  /** The run opted in to approving a Rejected exemption again. */
  reapproveRejected?: boolean
}

/**
 * Why this exemption may not be decided as asked, or undefined when the decision may be sent: a Pending
 * exemption, an Expired one to approve (a renewal), a Rejected one to approve when the run opts in. The
 * requested state itself is handled by the caller (a success, with nothing sent).
 *
 * Otherwise an exemption decided the other way is refused rather than overturned: a run (perhaps a re-run
 * of an old workflow) must not silently undo a decision a person or another run has recorded. Approving a
 * rejected one is the one change a run may make, and only when asked to. Where STO says the key may not
 * approve it again (`canReApprove: false`), that is refused here too, before anything is sent.
 */
export function refusalFor(exemption: Exemption, action: Decision, options: RefusalOptions = {}): HarnessCause | undefined {
  // STO's id for it, which a hostile or broken server may fill with anything.
  const id = cleanRemoteText(exemption.id, 60)
  const status = cleanRemoteText(exemption.status, 40)
  const verb = action === 'APPROVE' ? 'approved' : 'rejected'
  const by = exemption.approverId ? ` (by ${cleanRemoteText(exemption.approverId, 40)})` : ''
  const notReApprovable = () =>
    cause(
      'forbidden',
      `Exemption ${status.toLowerCase()}: may not be approved again`,
      `Exemption ${id} is ${status.toLowerCase()}${by}, and STO says this key may not approve it again (canReApprove is false); nothing was sent.`,
      "Approve it again in Harness (Security Tests > Exemptions) as a user allowed to at the exemption's scope, or give the key a role with the Approve permission (sto_exemption_approve) there.",
    )
  switch (exemption.status as ExemptionStatus) {
    case 'Pending':
      return undefined
    case 'Expired':
      if (action === 'APPROVE') return exemption.canReApprove === false ? notReApprovable() : undefined
      return cause('already-finished', 'Exemption expired', `Exemption ${id} has expired, so it can no longer be rejected; nothing was sent.`, 'Nothing to do: an expired exemption no longer applies. Approve it to renew it.')
    case 'Canceled':
      return cause('already-finished', 'Exemption canceled', `Exemption ${id} was canceled, so it can no longer be ${verb}; nothing was sent.`, 'Ask the requester to create a new exemption if it is still needed.')
    case 'Rejected':
      if (action === 'APPROVE' && options.reapproveRejected) return exemption.canReApprove === false ? notReApprovable() : undefined
      return cause(
        'already-finished',
        'Exemption already rejected',
        `Exemption ${id} was already rejected${by}; this run does not overturn a recorded decision unless told to, so it was not approved and nothing was sent.`,
        'If it should be approved after all, {reapproveRejected=true}, or approve it in Harness (Security Tests > Exemptions), where the history shows who decided.',
      )
    case 'Approved':
      return cause(
        'already-finished',
        'Exemption already approved',
        `Exemption ${id} was already approved${by}; this run does not overturn a recorded decision, so it was not rejected and nothing was sent.`,
        'If the earlier decision should change, change it in Harness (Security Tests > Exemptions), where the history shows who decided.',
      )
    default:
      return cause('unknown', 'Exemption status not understood', `Exemption ${id} has status '${status}', which is none of Pending, Approved, Rejected, Expired or Canceled; nothing was sent.`, VIEW_IN_HARNESS)
  }
}

/** The scope an exemption lives in, as its own fields give it: where its decision is sent. */
export function scopeOfExemption(exemption: Exemption): StoScope {
  return exemption.orgId ? { orgId: exemption.orgId, ...(exemption.projectId ? { projectId: exemption.projectId } : {}) } : {}
}

/**
 * The configured scope against the exemption's own: each field configured must be present in the exemption
 * and equal. An org- or account-level exemption reports no project (or no org), and is wider than a
 * configured project: deciding it there would reach every project below, so that takes the wider scope
 * given on purpose (no project, or neither).
 */
export function scopeMismatch(exemption: Exemption, scope: StoScope): HarnessCause | undefined {
  const clash = (['orgId', 'projectId'] as const).find((f) => scope[f] !== undefined && exemption[f] !== scope[f])
  if (!clash) return undefined
  const id = cleanRemoteText(exemption.id, 60)
  const configured = `${scope.orgId ?? '–'}/${scope.projectId ?? '–'}`
  const wider = exemption[clash] === undefined || exemption[clash] === ''
  if (wider) {
    const level = exemption.orgId ? `an org-level exemption (org ${cleanRemoteText(exemption.orgId, 130)}, no project)` : 'an account-level exemption (no org, no project)'
    return cause(
      'wrong-scope',
      'Exemption is wider than the configured scope',
      `Exemption ${id} is ${level}, wider than ${configured} as configured: deciding it would apply beyond that scope, so nothing was sent.`,
      'Check {exemptionId}. An org-level exemption is decided only with {orgId} alone, an account-level one with neither {orgId} nor {projectId}: the command line allows both, the action always decides in one project. Or decide it in Harness (Security Tests > Exemptions).',
    )
  }
  const where = `${exemption.orgId ?? '–'}/${exemption.projectId ?? '–'}`
  return cause(
    'wrong-scope',
    'Exemption belongs to another project',
    `Exemption ${id} belongs to org/project ${cleanRemoteText(where, 260)}, not ${configured} as configured; nothing was sent.`,
    'Check {exemptionId}, or set {orgId} and {projectId} to those of the exemption.',
  )
}
