// @ts-check
// A stand-in for the Harness pipeline approval API: a real HTTP server on 127.0.0.1 that answers the way
// Harness documents (status codes, bare JSON bodies, ErrorDTO errors and their texts), keeps approval state,
// records every request, and can be scripted to misbehave (resets, 5xx, HTML from a proxy, hangs, 429s) so
// that tests, the demo and the benchmarks exercise the client against the wire, not against mocks.
//
// Plain JavaScript with JSDoc types, Node built-ins only, so a plain `node` script can import it without a
// build. Run it directly (`node sim/harness-simulator.js`) for a standalone simulator with one waiting
// execution; it prints its URL and API key as one JSON line.
//
// Other modules can add routes (for example more Harness services) with `sim.addRoute(...)`, or by passing
// `extensions` to `startHarnessSimulator`; see `RouteHandler` and `RouteContext`.
//
// Two Harness server versions are modelled (`mode`): `older`, the open-sourced pipeline service of January
// 2024, and `newest`, a later copy of it. They differ in how an execution is looked up (with or without org
// and project), in service-account keys, and in the order of the approver-input checks. Where the servers'
// exact text is not known, the simulator says so beside the answer.

import { createServer, STATUS_CODES } from 'node:http'
import { createServer as createHttpsServer } from 'node:https'
import { createHash, randomBytes, randomUUID } from 'node:crypto'
import { checkArgs, isMainModule, portFromArgs, stopOnSignals } from './standalone.js'

// ---------------------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------------------

/** @typedef {'WAITING' | 'APPROVED' | 'REJECTED' | 'FAILED' | 'ABORTED' | 'EXPIRED'} ApprovalStatus */
/** @typedef {'HarnessApproval' | 'JiraApproval' | 'CustomApproval' | 'ServiceNowApproval'} ApprovalType */
/** @typedef {'APPROVE' | 'REJECT'} ApprovalAction */

/** @typedef {{ name: string, email: string }} SimUser */

/** @typedef {'older' | 'newest'} ServerMode */

/**
 * A service account as Harness scopes it: account-level when neither org nor project is given.
 * @typedef {object} ServiceAccountOptions
 * @property {string} identifier
 * @property {string} [orgId] Org-level (or, with `projectId`, project-level) account.
 * @property {string} [projectId]
 */

/**
 * An API key the simulator accepts.
 * @typedef {object} ApiKeyRecord
 * @property {string} key The token, sent in `x-api-key`.
 * @property {string} accountId The account the token belongs to (a request for another account is refused).
 * @property {SimUser} user The user (or service account) the token acts as.
 * @property {string} userId The principal's id (a user's uuid): what `Invalid user: <id>` names.
 * @property {'USER' | 'SERVICE_ACCOUNT'} principal `SERVICE_ACCOUNT` for `sat.` keys.
 * @property {ServiceAccountOptions | undefined} serviceAccount For a service-account key.
 * @property {string[]} permissions E.g. `core_pipeline_view`, `core_pipeline_execute`.
 * @property {string[] | undefined} projects `org/project` pairs where `permissions` hold; undefined: everywhere.
 * @property {boolean} expired Answered with 401 `EXPIRED_TOKEN`.
 * @property {boolean} deleted The user or service account behind the key no longer exists.
 */

/**
 * @typedef {object} ApiKeyOptions
 * @property {string} [key] The token; generated as `pat.<accountId>.<tokenId>.<secret>` when absent
 *   (`sat.…` when `serviceAccount` is given).
 * @property {SimUser} [user] Defaults to a fresh user named after the token id.
 * @property {string} [userId] Default: derived from the token (the same id STO's `userIdOf` gives).
 * @property {ServiceAccountOptions} [serviceAccount] Makes it a service-account key. A `sat.` token without
 *   it gets an account-level service account named after the token id.
 * @property {string[]} [permissions] Defaults to view + execute.
 * @property {string[]} [projects] `org/project` pairs where the permissions hold (pipeline and STO alike).
 *   Default: every project.
 * @property {boolean} [expired]
 * @property {boolean} [deleted] The principal no longer exists: `Invalid user: <id>` or `Service account
 *   [<id>] does not exist.` when it tries to approve.
 * @property {string} [accountId] Defaults to the account in a `pat.`/`sat.` token, else the simulator's.
 */

/**
 * One approver input as configured on the step (what GET shows in `details.approverInputs`).
 * @typedef {object} ApproverInputSpec
 * @property {string} name
 * @property {string} [defaultValue]
 * @property {string} [regex] The whole value must match.
 * @property {string[]} [allowedValues] The value is a comma-separated list; each item must be allowed.
 * @property {string[]} [selectOneFrom] The value must be exactly one of these.
 * @property {string[]} [selectManyFrom] The value is a comma-separated list of one or more of these (the fifth
 *   rule, since August 2025; how the server checks it is inferred: like `allowedValues`, applied last).
 * @property {boolean} [required] An empty value is refused.
 * @property {string} [description]
 */

/** @typedef {{ name: string, value: string }} ApproverInputValue */

/**
 * @typedef {object} ApprovalActivity
 * @property {SimUser} user
 * @property {ApprovalAction} action
 * @property {ApproverInputValue[]} approverInputs
 * @property {string} comments
 * @property {number} approvedAt
 */

/**
 * What a test gives `addInstance`. Only `executionId` is needed.
 * @typedef {object} InstanceOptions
 * @property {string} executionId
 * @property {string} [id] Generated when absent.
 * @property {string} [callbackId] The step's callback id (matched by the `callback_id` query).
 * @property {string} [nodeExecutionId] Generated when absent (matched by `node_execution_id`).
 * @property {ApprovalStatus} [status] Default `WAITING`.
 * @property {ApprovalType} [type] Default `HarnessApproval`.
 * @property {ApproverInputSpec[]} [approverInputs] Default none.
 * @property {number} [minimumCount] APPROVE activities needed to release the step. Default 1.
 * @property {string[] | '*'} [approvers] The users in the step's user groups: names, emails or keys;
 *   `'*'` for any user. Default: the default key's user. Service-account keys are not judged by it.
 * @property {string[]} [userGroups] Only shown in `details.approvers`. Default `['_project_all_users']`.
 * @property {string[]} [serviceAccounts] `approvers.serviceAccounts`: the service accounts that may act on the
 *   newest server, as Harness refers to them (`account.<id>`, `org.<id>`, or `<id>` in the project).
 * @property {boolean} [disallowPipelineExecutor]
 * @property {string} [pipelineExecutor] Name or email of the user who ran the pipeline.
 * @property {string[]} [disallowedUserEmails]
 * @property {string} [approvalMessage]
 * @property {boolean} [includePipelineExecutionHistory]
 * @property {boolean} [autoRejectEnabled] An APPROVE also rejects older WAITING instances of the same
 *   pipeline, step and service (in other executions).
 * @property {string} [stepIdentifier] The step, for auto-reject. Default `approval`.
 * @property {string} [serviceIdentifier] The service deployed, for auto-reject. Default none.
 * @property {number} [deadline] Epoch ms. Default a day ahead. Once passed, the instance still reads WAITING
 *   (Harness's expiry job has not run yet) but a POST answers "already expired"; `runExpiryJob()` expires it.
 * @property {number} [appearAfterReads] Invisible (to GET and POST) until this many GETs of its execution
 *   have been answered: models a pipeline that has not reached the step yet.
 * @property {ApprovalActivity[]} [approvalActivities] Activities already recorded.
 * @property {string | null} [errorMessage]
 * @property {Record<string, unknown>} [details] Extra `details` fields (e.g. for a Jira approval).
 * @property {string} [accountId] For a new execution: defaults to the simulator's; org, project and
 *   pipeline likewise. To configure more of the execution, call `addExecution` first.
 * @property {string} [orgId]
 * @property {string} [projectId]
 * @property {string} [pipelineId]
 * @property {string} [pipelineName]
 * @property {string} [stageIdentifier] The stage holding the step (the execution's stage graph shows it).
 * @property {string} [stageName] Default: the identifier.
 */

/**
 * Server-side state of one approval instance. `sim.instance(id)` returns the live object: a test may change
 * it (e.g. set `status`) and the next request sees the change.
 * @typedef {object} ApprovalInstanceState
 * @property {string} id
 * @property {string} executionId
 * @property {string | undefined} callbackId
 * @property {string} nodeExecutionId
 * @property {ApprovalStatus} status
 * @property {ApprovalType} type
 * @property {ApproverInputSpec[]} approverInputs
 * @property {number} minimumCount
 * @property {string[] | '*'} approvers
 * @property {string[]} userGroups
 * @property {string[]} serviceAccounts
 * @property {boolean} disallowPipelineExecutor
 * @property {string | undefined} pipelineExecutor
 * @property {string[]} disallowedUserEmails
 * @property {string} approvalMessage
 * @property {boolean} includePipelineExecutionHistory
 * @property {boolean} autoRejectEnabled
 * @property {string} stepIdentifier
 * @property {string | undefined} serviceIdentifier
 * @property {number} sequence Order of creation (`created` can tie within a millisecond).
 * @property {number} deadline
 * @property {number} created
 * @property {number} updated
 * @property {number} appearAfterReads
 * @property {ApprovalActivity[]} approvalActivities
 * @property {string | null} errorMessage
 * @property {Record<string, unknown>} extraDetails
 * @property {string | undefined} stageIdentifier
 */

/**
 * Harness's execution statuses, by the names the execution API shows.
 * @typedef {'Running' | 'AsyncWaiting' | 'TaskWaiting' | 'TimedWaiting' | 'Failed' | 'Errored' | 'IgnoreFailed'
 *   | 'NotStarted' | 'Expired' | 'Aborted' | 'Discontinuing' | 'Queued' | 'Paused' | 'ResourceWaiting'
 *   | 'InterventionWaiting' | 'ApprovalWaiting' | 'WaitStepRunning' | 'QueuedLicenseLimitReached'
 *   | 'QueuedExecutionConcurrencyReached' | 'Success' | 'Suspended' | 'Skipped' | 'Pausing' | 'ApprovalRejected'
 *   | 'InputWaiting' | 'AbortedByFreeze' | 'UploadWaiting' | 'QueuedGlobalInfraCapacityReached'
 *   | 'QUEUED_PLAN_CREATION' | 'PassedWithWarning'} ExecutionStatus
 */

/**
 * One step of what an execution does after a decision: it takes `status` once the previous status has
 * lasted `afterMs` (by `Date.now()`, so a faked clock moves it too) and been answered `afterReads` times by
 * the execution endpoint. Both default to 0.
 * @typedef {object} StatusChange
 * @property {ExecutionStatus} status
 * @property {number} [afterMs]
 * @property {number} [afterReads]
 */

