// One exemption, one decision. Read it first: already in the requested state is a success with nothing
// sent; canceled, or decided the other way, is a failure with nothing sent. A Pending exemption is approved
// or rejected; an Expired one may be approved again (a renewal, as in Harness), and a Rejected one too, but
// only when the run opts in (`reapproveRejected`). The approve/reject PUT sets a state, so repeating it on an
// exemption that provably still shows the state it was read in cannot decide twice: after an unclear answer
// the exemption is read back, and the PUT is repeated only while nothing has changed.
import { HarnessApiError, UnexpectedBodyError, unreachableCause, type HarnessCause } from '../harness/errors.js'
import { TransportError } from '../http/transport.js'
import { CancelledError, type Clock, type Logger } from '../ports.js'
import { cleanRemoteText, isoTime } from '../report/sanitize.js'
import type { Decision } from '../harness/decision.js'
import { backoffDelay, isTransient, retryRead, type Backoff, type RetryContext } from '../http/retry-reads.js'
import { SERVICE_ACCOUNT_HAS_NO_USER, serviceAccountKeyCause } from './causes.js'
import { STO_ID } from './exemption-settings.js'
import type { ExemptionsClient } from './exemptions-client.js'
import type { Exemption, ExemptionStatus, StoScope } from './types.js'

export interface ExemptionDecisionRequest {
  exemptionId: string
  action: Decision
  /** Recorded as the approver; default, the key's own user. */
  approverId?: string
  /** Sent as `comment` when not empty. */
  comment: string
  /**
   * The org and project the run is configured for: the exemption is read there (a key whose STO role is in
   * one project needs it), and an exemption that belongs to another one is refused, so a mistyped id cannot
   * decide someone else's exemption.
   */
  scope: StoScope
  /** Approve an exemption that was rejected (where STO allows it: `canReApprove`); default, refuse. */
  reapproveRejected?: boolean
}

export interface ExemptionTiming {
  /** Back-off for reads that failed transiently, and between PUTs that provably did not arrive. */
  reads: Backoff
  /** How long transient read failures are retried before giving up. */
  readBudgetMs: number
  /** After an unclear PUT, how long to let STO settle before reading the exemption back. */
  settleMs: number
  /** PUTs at most, in all. */
  maxPuts: number
}

export const DEFAULT_EXEMPTION_TIMING: ExemptionTiming = {
  reads: { initialMs: 1_000, maxMs: 10_000, factor: 2 },
  readBudgetMs: 60_000,
  settleMs: 2_000,
  maxPuts: 3,
}

export interface ExemptionDecisionDeps {
  client: ExemptionsClient
  clock: Clock
  logger: Logger
  signal?: AbortSignal
  random?: () => number
  timing?: ExemptionTiming
}

export type DecidedStatus = 'Approved' | 'Rejected'

export type ExemptionResult =
  | {
      kind: 'decided'
      exemptionId: string
      decision: Decision
      status: DecidedStatus
      /** The exemption as last read or answered. */
      exemption: Exemption
      /** True when it already was in the requested state: nothing was sent. */
      alreadyInState: boolean
      /** The approver id sent; undefined when nothing was sent. */
      approverId?: string
      puts: number
      /** True when the outcome was established by reading the exemption back after an unclear answer. */
      confirmedByReadBack: boolean
      note?: string
    }
  | { kind: 'failed'; exemptionId: string; decision: Decision; cause: HarnessCause; puts: number; exemption?: Exemption }
  | { kind: 'unknown'; exemptionId: string; decision: Decision; message: string; puts: number; exemption?: Exemption }
  | { kind: 'cancelled'; exemptionId: string; decision: Decision; puts: number; exemption?: Exemption }

export function wantedStatus(action: Decision): DecidedStatus {
  return action === 'APPROVE' ? 'Approved' : 'Rejected'
}

function cause(id: HarnessCause['id'], title: string, explanation: string, fix: string, harnessMessage = ''): HarnessCause {
  return { id, title, explanation, fix, status: 0, harnessMessage }
}

