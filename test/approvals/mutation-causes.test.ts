// How a failed Harness answer becomes a documented cause: which sentence wins, how the status decides
// when the sentence says nothing known, what is quoted, and the words the user reads.
import { describe, expect, it } from 'vitest'
import { classifyHarnessFailure, keyKindOf } from '../../src/approvals/causes.js'
import { HarnessApiError, harnessMessage, type CauseId } from '../../src/harness/errors.js'

const json = (message: string) => JSON.stringify({ message })

describe('harnessMessage', () => {
  it('reads message, then detailedMessage, then error, skipping empty ones', () => {
    expect(harnessMessage(JSON.stringify({ message: 'm', detailedMessage: 'd', error: 'e' }))).toEqual({ message: 'm', json: true })
    expect(harnessMessage(JSON.stringify({ message: '', detailedMessage: 'd', error: 'e' }))).toEqual({ message: 'd', json: true })
    expect(harnessMessage(JSON.stringify({ message: null, detailedMessage: '', error: 'e' }))).toEqual({ message: 'e', json: true })
    expect(harnessMessage(JSON.stringify({ message: 42, error: { text: 'x' } }))).toEqual({ json: true })
  })

  it('carries the ErrorDTO code when it is a non-empty string', () => {
    expect(harnessMessage(JSON.stringify({ code: 'ENTITY_NOT_FOUND', message: 'm' }))).toEqual({ message: 'm', code: 'ENTITY_NOT_FOUND', json: true })
    expect(harnessMessage(JSON.stringify({ code: 'RESOURCE_NOT_FOUND_EXCEPTION' }))).toEqual({ code: 'RESOURCE_NOT_FOUND_EXCEPTION', json: true })
    expect(harnessMessage(JSON.stringify({ code: 400, message: 'm' }))).toEqual({ message: 'm', json: true })
    expect(harnessMessage(JSON.stringify({ code: '', message: 'm' }))).toEqual({ message: 'm', json: true })
  })

  it('tells JSON without a message from a body that is not JSON', () => {
    expect(harnessMessage('null')).toEqual({ json: true })
    expect(harnessMessage('"a string"')).toEqual({ json: true })
    expect(harnessMessage('[]')).toEqual({ json: true })
    expect(harnessMessage('<html>')).toEqual({ json: false })
    expect(harnessMessage('')).toEqual({ json: false })
  })
})

