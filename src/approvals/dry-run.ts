// A dry run goes the whole decision path (inputs checked, gate, execution read, waiting step found, inputs
// merged) and stops where the decision would be posted, saying exactly what would have been sent. Nothing
// is posted, whatever happens: the decision returns before its POST, and the run's Harness client refuses
// every method but GET besides, so no path (a retry after a fault included) can post.
import type { Decision } from '../harness/decision.js'
import type { HttpClient } from '../http/transport.js'
import { cleanRemoteText } from '../report/sanitize.js'
import type { InputReader, Problems } from '../settings/problems.js'
import type { ApproverInput } from './approver-inputs.js'
import type { ApprovalInstance } from './types.js'

/**
 * One approver input as it would be sent, and where its value comes from: the user, the step's default, or
 * an earlier approver (older servers show that approver's values as the defaults).
 */
export interface PlannedInput {
  name: string
  value: string
  source: 'given' | 'default' | 'previous-approver'
}

/** What a real run would post for one execution. */
export interface DecisionPlan {
  action: Decision
  callbackId?: string
  /** The approval instance that would be decided; undefined when the key may not read approvals. */
  instanceId?: string
  /** The comments exactly as the first POST would carry them, this run's marker included. */
  comments: string
  approverInputs: PlannedInput[]
  /** An APPROVE would also reject older waiting approvals of the same pipeline, step and service. */
  autoReject: boolean
  /** False when the approvals could not be read: a real run would post without checking what waits. */
  checked: boolean
}

/** A plan as the `result` output and --json carry it: remote text (ids, step defaults) cleaned and bounded. */
export function wouldPostJson(plan: DecisionPlan): DecisionPlan {
  const clean = (text: string) => cleanRemoteText(text, 1000)
  return {
    ...plan,
    ...(plan.instanceId ? { instanceId: clean(plan.instanceId) } : {}),
    // Line by line, so the marker keeps its own line as in the body.
    comments: plan.comments.split('\n').map((line) => cleanRemoteText(line, 5000)).join('\n'),
    approverInputs: plan.approverInputs.map((i) => ({ ...i, name: clean(i.name), value: clean(i.value) })),
  }
}

/** `dryRun`: true or false, any case; empty is false. */
export function parseDryRun(read: InputReader, problems: Problems): boolean {
  const text = read('dryRun').trim()
  const value = text.toLowerCase()
  if (value === '' || value === 'false') return false
  if (value === 'true') return true
  problems.add('dryRun', text, 'true (check everything, post nothing) or false')
  return false
}

/** The plan from what the decision found and merged, just before it would post. Pure. */
export function decisionPlan(
  action: Decision,
  callbackId: string | undefined,
  instance: ApprovalInstance | undefined,
  inputs: ApproverInput[],
  defaulted: string[],
  comments: string,
  fromPreviousApprover: string[] = [],
): DecisionPlan {
  return {
    action,
    ...(callbackId ? { callbackId } : {}),
    ...(instance ? { instanceId: instance.id } : {}),
    comments,
    approverInputs: inputs.map((i) => ({ name: i.name, value: i.value, source: inputSource(i.name, defaulted, fromPreviousApprover) })),
    autoReject: action === 'APPROVE' && instance?.details?.autoRejectEnabled === true,
    checked: instance !== undefined,
  }
}

function inputSource(name: string, defaulted: string[], fromPreviousApprover: string[]): PlannedInput['source'] {
  if (fromPreviousApprover.includes(name)) return 'previous-approver'
  return defaulted.includes(name) ? 'default' : 'given'
}

/** Thrown by the read-only client: a dry run tried to send something other than a read. */
export class DryRunWriteError extends Error {
  constructor(method: string, url: URL) {
    super(`A dry run sends only reads; ${method} ${url.origin}${url.pathname} was not sent`)
    this.name = 'DryRunWriteError'
  }
}

/** A client that sends GETs only and refuses everything else without sending it. */
export function readOnlyHttp(http: HttpClient): HttpClient {
  return {
    send: async (req) => {
      if (req.method !== 'GET') throw new DryRunWriteError(req.method, req.url)
      return http.send(req)
    },
    close: () => http.close(),
    destroy: () => http.destroy(),
  }
}
