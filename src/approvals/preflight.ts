// Before any wait (a status gate, or a dry run's stop before the POST): everything Harness could say at once
// is asked at once. The execution and its approvals are read together; a bad key, a wrong scope, a missing
// or finished execution, or a waiting step that Harness would refuse this key ends the execution's part of
// the run there, with the cause a decision would have met after the wait. Nothing is posted here, ever.
import type { Decision } from '../harness/decision.js'
import { HarnessApiError, type HarnessCause } from '../harness/errors.js'
import { retryRead, type RetryContext } from '../http/retry-reads.js'
import { cleanRemoteText } from '../report/sanitize.js'
import type { AuthorizationClient, Authorization, KeyUser } from './authorization-client.js'
import { classifyHarnessFailure, type KeyKind } from './causes.js'
import { DEFAULT_TIMING, describeReadFailure, type DecisionDeps } from './decide-execution.js'
import type { ExecutionSummary } from './execution-client.js'
import { earlierAttemptActivity, findKnownStep, type WorkflowAttempt } from './known-step.js'
import { approvalsFilter } from './find-step.js'
import { executionFinished, pipelineRunOf, scopeMismatch } from './scope-check.js'
import type { ApprovalInstance, PipelineRun } from './types.js'

export interface PreflightRequest {
  executionId: string
  callbackId?: string
  action: Decision
  workflowAttempt?: WorkflowAttempt
  /** `pat.` or `sat.`: a service account is judged by the step's service accounts, and has no user to read. */
  keyKind?: KeyKind
  /**
   * Before a wait the reads go one at a time, over the one connection the run keeps: the wait follows anyway.
   * Otherwise (a dry run's plan follows at once) independent reads go together, each on its own connection.
   */
  oneAtATime?: boolean
}

/** What a decision needs (but the batch's turn before posting), and who asks Harness whether the key may decide. */
export type PreflightDeps = Omit<DecisionDeps, 'beforePost'> & { who: AuthorizationClient }

export type Preflight =
  | {
      kind: 'ok'
      summary: ExecutionSummary
      /** The execution's Harness approvals as read (the decision's own filter): a plan that follows at once reads them no more. */
      instances: ApprovalInstance[]
      /** The one Harness approval waiting (for the callback id), when there is exactly one. */
      waiting?: ApprovalInstance
    }
  | { kind: 'failed'; cause: HarnessCause; pipeline?: PipelineRun }

/** What the key's user and the execution prove about a waiting step, besides Harness's own answer. */
export interface RefusalFacts {
  keyKind?: KeyKind
  /** Harness's answer to the authorization read; undefined when it could not be asked. */
  authorization?: Authorization
  /** The key's user; undefined for a service account, or when it could not be read. */
  me?: KeyUser
  /** Who started the execution (`executionTriggerInfo.triggeredBy.uuid`). */
  executorUuid?: string
  now: number
}

/**
 * The sentence Harness would refuse a decision of this step with, or undefined when nothing proves a
 * refusal. Harness's order: who the principal is (its authorization answer, or what the data proves: an
 * earlier activity of the same user, the executor, a disallowed email, a service account the step does not
 * list), then the instance's state (a passed deadline: the step still reads WAITING, but has expired). Pure.
 */
export function serverRefusal(instance: ApprovalInstance, facts: RefusalFacts): string | undefined {
  if (facts.authorization && !facts.authorization.authorized) return facts.authorization.reason ?? 'User not authorized to approve/reject'
  const approvers = instance.details?.approvers
  const me = facts.me
  const same = (a?: string, b?: string) => a !== undefined && b !== undefined && a.toLowerCase() === b.toLowerCase()
  if (me && (instance.details?.approvalActivities ?? []).some((a) => same(a.user?.email, me.email) && (a.user?.name === undefined || me.name === undefined || a.user.name === me.name))) {
    return 'You have already approved/rejected the pipeline'
  }
  if (me && approvers?.disallowPipelineExecutor === true && facts.executorUuid !== undefined && facts.executorUuid === me.uuid) {
    return 'Pipeline executor is not allowed to approve/reject'
  }
  if (me?.email !== undefined && (approvers?.disallowedUserEmails ?? []).some((e) => same(e, me.email))) {
    return `Action not permitted: You [${me.email}] are on the disallowed user list and do not have permission to approve or reject.`
  }
  // A sat. key names no service account Harness would recognise; a step that lists none refuses every one.
  if (facts.keyKind === 'service-account' && approvers !== undefined && (approvers.serviceAccounts ?? []).length === 0) {
    return 'The service account configured in the request is not authorized to approve/reject'
  }
  if (typeof instance.deadline === 'number' && instance.deadline > 0 && instance.deadline <= facts.now) {
    return 'Unable to add Harness Approval Activity : Harness approval instance has already expired'
  }
  return undefined
}

