// Before any decision, real or dry: read the pipeline execution and check that it lives in the org and
// project given. The newest Harness server finds an approval's execution by account and id alone, so a typo
// in projectId would otherwise decide another project's approval. The same read names the pipeline, and
// tells a finished execution (which will never wait for an approval again) from one that still may.
import type { HarnessTarget } from '../harness/target.js'
import type { HarnessCause } from '../harness/errors.js'
import { cleanRemoteText } from '../report/sanitize.js'
import { fallbackExecutionUrl, isTerminalExecutionStatus, type ExecutionSummary } from './execution-client.js'
import type { PipelineRun } from './types.js'

/** The org and project the decision is meant for (the inputs). */
export type Scope = Pick<HarnessTarget, 'orgId' | 'projectId'>

/** The cause when the execution lives elsewhere than given, or undefined when it is where it should be. Pure. */
export function scopeMismatch(executionId: string, summary: ExecutionSummary, expected: Scope): HarnessCause | undefined {
  if (summary.orgIdentifier === expected.orgId && summary.projectIdentifier === expected.projectId) return undefined
  // Braces dropped: the fix's {placeholders} are replaced with input names afterwards.
  const org = cleanRemoteText(summary.orgIdentifier, 200).replace(/[{}]/g, '')
  const project = cleanRemoteText(summary.projectIdentifier, 200).replace(/[{}]/g, '')
  return {
    id: 'wrong-scope',
    title: 'Execution belongs to another project',
    explanation: `Execution ${executionId} belongs to org ${org} / project ${project}, not org ${expected.orgId} / project ${expected.projectId} as given. Nothing was posted.`,
    fix: `Check {executionId}; if that execution is the one meant, set {orgId} to ${org} and {projectId} to ${project}.`,
    status: 0,
    harnessMessage: '',
  }
}

/** The cause when the execution has ended, or undefined while it may still reach an approval step. Pure. */
export function executionFinished(executionId: string, summary: ExecutionSummary): HarnessCause | undefined {
  if (!isTerminalExecutionStatus(summary.status)) return undefined
  const status = cleanRemoteText(summary.status, 60)
  return {
    id: 'execution-finished',
    title: 'Execution has already ended',
    explanation: `Execution ${executionId} has already ended (${status}): it will never wait for an approval again. Nothing was posted.`,
    fix: 'Check {executionId} (<+pipeline.executionId> of the run that waits); start a new pipeline run if it should go ahead.',
    status: 0,
    harnessMessage: '',
  }
}

/** The pipeline run as the result carries it: remote text cleaned, the link built from baseUrl (no POST). */
export function pipelineRunOf(summary: ExecutionSummary, target: Pick<HarnessTarget, 'baseUrl' | 'accountId'>): PipelineRun {
  return {
    name: cleanRemoteText(summary.name, 200),
    identifier: cleanRemoteText(summary.pipelineIdentifier, 200),
    ...(summary.runSequence !== undefined ? { runSequence: summary.runSequence } : {}),
    url: fallbackExecutionUrl(target, summary),
    status: cleanRemoteText(summary.status, 60),
  }
}
