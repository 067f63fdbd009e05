// The inputs of pipeline approvals: which executions (and which step, by callback id), the approver inputs,
// how long to wait for the step, and how many executions to decide at once.
import { OPAQUE_ID } from '../harness/target.js'
import { parseCount } from '../settings/count.js'
import { durationExpected, parseDuration } from '../settings/durations.js'
import type { InputReader, Problems } from '../settings/problems.js'
import { APPROVER_INPUTS_FORMS, parseApproverInputs, type ApproverInput } from './approver-inputs.js'

export interface ApprovalSettings {
  /** Pipeline executions to decide, each on its own (one or more); empty in exemption mode. */
  executionIds: string[]
  /** Narrows the decision to the Harness Approval step configured with this callback id. */
  callbackId?: string
  /** The user's approver inputs; merged with the step's own inputs and defaults before posting. */
  approverInputs: ApproverInput[]
  /** The stage (identifier or name) the waiting approval must belong to: any other is left alone. */
  stage?: string
  /** How long to wait for the approval step to start waiting when it has not yet (0: do not wait). */
  waitForApprovalMs: number
  /** Executions decided at the same time. */
  concurrency: number
}

/** Values the front end knows from the triggering event. */
export interface ApprovalDefaults {
  executionId?: string
  callbackId?: string
}

export const DEFAULT_WAIT_FOR_APPROVAL_MS = 5 * 60_000
export const DEFAULT_CONCURRENCY = 4

/** Callback ids are chosen by the pipeline author: allow more, but nothing that bends a URL or a line. */
const CALLBACK_ID = /^[A-Za-z0-9_.:@+=-]{1,256}$/

/**
 * The approvals' inputs. In exemption mode (`exemptionMode`) no execution is decided, so executionId is not
 * read; the rest is still checked, so a wrong value is reported whichever mode the run is in.
 */
export function parseApprovalSettings(read: InputReader, problems: Problems, defaults: ApprovalDefaults, options: { exemptionMode: boolean }): ApprovalSettings {
  const executionIds = options.exemptionMode ? [] : parseExecutionIds(problems, read('executionId'), defaults.executionId)

  const callbackText = read('callbackId').trim() || defaults.callbackId?.trim() || ''
  let callbackId: string | undefined
  if (callbackText !== '') {
    if (!CALLBACK_ID.test(callbackText) || callbackText.includes('..')) {
      problems.add('callbackId', callbackText, "the callback id of the Harness Approval step: letters, digits and . _ - : @ + = (no '/', '?', '#', '..' or spaces)")
    } else callbackId = callbackText
  }

  const stageText = read('stage').trim()
  let stage: string | undefined
  if (stageText !== '') {
    if (stageText.length > 128 || /[\u0000-\u001f\u007f-\u009f]/u.test(stageText)) problems.add('stage', stageText, "the stage's identifier or name as Harness shows it, at most 128 characters on one line")
    else stage = stageText
  }

  const inputs = parseApproverInputs(read('approverInputs'))
  if (!inputs.ok) problems.add('approverInputs', read('approverInputs'), `${APPROVER_INPUTS_FORMS}; ${inputs.reason}`)

  const waitText = read('waitForApproval').trim()
  let waitForApprovalMs = DEFAULT_WAIT_FOR_APPROVAL_MS
  if (waitText !== '') {
    const parsed = parseDuration(waitText)
    if (parsed === undefined || parsed > 24 * 3_600_000) problems.add('waitForApproval', waitText, durationExpected(waitText, 'a duration such as 5m, 90s or 0 (do not wait), at most 24h'))
    else waitForApprovalMs = parsed
  }

  const concurrency = parseCount(problems, read, 'concurrency', DEFAULT_CONCURRENCY, 1, 32)
  return {
    executionIds,
    ...(callbackId ? { callbackId } : {}),
    ...(stage ? { stage } : {}),
    approverInputs: inputs.ok ? inputs.inputs : [],
    waitForApprovalMs,
    concurrency,
  }
}

/** Several ids may be given, one per line or comma-separated; duplicates are decided once. */
function parseExecutionIds(problems: Problems, text: string, fallback: string | undefined): string[] {
  const given = text.trim() || fallback?.trim() || ''
  if (given === '') {
    problems.add('executionId', given, 'the Harness pipeline execution id (<+pipeline.executionId>), or several, one per line (or {exemptionId}, to decide an STO exemption)')
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
