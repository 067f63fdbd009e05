// The pipeline execution behind an approval: its summary (to check the scope, name the pipeline and tell a
// finished execution from one that may still reach its approval step) and its link in the Harness UI.
// The newest Harness server finds an approval's execution by account and id alone, so this read is what
// keeps a wrong org or project from deciding someone else's approval.
import type { HttpClient, HttpResponse } from '../http/transport.js'
import type { HarnessTarget } from '../harness/target.js'
import { harnessUrl, keyStaysAtOrigin } from '../harness/api-url.js'
import { HarnessApiError, UnexpectedBodyError } from '../harness/errors.js'
import { classifyExecutionReadFailure } from './causes.js'

/** The fields of Harness's `pipelineExecutionSummary` this project reads. */
export interface ExecutionSummary {
  pipelineIdentifier: string
  /** The pipeline's name (its identifier when Harness gives none). */
  name: string
  orgIdentifier: string
  projectIdentifier: string
  planExecutionId: string
  /** The run number shown in the UI. */
  runSequence?: number
  /** A display name such as Running, ApprovalWaiting, Success. */
  status: string
  startTs?: number
  endTs?: number
  /** Who started the execution (`executionTriggerInfo.triggeredBy.uuid`): what `disallowPipelineExecutor` is about. */
  executorUuid?: string
  /** The stage graph (`layoutNodeMap`), in the order Harness lists it; absent when it gives none. */
  stages?: Stage[]
}

/** One stage of the execution, as `layoutNodeMap` shows it (text as the server sent it; clean before use). */
export interface Stage {
  identifier: string
  name: string
  status: string
}

/** Statuses after which an execution never waits for an approval again (PassedWithWarning included). */
export const TERMINAL_EXECUTION_STATUSES: readonly string[] = [
  'Skipped',
  'IgnoreFailed',
  'Aborted',
  'Errored',
  'Failed',
  'Expired',
  'Suspended',
  'Success',
  'ApprovalRejected',
  'AbortedByFreeze',
  'PassedWithWarning',
]

const TERMINAL = new Set(TERMINAL_EXECUTION_STATUSES.map((s) => s.toLowerCase()))

export function isTerminalExecutionStatus(status: string): boolean {
  return TERMINAL.has(status.toLowerCase())
}

export class ExecutionClient {
  private readonly http: HttpClient

  constructor(
    http: HttpClient,
    private readonly target: HarnessTarget,
  ) {
    this.http = keyStaysAtOrigin(http, target.baseUrl)
  }

  /**
   * GET …/pipeline/api/pipelines/execution/v2/{id}. Throws HarnessApiError with `execution-not-found`
   * (404), `forbidden` naming core_pipeline_view (403) or another documented cause.
   */
  async summary(executionId: string, signal?: AbortSignal): Promise<ExecutionSummary> {
    const url = this.url('execution', 'v2', executionId)
    const response = await this.http.send({ method: 'GET', url, headers: this.headers(), signal })
    if (response.status !== 200) {
      throw new HarnessApiError(classifyExecutionReadFailure(response.status, response.text, { executionId, orgId: this.target.orgId, projectId: this.target.projectId }))
    }
    const summary = readSummary(parseJson(response))
    if (!summary) throw new UnexpectedBodyError(`Harness answered ${response.status} to the execution read, but not with a pipeline execution summary`)
    return summary
  }

  /**
   * The execution's page in the Harness UI: Harness's own link (POST …/pipelines/execution/url, which knows
   * vanity and self-managed hosts), else one built from baseUrl. Never fails, except on cancellation.
   */
  async uiUrl(summary: ExecutionSummary, signal?: AbortSignal): Promise<string> {
    const url = this.url('execution', 'url')
    url.searchParams.set('pipelineIdentifier', summary.pipelineIdentifier)
    url.searchParams.set('planExecutionId', summary.planExecutionId)
    try {
      const response = await this.http.send({ method: 'POST', url, headers: this.headers(), signal })
      if (response.status === 200 && !response.truncated) {
        const link = webLink((JSON.parse(response.text) as { data?: unknown } | null)?.data)
        if (link) return link
      }
    } catch (error) {
      if (signal?.aborted) throw error
    }
    return fallbackExecutionUrl(this.target, summary)
  }

  /** {base}/pipeline/api/pipelines/{path} with the scope query the pipeline service wants. */
  private url(...path: string[]): URL {
    const { baseUrl, accountId, orgId, projectId } = this.target
    const url = harnessUrl(baseUrl, 'pipeline', 'api', 'pipelines', ...path)
    url.searchParams.set('accountIdentifier', accountId)
    url.searchParams.set('orgIdentifier', orgId)
    url.searchParams.set('projectIdentifier', projectId)
    return url
  }

