// Harness answers almost every failure with HTTP 400 and a sentence. This module turns a failed answer
// into one of the documented causes, with a title, what it means and what to do, quoting Harness's own
// message (cleaned: it is remote text). Matching is on substrings, since wording differs between versions.
import { harnessMessage, type CauseId, type HarnessCause } from '../harness/errors.js'
import { cleanRemoteText } from '../report/sanitize.js'

interface Rule {
  id: CauseId
  match: (message: string, status: number) => boolean
  title: string
  explanation: string
  fix: string
}

const has = (...needles: string[]) => (message: string) => needles.some((n) => message.toLowerCase().includes(n.toLowerCase()))

// Order matters: the more specific sentence first.
const RULES: Rule[] = [
  {
    id: 'missing-account',
    match: has('harnessAccount param value is required'),
    title: 'Harness account missing',
    explanation: 'Harness did not receive the account id header.',
    fix: 'Set {accountId} (or use a pat./sat. key, from which it is read).',
  },
  {
    id: 'wrong-scope',
    match: has("doesn't belong to Account", 'does not belong to Account'),
    title: 'Execution not found in this account, org and project',
    explanation: 'The execution id does not belong to the given account, organization and project, or its pipeline was deleted.',
    fix: 'Check {executionId} (<+pipeline.executionId>), {accountId}, {orgId} and {projectId} against the pipeline run in Harness.',
  },
  {
    id: 'several-waiting',
    match: has('Found more than 1 Harness Approval Instance waiting'),
    title: 'More than one approval step is waiting',
    explanation: 'Several Harness Approval steps of this execution are waiting, so Harness cannot tell which one to decide.',
    fix: 'Set {callbackId} to the callback id configured on the approval step you mean.',
  },
  {
    id: 'nothing-waiting',
    match: has('Found no Harness Approval Instance waiting'),
    title: 'No approval step is waiting',
    explanation: 'No Harness Approval step of this execution is waiting (for this callback id): the step has not started yet, was already decided, or the callback id is wrong.',
    fix: 'Check that the pipeline is paused at the Harness Approval step and that {callbackId} matches the step; set {waitForApproval} if the step starts after this job.',
  },
  {
    id: 'already-finished',
    match: has('has already expired', 'has already completed', 'already been approved', 'already been rejected'),
    title: 'Approval step already finished',
    explanation: 'The approval step completed or expired before this decision arrived.',
    fix: 'Look at the pipeline execution in Harness: someone else decided, or the approval timed out. Start a new run if needed.',
  },
  {
    id: 'invalid-inputs',
    match: has('Invalid approver inputs', 'Approval inputs validation failed', 'approver inputs'),
    title: 'Approver inputs rejected',
    explanation: 'Harness refused the approver inputs: it demands exactly the inputs configured on the step, each valid.',
    fix: "Give {approverInputs} with the step's input names and allowed values; omitted ones take the step's defaults.",
  },
  {
    id: 'not-authorized',
    match: has(
      'not authorized to approve',
      'already approved/rejected',
      'Pipeline executor is not allowed',
      'disallowed user',
      'service account configured in the request is not authorized',
    ),
    title: 'Key not allowed to approve this step',
    explanation: "The API key's user or service account is not allowed to decide this approval step.",
    fix: "Add the key's user or service account to one of the step's approver user groups (or service accounts); a key can act only once, and not for the pipeline's own executor when the step forbids it.",
  },
  {
    id: 'bad-action',
    match: has('action in request body should be one of'),
    title: 'Harness refused the action',
    explanation: 'The decision was not APPROVE or REJECT as Harness expects.',
    fix: 'Set {action} to APPROVE or REJECT.',
  },
  {
    id: 'bad-key',
    match: (_m, status) => status === 401,
    title: 'Harness API key refused',
    explanation: 'Harness did not accept the API key: it is wrong, expired or revoked.',
    fix: 'Create a new token in Harness (a service account token is best for automation) and update the secret given as {apiKey}.',
  },
  {
    id: 'forbidden',
    match: (_m, status) => status === 403,
    title: 'Harness permission missing',
    explanation: "The key's user or service account lacks a permission on this pipeline.",
    fix: 'Grant the role with Pipeline Execute (core_pipeline_execute) and View (core_pipeline_view) on the pipeline to the key\'s user or service account.',
  },
  {
    id: 'not-found',
    match: (_m, status) => status === 404,
    title: 'Harness endpoint not found',
    explanation: 'Harness answered 404: the baseUrl does not lead to the Harness API.',
    fix: 'Check {baseUrl} (SaaS: https://app.harness.io/gateway; some clusters app3 or accounts.eu; self-managed: your domain, usually without /gateway).',
  },
  {
    id: 'rate-limited',
    match: (_m, status) => status === 429,
    title: 'Harness rate limit reached',
    explanation: 'Harness refused the request for too many calls with this key or from this address.',
    fix: 'Lower {maxRequestsPerMinute} or {concurrency}, or spread runs out; Harness documents about 1000 requests per key per minute.',
  },
  {
    id: 'server-error',
    match: (_m, status) => status >= 500,
    title: 'Harness server error',
    explanation: 'Harness (or a proxy in front of it) failed to answer properly.',
    fix: 'Check Harness status and try again; the decision state is read back before any retry.',
  },
]