/**
 * What a test gives `addExecution`. Only `executionId` is needed.
 * @typedef {object} ExecutionOptions
 * @property {string} executionId
 * @property {string} [accountId] Default: the simulator's; org, project and pipeline likewise.
 * @property {string} [orgId]
 * @property {string} [projectId]
 * @property {string} [pipelineId]
 * @property {string} [pipelineName] Default: the simulator's `pipelineName`.
 * @property {number} [runSequence] Default: one more than the last execution's.
 * @property {ExecutionStatus} [status] A fixed status. Default: `ApprovalWaiting` while a Harness approval
 *   of it is visibly WAITING, else `Running`; after a decision, `afterApprove`/`afterReject`.
 * @property {number} [startTs] Epoch ms. Default now.
 * @property {string[]} [modules] Default `['cd']`.
 * @property {StatusChange[]} [afterApprove] What the execution does once an APPROVE releases its step.
 *   Default `[{ status: 'Running' }, { status: 'Success', afterReads: 2 }]`.
 * @property {StatusChange[]} [afterReject] What it does after a REJECT (or an auto-reject).
 *   Default `[{ status: 'ApprovalRejected' }]`.
 * @property {string} [executor] Who started the execution (name, email or key of a user): the execution read's
 *   `executionTriggerInfo.triggeredBy`, and who `disallowPipelineExecutor` keeps from deciding. Default: a
 *   user no key belongs to. An instance's `pipelineExecutor` sets it for a new execution.
 * @property {boolean} [lookupError] The server fails to look the execution up: approval requests answer
 *   "An unexpected error occurred while validating execution_id param".
 * @property {StageOptions[]} [stages] The pipeline's stages, in order (instances may add theirs). When it has
 *   any, the execution read answers `layoutNodeMap`: a stage is `ApprovalWaiting` while a Harness approval of
 *   it visibly waits, `Success` once one was approved, `ApprovalRejected` once one was rejected, else
 *   `NotStarted` (or `status`, when given).
 */

/**
 * @typedef {object} StageOptions
 * @property {string} identifier
 * @property {string} [name] Default: the identifier.
 * @property {ExecutionStatus} [status] A fixed status for a stage without a Harness approval.
 */

/**
 * A pipeline execution: where instances live, which account/org/project owns it, and its status.
 * @typedef {object} ExecutionState
 * @property {string} executionId
 * @property {string} accountId
 * @property {string} orgId
 * @property {string} projectId
 * @property {string} pipelineId
 * @property {string} pipelineName
 * @property {number} runSequence
 * @property {ExecutionStatus | undefined} status The fixed (or last reached) status; undefined: derived.
 * @property {number} startTs
 * @property {number | undefined} endTs Set when the status becomes terminal.
 * @property {string[]} modules
 * @property {StatusChange[]} afterApprove
 * @property {StatusChange[]} afterReject
 * @property {string | undefined} executor
 * @property {boolean} lookupError
 * @property {StatusChange[]} pendingChanges Changes still to come after a decision.
 * @property {number} changedAt Epoch ms of the last status change.
 * @property {number} readsSinceChange Execution-endpoint reads answered since the last status change.
 * @property {number} readsServed Successful GETs of its approval instances so far.
 * @property {Array<{ identifier: string, name: string, status?: ExecutionStatus }>} stages
 */

/**
 * Scripted misbehaviour. Faults wait in a queue; each request takes the first fault that matches it.
 * - `apply-then-reset`: process the request normally, then drop the connection without answering.
 * - `apply-then-502`: process it, then answer 502 with an HTML page (as a proxy would).
 * - `apply-then-hang`: process it, then never answer (until `close()`).
 * - `apply-then-trickle`: process it, then send the headers at once and the answer one byte every
 *   `trickleMs` (default 1000); with `endless`, one space at that pace after it, forever (until `close()`).
 * - `no-apply-503`: do not process it; answer 503.
 * - `rate-limit`: do not process it; answer 429 without `Retry-After` (as Harness does).
 * - `finish-before-post`: the instance this POST targets finishes first (`finishAs`: `APPROVED` by
 *   someone else, the default, or `EXPIRED`), so the POST meets the "already completed/expired" error.
 * - `html`: do not process it; answer `status` (default 200) with an HTML page.
 * - `reset`: do not process it; drop the connection.
 * - `respond`: do not process it; answer `status` (default 200) with `body` (a string as is, else JSON):
 *   for tests that feed arbitrary (hostile) text back to the client.
 * - `late-commit`: drop the connection without an answer, and process the request later: after `delayMs`,
 *   or (without `delayMs`) when the test calls `commitLate()`. A request stuck in a queue on its way in,
 *   applied after the client gave up on it.
 * - `change-before`: run `change(sim)` first (someone acting in the Harness UI between the client's read and
 *   this request), then process the request normally.
 * @typedef {'apply-then-reset' | 'apply-then-502' | 'apply-then-hang' | 'apply-then-trickle' | 'no-apply-503'
 *   | 'rate-limit' | 'finish-before-post' | 'html' | 'reset' | 'respond' | 'late-commit' | 'change-before'} FaultKind
 */

/**
 * @typedef {object} FaultOptions
 * @property {'GET' | 'POST' | 'PUT' | 'ANY'} on Which requests it applies to.
 * @property {FaultKind} kind
 * @property {number} [times] How many matching requests it hits. Default 1.
 * @property {number} [after] Let this many matching requests through untouched first. Default 0.
 * @property {string} [pathIncludes] Only requests whose path contains this.
 * @property {number} [status] For `html` and `respond`: the status to answer with. Default 200.
 * @property {unknown} [body] For `respond`: the body (a string is sent as is, anything else as JSON).
 * @property {'APPROVED' | 'EXPIRED'} [finishAs] For `finish-before-post`. Default `APPROVED`.
 * @property {number} [delayMs] For `late-commit`: apply it this long after it arrived. Default: when
 *   `commitLate()` is called.
 * @property {(sim: HarnessSimulator) => void} [change] For `change-before`.
 * @property {number} [trickleMs] For `apply-then-trickle`: ms between two bytes. Default 1000.
 * @property {boolean} [endless] For `apply-then-trickle`: the body never ends.
 */

/** @typedef {Required<Pick<FaultOptions, 'on' | 'kind' | 'times'>> & FaultOptions} Fault */

/**
 * One request as the simulator received it.
 * @typedef {object} RecordedRequest
 * @property {string} method
 * @property {string} path Without the query string.
 * @property {Record<string, string>} query
 * @property {Record<string, string>} headers Names lower-cased.
 * @property {unknown} body Parsed JSON, else the raw text; `undefined` when empty.
 * @property {string} rawBody
 * @property {number} at Epoch ms when it arrived.
 * @property {number} connection Which TCP connection it came on: 1 for the first the simulator accepted, and so on.
 * @property {boolean} newConnection The first request on its connection (it paid for opening it).
 * @property {number | undefined} answeredAt Epoch ms when its answer was written; `undefined` while pending,
 *   or when the connection was dropped instead.
 * @property {FaultKind | undefined} fault The fault that hit it, if any.
 * @property {number | undefined} status The status answered; `undefined` when the connection was dropped
 *   or the answer is still pending.
 */

/**
 * @typedef {object} SimulatorStats
 * @property {number} requests Requests received.
 * @property {number} rateLimited 429s answered (by the rate limit or a `rate-limit` fault).
 * @property {number} connections TCP connections accepted (keep-alive reuse keeps this low).
 * @property {number} openConnections TCP connections open right now.
 * @property {number} faults Faults that fired.
 * @property {number} decisionsApplied Approval activities recorded by POSTs.
 * @property {number} autoRejected Instances rejected by an APPROVE elsewhere (auto-reject).
 */

/**
 * What a route handler answers. A string body is sent as is (`text/plain` unless a content type is given);
 * anything else is sent as JSON.
 * @typedef {object} SimResponse
 * @property {number} status
 * @property {unknown} [body]
 * @property {Record<string, string>} [headers]
 */

/**
 * Everything a route handler gets about the request.
 * @typedef {object} RouteContext
 * @property {HarnessSimulator} sim
 * @property {import('node:http').IncomingMessage} req
 * @property {string} method
 * @property {string} path
 * @property {Record<string, string>} params Values of the `:name` segments of the route pattern.
 * @property {Record<string, string>} query
 * @property {Record<string, string>} headers Names lower-cased.
 * @property {string} rawBody
 * @property {unknown} body Parsed JSON; `undefined` when the body is empty or not JSON.
 * @property {boolean} bodyIsInvalidJson True when there was a body and it did not parse.
 * @property {RecordedRequest} record This request's entry in `sim.requests`.
 * @property {Fault | undefined} fault A fault the route itself must act on (`finish-before-post`).
 */

/** @typedef {(ctx: RouteContext) => SimResponse | Promise<SimResponse>} RouteHandler */

/**
 * @typedef {object} SimulatorOptions
 * @property {string} [accountId] Default `acct123`.
 * @property {string} [orgId] Default `default`.
 * @property {string} [projectId] Default `proj`.
 * @property {string} [pipelineId] Default `deploy_pipeline`.
 * @property {SimUser} [defaultUser] The default key's user.
 * @property {string} [defaultKey] The default key's token (generated when absent).
 * @property {ApiKeyOptions[]} [apiKeys] More keys to accept from the start.
 * @property {string} [pipelineName] Default `Deploy`.
 * @property {ServerMode} [mode] Which Harness server to be; `sim.mode` may also be changed between requests.
 *   - `older`: approval requests look the execution up by account, org and project,
 *     so a wrong org or project gets the "doesn't belong" 400; the execution endpoint likewise answers 404;
 *     service-account keys cannot approve ("SERVICE_ACCOUNT is not supported…"); approver-input names are
 *     checked before values; and after an approval that leaves the step WAITING, the GET's
 *     `approverInputs[].defaultValue` holds that approver's values, without the constraints.
 *   - `newest` (the default: the one a client must guard against): executions are looked up by account and id only (org and project serve the permission check
 *     alone, so a wrong project can reach another project's execution); service accounts listed in
 *     `approvers.serviceAccounts` may approve; values are checked before names.
 * @property {string} [uiUrl] Origin of the links the execution-URL endpoint answers. Default: `url`.
 * @property {'error_message' | 'errorMessage'} [errorField] How instances spell their error field.
 *   Default `error_message`; `errorMessage` is how an older build spelled it.
 * @property {boolean} [olderBuild] Behave like a build from before both versions (implies `mode: 'older'`
 *   unless `mode` is given): `errorMessage` spelling (unless `errorField` says otherwise), the generic
 *   "User not authorized" for every authorization refusal, and approver inputs checked by name only.
 * @property {boolean} [requireJsonContentType] Refuse a POST body not sent as `application/json` with
 *   415, as a JAX-RS resource does. Default true.
 * @property {number} [port] Default 0 (any free port).
 * @property {{ key: string | Buffer, cert: string | Buffer }} [tls] Serve https with this key and certificate
 *   (PEM) instead of plain http; everything else stays the same, and `url` starts with `https://`.
 * @property {number} [keepAliveTimeoutMs] Default 5000.
 * @property {number} [latencyMs] Delay before every answer. Default 0.
 * @property {number} [connectionLatencyMs] Further delay before the first answer on each new connection, as a
 *   TCP (and TLS) handshake costs on a real network. Default 0.
 * @property {Array<(sim: HarnessSimulator) => void>} [extensions] Called once at start, e.g. to add routes.
 */

// ---------------------------------------------------------------------------------------------------------
// Constants and small helpers
// ---------------------------------------------------------------------------------------------------------

export const PERMISSION_VIEW = 'core_pipeline_view'
export const PERMISSION_EXECUTE = 'core_pipeline_execute'

/** The approval routes, relative to the server root. `baseUrl` already ends in `/gateway`. */
export const APPROVALS_ROUTE = '/gateway/pipeline/api/v1/orgs/:org/projects/:project/approvals/execution/:executionId'
/** One execution's summary (scope, pipeline, status). */
export const EXECUTION_ROUTE = '/gateway/pipeline/api/pipelines/execution/v2/:executionId'
/** The link to an execution in the Harness UI. */
export const EXECUTION_URL_ROUTE = '/gateway/pipeline/api/pipelines/execution/url'
/** One approval instance by its id (the pipeline service's `ApprovalResource`, which Harness's UI uses). */
export const INSTANCE_ROUTE = '/gateway/pipeline/api/approvals/:approvalInstanceId'
/** A decision on exactly one instance. */
export const INSTANCE_ACTIVITY_ROUTE = `${INSTANCE_ROUTE}/harness/activity`
/** Whether the key may decide one approval instance (`ApprovalResource`, used by Harness's own UI). */
export const AUTHORIZATION_ROUTE = '/gateway/pipeline/api/approvals/:approvalInstanceId/harness/authorization'
/** The key's own user. (Also served, with STO's extras, by `installStoRoutes`, whose route then replaces this one.) */
export const CURRENT_USER_ROUTE = '/gateway/ng/api/user/currentUser'

