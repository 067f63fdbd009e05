// Every input is read and checked here, once, into one typed Settings object. Nothing else reads inputs.
// Invalid settings throw a SettingsError listing every problem, before any request is made.
import { APPROVER_INPUTS_FORMS, parseApproverInputs, type ApproverInput } from './approver-inputs.js'
import { parseDuration } from './durations.js'
import { parseGateSettings, type GateSettings } from './gate-settings.js'
import { Problems, type InputReader } from './problems.js'
import { parseExemptionSettings, type ExemptionSettings } from '../sto/exemption-settings.js'
import { hasUnsafeUrlText, isAllowedScheme } from './urls.js'

export type Decision = 'APPROVE' | 'REJECT'

export interface HarnessTarget {
  /** e.g. https://app.harness.io/gateway; no trailing slash. */
  baseUrl: URL
  accountId: string
  orgId: string
  projectId: string
  /** A personal access token (pat.…) or service account token (sat.…). Masked as soon as it is read. */
  apiKey: string
}

export interface Settings {
  harness: HarnessTarget
  /** Pipeline executions to decide, each on its own (one or more); empty in exemption mode. */
  executionIds: string[]
  /** Exemption mode: decide this Harness STO exemption instead of pipeline approvals. */
  exemption?: ExemptionSettings
  /** Narrows the decision to the Harness Approval step configured with this callback id. */
  callbackId?: string
  /** The decision to make when there is no gate, or when the gate reports success. */
  action: Decision
  /** The user's approver inputs; merged with the step's own inputs and defaults before posting. */
  approverInputs: ApproverInput[]
  /** Comments sent with the decision (a default names the workflow run). */
  comments: string
  /** The status gate, when `statusUrl` is set. */
  gate?: GateSettings
  /** How long to wait for the approval step to start waiting when it has not yet (0: do not wait). */
  waitForApprovalMs: number
  /** Executions decided at the same time. */
  concurrency: number
  /** Client-side cap on Harness requests per minute, below the documented per-key limit. */
  maxRequestsPerMinute: number
  /** Extra trusted CA certificate(s), PEM, for Harness and the status URL. */
  caCert?: string
}

/** Values the front end knows from where it runs (the workflow run, the triggering event). */
export interface RunDefaults {
  comments?: string
  executionId?: string
  callbackId?: string
}

export const DEFAULT_BASE_URL = 'https://app.harness.io/gateway'
export const DEFAULT_WAIT_FOR_APPROVAL_MS = 5 * 60_000
export const DEFAULT_CONCURRENCY = 4
/** Harness documents 1000 requests per key per minute (400 on some pages): stay well under the lower. */
export const DEFAULT_MAX_REQUESTS_PER_MINUTE = 300
const MAX_COMMENTS = 4000

/** Harness identifiers (org, project): a letter or '_', then letters, digits and '_'; at most 128. */
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]{0,127}$/
/** Execution and account ids: letters, digits, '-' and '_'. */
const OPAQUE_ID = /^[A-Za-z0-9_-]{1,128}$/
/** Callback ids are chosen by the pipeline author: allow more, but nothing that bends a URL or a line. */
const CALLBACK_ID = /^[A-Za-z0-9_.:@+=-]{1,256}$/
const TOKEN = /^(pat|sat)\.([A-Za-z0-9_-]+)\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/

/**
 * Where Harness is and who acts: the key (masked before anything else), the account (from the key when
 * not given), org, project and base URL. `scopeRequired: false` lets org and project be empty (the STO
 * exemption commands take them per command).
 */
