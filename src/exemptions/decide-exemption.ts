// One exemption, one decision. Read it first: already in the requested state is a success with nothing
// sent; canceled, or decided the other way, is a failure with nothing sent. A Pending exemption is approved
// or rejected; an Expired one may be approved again (a renewal, as in Harness), and a Rejected one too, but
// only when the run opts in (`reapproveRejected`). It is read again right before the PUT (after the key's user
// is looked up), so a decision a person made meanwhile is not overturned. The approve/reject PUT sets a state, so repeating it on an
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
import type { Exemption, StoScope } from './types.js'
import { cause, refusalFor, scopeMismatch, scopeOfExemption, VIEW_IN_HARNESS } from './refusals.js'

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
    // 1. What is it now? Refusals and "already so" need no more than this.
    exemption = await read(`Reading exemption ${req.exemptionId}`, req.scope)
    const wrongScope = scopeMismatch(exemption, req.scope)
    if (wrongScope) return failed(wrongScope)
    if (exemption.status === wanted) return alreadyInState(exemption)
    const refusal = refusalFor(exemption, req.action, { reapproveRejected: req.reapproveRejected })
    if (refusal) return failed(refusal)

    // 2. Who approves: the given id, else the key's own user (a lookup with retries, which can take seconds).
    const approverId = req.approverId ?? (await ownUserId())
    if (typeof approverId !== 'string') return failed(approverId)

    // 3. Read again right before the PUT: a person may have decided it during the lookup, and that decision
    // must not be overturned. Changed to what was asked is a success; to anything refused, a failure.
    const scope = scopeOfExemption(exemption)
    const read1 = exemption
    exemption = await read(`Reading exemption ${req.exemptionId} again before the ${path}`, scope)
    const movedScope = scopeMismatch(exemption, req.scope)
    if (movedScope) return failed(movedScope)
    if (exemption.status !== read1.status) {
      if (exemption.status === wanted) return alreadyInState(exemption)
      const now = refusalFor(exemption, req.action, { reapproveRejected: req.reapproveRejected })
      if (now) return failed(changedCause(exemption, read1.status))
    }
    // The state it was read in: Pending, or Expired or Rejected for an approval made again.
    const from = exemption.status
    const before = exemption

    // 4. Decide where the exemption lives, at most `maxPuts` times, only while it provably still shows `from`.
    const body = { approverId, ...(req.comment ? { comment: req.comment } : {}) }
    let mayHaveArrived = false
    let last = ''
    while (puts < timing.maxPuts) {
      if (deps.signal?.aborted) throw new CancelledError()
      puts++
      try {
        const after = await deps.client.decide(req.exemptionId, path, scope, body, deps.signal)
        if (after.id !== req.exemptionId) return await answerAboutAnother(after, approverId, scope, before)
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
        if (definite && !mayHaveArrived) return (await changedMeanwhile(from, scope)) ?? failed(error.harnessCause)
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
        if (now.status !== from) return failed(changedCause(now, from))
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

  /**
   * STO answered the PUT with another exemption: that answer says nothing about this one, so it is read back.
   * Recorded as asked is a success; anything else a failure, and the answer is never taken for this one.
   */
  async function answerAboutAnother(other: Exemption, approverId: string, scope: StoScope, before: Exemption): Promise<ExemptionResult> {
    const said = `STO answered the ${path} of exemption ${req.exemptionId} with another exemption ('${cleanRemoteText(other.id, 60)}')`
    let now: Exemption
    try {
      now = await deps.client.find(req.exemptionId, scope, deps.signal)
    } catch (error) {
      if (deps.signal?.aborted) throw new CancelledError()
      return { kind: 'unknown', ...base, message: `${said}, and the exemption could not be read back (${(error as Error).message}). Check it in Harness.`, puts, ...known() }
    }
    exemption = now
    if (now.status === wanted) return settled(now, approverId, true, before)
    return failed(cause('not-json', 'Unexpected answer from STO', `${said}; read back, it shows ${cleanRemoteText(now.status, 40)}, not ${wanted}.`, VIEW_IN_HARNESS))
  }

  /** Already as asked: a success with nothing sent, naming who decided when STO says. */
  function alreadyInState(now: Exemption): ExemptionResult {
    const by = now.approverId ? ` by ${cleanRemoteText(now.approverId, 40)}` : ''
    return {
      kind: 'decided',
      ...base,
      status: wanted,
      exemption: now,
      alreadyInState: true,
      puts,
      confirmedByReadBack: false,
      note: `Exemption ${req.exemptionId} was already ${wanted.toLowerCase()}${by}; nothing was sent.`,
    }
  }

  /**
   * After STO refused the PUT outright: read once more, as someone may have decided it since it was read
   * ("already approved"). Already as asked is a success; another change is reported as such; undefined
   * when it still shows `from` (the refusal stands) or cannot be read.
   */
  async function changedMeanwhile(from: string, scope: StoScope): Promise<ExemptionResult | undefined> {
    let now: Exemption
    try {
      now = await deps.client.find(req.exemptionId, scope, deps.signal)
    } catch {
      if (deps.signal?.aborted) throw new CancelledError()
      return undefined
    }
    if (now.status === from) return undefined
    exemption = now
    if (now.status === wanted) return alreadyInState(now)
    return failed(changedCause(now, from))
  }

  function changedCause(now: Exemption, from: string): HarnessCause {
    const refusal = now.status === 'Pending' ? undefined : refusalFor(now, req.action, { reapproveRejected: req.reapproveRejected })
    const changed = `Exemption ${req.exemptionId} changed meanwhile: it was ${cleanRemoteText(from, 40)} when read, and is now ${cleanRemoteText(now.status, 40)}.`
    return refusal ? { ...refusal, title: 'Exemption changed meanwhile', explanation: `${changed} ${refusal.explanation}` } : cause('already-finished', 'Exemption changed meanwhile', changed, VIEW_IN_HARNESS)
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
