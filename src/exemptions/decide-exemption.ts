// One exemption, one decision. Read it first: already in the requested state is a success with nothing
// sent; expired, canceled or decided the other way is a failure with nothing sent; only a Pending exemption
// is approved or rejected. The approve/reject PUT sets a state, so repeating it on an exemption that is
// provably still Pending cannot decide twice: after an unclear answer the exemption is read back, and the
// PUT is repeated only while it still shows Pending.
import { HarnessApiError, UnexpectedBodyError, unreachableCause, type HarnessCause } from '../harness/errors.js'
import { TransportError } from '../http/transport.js'
import { CancelledError, type Clock, type Logger } from '../ports.js'
import { cleanRemoteText } from '../report/sanitize.js'
import type { Decision } from '../harness/decision.js'
import { backoffDelay, isTransient, retryRead, type Backoff, type RetryContext } from '../http/retry-reads.js'
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
   * The org and project the run is configured for: an exemption that belongs to another one is refused,
   * so a mistyped id cannot decide someone else's exemption.
   */
  scope: StoScope
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

/**
 * Why this exemption may not be decided as asked, or undefined when it is Pending. The requested state
 * itself is handled by the caller (a success, with nothing sent).
 *
 * An exemption decided the other way is refused rather than overturned, in both directions: a run
 * (perhaps a re-run of an old workflow) must not silently undo a decision a person or another run has
 * recorded. STO may allow the change; making it is left to a person, in Harness.
 */