  private headers(): Record<string, string> {
    return { 'x-api-key': this.target.apiKey, 'Harness-Account': this.target.accountId }
  }
}

/** The documented fallback link: the API base without a trailing /gateway, then the NG execution page. */
export function fallbackExecutionUrl(target: Pick<HarnessTarget, 'baseUrl' | 'accountId'>, summary: ExecutionSummary): string {
  const root = new URL(target.baseUrl.href)
  root.pathname = root.pathname.replace(/\/+$/, '').replace(/\/gateway$/, '')
  const { accountId } = target
  const { orgIdentifier: org, projectIdentifier: project, pipelineIdentifier: pipeline, planExecutionId: id } = summary
  try {
    return harnessUrl(root, 'ng', 'account', accountId, 'all', 'orgs', org, 'projects', project, 'pipelines', pipeline, 'executions', id, 'pipeline').href
  } catch {
    // An identifier from the server that cannot be a path segment ('..'): the UI's home instead.
    return root.href
  }
}

function parseJson(response: HttpResponse): unknown {
  if (response.truncated) throw new UnexpectedBodyError('Harness answered with a body larger than this client accepts')
  try {
    return JSON.parse(response.text)
  } catch {
    throw new UnexpectedBodyError(`Harness answered ${response.status} with a body that is not JSON`)
  }
}

function readSummary(body: unknown): ExecutionSummary | undefined {
  const data = field(body, 'data')
  const s = field(data, 'pipelineExecutionSummary')
  if (!s) return undefined
  const text = (key: string) => (typeof s[key] === 'string' ? (s[key] as string) : undefined)
  const number = (key: string) => (typeof s[key] === 'number' && Number.isFinite(s[key]) ? (s[key] as number) : undefined)
  const pipelineIdentifier = text('pipelineIdentifier')
  const orgIdentifier = text('orgIdentifier')
  const projectIdentifier = text('projectIdentifier')
  const planExecutionId = text('planExecutionId')
  const status = text('status')
  if (!pipelineIdentifier || !orgIdentifier || !projectIdentifier || !planExecutionId || !status) return undefined
  const triggeredBy = field(field(s, 'executionTriggerInfo'), 'triggeredBy')
  const executorUuid = typeof triggeredBy?.uuid === 'string' && triggeredBy.uuid !== '' ? triggeredBy.uuid : undefined
  const optional = { runSequence: number('runSequence'), startTs: number('startTs'), endTs: number('endTs'), executorUuid }
  const stages = stagesOf(s.layoutNodeMap)
  return {
    pipelineIdentifier,
    ...(stages.length > 0 ? { stages } : {}),
    name: text('name') || pipelineIdentifier,
    orgIdentifier,
    projectIdentifier,
    planExecutionId,
    status,
    ...Object.fromEntries(Object.entries(optional).filter(([, v]) => v !== undefined)),
  }
}

/** The STAGE nodes of `layoutNodeMap` that name themselves; anything else in the map is left out. */
function stagesOf(map: unknown): Stage[] {
  if (!map || typeof map !== 'object' || Array.isArray(map)) return []
  const stages: Stage[] = []
  for (const node of Object.values(map as Record<string, unknown>)) {
    if (!node || typeof node !== 'object') continue
    const n = node as Record<string, unknown>
    if (n.nodeGroup !== undefined && n.nodeGroup !== 'STAGE') continue
    if (typeof n.nodeIdentifier !== 'string' || typeof n.status !== 'string') continue
    stages.push({ identifier: n.nodeIdentifier, name: typeof n.name === 'string' && n.name ? n.name : n.nodeIdentifier, status: n.status })
  }
  return stages
}

function field(value: unknown, key: string): Record<string, unknown> | undefined {
  if (!value || typeof value !== 'object') return undefined
  const inner = (value as Record<string, unknown>)[key]
  return inner && typeof inner === 'object' && !Array.isArray(inner) ? (inner as Record<string, unknown>) : undefined
}

/** An http(s) link with nothing a log line or a summary cell could misread; undefined otherwise. */
function webLink(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 2048 || /[\s\u0000-\u001f\u007f-\u009f]|::|##\[/u.test(value)) return undefined
  try {
    const url = new URL(value)
    return (url.protocol === 'https:' || url.protocol === 'http:') && !url.username && !url.password ? url.href : undefined
  } catch {
    return undefined
  }
}