/** Every execution status the execution API shows, by its display name. @type {readonly ExecutionStatus[]} */
export const EXECUTION_STATUSES = [
  'Running', 'AsyncWaiting', 'TaskWaiting', 'TimedWaiting', 'Failed', 'Errored', 'IgnoreFailed', 'NotStarted', 'Expired',
  'Aborted', 'Discontinuing', 'Queued', 'Paused', 'ResourceWaiting', 'InterventionWaiting', 'ApprovalWaiting',
  'WaitStepRunning', 'QueuedLicenseLimitReached', 'QueuedExecutionConcurrencyReached', 'Success', 'Suspended', 'Skipped',
  'Pausing', 'ApprovalRejected', 'InputWaiting', 'AbortedByFreeze', 'UploadWaiting', 'QueuedGlobalInfraCapacityReached',
  'QUEUED_PLAN_CREATION', 'PassedWithWarning',
]

/**
 * Statuses an execution never leaves (Harness's list, plus PassedWithWarning, which ends a run too).
 * @type {readonly ExecutionStatus[]}
 */
export const TERMINAL_EXECUTION_STATUSES = [
  'Skipped', 'IgnoreFailed', 'Aborted', 'Errored', 'Failed', 'Expired', 'Suspended', 'Success', 'ApprovalRejected',
  'AbortedByFreeze', 'PassedWithWarning',
]

/** The Java services behind the gateway: an unknown path under one of them gets that service's answer. */
const JAVA_SERVICE_PATH = /^\/gateway\/(?:pipeline|ng)(?:\/|$)/

const FAULT_KINDS = new Set([
  'apply-then-reset',
  'apply-then-502',
  'apply-then-hang',
  'apply-then-trickle',
  'no-apply-503',
  'rate-limit',
  'finish-before-post',
  'html',
  'reset',
  'respond',
  'late-commit',
  'change-before',
])

/** Faults that stop the request before any route sees it (a proxy or gateway answering instead). */
const NO_APPLY_FAULTS = new Set(['no-apply-503', 'rate-limit', 'html', 'reset', 'respond'])

