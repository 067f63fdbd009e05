import { describe, expect, it } from 'vitest'
import { classifyHarnessFailure } from '../../src/approvals/causes.js'

const dto = (text: string) =>
  JSON.stringify({ status: 'ERROR', code: 'INVALID_REQUEST', message: `Invalid request: ${text}`, correlationId: 'c1', detailedMessage: null, responseMessages: [], metadata: null })

describe('classifyHarnessFailure', () => {
  it.each([
    ['User not authorized to approve/reject', 'not-authorized'],
    ['You have already approved/rejected the pipeline', 'not-authorized'],
    ['Pipeline executor is not allowed to approve/reject', 'not-authorized'],
    ['Action not permitted: You [a@b.c] are on the disallowed user list and do not have permission to approve or reject.', 'disallowed-user'],
    ['The service account configured in the request is not authorized to approve/reject', 'service-account-not-approver'],
    ['SERVICE_ACCOUNT is not supported for Harness Approval Step yet', 'service-account-unsupported'],
    ['Invalid user: 8XkQz0abcdEFGH', 'key-owner-missing'],
    ['Service account [deploy_bot] does not exist.', 'key-owner-missing'],
    ['An unexpected error occurred while validating execution_id param', 'execution-check-failed'],
    ["execution_id param value provided doesn't belong to Account: A, Org: O, Project: P or the pipeline has been deleted", 'wrong-scope'],
    ['Found no Harness Approval Instance waiting for pipeline execution id: E and callback id: null', 'nothing-waiting'],
    ['Found more than 1 Harness Approval Instance waiting for pipeline execution id: E and callback id: C', 'several-waiting'],
    ['Unable to add Harness Approval Activity : Harness approval instance has already expired', 'already-finished'],
    ['Unable to add Harness Approval Activity : Harness approval instance has already completed. Status: APPROVED', 'already-finished'],
    ['Unable to add Harness Approval Activity : Invalid approver inputs', 'invalid-inputs'],
    ['Unable to add Harness Approval Activity : Approval inputs validation failed: {env=not allowed}', 'invalid-inputs'],
    ['action in request body should be one of [APPROVE, REJECT]', 'bad-action'],
    ['harnessAccount param value is required', 'missing-account'],
  ])('400 "%s" is %s, quoting Harness', (text, id) => {
    const cause = classifyHarnessFailure(400, dto(text))
    expect(cause.id).toBe(id)
    expect(cause.status).toBe(400)
    expect(cause.harnessMessage).toBe(`Invalid request: ${text}`)
    expect(cause.fix.length).toBeGreaterThan(10)
  })

  it('classifies by status when the message says nothing known', () => {
    expect(classifyHarnessFailure(401, JSON.stringify({ code: 'INVALID_TOKEN', message: 'Token is not valid' })).id).toBe('bad-key')
    expect(classifyHarnessFailure(403, JSON.stringify({ code: 'NG_ACCESS_DENIED', message: 'Missing permission core_pipeline_execute' })).id).toBe('forbidden')
    expect(classifyHarnessFailure(429, '').id).toBe('rate-limited')
    expect(classifyHarnessFailure(502, '<html><body>Bad gateway</body></html>').id).toBe('server-error')
    expect(classifyHarnessFailure(404, '{"code":404,"message":"HTTP 404 Not Found"}').id).toBe('not-found')
    expect(classifyHarnessFailure(302, '').id).toBe('redirect')
  })

  it("reports the server's answer for a path it does not have (400, Jersey's 404 or 405 inside) as a wrong baseUrl", () => {
    for (const message of ['HTTP 404 Not Found', 'HTTP 405 Method Not Allowed']) {
      const cause = classifyHarnessFailure(400, JSON.stringify({ status: 'FAILURE', code: 'RESOURCE_NOT_FOUND_EXCEPTION', message }))
      expect(cause).toMatchObject({ id: 'wrong-base-url', status: 400, harnessMessage: message })
      expect(cause.fix).toContain('https://app.harness.io/gateway')
      expect(cause.fix).toContain('self-managed')
    }
  })

  it('says an expired key has expired, and how to replace it', () => {
    const cause = classifyHarnessFailure(401, JSON.stringify({ status: 'ERROR', code: 'EXPIRED_TOKEN', message: 'Token expired.' }))
    expect(cause).toMatchObject({ id: 'token-expired', title: 'Harness API key expired' })
    expect(cause.fix).toMatch(/Create a new token/)
  })

  it('reports a non-JSON 400 (a proxy page) as such, cleaned', () => {
    const cause = classifyHarnessFailure(400, '<html>\n::error::forged\n</html>')
    expect(cause.id).toBe('not-json')
    expect(cause.harnessMessage).not.toMatch(/\n|::/)
  })

  it('accepts the other error shape {code, message}', () => {
    expect(classifyHarnessFailure(400, JSON.stringify({ code: 400, message: 'Unable to process JSON' })).id).toBe('unknown')
  })
})