const VIEW_IN_HARNESS = 'Look at the exemption in Harness (Security Tests > Exemptions).'

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
 * One exemption, read in the given scope (STO checks the key's permission there, so a key whose STO role is
 * in one project can read only with that project named). STO answers 404 for an exemption of another scope,
 * including the org above the project: then it is read once more account-wide, so that the caller can tell
 * that (and say which scope it is in) from an id that does not exist. Where that read fails, the 404 stands.
 */
export async function findExemption(client: ExemptionsClient, id: string, scope: StoScope, signal?: AbortSignal): Promise<Exemption> {
  try {
    return await client.find(id, scope, signal)
  } catch (error) {
    const scoped = scope.orgId !== undefined || scope.projectId !== undefined
    if (!scoped || !(error instanceof HarnessApiError) || error.harnessCause.status !== 404) throw error
    try {
      return await client.find(id, {}, signal)
    } catch (wider) {
      // A transient failure is retried by the caller's read; a refusal (403 without an account-wide role) keeps the 404.
      if (isTransient(wider)) throw wider
      throw error
    }
  }
}

/** The configured scope against the exemption's own: only fields the exemption reports are compared. */
export function scopeMismatch(exemption: Exemption, scope: StoScope): HarnessCause | undefined {
  const clash = (['orgId', 'projectId'] as const).find((f) => scope[f] !== undefined && exemption[f] !== undefined && scope[f] !== exemption[f])
  if (!clash) return undefined
  const where = `${exemption.orgId ?? '–'}/${exemption.projectId ?? '–'}`
  return cause(
    'wrong-scope',
    'Exemption belongs to another project',
    `Exemption ${cleanRemoteText(exemption.id, 60)} belongs to org/project ${cleanRemoteText(where, 260)}, not ${scope.orgId ?? '–'}/${scope.projectId ?? '–'} as configured; nothing was sent.`,
    'Check {exemptionId}, or set {orgId} and {projectId} to those of the exemption.',
  )
}