export function classifyHarnessFailure(status: number, text: string): HarnessCause {
  const { message, json } = harnessMessage(text)
  const quoted = cleanRemoteText(message ?? (json ? '' : text), 400)
  if (status >= 300 && status < 400) {
    return {
      id: 'redirect',
      title: 'Harness answered with a redirect',
      explanation: `Harness answered ${status}, a redirect; it is not followed, because the API key would go with it.`,
      fix: 'Set {baseUrl} to the final Harness API address (for self-managed installs, your own domain).',
      status,
      harnessMessage: '',
    }
  }
  for (const rule of RULES) {
    if (rule.match(message ?? '', status)) {
      return { id: rule.id, title: rule.title, explanation: rule.explanation, fix: rule.fix, status, harnessMessage: quoted }
    }
  }
  if (!json) {
    return {
      id: 'not-json',
      title: 'Unexpected answer from Harness',
      explanation: `Harness answered ${status} with a body that is not JSON (a proxy or gateway page?).`,
      fix: 'Check {baseUrl} and any proxy between this runner and Harness (HTTPS_PROXY, NO_PROXY).',
      status,
      harnessMessage: quoted,
    }
  }
  return {
    id: 'unknown',
    title: 'Harness refused the decision',
    explanation: `Harness answered ${status}.`,
    fix: "Read Harness's message below and check the pipeline execution in Harness.",
    status,
    harnessMessage: quoted,
  }
}

/** What the execution read was about, so its causes can name the execution and the scope asked for. */
export interface ExecutionReadContext {
  executionId: string
  orgId: string
  projectId: string
}

/**
 * The cause of a failed execution read (`GET …/pipelines/execution/v2/{id}`). Its 404 and 403 mean the
 * execution is not in this scope or may not be seen, and without that read the scope cannot be checked.
 */
export function classifyExecutionReadFailure(status: number, text: string, context: ExecutionReadContext): HarnessCause {
  const cause = classifyHarnessFailure(status, text)
  const { code } = harnessMessage(text)
  const where = `org ${context.orgId}, project ${context.projectId}`
  if (status === 404 && (code === 'ENTITY_NOT_FOUND' || cause.id !== 'not-json')) {
    return {
      ...cause,
      id: 'execution-not-found',
      title: 'Execution not found',
      explanation: `Harness has no pipeline execution ${context.executionId} (looked up in ${where}): the id is wrong, or the execution was deleted.`,
      fix: 'Check {executionId} (<+pipeline.executionId> in the pipeline) and {accountId}.',
    }
  }
  if (status === 403) {
    return {
      ...cause,
      id: 'forbidden',
      title: 'Execution not viewable with this key',
      explanation: `The key may not view pipeline execution ${context.executionId} in ${where}, so its org and project cannot be checked before deciding (or the execution belongs to another project).`,
      fix: "Check {orgId} and {projectId}; grant View (core_pipeline_view) on the pipeline to the key's user or service account, besides Execute (core_pipeline_execute).",
    }
  }
  return cause
}
