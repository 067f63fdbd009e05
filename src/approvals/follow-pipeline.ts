// After a decision, the pipeline is followed: its execution is read again and again (the same read as the
// scope check) until it has left the approval step, or until it has finished, or until the wait runs out.
// The waits are the ones Harness's own tooling uses (3 s, ×1.5, at most 30 s), every read goes through the
// run's rate limit, and a cancellation stops the wait at once.
import type { Decision } from '../harness/decision.js'
import { HarnessApiError, type HarnessCause } from '../harness/errors.js'
import { backoffDelay, retryRead, type Backoff, type RetryContext } from '../http/retry-reads.js'
import { CancelledError, type Clock, type Logger } from '../ports.js'
import { cleanRemoteText } from '../report/sanitize.js'
import { formatDuration, parseDuration } from '../settings/durations.js'
import type { InputReader, Problems } from '../settings/problems.js'
import { DEFAULT_TIMING } from './decide-execution.js'
import { isTerminalExecutionStatus, type ExecutionClient, type ExecutionSummary } from './execution-client.js'

/** How far to follow: until the pipeline is past the approval step, or until it has finished. */
export type FollowUntil = 'past-approval' | 'finished'

export interface FollowSettings {
  /** The longest the pipeline is followed after the decision. */
  timeoutMs: number
  until: FollowUntil
}

export const FOLLOW_UNTIL_VALUES: readonly FollowUntil[] = ['past-approval', 'finished']
export const MAX_FOLLOW_MS = 24 * 3_600_000

/** The waits between reads: 3 s, growing ×1.5, at most 30 s (no jitter: a batch is paced by the rate limit). */
export const FOLLOW_BACKOFF: Backoff = { initialMs: 3_000, maxMs: 30_000, factor: 1.5 }

/**
 * Statuses that fail the step when the pipeline ends in them. ApprovalRejected only after an APPROVE: after a
 * REJECT it is the end that was asked for.
 */
export const FAILING_PIPELINE_STATUSES: readonly string[] = ['Failed', 'Errored', 'Aborted', 'AbortedByFreeze', 'Expired', 'ApprovalRejected']

const FAILING = new Set(FAILING_PIPELINE_STATUSES.map((s) => s.toLowerCase()))
const APPROVAL_WAITING = 'approvalwaiting'

/**
 * `waitForPipeline` (a duration; empty or 0: do not follow) and `waitForPipelineUntil` (past-approval, the
 * default, or finished). `finished` without a duration is a mistake worth saying: nothing would be followed.
 * `past-approval` alone is not: it is the default action.yml states, which the runner passes on every run.
 */
export function parseFollowSettings(read: InputReader, problems: Problems): FollowSettings | undefined {
  const waitText = read('waitForPipeline').trim()
  const untilText = read('waitForPipelineUntil').trim()
  const parsed = waitText === '' ? 0 : parseDuration(waitText)
  const waitValid = parsed !== undefined && parsed <= MAX_FOLLOW_MS
  if (!waitValid) problems.add('waitForPipeline', waitText, 'a duration such as 30m, 90s or 0 (do not follow the pipeline), at most 24h')
  const timeoutMs = waitValid ? parsed : 0
  let until: FollowUntil = 'past-approval'
  if (untilText !== '') {
    const value = untilText.toLowerCase()
    if (!(FOLLOW_UNTIL_VALUES as readonly string[]).includes(value)) {
      problems.add('waitForPipelineUntil', untilText, 'past-approval (until the pipeline has left the approval step) or finished (until it has ended)')
    } else until = value as FollowUntil
    if (timeoutMs === 0 && waitValid && value !== 'past-approval') {
      problems.add('waitForPipelineUntil', untilText, 'to be given together with a {waitForPipeline} above 0 (how long to follow, such as 30m); without it the pipeline is not followed')
    }
  }
  return timeoutMs > 0 ? { timeoutMs, until } : undefined
}

/** How following one pipeline ended. */
export type FollowEnd =
  | 'reached' // the pipeline got as far as asked
  | 'timed-out' // the wait ran out first
  | 'unreadable' // the execution could not be read
  | 'cancelled'

export interface PipelineFollow {
  executionId: string
  until: FollowUntil
  end: FollowEnd
  /** Harness's status name, as last read; undefined when it was never read. */
  status?: string
  pipelineName?: string
  /** The run number Harness shows, when it gave one. */
  runSequence?: number
  url?: string
  /** True when the step must fail: a failing status, the wait ran out, unreadable, cancelled. */
  failed: boolean
  /** What Harness reports, in a sentence. */
  message: string
  /** The cause, when the execution could not be read. */
  cause?: HarnessCause
  reads: number
  waitedMs: number
}