export async function decideExemption(req: ExemptionDecisionRequest, deps: ExemptionDecisionDeps): Promise<ExemptionResult> {
  const timing = deps.timing ?? DEFAULT_EXEMPTION_TIMING
  const ctx: RetryContext = { clock: deps.clock, logger: deps.logger, random: deps.random ?? Math.random, signal: deps.signal }
  const base = { exemptionId: req.exemptionId, decision: req.action }
  const wanted = wantedStatus(req.action)
  const path = req.action === 'APPROVE' ? 'approve' : 'reject'
  let puts = 0
  let exemption: Exemption | undefined
  const known = () => (exemption ? { exemption } : {})
  const failed = (c: HarnessCause): ExemptionResult => ({ kind: 'failed', ...base, cause: c, puts, ...known() })
  const read = (what: string, scope: StoScope) =>
    retryRead(what, () => findExemption(deps.client, req.exemptionId, scope, deps.signal), deps.clock.now() + timing.readBudgetMs, timing.reads, ctx)

  // A service account key has no user to approve as: known from the key, so nothing is sent.
  if (req.approverId === undefined && !deps.client.keyHasUser) return failed(serviceAccountKeyCause('approverId'))
  try {
    // 1. What is it now?
    exemption = await read(`Reading exemption ${req.exemptionId}`, req.scope)
    const wrongScope = scopeMismatch(exemption, req.scope)
    if (wrongScope) return failed(wrongScope)
    if (exemption.status === wanted) {
      return {
        kind: 'decided',
        ...base,
        status: wanted,
        exemption,
        alreadyInState: true,
        puts,
        confirmedByReadBack: false,
        note: `Exemption ${req.exemptionId} was already ${wanted.toLowerCase()}; nothing was sent.`,
      }
    }
    const refusal = refusalFor(exemption, req.action, { reapproveRejected: req.reapproveRejected })
    if (refusal) return failed(refusal)
    // The state it was read in: Pending, or Expired or Rejected for an approval made again.
    const from = exemption.status
    const before = exemption

    // 2. Who approves: the given id, else the key's own user.
    const approverId = req.approverId ?? (await ownUserId())
    if (typeof approverId !== 'string') return failed(approverId)

    // 3. Decide where the exemption lives, at most `maxPuts` times, only while it provably still shows `from`.
    const scope = scopeOfExemption(exemption)
    const body = { approverId, ...(req.comment ? { comment: req.comment } : {}) }
    let mayHaveArrived = false
    let last = ''
    while (puts < timing.maxPuts) {
      if (deps.signal?.aborted) throw new CancelledError()
      puts++
      try {
        const after = await deps.client.decide(req.exemptionId, path, scope, body, deps.signal)
        exemption = after
        return settled(after, approverId, false, before)
      } catch (error) {
        if (deps.signal?.aborted) throw new CancelledError()
        last = error instanceof Error ? error.message : String(error)
        // Never connected: the transport already made its quick tries, so STO is not reachable now.
        if (error instanceof TransportError && error.failure === 'connect') return failed(unreachableCause(error, 'STO'))
        if (error instanceof HarnessApiError && error.harnessCause.status === 429) {
          // Refused before STO looked at it: nothing changed, try again.
          deps.logger.warning(`Exemption ${req.exemptionId}: ${last}; the ${path} was not processed.`, 'Rate limited')
          if (puts < timing.maxPuts) await deps.clock.sleep(backoffDelay(puts, timing.reads, ctx.random), deps.signal)
          continue
        }
        const definite = error instanceof HarnessApiError && !isTransient(error)
        if (definite && !mayHaveArrived) return failed(error.harnessCause)
        mayHaveArrived = true
        deps.logger.warning(`Exemption ${req.exemptionId}: the ${path}'s outcome is unclear (${last}); reading the exemption back.`, 'Unclear answer from STO')
        await deps.clock.sleep(timing.settleMs, deps.signal)
        let now: Exemption
        try {
          now = await read(`Reading back exemption ${req.exemptionId}`, scope)
        } catch (readError) {
          if (deps.signal?.aborted) throw new CancelledError()
          const reason = readError instanceof Error ? readError.message : String(readError)
          return { kind: 'unknown', ...base, message: `Decision state unknown for exemption ${req.exemptionId}: the ${path} may or may not have been recorded (${last}), and the exemption could not be read back (${reason}). Check it in Harness before running this again.`, puts, ...known() }
        }
        exemption = now
        if (now.status === wanted) return settled(now, approverId, true, before)
        if (now.status !== from) {
          return failed(
            (now.status === 'Pending' ? undefined : refusalFor(now, req.action, { reapproveRejected: req.reapproveRejected })) ??
              cause('already-finished', 'Exemption changed meanwhile', `Exemption ${req.exemptionId} is now ${cleanRemoteText(now.status, 40)}, no longer ${cleanRemoteText(from, 40)} as it was read.`, VIEW_IN_HARNESS),
          )
        }
        if (definite) return failed(error.harnessCause)
        // Unchanged: the PUT did not take effect, so another one cannot decide twice.
      }
    }
    if (!mayHaveArrived) return failed(cause('rate-limited', 'Harness rate limit reached', `${last}.`, 'Lower {maxRequestsPerMinute} or {concurrency}, or spread runs out.'))
    return { kind: 'unknown', ...base, message: `Decision state unknown for exemption ${req.exemptionId}: ${puts} attempts gave no clear answer (last: ${last}), and it still shows ${cleanRemoteText(from, 40)}. Check it in Harness.`, puts, ...known() }
  } catch (error) {
    if (deps.signal?.aborted || error instanceof CancelledError) return { kind: 'cancelled', ...base, puts, ...known() }
    if (error instanceof HarnessApiError) return failed(error.harnessCause)
    if (puts > 0) return { kind: 'unknown', ...base, message: `Decision state unknown for exemption ${req.exemptionId}: ${(error as Error).message}. Check it in Harness.`, puts, ...known() }
    return failed(describeReadFailure(error))
  }

  function settled(after: Exemption, approverId: string, confirmedByReadBack: boolean, before: Exemption): ExemptionResult {
    if (after.status === wanted) {
      const other = confirmedByReadBack && after.approverId !== undefined && after.approverId !== approverId
      const notes = [
        againNote(before, after),
        other ? `The exemption shows ${wanted.toLowerCase()} by ${cleanRemoteText(after.approverId ?? '', 40)}, not ${approverId}: someone else may have decided it meanwhile.` : '',
      ].filter(Boolean)
      return {
        kind: 'decided',
        ...base,
        status: wanted,
        exemption: after,
        alreadyInState: false,
        approverId,
        puts,
        confirmedByReadBack,
        ...(notes.length ? { note: notes.join(' ') } : {}),
      }
    }
    if (after.status === before.status) {
      return { kind: 'unknown', ...base, message: `STO accepted the ${path} of exemption ${req.exemptionId} but still shows it ${cleanRemoteText(after.status, 40)}. Check it in Harness.`, puts, exemption: after }
    }
    return failed(cause('already-finished', 'Exemption ended otherwise', `After this ${path}, STO reports exemption ${req.exemptionId} as ${cleanRemoteText(after.status, 40)}.`, VIEW_IN_HARNESS))
  }

  /** The key's own user id, or the cause it could not be had. */
  async function ownUserId(): Promise<string | HarnessCause> {
    try {
      const user = await retryRead("Reading the API key's user", () => deps.client.currentUser(deps.signal), deps.clock.now() + timing.readBudgetMs, timing.reads, ctx)
      if (!STO_ID.test(user.uuid)) {
        return cause('invalid-inputs', "Key's user id not usable", `Harness gave the key's user id as '${cleanRemoteText(user.uuid, 60)}', which is not an STO user id (22 letters, digits, - or _).`, 'Set {approverId} to the approving user\'s id.')
      }
      deps.logger.info(`${req.action === 'REJECT' ? 'Rejecting' : 'Approving'} as the key's own user ${user.uuid}${user.email ? ` (${cleanRemoteText(user.email, 100)})` : ''}.`)
      return user.uuid
    } catch (error) {
      if (deps.signal?.aborted) throw new CancelledError()
      // A service account key: the cause already says to set approverId.
      if (error instanceof HarnessApiError && SERVICE_ACCOUNT_HAS_NO_USER.test(error.harnessCause.harnessMessage)) return error.harnessCause
      const why = error instanceof HarnessApiError ? error.harnessCause : describeReadFailure(error)
      return { ...why, title: `Could not read the key's user: ${why.title}`, fix: `${why.fix} Or set {approverId} (a service account key has no user of its own).` }
    }
  }
}

