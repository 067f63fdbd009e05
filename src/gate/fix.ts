// What to do when the status gate ended without a verdict on the job: one fix, naming the setting to check
// ({statusUrl}, {statusHeaders}, {statusField}, …, phrased as inputs or flags by the front end).
import type { TransportFailure } from '../http/transport.js'
import type { BodyProblem } from './verdict.js'

export interface LastAnswer {
  /** The HTTP status, or how the request failed. */
  status: number | Exclude<TransportFailure, 'aborted'>
  /** What was wrong with a body that was polled on: not JSON, no such field, not a value. */
  problem?: BodyProblem
  /** A poll was cut off by requestTimeout: raising it may help (not so for a silence or the gate's deadline). */
  requestTimeout?: boolean
}

/** The fix for a gate that ended in `error` or `timeout`; undefined for the other verdicts. */
export function gateFix(verdict: string, last: LastAnswer | undefined, bodyProblem: BodyProblem | undefined): string | undefined {
  if (verdict === 'error') {
    const status = last?.status
    if (status === 401 || status === 403) return 'Check {statusHeaders}: the status URL refused the request; give the credentials it needs (such as Authorization: Bearer <token>).'
    if (status === 404 || status === 410) return "Check {statusUrl}: the server has no such page. It must be the job's status address, as your CI's API gives it."
    if (status === 'certificate') return 'Trust the status URL\'s CA with {caCert} or NODE_EXTRA_CA_CERTS.'
    if (typeof status === 'number' && status >= 300 && status < 400) return "Check {statusUrl}: give the final address (redirects are followed at most 3 times, only to https)."
    return 'Check {statusUrl} and {statusHeaders}: the status URL refused the request.'
  }
  if (verdict === 'timeout') {
    if (bodyProblem === 'not-json') return "Check {statusUrl}: it answered with something that is not JSON (a login or error page?); it must be the job's JSON status address."
    if (bodyProblem) return "Check {statusField}: the dot path of the status in the JSON answer (such as status or build.result)."
    if (last?.requestTimeout) return 'Raise {requestTimeout} (each poll) or {timeout} (the whole gate): the status URL did not answer in time.'
    return 'Raise {timeout}, or check that the job ends with a status among {successValues} or {failureValues}.'
  }
  return undefined
}
