// While the run waits (the status gate), Harness is re-read at a modest interval: an execution aborted,
// expired or failed in the meantime, or a step decided elsewhere, will never take this run's decision, so
// the wait is cut short at once instead of running out. Reads only; a read that fails is tried again at
// the next interval (the decision after the wait checks everything anyway).
import { CancelledError, type Clock, type Logger } from '../ports.js'
import type { HarnessCause } from '../harness/errors.js'
import { cleanRemoteText } from '../report/sanitize.js'
import type { ApprovalsClient } from './client.js'
import { isTerminalExecutionStatus, type ExecutionClient } from './execution-client.js'

/** About every 30 s, well inside Harness's rate limit even for a batch. */
export const DEFAULT_WATCH_INTERVAL_MS = 30_000

export interface Watched {
  executionId: string
  callbackId?: string
  /** The step seen waiting before the wait: it is followed too. */
  instanceId?: string
}

export interface WatchDeps {
  executions: ExecutionClient
  client: ApprovalsClient
  clock: Clock
  logger: Logger
  intervalMs: number
  /** Ends the watch (the wait is over, or the run was cancelled). */
  signal: AbortSignal
  /** Called once per execution that Harness reports ended (or whose step left WAITING). */
  onEnded: (executionId: string, cause: HarnessCause) => void
}

/** Watches until every execution has ended (then resolves true) or the signal ends the watch (false). */
export async function watchExecutions(watched: readonly Watched[], deps: WatchDeps): Promise<boolean> {
  const live = new Map(watched.map((w) => [w.executionId, w]))
  try {
    while (live.size > 0) {
      await deps.clock.sleep(deps.intervalMs, deps.signal)
      for (const w of [...live.values()]) {
        if (deps.signal.aborted) return false
        const cause = await endedCause(w, deps)
        if (cause) {
          live.delete(w.executionId)
          deps.onEnded(w.executionId, cause)
        }
      }
    }
    return true
  } catch (error) {
    if (deps.signal.aborted || error instanceof CancelledError) return false
    throw error
  }
}

/** What Harness reports when the execution has ended or its step left WAITING; undefined while it still waits. */
async function endedCause(w: Watched, deps: WatchDeps): Promise<HarnessCause | undefined> {
  try {
    const summary = await deps.executions.summary(w.executionId, deps.signal)
    if (isTerminalExecutionStatus(summary.status)) return executionEndedCause(w.executionId, cleanRemoteText(summary.status, 60))
    // While the step waits, the execution says ApprovalWaiting; only otherwise is the step itself looked at.
    if (!w.instanceId || summary.status.toLowerCase() === 'approvalwaiting') return undefined
    const instances = await deps.client.list(w.executionId, { type: 'HarnessApproval', ...(w.callbackId ? { callbackId: w.callbackId } : {}) }, deps.signal)
    const step = instances.find((i) => i.id === w.instanceId)
    if (!step || step.status === 'WAITING') return undefined
    return stepFinishedCause(w.executionId, cleanRemoteText(step.status, 40))
  } catch (error) {
    if (deps.signal.aborted) throw new CancelledError()
    deps.logger.debug(`Watching execution ${w.executionId}: the read failed (${error instanceof Error ? error.message : String(error)}); reading again in ${Math.round(deps.intervalMs / 1000)}s.`)
    return undefined
  }
}

export function executionEndedCause(executionId: string, status: string): HarnessCause {
  return {
    id: 'execution-finished',
    title: 'Execution ended during the wait',
    explanation: `Harness reports execution ${executionId} as ${status}: it ended while this run waited, so the wait was cut short. It will never wait for an approval again. Nothing was posted.`,
    fix: 'Look at the pipeline execution in Harness (someone aborted it, or it failed or expired); start a new pipeline run if it should go ahead.',
    status: 0,
    harnessMessage: '',
  }
}

function stepFinishedCause(executionId: string, status: string): HarnessCause {
  return {
    id: 'already-finished',
    title: 'Approval step finished during the wait',
    explanation: `Harness reports the approval step of execution ${executionId} as ${status}: someone else decided it, or it expired, while this run waited, so the wait was cut short. Nothing was posted.`,
    fix: 'Look at the pipeline execution in Harness; start a new pipeline run if the decision should be different.',
    status: 0,
    harnessMessage: '',
  }
}
