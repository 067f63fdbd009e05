// Harness answers almost every failure with HTTP 400 and a sentence. This module turns a failed answer
// into one of the documented causes, with a title, what it means and what to do, quoting Harness's own
// message (cleaned: it is remote text). Matching is on substrings, since wording differs between versions.
import { BASE_URL_FIX, harnessMessage, isUnknownPathAnswer, wrongBaseUrlCause, type CauseId, type HarnessCause } from '../harness/errors.js'
import { cleanRemoteText } from '../report/sanitize.js'

/** What the classification may know besides the answer: the kind of key that was sent (never the key). */
export interface FailureContext {
  keyKind?: KeyKind
}

/** `pat.` keys act as a user, `sat.` keys as a service account; Harness authorizes the two differently. */
export type KeyKind = 'user' | 'service-account'

/** The kind of a Harness API key, from its prefix; undefined for a key of another form. */
export function keyKindOf(apiKey: string): KeyKind | undefined {
  if (apiKey.startsWith('sat.')) return 'service-account'
  if (apiKey.startsWith('pat.')) return 'user'
  return undefined
}

interface Rule {
  id: CauseId
  match: (message: string, status: number, code: string | undefined, context: FailureContext) => boolean
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
    id: 'execution-check-failed',
    match: has('An unexpected error occurred while validating execution_id'),
    title: 'Harness could not check the execution id',
    explanation: 'Harness failed while looking up the execution id: it is not an id Harness knows in this form, or Harness had a passing fault.',
    fix: "Check {executionId} (<+pipeline.executionId>, the execution's id, not the pipeline's identifier); if it is right, try again later.",
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
    id: 'service-account-unsupported',
    match: has('SERVICE_ACCOUNT is not supported for Harness Approval Step'),
    title: 'Service account keys cannot approve on this Harness',
    explanation: 'This Harness version does not let a service account (a sat. key) decide a Harness Approval step.',
    fix: "Use a user's key (pat.) whose user is in one of the step's approver user groups, or a newer Harness, where the step's approvers.serviceAccounts may list the service account.",
  },
  {
    id: 'key-owner-missing',
    match: (message) => has('Invalid user:')(message) || /service account \[[^\]]*\] does not exist/i.test(message),
    title: "The key's user or service account does not exist",
    explanation: 'Harness knows the key, but not the user or service account it belongs to any more (deleted or removed from the account).',
    fix: 'Create a new token for a user or service account that exists and may approve this step, and update the secret given as {apiKey}.',
  },
  {
    id: 'service-account-not-approver',
    match: (message, _status, _code, context) =>
      has('service account configured in the request is not authorized')(message) ||
      (context.keyKind === 'service-account' && has('not authorized to approve')(message)),
    title: 'Service account not an approver of this step',
    explanation: "The key is a service account's (sat.), and the approval step does not list that service account among its approvers.",
    fix: "List the service account in the step's approvers.serviceAccounts (Harness does not consult user groups for a service account), or use the key of a user in one of the step's approver user groups.",
  },
  {
    id: 'disallowed-user',
    match: has('disallowed user list'),
    title: "Key's user is disallowed on this step",
    explanation: "The approval step's disallowed users include the key's user (emails are compared ignoring case).",
    fix: "Use the key of another approver, or remove the user from the step's disallowed users (approvers.disallowedUserEmails).",
  },
  // Newer servers name the reason; it stays the same cause id for scripts, with words that fit it.
  {
    id: 'not-authorized',
    match: has('already approved/rejected'),
    title: "Key's user already acted on this step",
    explanation: "Harness lets each user approve or reject a step once, and this key's user already did.",
    fix: 'A step that needs more approvals (approvers.minimumCount) needs the key of another approver for each of them.',
  },
  {
    id: 'not-authorized',
    match: has('Pipeline executor is not allowed'),
    title: "Key's user ran the pipeline",
    explanation: 'The approval step forbids the user who ran the pipeline to decide it (approvers.disallowPipelineExecutor), and that is the key\'s user.',
    fix: 'Use the key of another approver (a service account key suits automation), or allow the executor on the step.',
  },
  {
    id: 'not-authorized',
    match: has('not authorized to approve'),
    title: 'Key not allowed to approve this step',
    explanation: "The API key's user or service account is not allowed to decide this approval step.",
    fix: "Add the key's user to one of the step's approver user groups; for a service account key (sat.), list the service account in the step's approvers.serviceAccounts (user groups are not consulted for it). A key can act only once, and not for the pipeline's own executor when the step forbids it.",
  },
  {
    id: 'bad-action',
    match: has('action in request body should be one of'),
    title: 'Harness refused the action',
    explanation: 'The decision was not APPROVE or REJECT as Harness expects.',
    fix: 'Set {action} to APPROVE or REJECT.',
  },
  {
    id: 'token-expired',
    match: (message, status, code) => status === 401 && (code === 'EXPIRED_TOKEN' || has('Token expired')(message)),
    title: 'Harness API key expired',
    explanation: 'Harness refused the API key because it has expired.',
    fix: 'Create a new token in Harness (Profile or service account > API keys; choose a longer expiry) and update the secret given as {apiKey}.',
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
    fix: 'Grant View (core_pipeline_view) on the pipeline to the key\'s user or service account, and make it one of the step\'s approvers.',
  },
  {
    id: 'not-found',
    match: (_m, status) => status === 404,
    title: 'Harness endpoint not found',
    explanation: 'Harness answered 404: the base URL does not lead to the Harness API.',
    fix: BASE_URL_FIX,
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

export function classifyHarnessFailure(status: number, text: string, context: FailureContext = {}): HarnessCause {
  const { message, code, json } = harnessMessage(text)
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
  // A path the Java service does not have answers 400 with Jersey's 404 (or 405) inside, not a 404.
  if (isUnknownPathAnswer(status, message, code)) return wrongBaseUrlCause(status, quoted)
  for (const rule of RULES) {
    if (rule.match(message ?? '', status, code, context)) {
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
  // Only Harness's own ENTITY_NOT_FOUND says the execution is missing: a gateway's (or proxy's) 404 means the
  // path is wrong, and keeps the cause that says so.
  if (status === 404 && code === 'ENTITY_NOT_FOUND') {
    return {
      ...cause,
      id: 'execution-not-found',
      title: 'Execution not found',
      explanation: `Harness has no pipeline execution ${context.executionId} (looked up in ${where}): the id is wrong, or the execution was deleted.`,
      fix: 'Check {executionId} (<+pipeline.executionId> in the pipeline), {accountId}, and {orgId}/{projectId} (older Harness servers look the execution up there).',
    }
  }
  if (status === 403) {
    return {
      ...cause,
      id: 'forbidden',
      title: 'Execution not viewable with this key',
      explanation: `The key may not view pipeline execution ${context.executionId} in ${where}, so its org and project cannot be checked before deciding (or the execution belongs to another project).`,
      fix: "Check {orgId} and {projectId}; grant View (core_pipeline_view) on the pipeline to the key's user or service account.",
    }
  }
  return cause
}