export interface FollowRequest {
  executionId: string
  /** The decision just made: after a REJECT, ApprovalRejected is the expected end. */
  decision: Decision
  settings: FollowSettings
}

export interface FollowDeps {
  executions: ExecutionClient
  clock: Clock
  logger: Logger
  signal?: AbortSignal
  random?: () => number
}

/** Whether `status` is as far as `until` asks. Pure. */
export function isFarEnough(status: string, until: FollowUntil): boolean {
  if (isTerminalExecutionStatus(status)) return true
  return until === 'past-approval' && status.toLowerCase() !== APPROVAL_WAITING
}

/** Whether the pipeline ending in `status` fails the step, after `decision`. Pure. */
export function isFailingStatus(status: string, decision: Decision): boolean {
  const lower = status.toLowerCase()
  if (lower === 'approvalrejected' && decision === 'REJECT') return false
  return FAILING.has(lower)
}

export async function followPipeline(req: FollowRequest, deps: FollowDeps): Promise<PipelineFollow> {
  const { executionId, settings } = req
  const ctx: RetryContext = { clock: deps.clock, logger: deps.logger, random: deps.random ?? Math.random, signal: deps.signal }
  const started = deps.clock.now()
  const deadline = started + settings.timeoutMs
  const goal = settings.until === 'finished' ? 'finish' : 'leave the approval step'
  let reads = 0
  let last: ExecutionSummary | undefined
  let previous: string | undefined
  let url: string | undefined
  const end = (kind: FollowEnd, failed: boolean, message: string, cause?: HarnessCause): PipelineFollow => ({
    executionId,
    until: settings.until,
    end: kind,
    ...(last ? { status: cleanRemoteText(last.status, 60), pipelineName: cleanRemoteText(last.name, 200) } : {}),
    ...(last?.runSequence !== undefined ? { runSequence: last.runSequence } : {}),
    ...(url ? { url } : {}),
    failed,
    message,
    ...(cause ? { cause } : {}),
    reads,
    waitedMs: deps.clock.now() - started,
  })
  const reported = () => (last ? `Harness reports it as ${cleanRemoteText(last.status, 60)}` : 'Harness reported no status')

  // The decision is reported after following, which may take long: say here that it was recorded.
  deps.logger.info(`Execution ${executionId}: ${req.decision} recorded; following the pipeline until it has ${settings.until === 'finished' ? 'finished' : 'left the approval step'}, for at most ${formatDuration(settings.timeoutMs)}.`)
  try {
    for (;;) {
      try {
        // Transient failures are retried up to the deadline; the rate limit sits in the client below.
        last = await retryRead(`Reading execution ${executionId}`, () => deps.executions.summary(executionId, deps.signal), Math.max(deadline, deps.clock.now()), DEFAULT_TIMING.reads, ctx)
      } catch (error) {
        if (deps.signal?.aborted || error instanceof CancelledError) throw error
        const cause = error instanceof HarnessApiError ? error.harnessCause : undefined
        const why = error instanceof Error ? error.message : String(error)
        return end('unreadable', true, `The pipeline of execution ${executionId} could not be read while following it (${cleanRemoteText(why, 300)}); the decision was recorded, but how the pipeline went on is unknown.`, cause)
      }
      reads++
      url ??= await deps.executions.uiUrl(last, deps.signal)
      const status = cleanRemoteText(last.status, 60)
      if (status !== previous) deps.logger.info(`Execution ${executionId}: the pipeline is ${status}.`)
      else deps.logger.debug(`Execution ${executionId}: the pipeline is still ${status} (read ${reads}).`)
      previous = status
      if (isFarEnough(last.status, settings.until)) {
        const failed = isFailingStatus(last.status, req.decision)
        const ended = isTerminalExecutionStatus(last.status)
        const message = ended
          ? `The pipeline has ended: Harness reports it as ${status}.`
          : `The pipeline has left the approval step: Harness reports it as ${status}.`
        return end('reached', failed, message)
      }
      const now = deps.clock.now()
      if (now >= deadline) {
        return end('timed-out', true, `The pipeline did not ${goal} within ${formatDuration(settings.timeoutMs)}: ${reported()}.`)
      }
      // The last wait is cut short so that one more read falls on the deadline itself.
      await deps.clock.sleep(Math.min(backoffDelay(reads, FOLLOW_BACKOFF, () => 1), deadline - now), deps.signal)
    }
  } catch (error) {
    if (deps.signal?.aborted || error instanceof CancelledError) {
      return end('cancelled', true, `Following the pipeline was cancelled: ${reported()}.`)
    }
    throw error
  }
}