const STATUSES = new Set(['WAITING', 'APPROVED', 'REJECTED', 'FAILED', 'ABORTED', 'EXPIRED'])

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * The id of the user a key acts as, unless the test sets one: stable per key, so a test can predict it
 * (STO's `userIdOf` gives the same).
 * @param {string} key
 */
export function userIdForKey(key) {
  return createHash('sha256').update(key).digest('base64url').slice(0, 22)
}

/**
 * How `approvers.serviceAccounts` refers to a service account: `account.<id>`, `org.<id>`, or `<id>` for one
 * of the project.
 * @param {ServiceAccountOptions} account
 */
export function serviceAccountRef(account) {
  if (account.orgId && account.projectId) return account.identifier
  return account.orgId ? `org.${account.identifier}` : `account.${account.identifier}`
}

/** @param {number} bytes */
function randomId(bytes = 16) {
  return randomBytes(bytes).toString('base64url').replace(/[-_]/g, 'x')
}

/**
 * Harness's error body (NG ErrorDTO).
 * @param {string} code
 * @param {string} message
 */
export function errorDto(code, message) {
  return {
    status: 'ERROR',
    code,
    message,
    correlationId: randomUUID(),
    detailedMessage: null,
    responseMessages: [],
    metadata: null,
  }
}

/**
 * The 400 that almost every refusal is.
 * @param {string} text
 * @returns {SimResponse}
 */
export function invalidRequest(text) {
  return { status: 400, body: errorDto('INVALID_REQUEST', `Invalid request: ${text}`) }
}

/**
 * An HTML page such as a proxy or load balancer answers with.
 * @param {number} status
 * @param {string} title
 * @returns {SimResponse}
 */
export function htmlPage(status, title) {
  const body =
    `<html>\r\n<head><title>${status} ${title}</title></head>\r\n<body>\r\n` +
    `<center><h1>${status} ${title}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`
  return { status, body, headers: { 'content-type': 'text/html' } }
}

/**
 * What a Java service behind the gateway answers for a path or method it does not have: 400, not 404.
 * @param {404 | 405} jerseyStatus
 * @returns {SimResponse}
 */
export function resourceNotFound(jerseyStatus) {
  const message = jerseyStatus === 404 ? 'HTTP 404 Not Found' : 'HTTP 405 Method Not Allowed'
  return { status: 400, body: { status: 'FAILURE', code: 'RESOURCE_NOT_FOUND_EXCEPTION', message } }
}

/**
 * A key the server does not accept (401), or undefined.
 * @param {ApiKeyRecord | undefined} key
 * @returns {SimResponse | undefined}
 */
export function tokenRefusal(key) {
  if (!key) return { status: 401, body: errorDto('INVALID_TOKEN', 'Token is not valid.') }
  if (key.expired) return { status: 401, body: errorDto('EXPIRED_TOKEN', 'Token expired.') }
  return undefined
}

/** @returns {SimResponse} */
function tooManyRequests() {
  // Harness documents that its 429s carry no Retry-After; the body shape is not documented.
  return { status: 429, body: errorDto('TOO_MANY_REQUESTS', 'Too many requests. Please try again later.') }
}

/** @param {number} ms */
function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

/**
 * Turns `/a/:x/b` into a matcher.
 * @param {string} pattern
 */
function compilePattern(pattern) {
  /** @type {string[]} */
  const names = []
  const source = pattern
    .split('/')
    .map((segment) => {
      if (segment.startsWith(':')) {
        names.push(segment.slice(1))
        return '([^/]+)'
      }
      return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    })
    .join('/')
  return { regex: new RegExp(`^${source}/?$`), names }
}

/**
 * Case-insensitive lookup of a header (Node already lower-cases incoming names).
 * @param {Record<string, string>} headers
 * @param {string} name
 */
function header(headers, name) {
  return headers[name.toLowerCase()]
}

// ---------------------------------------------------------------------------------------------------------
// The simulator
// ---------------------------------------------------------------------------------------------------------

export class HarnessSimulator {
  /** @param {SimulatorOptions} [options] */
  constructor(options = {}) {
    /** @readonly */ this.accountId = options.accountId ?? 'acct123'
    /** @readonly */ this.orgId = options.orgId ?? 'default'
    /** @readonly */ this.projectId = options.projectId ?? 'proj'
    /** @readonly */ this.pipelineId = options.pipelineId ?? 'deploy_pipeline'
    /** @readonly */ this.pipelineName = options.pipelineName ?? 'Deploy'
    /** @readonly */ this.olderBuild = options.olderBuild ?? false
    /** Which Harness server to be (see `SimulatorOptions.mode`); may be changed between requests. @type {ServerMode} */
    this.mode = options.mode ?? (options.olderBuild ? 'older' : 'newest')
    if (this.mode !== 'older' && this.mode !== 'newest') throw new Error(`unknown mode ${this.mode}`)
    /** @private */ this.uiUrl = options.uiUrl
    /** @type {'error_message' | 'errorMessage'} */
    this.errorField = options.errorField ?? (this.olderBuild ? 'errorMessage' : 'error_message')
    /** @readonly */ this.requireJsonContentType = options.requireJsonContentType ?? true
    /** @private */ this.port = options.port ?? 0
    /** @private */ this.keepAliveTimeoutMs = options.keepAliveTimeoutMs ?? 5000
    /** @private */ this.latencyMs = options.latencyMs ?? 0
    /** @private */ this.connectionLatencyMs = options.connectionLatencyMs ?? 0
    /** Each accepted socket's number, and how many requests it has carried. @private @type {WeakMap<import('node:net').Socket, { id: number, requests: number }>} */
    this.connectionIds = new WeakMap()
    /** @private */ this.connectionsAccepted = 0

    /** Every request received, in order. Cleared in place by `reset()`. @type {RecordedRequest[]} */
    this.requests = []
    /** Counters; zeroed in place by `reset()`. @type {SimulatorStats} */
    this.stats = { requests: 0, rateLimited: 0, connections: 0, openConnections: 0, faults: 0, decisionsApplied: 0, autoRejected: 0 }

    /** @private @type {Map<string, ApiKeyRecord>} */ this.keyTable = new Map()
    /** @private @type {Map<string, ExecutionState>} */ this.executionTable = new Map()
    /** @private @type {Map<string, ApprovalInstanceState>} */ this.instanceTable = new Map()
    /** @private @type {Fault[]} */ this.faultQueue = []
    /** @private @type {{ perWindow: number, windowMs: number } | undefined} */ this.rateLimit = undefined
    /** @private @type {Map<string, number[]>} */ this.rateWindows = new Map()
    /** @private @type {Array<{ method: string, pattern: string, regex: RegExp, names: string[], handler: RouteHandler }>} */
    this.routes = []
    /** @private @type {Array<() => void>} */ this.resetHooks = []
    /** @private @type {Set<import('node:net').Socket>} */ this.sockets = new Set()
    /** @private */ this.closed = false
    /** @private */ this.boundPort = 0
    /** @private */ this.instancesCreated = 0
    /** Requests a `late-commit` fault holds until `commitLate()`. @private @type {Array<() => void>} */
    this.heldRequests = []
    /** @private */ this.lastRunSequence = 0
    /** @private @type {Set<ReturnType<typeof setTimeout>>} */ this.timers = new Set()

    const defaultRecord = this.addKey({
      key: options.defaultKey,
      user: options.defaultUser ?? { name: 'Approver Bot', email: 'approver.bot@example.com' },
    })
    /** The default approver's user. @readonly */
    this.defaultUser = defaultRecord.user
    /** A valid key for the default approver, with view and execute permission. @readonly */
    this.apiKey = defaultRecord.key
    for (const key of options.apiKeys ?? []) this.addKey(key)

    /** @private @type {'http' | 'https'} */
    this.scheme = options.tls ? 'https' : 'http'
    /** @type {import('node:http').RequestListener} */
    const listener = (req, res) => {
      this.handle(req, res).catch((error) => {
        // A bug in a handler must not take the test run down: answer 500 if still possible.
        if (!res.headersSent && !res.destroyed) this.write(res, { status: 500, body: errorDto('UNEXPECTED', String(error)) })
      })
    }
    /** @private */
    this.server = options.tls ? createHttpsServer({ key: options.tls.key, cert: options.tls.cert }, listener) : createServer(listener)
    this.server.keepAliveTimeout = this.keepAliveTimeoutMs
    this.server.on('connection', (socket) => {
      this.connectionIds.set(socket, { id: ++this.connectionsAccepted, requests: 0 })
      this.stats.connections++
      this.stats.openConnections++
      this.sockets.add(socket)
      socket.on('close', () => {
        this.stats.openConnections--
        this.sockets.delete(socket)
      })
    })

    this.addRoute('GET', APPROVALS_ROUTE, (ctx) => this.getApprovals(ctx))
    this.addRoute('POST', APPROVALS_ROUTE, (ctx) => this.postApproval(ctx))
    this.addRoute('GET', EXECUTION_ROUTE, (ctx) => this.getExecution(ctx))
    this.addRoute('POST', EXECUTION_URL_ROUTE, (ctx) => this.postExecutionUrl(ctx))
    this.addRoute('GET', INSTANCE_ROUTE, (ctx) => this.getInstance(ctx))
    this.addRoute('POST', INSTANCE_ACTIVITY_ROUTE, (ctx) => this.postInstanceActivity(ctx))
    this.addRoute('GET', AUTHORIZATION_ROUTE, (ctx) => this.getAuthorization(ctx))
    this.addRoute('GET', CURRENT_USER_ROUTE, (ctx) => this.getCurrentUser(ctx))
    for (const extension of options.extensions ?? []) extension(this)
  }

  /** @returns {Promise<this>} */
  async listen() {
    await new Promise((resolve, reject) => {
      this.server.once('error', reject)
      this.server.listen(this.port, '127.0.0.1', () => {
        this.server.off('error', reject)
        resolve(undefined)
      })
    })
    const address = this.server.address()
    if (address === null || typeof address === 'string') throw new Error('simulator has no TCP address')
    this.boundPort = address.port
    return this
  }

  /** `http://127.0.0.1:PORT` (`https://` when started with `tls`) */
  get url() {
    return `${this.scheme}://127.0.0.1:${this.boundPort}`
  }

  /** `url + '/gateway'`: the base URL a Harness SaaS client is configured with. */
  get baseUrl() {
    return `${this.url}/gateway`
  }

  // ----- keys -------------------------------------------------------------------------------------------

  /**
   * Accepts another API key, e.g. one lacking a permission, or one for a second approver.
   * @param {ApiKeyOptions} [options]
   * @returns {ApiKeyRecord}
   */
  addKey(options = {}) {
    const fromToken = options.key?.match(/^(?:pat|sat)\.([^.]+)\./)?.[1]
    const accountId = options.accountId ?? fromToken ?? this.accountId
    const tokenId = randomId(12)
    const isServiceAccount = options.serviceAccount !== undefined || options.key?.startsWith('sat.') === true
    const key = options.key ?? `${isServiceAccount ? 'sat' : 'pat'}.${accountId}.${tokenId}.${randomId(15)}`
    /** @type {ApiKeyRecord} */
    const record = {
      key,
      accountId,
      user: options.user ?? { name: `user-${tokenId}`, email: `user-${tokenId.toLowerCase()}@example.com` },
      userId: options.userId ?? userIdForKey(key),
      principal: isServiceAccount ? 'SERVICE_ACCOUNT' : 'USER',
      serviceAccount: isServiceAccount ? (options.serviceAccount ?? { identifier: `sa_${tokenId}` }) : undefined,
      permissions: options.permissions ?? [PERMISSION_VIEW, PERMISSION_EXECUTE],
      projects: options.projects,
      expired: options.expired ?? false,
      deleted: options.deleted ?? false,
    }
    this.keyTable.set(key, record)
    return record
  }

  /**
   * The record for a token, if the simulator knows it (for routes added by other modules).
   * @param {string | undefined} key
   */
  findKey(key) {
    return key === undefined ? undefined : this.keyTable.get(key)
  }

  /**
   * Whether the key holds `permission` in this org and project (for routes added by other modules too).
   * @param {ApiKeyRecord} key
   * @param {string} permission
   * @param {string | undefined} orgId
   * @param {string | undefined} projectId
   */
  may(key, permission, orgId, projectId) {
    if (!key.permissions.includes(permission)) return false
    return key.projects === undefined || key.projects.includes(`${orgId ?? ''}/${projectId ?? ''}`)
  }

  // ----- executions and instances -----------------------------------------------------------------------

  /**
   * Registers an execution with no approval instance yet (GET answers `[]`, POST "Found no ... waiting").
   * `addInstance` registers its execution by itself; an execution already registered is returned as it is.
   * @param {ExecutionOptions} options
   * @returns {ExecutionState}
   */
  addExecution(options) {
    const existing = this.executionTable.get(options.executionId)
    if (existing) return existing
    for (const status of [options.status, ...(options.afterApprove ?? []).map((c) => c.status), ...(options.afterReject ?? []).map((c) => c.status)]) {
      if (status !== undefined && !EXECUTION_STATUSES.includes(status)) throw new Error(`unknown execution status ${status}`)
    }
    const now = Date.now()
    this.lastRunSequence = Math.max(this.lastRunSequence, options.runSequence ?? this.lastRunSequence + 1)
    /** @type {ExecutionState} */
    const execution = {
      executionId: options.executionId,
      accountId: options.accountId ?? this.accountId,
      orgId: options.orgId ?? this.orgId,
      projectId: options.projectId ?? this.projectId,
      pipelineId: options.pipelineId ?? this.pipelineId,
      pipelineName: options.pipelineName ?? this.pipelineName,
      runSequence: options.runSequence ?? this.lastRunSequence,
      status: options.status,
      startTs: options.startTs ?? now,
      endTs: options.status !== undefined && TERMINAL_EXECUTION_STATUSES.includes(options.status) ? now : undefined,
      modules: options.modules ?? ['cd'],
      afterApprove: options.afterApprove ?? [{ status: 'Running' }, { status: 'Success', afterReads: 2 }],
      afterReject: options.afterReject ?? [{ status: 'ApprovalRejected' }],
      executor: options.executor,
      lookupError: options.lookupError ?? false,
      pendingChanges: [],
      changedAt: now,
      readsSinceChange: 0,
      readsServed: 0,
      stages: (options.stages ?? []).map((st) => ({ ...st, name: st.name ?? st.identifier })),
    }
    this.executionTable.set(execution.executionId, execution)
    return execution
  }

  /**
   * The status the execution endpoint shows now (due status changes are applied first).
   * @param {string} executionId
   * @returns {ExecutionStatus | undefined} undefined for an unknown execution.
   */
  executionStatus(executionId) {
    const execution = this.executionTable.get(executionId)
    return execution && this.currentStatus(execution)
  }

  /**
   * Fixes an execution's status, dropping changes still to come. A terminal status also ends its WAITING
   * approvals (EXPIRED for `Expired`, REJECTED for `ApprovalRejected`, else ABORTED): an execution that has
   * ended has nothing waiting. (Which instance status Harness gives each case is inferred, not read.)
   * @param {string} executionId
   * @param {ExecutionStatus} status
   */
  setExecutionStatus(executionId, status) {
    const execution = this.executionTable.get(executionId)
    if (!execution) throw new Error(`unknown execution ${executionId}`)
    if (!EXECUTION_STATUSES.includes(status)) throw new Error(`unknown execution status ${status}`)
    execution.pendingChanges = []
    this.changeStatus(execution, status)
    if (!TERMINAL_EXECUTION_STATUSES.includes(status)) return
    const ended = status === 'Expired' ? 'EXPIRED' : status === 'ApprovalRejected' ? 'REJECTED' : 'ABORTED'
    for (const instance of this.instances(executionId)) {
      if (instance.status !== 'WAITING') continue
      instance.status = ended
      instance.updated = Date.now()
    }
  }

  /**
   * Harness's expiry job: every WAITING instance past its deadline becomes EXPIRED, and its execution
   * `Expired` (inferred). Until it runs, such an instance reads WAITING and a POST answers "already expired".
   * @returns {ApprovalInstanceState[]} The instances it expired.
   */
  runExpiryJob() {
    const now = Date.now()
    const due = this.instances().filter((i) => i.status === 'WAITING' && i.deadline <= now)
    for (const instance of due) {
      instance.status = 'EXPIRED'
      instance.updated = now
      const execution = this.executionTable.get(instance.executionId)
      if (execution) {
        execution.pendingChanges = []
        this.changeStatus(execution, 'Expired')
      }
    }
    return due
  }

  /**
   * @private
   * @param {ExecutionState} execution
   * @param {ExecutionStatus} status
   */
  changeStatus(execution, status) {
    const now = Date.now()
    execution.status = status
    execution.changedAt = now
    execution.readsSinceChange = 0
    execution.endTs = TERMINAL_EXECUTION_STATUSES.includes(status) ? now : undefined
  }

  /**
   * The execution's status now: due changes applied; without a fixed status, `ApprovalWaiting` while a
   * Harness approval of it is visibly WAITING, else `Running`.
   * @private
   * @param {ExecutionState} execution
   * @returns {ExecutionStatus}
   */
  currentStatus(execution) {
    for (;;) {
      const next = execution.pendingChanges[0]
      if (!next) break
      const due = Date.now() - execution.changedAt >= (next.afterMs ?? 0) && execution.readsSinceChange >= (next.afterReads ?? 0)
      if (!due) break
      execution.pendingChanges.shift()
      this.changeStatus(execution, next.status)
    }
    if (execution.status !== undefined) return execution.status
    const waiting = this.visibleInstances(execution).some((i) => i.status === 'WAITING' && i.type === 'HarnessApproval')
    return waiting ? 'ApprovalWaiting' : 'Running'
  }

  /**
   * A decision released (or rejected) the execution's step: its status moves on as configured, showing what
   * it showed before the decision until the first change is due.
   * @private
   * @param {ExecutionState} execution
   * @param {ExecutionStatus} shownBefore
   * @param {StatusChange[]} changes
   */
  moveOn(execution, shownBefore, changes) {
    execution.status = shownBefore
    execution.changedAt = Date.now()
    execution.readsSinceChange = 0
    execution.pendingChanges = changes.map((c) => ({ ...c }))
    this.currentStatus(execution)
  }

  /**
   * Adds an approval instance (and its execution, if new).
   * @param {InstanceOptions} options
   * @returns {ApprovalInstanceState}
   */
  addInstance(options) {
    if (options.status !== undefined && !STATUSES.has(options.status)) throw new Error(`unknown status ${options.status}`)
    const { executionId, accountId, orgId, projectId, pipelineId, pipelineName } = options
    const execution = this.addExecution({ executionId, accountId, orgId, projectId, pipelineId, pipelineName, executor: options.pipelineExecutor })
    if (options.stageIdentifier && !execution.stages.some((st) => st.identifier === options.stageIdentifier)) {
      execution.stages.push({ identifier: options.stageIdentifier, name: options.stageName ?? options.stageIdentifier })
    }
    const now = Date.now()
    /** @type {ApprovalInstanceState} */
    const instance = {
      id: options.id ?? randomId(16),
      executionId: options.executionId,
      callbackId: options.callbackId,
      nodeExecutionId: options.nodeExecutionId ?? randomId(16),
      status: options.status ?? 'WAITING',
      type: options.type ?? 'HarnessApproval',
      approverInputs: options.approverInputs ?? [],
      minimumCount: options.minimumCount ?? 1,
      approvers: options.approvers ?? [this.defaultUser.name],
      userGroups: options.userGroups ?? ['_project_all_users'],
      serviceAccounts: options.serviceAccounts ?? [],
      disallowPipelineExecutor: options.disallowPipelineExecutor ?? false,
      pipelineExecutor: options.pipelineExecutor,
      disallowedUserEmails: options.disallowedUserEmails ?? [],
      approvalMessage: options.approvalMessage ?? 'Please review the following information and approve the pipeline progression',
      includePipelineExecutionHistory: options.includePipelineExecutionHistory ?? true,
      autoRejectEnabled: options.autoRejectEnabled ?? false,
      stepIdentifier: options.stepIdentifier ?? 'approval',
      serviceIdentifier: options.serviceIdentifier,
      sequence: ++this.instancesCreated,
      deadline: options.deadline ?? now + DAY_MS,
      created: now,
      updated: now,
      appearAfterReads: options.appearAfterReads ?? 0,
      approvalActivities: options.approvalActivities ?? [],
      errorMessage: options.errorMessage ?? null,
      extraDetails: options.details ?? {},
      stageIdentifier: options.stageIdentifier,
    }
    if (this.instanceTable.has(instance.id)) throw new Error(`duplicate instance id ${instance.id}`)
    this.instanceTable.set(instance.id, instance)
    return instance
  }

  /**
   * Live server-side state of one instance.
   * @param {string} id
   */
  instance(id) {
    return this.instanceTable.get(id)
  }

  /**
   * Live server-side state of all instances (of one execution, when given), visible to clients or not.
   * @param {string} [executionId]
   * @returns {ApprovalInstanceState[]}
   */
  instances(executionId) {
    return [...this.instanceTable.values()].filter((i) => executionId === undefined || i.executionId === executionId)
  }

  /** @param {string} executionId */
  execution(executionId) {
    return this.executionTable.get(executionId)
  }

  /**
   * The JSON a client sees for an instance.
   * @param {ApprovalInstanceState} instance
   * @returns {Record<string, unknown>}
   */
  toWire(instance) {
    const details =
      instance.type === 'HarnessApproval'
        ? {
            approvalMessage: instance.approvalMessage,
            includePipelineExecutionHistory: instance.includePipelineExecutionHistory,
            approvers: {
              userGroups: instance.userGroups,
              serviceAccounts: instance.serviceAccounts,
              minimumCount: instance.minimumCount,
              disallowPipelineExecutor: instance.disallowPipelineExecutor,
              disallowedUserEmails: instance.disallowedUserEmails,
            },
            approvalActivities: instance.approvalActivities,
            approverInputs: instance.approverInputs.map((input) => ({ ...input, defaultValue: input.defaultValue ?? '' })),
            autoRejectEnabled: instance.autoRejectEnabled,
            ...instance.extraDetails,
          }
        : { ...instance.extraDetails }
    return {
      id: instance.id,
      type: instance.type,
      status: instance.status,
      deadline: instance.deadline,
      created: instance.created,
      updated: instance.updated,
      // Absent rather than null when there is no error: the published schema types it as a plain string.
      ...(instance.errorMessage !== null ? { [this.errorField]: instance.errorMessage } : {}),
      details,
    }
  }

  // ----- recorded requests ------------------------------------------------------------------------------

  /**
   * Recorded approval POSTs (of one execution, when given).
   * @param {string} [executionId]
   */
  posts(executionId) {
    return this.approvalRequests('POST', executionId)
  }

  /**
   * Recorded approval GETs (of one execution, when given).
   * @param {string} [executionId]
   */
  gets(executionId) {
    return this.approvalRequests('GET', executionId)
  }

  /**
   * Recorded reads of the execution endpoint (of one execution, when given).
   * @param {string} [executionId]
   */
  executionReads(executionId) {
    const { regex } = compilePattern(EXECUTION_ROUTE)
    return this.requests.filter((r) => {
      const match = r.method === 'GET' ? regex.exec(r.path) : null
      return match !== null && (executionId === undefined || decodeURIComponent(match[1] ?? '') === executionId)
    })
  }

  /**
   * @private
   * @param {string} method
   * @param {string | undefined} executionId
   */
  approvalRequests(method, executionId) {
    const { regex } = compilePattern(APPROVALS_ROUTE)
    // The instance endpoints count as the execution's: a decision by instance id is still its decision.
    const { regex: byInstance } = compilePattern(method === 'POST' ? INSTANCE_ACTIVITY_ROUTE : INSTANCE_ROUTE)
    return this.requests.filter((r) => {
      if (r.method !== method) return false
      const match = regex.exec(r.path)
      if (match !== null) return executionId === undefined || decodeURIComponent(match[3] ?? '') === executionId
      const instanceMatch = byInstance.exec(r.path)
      if (instanceMatch === null) return false
      return executionId === undefined || this.instanceTable.get(decodeURIComponent(instanceMatch[1] ?? ''))?.executionId === executionId
    })
  }

  // ----- scripting --------------------------------------------------------------------------------------

  /**
   * Queues a fault; matching requests consume faults in the order they were queued.
   * @param {FaultOptions} fault
   */
  fault(fault) {
    if (!FAULT_KINDS.has(fault.kind)) throw new Error(`unknown fault kind ${fault.kind}`)
    this.faultQueue.push({ ...fault, times: fault.times ?? 1, after: fault.after ?? 0 })
  }

  /**
   * Applies the requests `late-commit` faults (without `delayMs`) are holding, in arrival order.
   * @returns {number} How many were applied.
   */
  commitLate() {
    const held = this.heldRequests.splice(0)
    for (const apply of held) apply()
    return held.length
  }

  /** Faults still waiting to fire. */
  get pendingFaults() {
    return this.faultQueue.map((f) => ({ ...f }))
  }

  /**
   * Limits requests per API key (keyed by the `x-api-key` value, known or not); beyond it answer 429
   * without `Retry-After`, as Harness does. `null` removes the limit.
   * @param {{ perMinute: number, windowMs?: number } | null} limit `perMinute` requests per `windowMs` (default 60000).
   */
  setRateLimit(limit) {
    this.rateLimit = limit === null ? undefined : { perWindow: limit.perMinute, windowMs: limit.windowMs ?? 60_000 }
    this.rateWindows.clear()
  }

  /**
   * Delays every answer by `ms`, and the first answer on each new connection by `newConnectionMs` more (what
   * opening a connection costs on a real network), so that a client's round trips show in its timing.
   * @param {number} ms
   * @param {number} [newConnectionMs]
   */
  setLatency(ms, newConnectionMs = 0) {
    this.latencyMs = ms
    this.connectionLatencyMs = newConnectionMs
  }

  /**
   * Registers a route. Patterns are paths from the server root with `:name` segments, e.g.
   * `/gateway/sto/api/v2/exemptions/:id`. Routes are tried in the order they were added; a route for a
   * method and pattern already served replaces the earlier one.
   * @param {string} method
   * @param {string} pattern
   * @param {RouteHandler} handler
   */
  addRoute(method, pattern, handler) {
    const route = { method: method.toUpperCase(), pattern, handler, ...compilePattern(pattern) }
    const same = this.routes.findIndex((r) => r.method === route.method && r.pattern === pattern)
    if (same >= 0) this.routes[same] = route
    else this.routes.push(route)
  }

  /**
   * Runs `hook` on every `reset()` (for modules that keep their own state).
   * @param {() => void} hook
   */
  onReset(hook) {
    this.resetHooks.push(hook)
  }

  /** Forgets executions, instances, requests, faults, rate limit, latency and counters. Keys and mode stay. */
  reset() {
    this.executionTable.clear()
    this.instanceTable.clear()
    this.requests.length = 0
    this.faultQueue.length = 0
    this.heldRequests.length = 0
    this.rateLimit = undefined
    this.rateWindows.clear()
    this.latencyMs = 0
    this.connectionLatencyMs = 0
    const open = this.stats.openConnections
    Object.assign(this.stats, { requests: 0, rateLimited: 0, connections: 0, openConnections: open, faults: 0, decisionsApplied: 0, autoRejected: 0 })
    this.clearTimers()
    for (const hook of this.resetHooks) hook()
  }

  /** Stops the server, dropping open connections (including hung answers) so nothing waits on them. */
  async close() {
    if (this.closed) return
    this.closed = true
    this.clearTimers()
    const done = new Promise((resolve) => this.server.close(() => resolve(undefined)))
    for (const socket of this.sockets) socket.destroy()
    await done
  }

  // ----- request pipeline -------------------------------------------------------------------------------

  /**
   * @private
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   */
  async handle(req, res) {
    /** @type {Buffer[]} */
    const chunks = []
    for await (const chunk of req) chunks.push(/** @type {Buffer} */ (chunk))
    const rawBody = Buffer.concat(chunks).toString('utf8')

    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const method = (req.method ?? 'GET').toUpperCase()
    /** @type {Record<string, string>} */
    const headers = {}
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value
    }
    let body = /** @type {unknown} */ (undefined)
    let bodyIsInvalidJson = false
    if (rawBody.length > 0) {
      try {
        body = JSON.parse(rawBody)
      } catch {
        bodyIsInvalidJson = true
      }
    }
    /** @type {RecordedRequest} */
    const record = {
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers,
      body: bodyIsInvalidJson ? rawBody : body,
      rawBody,
      at: Date.now(),
      ...this.connectionOf(req),
      answeredAt: undefined,
      fault: undefined,
      status: undefined,
    }
    this.requests.push(record)
    this.stats.requests++

    const fault = this.takeFault(method, url.pathname)
    if (fault) {
      this.stats.faults++
      record.fault = fault.kind
    }

    // A proxy/gateway fault answers before the service sees the request.
    if (fault && NO_APPLY_FAULTS.has(fault.kind)) {
      if (fault.kind === 'reset') return this.drop(req)
      /** @type {SimResponse} */
      let response
      if (fault.kind === 'rate-limit') {
        this.stats.rateLimited++
        response = tooManyRequests()
      } else if (fault.kind === 'no-apply-503') {
        response = htmlPage(503, 'Service Temporarily Unavailable')
      } else if (fault.kind === 'respond') {
        response = { status: fault.status ?? 200, body: fault.body }
      } else {
        const status = fault.status ?? 200
        response = htmlPage(status, STATUS_CODES[status] ?? 'Error')
      }
      return this.respond(res, record, response)
    }

    if (this.isRateLimited(header(headers, 'x-api-key') ?? '')) {
      this.stats.rateLimited++
      return this.respond(res, record, tooManyRequests())
    }

    if (fault?.kind === 'change-before') fault.change?.(this)
    /** @type {RouteContext} */
    const ctx = {
      sim: this,
      req,
      method,
      path: url.pathname,
      params: {},
      query: record.query,
      headers,
      rawBody,
      body,
      bodyIsInvalidJson,
      record,
      fault: fault && !NO_APPLY_FAULTS.has(fault.kind) ? fault : undefined,
    }
    if (fault?.kind === 'late-commit') {
      // The client is left without an answer; the request is applied after it gave up.
      const apply = () => {
        if (!this.closed) void this.route(ctx).catch(() => undefined)
      }
      if (fault.delayMs === undefined) this.heldRequests.push(apply)
      else setTimeout(apply, fault.delayMs).unref()
      return this.drop(req)
    }
    const response = await this.route(ctx)

    // The request was processed; these faults lose or garble the answer on its way back.
    if (fault?.kind === 'apply-then-reset') return this.drop(req)
    if (fault?.kind === 'apply-then-hang') return // close() destroys the socket
    if (fault?.kind === 'apply-then-502') return this.respond(res, record, htmlPage(502, 'Bad Gateway'))
    if (fault?.kind === 'apply-then-trickle') return this.trickle(res, record, response, fault)
    return this.respond(res, record, response)
  }

  /**
   * @private
   * @param {RouteContext} ctx
   * @returns {Promise<SimResponse>}
   */
  async route(ctx) {
    let pathMatched = false
    for (const route of this.routes) {
      const match = route.regex.exec(ctx.path)
      if (!match) continue
      pathMatched = true
      if (route.method !== ctx.method) continue
      /** @type {Record<string, string>} */
      const params = {}
      route.names.forEach((name, i) => {
        params[name] = decodeURIComponent(match[i + 1] ?? '')
      })
      return route.handler({ ...ctx, params })
    }
    // A Java service behind the gateway maps Jersey's 404/405 to a 400; a path no service owns gets the
    // gateway's plain 404 (or 405).
    if (JAVA_SERVICE_PATH.test(ctx.path)) return resourceNotFound(pathMatched ? 405 : 404)
    return pathMatched
      ? { status: 405, body: { code: 405, message: 'HTTP 405 Method Not Allowed' } }
      : { status: 404, body: { code: 404, message: 'HTTP 404 Not Found' } }
  }

  /**
   * @private
   * @param {string} method
   * @param {string} path
   */
  takeFault(method, path) {
    const index = this.faultQueue.findIndex(
      (f) => (f.on === 'ANY' || f.on === method) && (f.pathIncludes === undefined || path.includes(f.pathIncludes)),
    )
    if (index < 0) return undefined
    const fault = /** @type {Fault} */ (this.faultQueue[index])
    if (fault.after && fault.after > 0) {
      fault.after--
      return undefined
    }
    fault.times--
    if (fault.times <= 0) this.faultQueue.splice(index, 1)
    return fault
  }

  /**
   * Sliding window per key; refused requests do not count against it.
   * @private
   * @param {string} key
   */
  isRateLimited(key) {
    if (!this.rateLimit) return false
    const now = Date.now()
    const window = (this.rateWindows.get(key) ?? []).filter((t) => t > now - (this.rateLimit?.windowMs ?? 0))
    const limited = window.length >= this.rateLimit.perWindow
    if (!limited) window.push(now)
    this.rateWindows.set(key, window)
    return limited
  }

  /**
   * @private
   * @param {import('node:http').IncomingMessage} req
   */
  drop(req) {
    req.socket.destroy()
  }

  /**
   * @private
   * @param {import('node:http').ServerResponse} res
   * @param {RecordedRequest} record
   * @param {SimResponse} response
   */
  async respond(res, record, response) {
    const delay = this.latencyMs + (record.newConnection ? this.connectionLatencyMs : 0)
    if (delay > 0) await sleep(delay)
    if (this.closed || res.destroyed) return
    record.status = response.status
    this.write(res, response)
    record.answeredAt = Date.now()
  }

  /**
   * The connection a request came on, and whether it is the first request there.
   * @private
   * @param {import('node:http').IncomingMessage} req
   * @returns {{ connection: number, newConnection: boolean }}
   */
  connectionOf(req) {
    const known = this.connectionIds.get(req.socket)
    if (!known) return { connection: 0, newConnection: false }
    known.requests++
    return { connection: known.id, newConnection: known.requests === 1 }
  }

  /**
   * The answer one byte at a time (then, `endless`, spaces for ever): every chunk resets a client's idle
   * timeout, so only a deadline for the whole answer ends the wait. The socket's close stops it.
   * @private
   * @param {import('node:http').ServerResponse} res
   * @param {RecordedRequest} record
   * @param {SimResponse} response
   * @param {Fault} fault
   */
  trickle(res, record, response, fault) {
    record.status = response.status
    const text = response.body === undefined ? '' : typeof response.body === 'string' ? response.body : JSON.stringify(response.body)
    const bytes = Buffer.from(text, 'utf8')
    res.writeHead(response.status, {
      'content-type': 'application/json',
      ...response.headers,
      ...(fault.endless ? {} : { 'content-length': String(bytes.length) }),
    })
    res.flushHeaders()
    let next = 0
    const timer = setInterval(() => {
      if (res.destroyed || this.closed) return clearInterval(timer)
      if (next < bytes.length) res.write(bytes.subarray(next, ++next))
      else if (fault.endless) res.write(' ')
      else {
        clearInterval(timer)
        res.end()
      }
    }, fault.trickleMs ?? 1_000)
    res.on('close', () => clearInterval(timer))
  }

  /**
   * @private
   * @param {import('node:http').ServerResponse} res
   * @param {SimResponse} response
   */
  write(res, response) {
    const isText = typeof response.body === 'string'
    const text = response.body === undefined ? '' : isText ? String(response.body) : JSON.stringify(response.body)
    /** @type {Record<string, string>} */
    const headers = { 'content-type': isText ? 'text/plain; charset=utf-8' : 'application/json', ...response.headers }
    res.writeHead(response.status, { ...headers, 'content-length': String(Buffer.byteLength(text)) })
    res.end(text)
  }

  // ----- the approval API -------------------------------------------------------------------------------

  /**
   * JSON is read before the resource method runs, so a POST with a broken body (or, when asked, without a
   * JSON content type) is refused before any check of it.
   * @private
   * @param {RouteContext} ctx
   * @returns {SimResponse | undefined}
   */
  bodyRefusal(ctx) {
    if (ctx.method === 'POST' && this.requireJsonContentType && !/^application\/json\b/i.test(header(ctx.headers, 'content-type') ?? '')) {
      return { status: 415, body: { code: 415, message: 'HTTP 415 Unsupported Media Type' } }
    }
    if (ctx.method === 'POST' && ctx.bodyIsInvalidJson) return { status: 400, body: { code: 400, message: 'Unable to process JSON' } }
    return undefined
  }

  /**
   * The checks GET and POST share, in the order Harness makes them: the token; (POST) the body's media type
   * and JSON; the permission in the URL's org and project (before anything else the resource does); the
   * account header; then the execution lookup (by account, org and project on the older server, by account
   * alone on the newest). Returns the refusal, or the key and execution.
   * @private
   * @param {RouteContext} ctx
   * @param {string} permission
   * @returns {SimResponse | { key: ApiKeyRecord, execution: ExecutionState }}
   */
  authorize(ctx, permission) {
    const key = this.findKey(header(ctx.headers, 'x-api-key'))
    const refused = tokenRefusal(key)
    if (refused || !key) return refused ?? { status: 500 }
    const badBody = this.bodyRefusal(ctx)
    if (badBody) return badBody

    const { org = '', project = '', executionId = '' } = ctx.params
    // The access check names no pipeline: the resource method has not looked the execution up yet.
    if (!this.may(key, permission, org, project)) {
      return { status: 403, body: errorDto('NG_ACCESS_DENIED', `Missing permission ${permission} on pipeline`) }
    }
    const account = header(ctx.headers, 'harness-account')
    if (!account) return invalidRequest('harnessAccount param value is required')
    const execution = this.executionTable.get(executionId)
    const inScope = this.mode === 'newest' || (execution?.orgId === org && execution?.projectId === project)
    if (!execution || account !== key.accountId || execution.accountId !== account || !inScope) {
      return invalidRequest(
        `execution_id param value provided doesn't belong to Account: ${account}, Org: ${org}, Project: ${project} or the pipeline has been deleted`,
      )
    }
    if (execution.lookupError) return invalidRequest('An unexpected error occurred while validating execution_id param')
    return { key, execution }
  }

  /**
   * Instances of an execution a client can see now (see `appearAfterReads`).
   * @private
   * @param {ExecutionState} execution
   */
  visibleInstances(execution) {
    return this.instances(execution.executionId).filter((i) => i.appearAfterReads <= execution.readsServed)
  }

  /**
   * @private
   * @param {RouteContext} ctx
   * @returns {SimResponse}
   */
  getApprovals(ctx) {
    const auth = this.authorize(ctx, PERMISSION_VIEW)
    if ('status' in auth) return auth
    const { approval_status: status, approval_type: type, callback_id: callbackId, node_execution_id: nodeId } = ctx.query
    const found = this.visibleInstances(auth.execution).filter(
      (i) =>
        (status === undefined || i.status === status) &&
        (type === undefined || i.type === type) &&
        (callbackId === undefined || i.callbackId === callbackId) &&
        (nodeId === undefined || i.nodeExecutionId === nodeId),
    )
    // Counted after answering, so `appearAfterReads: k` hides the instance from exactly k reads.
    auth.execution.readsServed++
    return { status: 200, body: found.map((i) => this.toWire(i)) }
  }

  /**
   * POST a decision. After `authorize` (steps 1 and 2), Harness checks in this order: the action; one
   * WAITING Harness approval (3); the key's principal (4); the instance's state (5); the approver inputs (6).
   * @private
   * @param {RouteContext} ctx
   * @returns {SimResponse}
   */
  postApproval(ctx) {
    const auth = this.authorize(ctx, PERMISSION_EXECUTE)
    if ('status' in auth) return auth
    const { key, execution } = auth

    // Only the snake_case key is read; any other spelling (e.g. `approverInputs`) is ignored, as Harness does.
    const parsed = decisionOf(ctx.body, 'approver_inputs')
    if ('status' in parsed) return parsed
    const { action, inputs, comments } = parsed

    // A blank callback_id counts as none. An instance past its deadline is still WAITING here.
    const callbackId = ctx.query.callback_id || undefined
    const candidates = this.visibleInstances(execution).filter(
      (i) =>
        i.status === 'WAITING' && i.type === 'HarnessApproval' && (callbackId === undefined || i.callbackId === callbackId),
    )
    const waitingFor = `pipeline execution id: ${execution.executionId} and callback id: ${callbackId ?? 'null'}`
    if (candidates.length === 0) return invalidRequest(`Found no Harness Approval Instance waiting for ${waitingFor}`)
    if (candidates.length > 1) return invalidRequest(`Found more than 1 Harness Approval Instance waiting for ${waitingFor}`)
    const instance = /** @type {ApprovalInstanceState} */ (candidates[0])

    const decided = this.applyDecision(ctx, instance, key, execution, action, inputs, comments)
    return 'refusal' in decided ? decided.refusal : { status: 200, body: this.toWire(decided.instance) }
  }


  /**
   * What the execution-id POST and the instance endpoint share once the instance is found (Harness's
   * `addHarnessApprovalActivity`): the key's principal (4), the instance's state (5), the approver inputs
   * (6), then the activity, the status, the execution moving on and auto-reject.
   * @private
   * @param {RouteContext} ctx
   * @param {ApprovalInstanceState} instance
   * @param {ApiKeyRecord} key
   * @param {ExecutionState} execution
   * @param {ApprovalAction} action
   * @param {ApproverInputValue[]} inputs
   * @param {string} comments
   * @returns {{ refusal: SimResponse } | { instance: ApprovalInstanceState }}
   */
  applyDecision(ctx, instance, key, execution, action, inputs, comments) {
    if (ctx.fault?.kind === 'finish-before-post') this.finishElsewhere(instance, ctx.fault.finishAs ?? 'APPROVED')

    const refusal = this.whyNotAuthorized(instance, key)
    if (refusal) return { refusal: invalidRequest(refusal) }

    const unable = 'Unable to add Harness Approval Activity : '
    if (instance.status === 'EXPIRED' || (instance.status === 'WAITING' && instance.deadline <= Date.now())) {
      return { refusal: invalidRequest(`${unable}Harness approval instance has already expired`) }
    }
    if (instance.status !== 'WAITING') return { refusal: invalidRequest(`${unable}Harness approval instance has already completed. Status: ${instance.status}`) }

    if (action === 'APPROVE') {
      const problem = this.checkInputs(instance, inputs)
      if (problem) return { refusal: invalidRequest(`${unable}${problem}`) }
    }

    const shownBefore = this.currentStatus(execution)
    const now = Date.now()
    instance.approvalActivities.push({
      user: { ...key.user },
      action,
      approverInputs: action === 'APPROVE' ? inputs : [],
      comments,
      approvedAt: now,
    })
    const approvals = instance.approvalActivities.filter((a) => a.action === 'APPROVE').length
    if (action === 'REJECT') instance.status = 'REJECTED'
    else if (approvals >= instance.minimumCount) instance.status = 'APPROVED'
    // The older server kept the last approver's values as the inputs, dropping their constraints.
    if (action === 'APPROVE' && this.mode === 'older') instance.approverInputs = inputs.map(({ name, value }) => ({ name, defaultValue: value }))
    instance.updated = now
    this.stats.decisionsApplied++
    if (instance.status === 'APPROVED') this.moveOn(execution, shownBefore, execution.afterApprove)
    if (instance.status === 'REJECTED') this.moveOn(execution, shownBefore, execution.afterReject)
    if (action === 'APPROVE') this.autoRejectOlder(instance, key)
    return { instance }
  }

  /**
   * Auto-reject: an APPROVE on a step that has it rejects the WAITING instances of the same pipeline, step and
   * service that were created before it, in other executions.
   * @private
   * @param {ApprovalInstanceState} approved
   * @param {ApiKeyRecord} key
   */
  autoRejectOlder(approved, key) {
    if (!approved.autoRejectEnabled) return
    const own = this.executionTable.get(approved.executionId)
    if (!own) return
    const now = Date.now()
    for (const other of this.instances()) {
      const execution = this.executionTable.get(other.executionId)
      const samePipeline =
        execution !== undefined &&
        execution.executionId !== own.executionId &&
        execution.accountId === own.accountId &&
        execution.orgId === own.orgId &&
        execution.projectId === own.projectId &&
        execution.pipelineId === own.pipelineId
      if (!samePipeline || other.type !== 'HarnessApproval' || other.status !== 'WAITING' || other.sequence > approved.sequence) continue
      if (other.stepIdentifier !== approved.stepIdentifier || other.serviceIdentifier !== approved.serviceIdentifier) continue
      const shownBefore = this.currentStatus(execution)
      other.approvalActivities.push({
        user: { ...key.user },
        action: 'REJECT',
        approverInputs: [],
        comments: `Rejected automatically: execution ${own.executionId} was approved at this step`,
        approvedAt: now,
      })
      other.status = 'REJECTED'
      other.updated = now
      this.stats.autoRejected++
      this.moveOn(execution, shownBefore, execution.afterReject)
    }
  }

  /**
   * Someone else (or the clock) finishes the instance just before this request gets to it.
   * @private
   * @param {ApprovalInstanceState} instance
   * @param {'APPROVED' | 'EXPIRED'} finishAs
   */
  finishElsewhere(instance, finishAs) {
    const now = Date.now()
    if (finishAs === 'APPROVED') {
      instance.approvalActivities.push({
        user: { name: 'Another Approver', email: 'another.approver@example.com' },
        action: 'APPROVE',
        approverInputs: [],
        comments: 'approved in the Harness UI',
        approvedAt: now,
      })
      instance.status = 'APPROVED'
    } else {
      instance.status = 'EXPIRED'
      instance.deadline = now
    }
    instance.updated = now
  }

  /**
   * Why the server refuses this key's principal, or undefined when it may act. First who the principal is
   * (an unsupported service account, a deleted user), then the step's rules in Harness's order.
   * @private
   * @param {ApprovalInstanceState} instance
   * @param {ApiKeyRecord} key
   */
  whyNotAuthorized(instance, key) {
    const account = key.serviceAccount
    if (account && this.mode === 'older') return 'SERVICE_ACCOUNT is not supported for Harness Approval Step yet'
    if (key.deleted) return account ? `Service account [${account.identifier}] does not exist.` : `Invalid user: ${key.userId}`
    const reason = this.stepRefusal(instance, key)
    return reason && this.olderBuild ? 'User not authorized to approve/reject' : reason
  }

  /**
   * @private
   * @param {ApprovalInstanceState} instance
   * @param {ApiKeyRecord} key
   */
  stepRefusal(instance, key) {
    const { name, email } = key.user
    const is = (/** @type {string} */ who) => who === name || who === email || who === key.key
    if (instance.approvalActivities.some((a) => a.user.email === email && a.user.name === name)) {
      return 'You have already approved/rejected the pipeline'
    }
    const executor = instance.pipelineExecutor ?? this.executionTable.get(instance.executionId)?.executor
    if (instance.disallowPipelineExecutor && executor !== undefined && is(executor)) {
      return 'Pipeline executor is not allowed to approve/reject'
    }
    if (instance.disallowedUserEmails.some((e) => e.toLowerCase() === email.toLowerCase())) {
      return `Action not permitted: You [${email}] are on the disallowed user list and do not have permission to approve or reject.`
    }
    if (key.serviceAccount) {
      return this.serviceAccountMayAct(instance, key.serviceAccount)
        ? undefined
        : 'The service account configured in the request is not authorized to approve/reject'
    }
    if (instance.approvers !== '*' && !instance.approvers.some(is)) return 'User not authorized to approve/reject'
    return undefined
  }

  /**
   * A service account may act when the step lists it, and an org- or project-level one belongs to the
   * execution's org (and project).
   * @private
   * @param {ApprovalInstanceState} instance
   * @param {ServiceAccountOptions} account
   */
  serviceAccountMayAct(instance, account) {
    const execution = this.executionTable.get(instance.executionId)
    if (!execution || !instance.serviceAccounts.includes(serviceAccountRef(account))) return false
    if (!account.orgId) return true
    if (!account.projectId) return account.orgId === execution.orgId
    return account.orgId === execution.orgId && account.projectId === execution.projectId
  }

  /**
   * Approver inputs as Harness checks them: exactly the configured names (defaults are not filled in), and
   * each value (the newest server checks values first; the older one names first; a build before both
   * checks names only).
   * @private
   * @param {ApprovalInstanceState} instance
   * @param {ApproverInputValue[]} inputs
   * @returns {string | undefined}
   */
  checkInputs(instance, inputs) {
    const configured = instance.approverInputs.map((i) => i.name)
    const sent = inputs.map((i) => i.name)
    const sameNames =
      sent.length === configured.length && new Set(sent).size === sent.length && sent.every((n) => configured.includes(n))
    const namesProblem = sameNames ? undefined : 'Invalid approver inputs'
    if (this.olderBuild) return namesProblem

    /** @type {string[]} */
    const failures = []
    for (const spec of instance.approverInputs) {
      const value = inputs.find((i) => i.name === spec.name)?.value ?? ''
      const reason = valueProblem(spec, value)
      if (reason) failures.push(`${spec.name}=${reason}`)
    }
    // Formatted like the Java map Harness prints (here in the step's order).
    const valuesProblem = failures.length > 0 ? `Approval inputs validation failed: {${failures.join(', ')}}` : undefined
    return this.mode === 'newest' ? (valuesProblem ?? namesProblem) : (namesProblem ?? valuesProblem)
  }

  // ----- the instance endpoints (ApprovalResource) -------------------------------------------------------

  /**
   * The token, `accountIdentifier`, and the instance in that account. (Harness's text for an unknown
   * instance id is not known; this one names the id.)
   * @private
   * @param {RouteContext} ctx
   * @returns {SimResponse | { key: ApiKeyRecord, instance: ApprovalInstanceState, execution: ExecutionState }}
   */
  findInstance(ctx) {
    const key = this.findKey(header(ctx.headers, 'x-api-key'))
    const refused = tokenRefusal(key)
    if (refused || !key) return refused ?? { status: 500 }
    const badBody = this.bodyRefusal(ctx)
    if (badBody) return badBody
    const missing = missingQuery(ctx.query, ['accountIdentifier'])
    if (missing) return missing
    const instance = this.instanceTable.get(ctx.params.approvalInstanceId ?? '')
    const execution = instance && this.executionTable.get(instance.executionId)
    const account = ctx.query.accountIdentifier
    if (!instance || !execution || execution.accountId !== account || key.accountId !== account || instance.appearAfterReads > execution.readsServed) {
      return invalidRequest(`Invalid approval instance id: ${ctx.params.approvalInstanceId ?? ''}`)
    }
    return { key, instance, execution }
  }

  /**
   * GET one instance: `{"status":"SUCCESS","data":<instance>}`, in the service's own DTO (`createdAt`,
   * `lastModifiedAt`, `errorMessage`).
   * @private
   * @param {RouteContext} ctx
   * @returns {SimResponse}
   */
  getInstance(ctx) {
    const found = this.findInstance(ctx)
    if ('status' in found) return found
    return { status: 200, body: { status: 'SUCCESS', data: this.toDto(found.instance), metaData: null, correlationId: randomUUID() } }
  }

  /**
   * POST a decision on exactly this instance. Approver membership is checked (as on the execution-id
   * endpoint), the `core_pipeline_execute` permission is not; the inputs' key is camelCase `approverInputs`.
   * @private
   * @param {RouteContext} ctx
   * @returns {SimResponse}
   */
  postInstanceActivity(ctx) {
    const found = this.findInstance(ctx)
    if ('status' in found) return found
    const parsed = decisionOf(ctx.body, 'approverInputs')
    if ('status' in parsed) return parsed
    if (found.instance.type !== 'HarnessApproval') return invalidRequest(`Approval instance ${found.instance.id} is not a Harness approval`)
    const decided = this.applyDecision(ctx, found.instance, found.key, found.execution, parsed.action, parsed.inputs, parsed.comments)
    return 'refusal' in decided ? decided.refusal : { status: 200, body: { status: 'SUCCESS', data: this.toDto(decided.instance), metaData: null, correlationId: randomUUID() } }
  }

  /**
   * The instance as the service's DTO spells it.
   * @param {ApprovalInstanceState} instance
   * @returns {Record<string, unknown>}
   */
  toDto(instance) {
    const { created, updated, error_message: _snake, errorMessage: _camel, ...rest } = /** @type {Record<string, unknown>} */ (this.toWire(instance))
    return { ...rest, createdAt: created, lastModifiedAt: updated, errorMessage: instance.errorMessage }
  }

  /**
   * The stage graph the execution read shows (`layoutNodeMap`), one node per stage, keyed by its uuid.
   * @private
   * @param {ExecutionState} execution
   */
  layoutNodeMap(execution) {
    const visible = this.visibleInstances(execution).filter((i) => i.type === 'HarnessApproval')
    /** @type {Record<string, unknown>} */
    const nodes = {}
    execution.stages.forEach((stage, index) => {
      const own = visible.filter((i) => i.stageIdentifier === stage.identifier)
      const status = own.some((i) => i.status === 'WAITING')
        ? 'ApprovalWaiting'
        : own.some((i) => i.status === 'REJECTED')
          ? 'ApprovalRejected'
          : own.some((i) => i.status === 'APPROVED')
            ? 'Success'
            : (stage.status ?? 'NotStarted')
      const uuid = `stage${index}-${createHash('sha256').update(`${execution.executionId}/${stage.identifier}`).digest('hex').slice(0, 12)}`
      nodes[uuid] = { nodeType: 'Approval', nodeGroup: 'STAGE', nodeIdentifier: stage.identifier, name: stage.name, nodeUuid: uuid, nodeExecutionId: `${uuid}-exec`, status }
    })
    return nodes
  }

  // ----- the execution API ------------------------------------------------------------------------------

  /**
   * GET one execution's summary. Looked up by account and id on the newest server (by account, org and
   * project on the older one), then the view permission on its pipeline in the URL's org and project.
   * @private
   * @param {RouteContext} ctx
   * @returns {SimResponse}
   */
  getExecution(ctx) {
    const key = this.findKey(header(ctx.headers, 'x-api-key'))
    const refused = tokenRefusal(key)
    if (refused || !key) return refused ?? { status: 500 }
    const { accountIdentifier: account, orgIdentifier: org, projectIdentifier: project } = ctx.query
    const missing = missingQuery(ctx.query, ['accountIdentifier'])
    if (missing) return missing
    const executionId = ctx.params.executionId ?? ''
    const execution = this.executionTable.get(executionId)
    const inScope = this.mode === 'newest' || (execution?.orgId === org && execution?.projectId === project)
    if (!execution || execution.accountId !== account || account !== key.accountId || !inScope) {
      return {
        status: 404,
        body: errorDto('ENTITY_NOT_FOUND', `Plan Execution Summary does not exist or has been deleted for planExecutionId: ${executionId}`),
      }
    }
    if (!this.may(key, PERMISSION_VIEW, org, project)) {
      return {
        status: 403,
        body: errorDto('NG_ACCESS_DENIED', `Missing permission ${PERMISSION_VIEW} on pipeline with identifier ${execution.pipelineId}`),
      }
    }
    const status = this.currentStatus(execution)
    // Counted after answering, so `afterReads: k` keeps the previous status for exactly k reads.
    execution.readsSinceChange++
    return {
      status: 200,
      body: {
        status: 'SUCCESS',
        data: {
          pipelineExecutionSummary: {
            pipelineIdentifier: execution.pipelineId,
            name: execution.pipelineName,
            orgIdentifier: execution.orgId,
            projectIdentifier: execution.projectId,
            planExecutionId: execution.executionId,
            runSequence: execution.runSequence,
            status,
            startTs: execution.startTs,
            ...(execution.endTs !== undefined ? { endTs: execution.endTs } : {}),
            modules: [...execution.modules],
            ...(execution.stages.length > 0 ? { layoutNodeMap: this.layoutNodeMap(execution) } : {}),
            executionTriggerInfo: this.triggerInfo(execution),
          },
        },
        metaData: null,
        correlationId: randomUUID(),
      },
    }
  }

  /**
   * POST for the UI link of an execution; it needs the view permission in the org and project.
   * @private
   * @param {RouteContext} ctx
   * @returns {SimResponse}
   */
  postExecutionUrl(ctx) {
    const key = this.findKey(header(ctx.headers, 'x-api-key'))
    const refused = tokenRefusal(key)
    if (refused || !key) return refused ?? { status: 500 }
    const names = ['accountIdentifier', 'orgIdentifier', 'projectIdentifier', 'pipelineIdentifier', 'planExecutionId']
    const missing = missingQuery(ctx.query, names)
    if (missing) return missing
    const [account, org, project, pipeline, executionId] = names.map((n) => encodeURIComponent(ctx.query[n] ?? ''))
    if (!this.may(key, PERMISSION_VIEW, ctx.query.orgIdentifier, ctx.query.projectIdentifier)) {
      return {
        status: 403,
        body: errorDto('NG_ACCESS_DENIED', `Missing permission ${PERMISSION_VIEW} on pipeline with identifier ${ctx.query.pipelineIdentifier}`),
      }
    }
    const link = `${this.uiUrl ?? this.url}/ng/#/account/${account}/cd/orgs/${org}/projects/${project}/pipelines/${pipeline}/executions/${executionId}/pipeline`
    return { status: 200, body: { status: 'SUCCESS', data: link, metaData: null, correlationId: randomUUID() } }
  }

  // ----- who may decide, and executions that end on their own --------------------------------------------

  /**
   * Ends the execution with `status` (default `Aborted`) after `ms` of real time, as someone aborting it in
   * the UI would: its WAITING approvals end too (see `setExecutionStatus`). Cancelled by `reset()`/`close()`.
   * @param {string} executionId
   * @param {number} ms
   * @param {ExecutionStatus} [status]
   */
  endExecutionAfter(executionId, ms, status = 'Aborted') {
    if (!this.executionTable.has(executionId)) throw new Error(`unknown execution ${executionId}`)
    const timer = setTimeout(() => {
      this.timers.delete(timer)
      if (this.executionTable.has(executionId)) this.setExecutionStatus(executionId, status)
    }, ms)
    timer.unref()
    this.timers.add(timer)
  }

  /** @private */
  clearTimers() {
    for (const timer of this.timers) clearTimeout(timer)
    this.timers.clear()
  }

  /**
   * `executionTriggerInfo` of the execution read: who started it. A user with a key is named as that key's
   * user (same uuid as `currentUser`); anyone else by the name given.
   * @private
   * @param {ExecutionState} execution
   */
  triggerInfo(execution) {
    const who = execution.executor
    if (who === undefined) {
      return { triggerType: 'MANUAL', triggeredBy: { uuid: 'pipelineRunner0000000000', identifier: 'Pipeline Runner', extraInfo: { email: 'pipeline.runner@example.com' } } }
    }
    const key = [...this.keyTable.values()].find((k) => k.key === who || k.user.name === who || k.user.email === who)
    const triggeredBy = key
      ? { uuid: key.userId, identifier: key.user.name, extraInfo: { email: key.user.email } }
      : { uuid: userIdForKey(who), identifier: who, extraInfo: { email: who.includes('@') ? who : '' } }
    return { triggerType: 'MANUAL', triggeredBy }
  }

  /**
   * GET whether this key may decide an instance: `{status: SUCCESS, data: {authorized, reason}}`. The same
   * check as a decision's step 4, in its order; the instance's state (a passed deadline, say) is not part
   * of it. A build from before both versions answers `authorized: true` always. (The text for an unknown
   * instance id is inferred.)
   * @private
   * @param {RouteContext} ctx
   * @returns {SimResponse}
   */
  getAuthorization(ctx) {
    const found = this.findInstance(ctx)
    if ('status' in found) return found
    const { key, instance } = found
    const reason = this.olderBuild ? undefined : this.whyNotAuthorized(instance, key)
    const data = reason === undefined ? { authorized: true } : { authorized: false, reason }
    return { status: 200, body: { status: 'SUCCESS', data, metaData: null, correlationId: randomUUID() } }
  }

  /**
   * GET the key's own user: `data.uuid` is what `executionTriggerInfo.triggeredBy.uuid` names. The account
   * comes from the query only; a service account has no user.
   * @private
   * @param {RouteContext} ctx
   * @returns {SimResponse}
   */
  getCurrentUser(ctx) {
    const key = this.findKey(header(ctx.headers, 'x-api-key'))
    const refused = tokenRefusal(key)
    if (refused || !key) return refused ?? { status: 500 }
    const account = ctx.query.accountIdentifier
    if (!account) return invalidRequest('accountIdentifier: must not be null')
    if (account !== key.accountId) return { status: 401, body: errorDto('INVALID_TOKEN', 'Token is not valid for this account.') }
    if (key.principal === 'SERVICE_ACCOUNT') return invalidRequest("Current user can be accessed only by 'USER' principal type")
    const data = { uuid: key.userId, email: key.user.email, name: key.user.name, defaultAccountId: key.accountId }
    return { status: 200, body: { status: 'SUCCESS', data, metaData: null, correlationId: randomUUID() } }
  }
}