describe('classifyHarnessFailure', () => {
  // The title and the input the fix points to, per cause: what a user sees first and what they change.
  it.each<[string, number, CauseId, string, RegExp]>([
    ['harnessAccount param value is required', 400, 'missing-account', 'Harness account missing', /^Set \{accountId\}/],
    ["doesn't belong to Account: A", 400, 'wrong-scope', 'Execution not found in this account, org and project', /\{executionId\} .*\{accountId\}, \{orgId\} and \{projectId\}/],
    ['does not belong to Account: A', 400, 'wrong-scope', 'Execution not found in this account, org and project', /orgId/],
    ['Found more than 1 Harness Approval Instance waiting', 400, 'several-waiting', 'More than one approval step is waiting', /^Set \{callbackId\}/],
    ['Found no Harness Approval Instance waiting', 400, 'nothing-waiting', 'No approval step is waiting', /waitForApproval/],
    ['instance has already expired', 400, 'already-finished', 'Approval step already finished', /^Look at the pipeline execution/],
    ['instance has already completed', 400, 'already-finished', 'Approval step already finished', /someone else decided/],
    ['it has already been approved', 400, 'already-finished', 'Approval step already finished', /timed out/],
    ['it has already been rejected', 400, 'already-finished', 'Approval step already finished', /Start a new run/],
    ['Invalid approver inputs', 400, 'invalid-inputs', 'Approver inputs rejected', /^Give \{approverInputs\}/],
    ['Approval inputs validation failed', 400, 'invalid-inputs', 'Approver inputs rejected', /approverInputs/],
    ['missing approver inputs', 400, 'invalid-inputs', 'Approver inputs rejected', /approverInputs/],
    ['not authorized to approve', 400, 'not-authorized', 'Key not allowed to approve this step', /approver user groups/],
    ['You have already approved/rejected the pipeline', 400, 'not-authorized', "Key's user already acted on this step", /key of another approver for each/],
    ['Pipeline executor is not allowed to approve/reject', 400, 'not-authorized', "Key's user ran the pipeline", /allow the executor/],
    ['not authorized to approve', 400, 'not-authorized', 'Key not allowed to approve this step', /approvers\.serviceAccounts/],
    ['Action not permitted: You [a@b.c] are on the disallowed user list', 400, 'disallowed-user', "Key's user is disallowed on this step", /approvers\.disallowedUserEmails/],
    ['service account configured in the request is not authorized', 400, 'service-account-not-approver', 'Service account not an approver of this step', /approvers\.serviceAccounts .*user groups/],
    ['SERVICE_ACCOUNT is not supported for Harness Approval Step yet', 400, 'service-account-unsupported', 'Service account keys cannot approve on this Harness', /user's key \(pat\.\)/],
    ['Invalid user: u1', 400, 'key-owner-missing', "The key's user or service account does not exist", /new token .*\{apiKey\}/],
    ['Service account [sa_1] does not exist.', 400, 'key-owner-missing', "The key's user or service account does not exist", /new token/],
    ['An unexpected error occurred while validating execution_id param', 400, 'execution-check-failed', 'Harness could not check the execution id', /^Check \{executionId\}/],
    ['Token expired.', 401, 'token-expired', 'Harness API key expired', /^Create a new token .*\{apiKey\}/],
    ['HTTP 404 Not Found', 400, 'wrong-base-url', 'Harness API not found at this base URL', /app\.harness\.io\/gateway.*without \/gateway/],
    ['HTTP 405 Method Not Allowed', 400, 'wrong-base-url', 'Harness API not found at this base URL', /^Check \{baseUrl\}/],
    ['action in request body should be one of', 400, 'bad-action', 'Harness refused the action', /^Set \{action\} to APPROVE or REJECT/],
    ['Token is not valid', 401, 'bad-key', 'Harness API key refused', /secret given as \{apiKey\}/],
    ['Missing permission', 403, 'forbidden', 'Harness permission missing', /core_pipeline_view.*one of the step's approvers/],
    ['HTTP 404 Not Found', 404, 'not-found', 'Harness endpoint not found', /^Check \{baseUrl\}: Harness SaaS/],
    ['Too many requests', 429, 'rate-limited', 'Harness rate limit reached', /\{maxRequestsPerMinute\} or \{concurrency\}/],
    ['Internal error', 500, 'server-error', 'Harness server error', /try again/],
    ['Bad gateway', 599, 'server-error', 'Harness server error', /read back before any retry/],
  ])('"%s" (%d) is %s', (message, status, id, title, fix) => {
    const cause = classifyHarnessFailure(status, json(message))
    expect(cause).toMatchObject({ id, title, status, harnessMessage: message })
    expect(cause.fix).toMatch(fix)
    expect(cause.explanation).toMatch(/^[A-Z].{20,}\.$/)
  })

  it('tells a service-account key what authorizes it, and never a user key', () => {
    const sat = { keyKind: 'service-account' } as const
    expect(classifyHarnessFailure(400, json('User not authorized to approve/reject'), sat).id).toBe('service-account-not-approver')
    expect(classifyHarnessFailure(400, json('User not authorized to approve/reject'), { keyKind: 'user' }).id).toBe('not-authorized')
    expect(classifyHarnessFailure(400, json('User not authorized to approve/reject')).id).toBe('not-authorized')
    // The specific reasons stay specific whatever the key.
    expect(classifyHarnessFailure(400, json('You have already approved/rejected the pipeline'), sat).id).toBe('not-authorized')
    expect(classifyHarnessFailure(400, json('Pipeline executor is not allowed to approve/reject'), sat).id).toBe('not-authorized')
    expect(classifyHarnessFailure(400, json('SERVICE_ACCOUNT is not supported for Harness Approval Step yet'), sat).id).toBe('service-account-unsupported')
    expect(classifyHarnessFailure(400, json('Action not permitted: You [a@b.c] are on the disallowed user list and do not have permission to approve or reject.'), sat).id).toBe('disallowed-user')
  })

  it('knows the kind of a key by its prefix only', () => {
    expect(keyKindOf('sat.acct123.tok.secret')).toBe('service-account')
    expect(keyKindOf('pat.acct123.tok.secret')).toBe('user')
    expect(keyKindOf('opaque-key-123')).toBeUndefined()
    // A prefix that only appears later in the key, or is cut short, says nothing.
    expect(keyKindOf('x.sat.acct123')).toBeUndefined()
    expect(keyKindOf('token-ending-in-pat.')).toBeUndefined()
    expect(keyKindOf('sat')).toBeUndefined()
    expect(keyKindOf('')).toBeUndefined()
  })

  it('knows a wrong base path by its code as well as its words, and a 401 expired token by its code', () => {
    expect(classifyHarnessFailure(400, JSON.stringify({ status: 'FAILURE', code: 'RESOURCE_NOT_FOUND_EXCEPTION', message: 'anything' })).id).toBe('wrong-base-url')
    expect(classifyHarnessFailure(404, JSON.stringify({ code: 'RESOURCE_NOT_FOUND_EXCEPTION' })).id).toBe('wrong-base-url')
    // Only a 400 carrying Jersey's words means a wrong path; the same words elsewhere in a sentence do not.
    expect(classifyHarnessFailure(400, json('Upstream said HTTP 404 Not Found')).id).toBe('unknown')
    expect(classifyHarnessFailure(401, JSON.stringify({ code: 'EXPIRED_TOKEN', message: 'x' })).id).toBe('token-expired')
    expect(classifyHarnessFailure(400, json('Token expired.')).id).toBe('unknown')
    expect(classifyHarnessFailure(401, JSON.stringify({ code: 'INVALID_TOKEN', message: 'Token is not valid.' })).id).toBe('bad-key')
  })

  it('matches sentences whatever their case', () => {
    expect(classifyHarnessFailure(400, json('FOUND NO HARNESS APPROVAL INSTANCE WAITING')).id).toBe('nothing-waiting')
    expect(classifyHarnessFailure(400, json('harnessaccount PARAM value is REQUIRED')).id).toBe('missing-account')
  })

  it('prefers the more specific sentence over the status', () => {
    expect(classifyHarnessFailure(401, json('harnessAccount param value is required')).id).toBe('missing-account')
    expect(classifyHarnessFailure(403, json('User not authorized to approve')).id).toBe('not-authorized')
    // "already approved/rejected" (a key acting twice) is not "has already been approved" (the step finished).
    expect(classifyHarnessFailure(400, json('Found no Harness Approval Instance waiting; already been approved')).id).toBe('nothing-waiting')
  })

  it('leaves other 4xx answers unknown, quoting Harness', () => {
    expect(classifyHarnessFailure(400, json('Unable to process JSON'))).toEqual({
      id: 'unknown',
      title: 'Harness refused the decision',
      explanation: 'Harness answered 400.',
      fix: "Read Harness's message below and check the pipeline execution in Harness.",
      status: 400,
      harnessMessage: 'Unable to process JSON',
    })
    expect(classifyHarnessFailure(499, json('x')).id).toBe('unknown')
    expect(classifyHarnessFailure(409, '{}')).toMatchObject({ id: 'unknown', explanation: 'Harness answered 409.', harnessMessage: '' })
  })

  it('says so when a body that is not JSON matches nothing', () => {
    expect(classifyHarnessFailure(400, '<html>\u001b[31mProxy\u001b[0m says no</html>')).toEqual({
      id: 'not-json',
      title: 'Unexpected answer from Harness',
      explanation: 'Harness answered 400 with a body that is not JSON (a proxy or gateway page?).',
      fix: 'Check {baseUrl} and any proxy between this runner and Harness (HTTPS_PROXY, NO_PROXY).',
      status: 400,
      harnessMessage: '<html>Proxy says no</html>',
    })
    // A status rule still wins over the body's form.
    expect(classifyHarnessFailure(502, '<html>Bad gateway</html>')).toMatchObject({ id: 'server-error', harnessMessage: '<html>Bad gateway</html>' })
  })

  it('bounds the quoted message to 400 characters', () => {
    const quoted = classifyHarnessFailure(400, json(`Invalid approver inputs ${'x'.repeat(1_000)}`)).harnessMessage
    expect(Array.from(quoted)).toHaveLength(400)
    expect(quoted.endsWith('…')).toBe(true)
  })

  it.each([300, 302, 307, 399])('never follows a redirect (%d), and quotes nothing', (status) => {
    expect(classifyHarnessFailure(status, json('Found no Harness Approval Instance waiting'))).toEqual({
      id: 'redirect',
      title: 'Harness answered with a redirect',
      explanation: `Harness answered ${status}, a redirect; it is not followed, because the API key would go with it.`,
      fix: 'Set {baseUrl} to the final Harness API address (for self-managed installs, your own domain).',
      status,
      harnessMessage: '',
    })
  })

  it('treats the statuses around the redirect range by their message', () => {
    expect(classifyHarnessFailure(299, json('Found no Harness Approval Instance waiting')).id).toBe('nothing-waiting')
    expect(classifyHarnessFailure(400, json('Found no Harness Approval Instance waiting')).id).toBe('nothing-waiting')
  })
})

describe('HarnessApiError', () => {
  it('reads as the title and explanation, with Harness\'s words when there are any', () => {
    const error = new HarnessApiError(classifyHarnessFailure(401, json('Token is not valid')))
    expect(error.name).toBe('HarnessApiError')
    expect(error.message).toBe('Harness API key refused: Harness did not accept the API key: it is wrong, expired or revoked. Harness said: "Token is not valid"')
    expect(error.harnessCause.id).toBe('bad-key')
    expect(new HarnessApiError(classifyHarnessFailure(401, '{}')).message).toBe('Harness API key refused: Harness did not accept the API key: it is wrong, expired or revoked.')
  })
})
