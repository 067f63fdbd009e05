// What this run knows about the GitHub workflow run that started it, read from the runner's documented
// environment. (A few variables: not worth @actions/github and its Octokit in the bundle.)
import { readFileSync } from 'node:fs'
import type { RunDefaults } from './settings.js'
import { stepTag } from '../approvals/known-step.js'

export interface WorkflowRun {
  /** e.g. https://github.com/owner/repo/actions/runs/123/attempts/1 */
  url?: string
  runId?: string
  runAttempt?: string
  /** The job's id in the workflow (`GITHUB_JOB`) and the step's in the job (`GITHUB_ACTION`). */
  job?: string
  step?: string
  eventName?: string
  payload: Record<string, unknown>
}

export function readWorkflowRun(env: NodeJS.ProcessEnv = process.env): WorkflowRun {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: runId, GITHUB_RUN_ATTEMPT: runAttempt } = env
  let payload: Record<string, unknown> = {}
  if (env.GITHUB_EVENT_PATH) {
    try {
      const parsed: unknown = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8'))
      if (parsed && typeof parsed === 'object') payload = parsed as Record<string, unknown>
    } catch {
      // No readable event: the defaults it could give are simply absent.
    }
  }
  const url = server && repo && runId ? `${server}/${repo}/actions/runs/${runId}${runAttempt ? `/attempts/${runAttempt}` : ''}` : undefined
  return { url, runId, runAttempt, job: env.GITHUB_JOB, step: env.GITHUB_ACTION, eventName: env.GITHUB_EVENT_NAME, payload }
}

/**
 * Unique per run, attempt and step, so a recorded decision can be recognised as this run's own, and a re-run (a
 * new attempt, same run id and step) can recognise an earlier attempt's. The random part only tells two runs of the
 * same attempt apart and is no secret: Math.random, not node:crypto, whose loading costs a cold run several
 * milliseconds.
 */
export function runMarker(runId: string | undefined, runAttempt: string | undefined, job?: string, step?: string): string {
  const tag = stepTag(job, step)
  return `hag-${runId ?? 'local'}.${runAttempt ?? '1'}${tag ? `.${tag}` : ''}-${Math.floor(Math.random() * 0x1000000).toString(16).padStart(6, '0')}`
}

function pick(source: unknown, ...names: string[]): string | undefined {
  if (!source || typeof source !== 'object') return undefined
  for (const name of names) {
    const value = (source as Record<string, unknown>)[name]
    if (typeof value === 'string' && value.trim() !== '') return value.trim()
  }
  return undefined
}

/**
 * Defaults a Harness HTTP step can pass by triggering the workflow directly: `repository_dispatch` with
 * `client_payload.executionId` / `client_payload.callback_id`, or `workflow_dispatch` inputs.
 */
export function runDefaults(run: WorkflowRun): RunDefaults {
  const source = run.eventName === 'repository_dispatch' ? run.payload.client_payload : run.eventName === 'workflow_dispatch' ? run.payload.inputs : undefined
  const executionId = pick(source, 'executionId', 'execution_id')
  const callbackId = pick(source, 'callback_id', 'callbackId')
  return {
    ...(run.url ? { comments: `Decided by GitHub workflow run ${run.url}` } : {}),
    ...(executionId ? { executionId } : {}),
    ...(callbackId ? { callbackId } : {}),
  }
}