/**
 * A 400 for the first required query parameter that is missing, or undefined. (Harness's exact text for a
 * missing parameter is not known; the parameter is named.)
 * @param {Record<string, string>} query
 * @param {string[]} names
 * @returns {SimResponse | undefined}
 */
function missingQuery(query, names) {
  const name = names.find((n) => !query[n])
  return name === undefined ? undefined : invalidRequest(`${name}: must not be null`)
}

/**
 * The decision a POST body asks for, or the refusal: `action`, `comments`, and the inputs under `inputsKey`
 * (the execution-id endpoint reads `approver_inputs`, the instance endpoint `approverInputs`; each ignores
 * the other spelling).
 * @param {unknown} body
 * @param {'approver_inputs' | 'approverInputs'} inputsKey
 * @returns {SimResponse | { action: ApprovalAction, inputs: ApproverInputValue[], comments: string }}
 */
function decisionOf(body, inputsKey) {
  const request = /** @type {Record<string, unknown>} */ (typeof body === 'object' && body !== null ? body : {})
  const action = request.action
  if (action !== 'APPROVE' && action !== 'REJECT') return invalidRequest('action in request body should be one of [APPROVE, REJECT]')
  const sentInputs = request[inputsKey]
  /** @type {unknown[] | undefined} */
  const sentList = Array.isArray(sentInputs) ? sentInputs : sentInputs == null ? [] : undefined
  if (!sentList) return { status: 400, body: { code: 400, message: 'Unable to process JSON' } }
  /** @type {ApproverInputValue[]} */
  const inputs = []
  for (const item of sentList) {
    if (typeof item !== 'object' || item === null) return { status: 400, body: { code: 400, message: 'Unable to process JSON' } }
    const { name, value } = /** @type {Record<string, unknown>} */ (item)
    inputs.push({ name: name == null ? '' : String(name), value: value == null ? '' : String(value) })
  }
  return { action, inputs, comments: request.comments == null ? '' : String(request.comments) }
}