export function parseHarnessTarget(
  read: InputReader,
  problems: Problems,
  maskSecret: (secret: string) => void,
  options: { scopeRequired?: boolean } = {},
): HarnessTarget {
  const apiKey = read('apiKey').trim()
  if (apiKey) maskSecret(apiKey)
  const keyUsable = /^[\x21-\x7e]{1,512}$/.test(apiKey)
  if (apiKey === '') problems.add('apiKey', apiKey, 'a Harness API key (pat.<accountId>.<tokenId>.<secret> or sat.…)')
  else if (!keyUsable) {
    problems.add('apiKey', apiKey, 'at most 512 characters of printable ASCII without spaces or line breaks (as Harness issues keys)', { secret: true })
  }
  const keyAccount = TOKEN.exec(apiKey)?.[2]

  let accountId = read('accountId').trim()
  if (accountId === '') {
    if (keyAccount) accountId = keyAccount
    else if (keyUsable) problems.add('accountId', accountId, 'your Harness account id (it cannot be read from this key, which is not pat.<accountId>.… or sat.<accountId>.…)')
  } else if (!OPAQUE_ID.test(accountId)) {
    problems.add('accountId', accountId, 'a Harness account id: letters, digits, - and _')
  } else if (keyAccount && keyAccount !== accountId) {
    problems.add('accountId', accountId, `the account the apiKey belongs to (the key names another account); leave accountId empty to use the key's`)
  }

  const required = options.scopeRequired ?? true
  const orgId = readIdentifier(problems, read, 'orgId', required, 'a Harness organization identifier: a letter or _, then letters, digits and _ (at most 128)')
  const projectId = readIdentifier(problems, read, 'projectId', required, 'a Harness project identifier: a letter or _, then letters, digits and _ (at most 128)')
  const baseUrl = parseBaseUrl(problems, read('baseUrl').trim() || DEFAULT_BASE_URL)
  // The placeholder only stands where a problem was recorded, and problems are thrown before use.
  return { baseUrl: baseUrl ?? new URL(DEFAULT_BASE_URL), accountId, orgId, projectId, apiKey }
}

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
  const exemption = parseExemptionSettings(read, problems, { accountId, comments })
  const executionIds = exemption ? [] : parseExecutionIds(problems, read('executionId'), defaults.executionId)

  const callbackText = read('callbackId').trim() || defaults.callbackId?.trim() || ''
  let callbackId: string | undefined
  if (callbackText !== '') {
    if (!CALLBACK_ID.test(callbackText) || callbackText.includes('..')) {
      problems.add('callbackId', callbackText, "the callback id of the Harness Approval step: letters, digits and . _ - : @ + = (no '/', '?', '#', '..' or spaces)")
    } else callbackId = callbackText
  }

  const actionText = read('action').trim() || 'APPROVE'
  const action = actionText.toUpperCase()
  if (action !== 'APPROVE' && action !== 'REJECT') problems.add('action', actionText, 'APPROVE or REJECT (any case)')

  const inputs = parseApproverInputs(read('approverInputs'))
  if (!inputs.ok) problems.add('approverInputs', read('approverInputs'), `${APPROVER_INPUTS_FORMS}; ${inputs.reason}`)

  const gate = parseGateSettings(read, problems, maskSecret)

  const waitText = read('waitForApproval').trim()
  let waitForApprovalMs = DEFAULT_WAIT_FOR_APPROVAL_MS
  if (waitText !== '') {
    const parsed = parseDuration(waitText)
    if (parsed === undefined || parsed > 24 * 3_600_000) problems.add('waitForApproval', waitText, 'a duration such as 5m, 90s or 0 (do not wait), at most 24h')
    else waitForApprovalMs = parsed
  }

  const concurrency = parseCount(problems, read, 'concurrency', DEFAULT_CONCURRENCY, 1, 32)
  const maxRequestsPerMinute = parseCount(problems, read, 'maxRequestsPerMinute', DEFAULT_MAX_REQUESTS_PER_MINUTE, 1, 5000)

  const caCert = read('caCert').trim()
  if (caCert !== '' && !/-----BEGIN CERTIFICATE-----[\s\S]+-----END CERTIFICATE-----/.test(caCert)) {
    problems.add('caCert', caCert, 'one or more PEM certificates (-----BEGIN CERTIFICATE----- …)')
  }

  problems.throwIfAny()
  return {
    harness,
    executionIds,
    ...(exemption ? { exemption } : {}),
    ...(callbackId ? { callbackId } : {}),
    action: action as Decision,
    approverInputs: inputs.ok ? inputs.inputs : [],
    comments,
    ...(gate ? { gate } : {}),
    waitForApprovalMs,
    concurrency,
    maxRequestsPerMinute,
    ...(caCert ? { caCert } : {}),
  }
}

function readIdentifier(problems: Problems, read: InputReader, name: string, required: boolean, expected: string): string {
  const value = read(name).trim()
  if ((required || value !== '') && !IDENTIFIER.test(value)) problems.add(name, value, expected)
  return value
}

function parseCount(problems: Problems, read: InputReader, name: string, fallback: number, min: number, max: number): number {
  const text = read(name).trim()
  if (text === '') return fallback
  const value = Number(text)
  if (!/^\d+$/.test(text) || value < min || value > max) {
    problems.add(name, text, `a whole number from ${min} to ${max}`)
    return fallback
  }
  return value
}

/** Several ids may be given, one per line or comma-separated; duplicates are decided once. */
function parseExecutionIds(problems: Problems, text: string, fallback: string | undefined): string[] {
  const given = text.trim() || fallback?.trim() || ''
  if (given === '') {
    problems.add('executionId', given, 'the Harness pipeline execution id (<+pipeline.executionId>), or several, one per line (or exemptionId, to decide an STO exemption)')
    return []
  }
  const ids: string[] = []
  for (const id of given.split(/[\n,]/).map((s) => s.trim()).filter(Boolean)) {
    if (!OPAQUE_ID.test(id)) {
      problems.add('executionId', id, "a Harness pipeline execution id: letters, digits, - and _ (no '/', '?', '#', '..' or spaces)")
    } else if (!ids.includes(id)) ids.push(id)
  }
  return ids
}

function parseBaseUrl(problems: Problems, text: string): URL | undefined {
  const expected = 'an https URL such as https://app.harness.io/gateway (http only for a loopback test server), without credentials, query or fragment'
  let url: URL
  try {
    if (hasUnsafeUrlText(text)) throw new Error('unsafe')
    url = new URL(text)
  } catch {
    problems.add('baseUrl', text, expected)
    return undefined
  }
  if (!isAllowedScheme(url) || url.username || url.password || url.search || url.hash) {
    problems.add('baseUrl', url.username || url.password ? `${url.protocol}//(credentials)@${url.host}` : text, expected)
    return undefined
  }
  url.pathname = url.pathname.replace(/\/+$/, '')
  return url
}
