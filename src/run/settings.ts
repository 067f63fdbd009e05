// Every input is read and checked here, once, into one typed Settings object. Nothing else reads inputs:
// each feature parses its own (approvals, exemptions, the gate) and this puts them together with what the
// run shares. Invalid settings throw a SettingsError listing every problem, before any request is made.
import { parseApprovalSettings, type ApprovalDefaults, type ApprovalSettings } from '../approvals/settings.js'
import { parseDryRun } from '../approvals/dry-run.js'
import { parseFollowSettings, type FollowSettings } from '../approvals/follow-pipeline.js'
import { parseExemptionSettings, type ExemptionSettings } from '../exemptions/exemption-settings.js'
import { parseGateSettings, type GateSettings } from '../gate/settings.js'
import type { Decision } from '../harness/decision.js'
import { ACCOUNT_FROM_KEY, parseHarnessTarget, type HarnessTarget } from '../harness/target.js'
import { parseCount } from '../settings/count.js'
import { Problems, type InputReader } from '../settings/problems.js'
import { parseRequestTimeout } from '../settings/request-timeout.js'

export interface Settings extends ApprovalSettings {
  harness: HarnessTarget
  /** Exemption mode: decide this Harness STO exemption instead of pipeline approvals. */
  exemption?: ExemptionSettings
  /** The decision to make when there is no gate, or when the gate reports success. */
  action: Decision
  /** Comments sent with the decision (a default names the workflow run). */
  comments: string
  /** The status gate, when `statusUrl` is set. */
  gate?: GateSettings
  /** Client-side cap on Harness requests per minute, below the documented per-key limit. */
  maxRequestsPerMinute: number
  /** The longest one request may take, connecting to the last byte; also how long a failed read is retried. */
  requestTimeoutMs: number
  /** Extra trusted CA certificate(s), PEM, for Harness and the status URL. */
  caCert?: string
  /** Check everything and report what would be posted; post nothing. */
  dryRun: boolean
  /** Follow each decided execution's pipeline afterwards (`waitForPipeline`). */
  follow?: FollowSettings
}

/** Values the front end knows from where it runs (the workflow run, the triggering event). */
export interface RunDefaults extends ApprovalDefaults {
  comments?: string
}

/** Harness documents 1000 requests per key per minute (400 on some pages): stay well under the lower. */
export const DEFAULT_MAX_REQUESTS_PER_MINUTE = 300
const MAX_COMMENTS = 4000

export function parseSettings(
  read: InputReader,
  maskSecret: (secret: string) => void,
  defaults: RunDefaults = {},
): Settings {
  const problems = new Problems()
  const harness = parseHarnessTarget(read, problems, maskSecret)
  const { accountId } = harness

  const comments = read('comments').trim() || defaults.comments || ''
  if (comments.length > MAX_COMMENTS) problems.add('comments', comments, `at most ${MAX_COMMENTS} characters`)

  // exemptionId switches to exemption mode; it and executionId exclude each other.
  const accountFrom = harness.accountFromKey ? { accountFrom: ACCOUNT_FROM_KEY } : {}
  const exemption = parseExemptionSettings(read, problems, { accountId, ...accountFrom, comments, apiKey: harness.apiKey })
  const approvals = parseApprovalSettings(read, problems, defaults, { exemptionMode: exemption !== undefined })

  const actionText = read('action').trim() || 'APPROVE'
  const action = actionText.toUpperCase()
  if (action !== 'APPROVE' && action !== 'REJECT') problems.add('action', actionText, 'APPROVE or REJECT (any case)')

  const gate = parseGateSettings(read, problems, maskSecret)

  const maxRequestsPerMinute = parseCount(problems, read, 'maxRequestsPerMinute', DEFAULT_MAX_REQUESTS_PER_MINUTE, 1, 5000)
  const requestTimeoutMs = parseRequestTimeout(read, problems)

  const caCert = read('caCert').trim()
  if (caCert !== '' && !/-----BEGIN CERTIFICATE-----[\s\S]+-----END CERTIFICATE-----/.test(caCert)) {
    // A private key given by mistake is never echoed, not even its first characters.
    const privateKey = /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----/.test(caCert)
    problems.add('caCert', caCert, `one or more PEM certificates (-----BEGIN CERTIFICATE----- …)${privateKey ? ', not a private key' : ''}`, { secret: privateKey })
  }

  const dryRun = parseDryRun(read, problems)
  const follow = parseFollowSettings(read, problems)
  // Both concern pipeline approvals; an exemption has no pipeline to follow or a dry run of its own.
  if (exemption && dryRun) problems.add('dryRun', read('dryRun'), 'false (or unset) with {exemptionId}: a dry run covers pipeline approvals')
  if (exemption && follow) problems.add('waitForPipeline', read('waitForPipeline'), '0 (or unset) with {exemptionId}: an exemption has no pipeline to follow')

  problems.throwIfAny()
  const { executionIds, callbackId, stage, approverInputs, waitForApprovalMs, concurrency } = approvals
  return {
    harness,
    executionIds,
    ...(exemption ? { exemption } : {}),
    ...(callbackId ? { callbackId } : {}),
    ...(stage ? { stage } : {}),
    action: action as Decision,
    approverInputs,
    comments,
    ...(gate ? { gate } : {}),
    waitForApprovalMs,
    concurrency,
    maxRequestsPerMinute,
    requestTimeoutMs,
    ...(caCert ? { caCert } : {}),
    dryRun,
    ...(follow ? { follow } : {}),
  }
}