/**
 * Why a value does not satisfy its input's rule, as the newest server judges it: `required` means not empty
 * (no trimming); an empty value that is not required passes; otherwise only the first configured rule
 * applies: `regex` (full match), else `allowedValues` (each comma-separated item), else `selectOneFrom`
 * (exactly one), else `selectManyFrom` (each comma-separated item; inferred). An empty list is no rule; a list holding "" is one.
 * @param {ApproverInputSpec} spec
 * @param {string} value
 * @returns {string | undefined}
 */
function valueProblem(spec, value) {
  if (value === '') return spec.required ? 'Value was required but not provided' : undefined
  if (spec.regex !== undefined && spec.regex !== '') {
    return fullMatch(spec.regex, value) ? undefined : `${value} does not match the regex pattern ${spec.regex}`
  }
  if (spec.allowedValues !== undefined && spec.allowedValues.length > 0) {
    const allowed = spec.allowedValues
    // How the server splits a multi-value answer (trimming, blank items) is inferred, not read: an item
    // passes under any reading, as written, trimmed, or dropped when blank, so that tests never teach the
    // client to refuse what Harness may accept.
    return everyItemIn(allowed, value) ? undefined : `${value} is not among allowed values`
  }
  if (spec.selectOneFrom !== undefined && spec.selectOneFrom.length > 0) {
    return spec.selectOneFrom.includes(value) ? undefined : `${value} is not among allowed values`
  }
  // The fifth rule, last in line. Its check is inferred, not read: like allowedValues, item by item.
  if (spec.selectManyFrom !== undefined && spec.selectManyFrom.length > 0) {
    return everyItemIn(spec.selectManyFrom, value) ? undefined : `${value} is not among allowed values`
  }
  return undefined
}