export async function preflight(req: PreflightRequest, deps: PreflightDeps): Promise<Preflight> {
  const timing = deps.timing ?? DEFAULT_TIMING
  const ctx: RetryContext = { clock: deps.clock, logger: deps.logger, random: deps.random ?? Math.random, signal: deps.signal }
  const read = <T>(what: string, fn: () => Promise<T>) => retryRead(what, fn, deps.clock.now() + timing.readBudgetMs, timing.reads, ctx)
  // Independent reads, together unless one at a time (then the approvals only once the execution passed).
  // The execution's answer comes first in judging: it proves key and scope.
  const readApprovals = () => settle(read(`Reading the approvals of execution ${req.executionId}`, () => deps.client.list(req.executionId, approvalsFilter(req), deps.signal)))
  const summaryReading = settle(read(`Reading execution ${req.executionId}`, () => deps.executions.summary(req.executionId, deps.signal)))
  // Both settle before anything is judged: no read is left running.
  const [summaryRead, approvalsReadTogether] = await Promise.all([summaryReading, req.oneAtATime ? undefined : readApprovals()])
  if (summaryRead.status === 'rejected') return { kind: 'failed', cause: causeOf(summaryRead.reason) }
  const summary = summaryRead.value
  const mismatch = scopeMismatch(req.executionId, summary, deps.target)
  if (mismatch) return { kind: 'failed', cause: mismatch }
  const pipeline = pipelineRunOf(summary, deps.target)
  const approvalsRead = approvalsReadTogether ?? (await readApprovals())
  if (approvalsRead.status === 'rejected') return { kind: 'failed', cause: causeOf(approvalsRead.reason), pipeline }
  const instances = approvalsRead.value

  const finished = executionFinished(req.executionId, summary)
  if (finished) {
    // A step this run already decided (a re-run) is still a success: the decision recognises it.
    return findKnownStep(instances, req.callbackId, req.workflowAttempt) ? { kind: 'ok', summary, instances } : { kind: 'failed', cause: finished, pipeline }
  }
  const waiting = instances.filter((i) => i.status === 'WAITING' && (!i.type || i.type === 'HarnessApproval'))
  // None yet (it may start during the wait), or several (the decision names them): nothing more to ask.
  if (waiting.length !== 1) return { kind: 'ok', summary, instances }
  const instance = waiting[0]!
  // An earlier attempt of this workflow run approved it already: the decision posts nothing, so asks nothing.
  if (earlierAttemptActivity(instance, req.workflowAttempt)) return { kind: 'ok', summary, instances, waiting: instance }

  const facts = await refusalFacts(req, deps, instance, summary)
  const refusal = serverRefusal(instance, facts)
  if (!refusal) return { kind: 'ok', summary, instances, waiting: instance }
  const saidByHarness = facts.authorization?.authorized === false
  return { kind: 'failed', cause: refusalCause(req, refusal, saidByHarness), pipeline }
}

/** Harness's authorization answer and the key's user, asked together; either may be missing (older servers, service accounts). */
async function refusalFacts(req: PreflightRequest, deps: PreflightDeps, instance: ApprovalInstance, summary: ExecutionSummary): Promise<RefusalFacts> {
  const optional = async <T>(what: string, fn: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await fn()
    } catch (error) {
      if (deps.signal?.aborted) throw error
      // Only a help: a decision is judged by Harness anyway.
      deps.logger.debug(`${what} failed (${error instanceof Error ? error.message : String(error)}); going on without it.`)
      return undefined
    }
  }
  const [authorization, me] = await both(
    () => optional(`Asking whether this key may decide execution ${req.executionId}`, () => deps.who.authorization(instance.id, deps.signal)),
    () => (req.keyKind === 'service-account' ? Promise.resolve(undefined) : optional("Reading the key's user", () => deps.who.currentUser(deps.signal))),
    req.oneAtATime,
  )
  return {
    ...(req.keyKind ? { keyKind: req.keyKind } : {}),
    ...(authorization ? { authorization } : {}),
    ...(me ? { me } : {}),
    ...(summary.executorUuid ? { executorUuid: summary.executorUuid } : {}),
    now: deps.clock.now(),
  }
}

/** The documented cause of Harness's refusal, found before any wait: nothing was posted. */
function refusalCause(req: PreflightRequest, refusal: string, saidByHarness: boolean): HarnessCause {
  const cause = classifyHarnessFailure(400, JSON.stringify({ message: refusal }), { ...(req.keyKind ? { keyKind: req.keyKind } : {}) })
  return {
    ...cause,
    explanation: `${cause.explanation} Found before waiting, for execution ${req.executionId}: a ${req.action} would be refused; nothing was posted.`,
    status: 0,
    harnessMessage: saidByHarness ? cleanRemoteText(refusal, 400) : '',
  }
}

/** Two independent reads: together, or one after the other. */
async function both<A, B>(a: () => Promise<A>, b: () => Promise<B>, oneAtATime = false): Promise<[A, B]> {
  if (!oneAtATime) return Promise.all([a(), b()])
  const first = await a()
  return [first, await b()]
}

/** A read's outcome as a value: the approvals read failing is judged only after the execution read. */
function settle<T>(read: Promise<T>): Promise<PromiseSettledResult<T>> {
  return read.then(
    (value) => ({ status: 'fulfilled', value }),
    (reason: unknown) => ({ status: 'rejected', reason }),
  )
}

function causeOf(error: unknown): HarnessCause {
  return error instanceof HarnessApiError ? error.harnessCause : describeReadFailure(error)
}