/**
 * Unix seconds (as STO gives an expiration) as an ISO date-time, UTC; undefined when absent or not a time a
 * date can hold: the value is the server's, and a date past year 275760 would throw rather than print.
 */
export function expirationDate(seconds: number | undefined): string | undefined {
  if (typeof seconds !== 'number' || !(seconds > 0)) return undefined
  return isoTime(seconds * 1000)?.replace(/\.000Z$/, 'Z')
}

/** What an approval made again did: a renewal of an expired exemption, or the overturn of a rejection. */
function againNote(before: Exemption, after: Exemption): string {
  const date = expirationDate(after.expiration)
  const until = date ? ` until ${date}` : ''
  const id = cleanRemoteText(before.id, 60)
  if (before.status === 'Expired') return `Exemption ${id} had expired; approving it renewed it${until}.`
  if (before.status === 'Rejected') {
    const by = before.approverId ? ` by ${cleanRemoteText(before.approverId, 40)}` : ''
    return `Exemption ${id} had been rejected${by}; it was approved again, as this run was told to.`
  }
  return ''
}

function describeReadFailure(error: unknown): HarnessCause {
  if (error instanceof TransportError) return unreachableCause(error, 'STO')
  if (error instanceof UnexpectedBodyError) {
    return cause('not-json', 'Unexpected answer from STO', `${error.message}.`, 'Check {baseUrl}: it must lead to the Harness API (a proxy or login page answers otherwise).')
  }
  return cause('unknown', 'Unexpected failure', (error as Error)?.message ?? String(error), 'Report this with the log of the run.')
}