/**
 * Every comma-separated item of `value` is an option: as written, trimmed, or blank.
 * @param {string[]} options
 * @param {string} value
 */
function everyItemIn(options, value) {
  return value.split(',').every((v) => options.includes(v) || options.includes(v.trim()) || v.trim() === '')
}

/**
 * @param {string} pattern
 * @param {string} value
 */
function fullMatch(pattern, value) {
  try {
    return new RegExp(`^(?:${pattern})$`).test(value)
  } catch {
    // A pattern JavaScript cannot compile matches nothing.
    return false
  }
}

/**
 * Starts a simulator on 127.0.0.1 (a free port unless `port` is given).
 * @param {SimulatorOptions} [options]
 * @returns {Promise<HarnessSimulator>}
 */
export async function startHarnessSimulator(options) {
  return new HarnessSimulator(options).listen()
}

// ---------------------------------------------------------------------------------------------------------
// Standalone: `node sim/harness-simulator.js [--port N]` (`npm run sim` starts a fuller one: sim/start.js)
// ---------------------------------------------------------------------------------------------------------

if (isMainModule(import.meta.url)) {
  checkArgs(['port'], 'Usage: node sim/harness-simulator.js [--port N]')
  const sim = await startHarnessSimulator({ port: portFromArgs('HARNESS_SIM_PORT') })
  const instance = sim.addInstance({
    executionId: 'demoExecution0000000001',
    approvalMessage: 'Deploy build 42 to production?',
    approverInputs: [{ name: 'ticket', defaultValue: 'CHG-0000', regex: 'CHG-[0-9]+' }],
  })
  process.stdout.write(
    `${JSON.stringify({
      url: sim.url,
      baseUrl: sim.baseUrl,
      apiKey: sim.apiKey,
      accountId: sim.accountId,
      orgId: sim.orgId,
      projectId: sim.projectId,
      executionId: instance.executionId,
      instanceId: instance.id,
    })}\n`,
  )
  stopOnSignals(() => sim.close())
}
