// The dry run of one execution: read the execution (scope, pipeline, status), then go the decision's whole
// way with `dryRun`, which stops right before the POST. The link is built from baseUrl rather than asked of
// Harness, since asking is itself a POST.
import type { HarnessTarget } from '../harness/target.js'
import { HarnessApiError } from '../harness/errors.js'
import { retryRead, type RetryContext } from '../http/retry-reads.js'
import { CancelledError } from '../ports.js'
import { cleanRemoteText } from '../report/sanitize.js'
import { decideExecution, DEFAULT_TIMING, describeReadFailure, type DecisionDeps, type DecisionRequest, type ExecutionResult } from './decide-execution.js'
import { fallbackExecutionUrl, type ExecutionClient } from './execution-client.js'

/** The pipeline behind an execution, as the dry run read it (remote text cleaned). */
export interface PipelinePreview {
  executionId: string
  pipelineName: string
  orgId: string
  projectId: string
  runSequence?: number
  /** Harness's status name when read, e.g. ApprovalWaiting. */
  status: string
  url: string
}

export interface PreviewDeps extends DecisionDeps {
  executions: ExecutionClient
  target: Pick<HarnessTarget, 'baseUrl' | 'accountId'>
}

export async function previewExecution(req: DecisionRequest, deps: PreviewDeps): Promise<{ result: ExecutionResult; preview?: PipelinePreview }> {
  const timing = deps.timing ?? DEFAULT_TIMING
  const ctx: RetryContext = { clock: deps.clock, logger: deps.logger, random: deps.random ?? Math.random, signal: deps.signal }
  const started = deps.clock.now()
  const base = { executionId: req.executionId, decision: req.action, posts: 0 }
  let preview: PipelinePreview
  try {
    const summary = await retryRead(
      `Reading execution ${req.executionId}`,
      () => deps.executions.summary(req.executionId, deps.signal),
      deps.clock.now() + timing.readBudgetMs,
      timing.reads,
      ctx,
    )
    const clean = (text: string) => cleanRemoteText(text, 200)
    preview = {
      executionId: req.executionId,
      pipelineName: clean(summary.name),
      orgId: clean(summary.orgIdentifier),
      projectId: clean(summary.projectIdentifier),
      ...(summary.runSequence !== undefined ? { runSequence: summary.runSequence } : {}),
      status: cleanRemoteText(summary.status, 60),
      url: fallbackExecutionUrl(deps.target, summary),
    }
  } catch (error) {
    const waitedMs = deps.clock.now() - started
    if (deps.signal?.aborted || error instanceof CancelledError) return { result: { kind: 'cancelled', ...base, waitedMs } }
    const cause = error instanceof HarnessApiError ? error.harnessCause : describeReadFailure(error)
    return { result: { kind: 'failed', ...base, cause, waitedMs } }
  }
  const result = await decideExecution({ ...req, dryRun: true }, deps)
  return { result, preview }
}