export function refusalFor(exemption: Exemption, action: Decision): HarnessCause | undefined {
  const id = exemption.id
  const status = cleanRemoteText(exemption.status, 40)
  const verb = action === 'APPROVE' ? 'approved' : 'rejected'
  switch (exemption.status as ExemptionStatus) {
    case 'Pending':
      return undefined
    case 'Expired':
      return cause('already-finished', 'Exemption expired', `Exemption ${id} has expired, so it can no longer be ${verb}; nothing was sent.`, 'Ask the requester to create a new exemption if it is still needed.')
    case 'Canceled':
      return cause('already-finished', 'Exemption canceled', `Exemption ${id} was canceled, so it can no longer be ${verb}; nothing was sent.`, 'Ask the requester to create a new exemption if it is still needed.')
    case 'Approved':
    case 'Rejected':
      return cause(
        'already-finished',
        `Exemption already ${status.toLowerCase()}`,
        `Exemption ${id} was already ${status.toLowerCase()}${exemption.approverId ? ` (by ${exemption.approverId})` : ''}; this run does not overturn a recorded decision, so it was not ${verb} and nothing was sent.`,
        `If the earlier decision should change, change it in Harness (Security Tests > Exemptions), where the history shows who decided.`,
      )
    default:
      return cause('unknown', 'Exemption status not understood', `Exemption ${id} has status '${status}', which is none of Pending, Approved, Rejected, Expired or Canceled; nothing was sent.`, VIEW_IN_HARNESS)
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
    `Exemption ${exemption.id} belongs to org/project ${cleanRemoteText(where, 260)}, not ${scope.orgId ?? '–'}/${scope.projectId ?? '–'} as configured; nothing was sent.`,
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
  const read = (what: string) =>
    retryRead(what, () => deps.client.find(req.exemptionId, deps.signal), deps.clock.now() + timing.readBudgetMs, timing.reads, ctx)

  try {
    // 1. What is it now?
    exemption = await read(`Reading exemption ${req.exemptionId}`)
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
    const refusal = refusalFor(exemption, req.action)
    if (refusal) return failed(refusal)

    // 2. Who approves: the given id, else the key's own user.
    const approverId = req.approverId ?? (await ownUserId())
    if (typeof approverId !== 'string') return failed(approverId)

    // 3. Decide where the exemption lives, at most `maxPuts` times, only while it is provably Pending.
    const scope: StoScope = exemption.orgId ? { orgId: exemption.orgId, ...(exemption.projectId ? { projectId: exemption.projectId } : {}) } : {}
    const body = { approverId, ...(req.comment ? { comment: req.comment } : {}) }
    let mayHaveArrived = false
    let last = ''
    while (puts < timing.maxPuts) {
      if (deps.signal?.aborted) throw new CancelledError()
      puts++
      try {
        const after = await deps.client.decide(req.exemptionId, path, scope, body, deps.signal)
        exemption = after
        return settled(after, approverId, false)
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
          now = await read(`Reading back exemption ${req.exemptionId}`)
        } catch (readError) {
          if (deps.signal?.aborted) throw new CancelledError()
          const reason = readError instanceof Error ? readError.message : String(readError)
          return { kind: 'unknown', ...base, message: `Decision state unknown for exemption ${req.exemptionId}: the ${path} may or may not have been recorded (${last}), and the exemption could not be read back (${reason}). Check it in Harness before running this again.`, puts, ...known() }
        }
        exemption = now
        if (now.status === wanted) return settled(now, approverId, true)
        if (now.status !== 'Pending') return failed(refusalFor(now, req.action) ?? cause('already-finished', 'Exemption changed meanwhile', `Exemption ${req.exemptionId} is now ${cleanRemoteText(now.status, 40)}.`, VIEW_IN_HARNESS))
        if (definite) return failed(error.harnessCause)
        // Still Pending: the PUT did not take effect, so another one cannot decide twice.
      }
    }
    if (!mayHaveArrived) return failed(cause('rate-limited', 'Harness rate limit reached', `${last}.`, 'Lower {maxRequestsPerMinute} or {concurrency}, or spread runs out.'))
    return { kind: 'unknown', ...base, message: `Decision state unknown for exemption ${req.exemptionId}: ${puts} attempts gave no clear answer (last: ${last}), and it still shows Pending. Check it in Harness.`, puts, ...known() }
  } catch (error) {
    if (deps.signal?.aborted || error instanceof CancelledError) return { kind: 'cancelled', ...base, puts, ...known() }
    if (error instanceof HarnessApiError) return failed(error.harnessCause)
    if (puts > 0) return { kind: 'unknown', ...base, message: `Decision state unknown for exemption ${req.exemptionId}: ${(error as Error).message}. Check it in Harness.`, puts, ...known() }
    return failed(describeReadFailure(error))
  }

  function settled(after: Exemption, approverId: string, confirmedByReadBack: boolean): ExemptionResult {
    if (after.status === wanted) {
      const other = confirmedByReadBack && after.approverId !== undefined && after.approverId !== approverId
      return {
        kind: 'decided',
        ...base,
        status: wanted,
        exemption: after,
        alreadyInState: false,
        approverId,
        puts,
        confirmedByReadBack,
        ...(other ? { note: `The exemption shows ${wanted.toLowerCase()} by ${cleanRemoteText(after.approverId ?? '', 40)}, not ${approverId}: someone else may have decided it meanwhile.` } : {}),
      }
    }
    if (after.status === 'Pending') {
      return { kind: 'unknown', ...base, message: `STO accepted the ${path} of exemption ${req.exemptionId} but still shows it Pending. Check it in Harness.`, puts, exemption: after }
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
      deps.logger.info(`Approving as the key's own user ${user.uuid}${user.email ? ` (${cleanRemoteText(user.email, 100)})` : ''}.`)
      return user.uuid
    } catch (error) {
      if (deps.signal?.aborted) throw new CancelledError()
      const why = error instanceof HarnessApiError ? error.harnessCause : describeReadFailure(error)
      return { ...why, title: `Could not read the key's user: ${why.title}`, fix: `${why.fix} Or set {approverId} (a service account key has no user of its own).` }
    }
  }
}

function describeReadFailure(error: unknown): HarnessCause {
  if (error instanceof TransportError) return unreachableCause(error, 'STO')
  if (error instanceof UnexpectedBodyError) {
    return cause('not-json', 'Unexpected answer from STO', `${error.message}.`, 'Check {baseUrl}: it must lead to the Harness API (a proxy or login page answers otherwise).')
  }
  return cause('unknown', 'Unexpected failure', (error as Error)?.message ?? String(error), 'Report this with the log of the run.')
}
