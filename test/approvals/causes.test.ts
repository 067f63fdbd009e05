import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { classifyExecutionReadFailure, classifyHarnessFailure } from '../../src/approvals/causes.js'
import { CAUSE_IDS, unreachableCause } from '../../src/harness/errors.js'
import { TransportError } from '../../src/http/transport.js'

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

/** The rows of a Markdown table whose header starts with `| annotation`, in `text`. */
const tableRows = (text: string) => text.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| annotation') && !l.startsWith('|---'))

describe('unreachableCause', () => {
  const timedOut = (code: string | undefined, message: string) => new TransportError('timeout', true, message, code ? { code } : {})

  it('tells an answer cut off at the request timeout as too slow, and names the setting to raise', () => {
    const cause = unreachableCause(timedOut('TOTAL_DEADLINE', 'GET https://h/x: no complete answer within the request timeout (3s)'), 'STO')
    expect(cause).toMatchObject({ id: 'unreachable', title: 'STO answered too slowly', explanation: 'GET https://h/x: no complete answer within the request timeout (3s).' })
    expect(cause.fix).toMatch(/^Raise \{requestTimeout\} if STO answers this slowly;/)
  })

  it('keeps "Could not reach" for an answer that never began', () => {
    const cause = unreachableCause(timedOut(undefined, 'GET https://h/x: no answer in time (UND_ERR_HEADERS_TIMEOUT)'), 'Harness')
    expect(cause.title).toBe('Could not reach Harness')
    expect(cause.fix).not.toContain('requestTimeout')
  })
})

describe("the Troubleshooting page's table", () => {
  const page = readFileSync(new URL('../../docs/troubleshooting.md', import.meta.url), 'utf8')
  const rows = tableRows(page.slice(0, page.indexOf('\nOther messages:')))

  const cell = (row: string) => row.slice(2).split(' | ')[0]!
  /** The row whose annotation column names the title: as the whole cell, one of its `/` parts, or within it. */
  const rowOf = (title: string) =>
    rows.find((r) => cell(r) === title) ?? rows.find((r) => cell(r).split(' / ').includes(title)) ?? rows.find((r) => cell(r).includes(title))

  it('names every cause id in its cause column, the result row\'s own for an unknown state included, and no other', () => {
    const column = (row: string) => row.slice(2).split(' | ')[1] ?? ''
    const listed = new Set(rows.flatMap((r) => (column(r).match(/`[a-z-]+`/g) ?? []).map((id) => id.slice(1, -1))))
    expect([...listed].sort()).toEqual([...CAUSE_IDS, 'decision-state-unknown'].sort())
    // A connection that never got an answer is not a server's error.
    expect(column(rowOf('Could not reach Harness')!)).toBe('`unreachable`')
    expect(column(rowOf('Harness server error')!)).toContain('`server-error`')
  })

  it('has a row for every cause Harness\'s answers are classified as, quoting the answer', () => {
    const answers: Array<[number, string, string]> = [
      [400, JSON.stringify({ status: 'FAILURE', code: 'RESOURCE_NOT_FOUND_EXCEPTION', message: 'HTTP 404 Not Found' }), 'RESOURCE_NOT_FOUND_EXCEPTION'],
      [400, dto('harnessAccount param value is required'), 'harnessAccount param value is required'],
      [400, dto("execution_id param value provided doesn't belong to Account: A, Org: O, Project: P"), "doesn't belong to Account"],
      [400, dto('An unexpected error occurred while validating execution_id param'), 'An unexpected error occurred while validating execution_id param'],
      [400, dto('Found more than 1 Harness Approval Instance waiting for pipeline execution id: E and callback id: C'), 'Found more than 1 Harness Approval Instance waiting'],
      [400, dto('Found no Harness Approval Instance waiting for pipeline execution id: E and callback id: null'), 'Found no Harness Approval Instance waiting'],
      [400, dto('Unable to add Harness Approval Activity : Harness approval instance has already expired'), 'has already expired'],
      [400, dto('Unable to add Harness Approval Activity : Invalid approver inputs'), 'Invalid approver inputs'],
      [400, dto('SERVICE_ACCOUNT is not supported for Harness Approval Step yet'), 'SERVICE_ACCOUNT is not supported for Harness Approval Step yet'],
      [400, dto('Invalid user: 8XkQz0abcdEFGH'), 'Invalid user: <id>'],
      [400, dto('Service account [deploy_bot] does not exist.'), 'Service account [<id>] does not exist.'],
      [400, dto('The service account configured in the request is not authorized to approve/reject'), 'The service account configured in the request is not authorized to approve/reject'],
      [400, dto('Action not permitted: You [a@b.c] are on the disallowed user list'), 'disallowed user list'],
      [400, dto('User not authorized to approve/reject'), 'User not authorized to approve/reject'],
      [400, dto('action in request body should be one of [APPROVE, REJECT]'), 'action in request body should be one of [APPROVE, REJECT]'],
      [401, JSON.stringify({ status: 'ERROR', code: 'EXPIRED_TOKEN', message: 'Token expired.' }), 'Token expired.'],
      [401, JSON.stringify({ status: 'ERROR', code: 'INVALID_TOKEN', message: 'Token is not valid' }), 'INVALID_TOKEN'],
      [403, JSON.stringify({ code: 'NG_ACCESS_DENIED', message: 'Missing permission core_pipeline_execute' }), 'HTTP 403'],
      [404, '{"code":404,"message":"HTTP 404 Not Found"}', 'HTTP 404'],
      [429, '', 'HTTP 429'],
      [502, '<html>Bad gateway</html>', '5xx'],
      [400, '<html>proxy</html>', 'HTML page'],
      [302, '', '3xx'],
    ]
    for (const [status, body, quoted] of answers) {
      const cause = classifyHarnessFailure(status, body)
      const row = rowOf(cause.title)
      expect(row, `${cause.id}: ${cause.title}`).toBeDefined()
      expect(row, cause.id).toContain(quoted)
    }
  })

  it('has a row for the execution read\'s causes, and for what the action finds itself', () => {
    const where = { executionId: 'E', orgId: 'o', projectId: 'p' }
    expect(rowOf(classifyExecutionReadFailure(404, JSON.stringify({ code: 'ENTITY_NOT_FOUND', message: 'Plan Execution Summary does not exist' }), where).title)).toContain('Plan Execution Summary does not exist')
    // Only Harness's own ENTITY_NOT_FOUND is a missing execution; a gateway's or proxy's 404 is a wrong base URL.
    expect(classifyExecutionReadFailure(404, JSON.stringify({ code: 404, message: 'HTTP 404 Not Found' }), where).id).toBe('not-found')
    expect(classifyExecutionReadFailure(404, '<html><body>404 Not Found</body></html>', where).id).toBe('not-found')
    expect(rowOf(classifyExecutionReadFailure(403, JSON.stringify({ code: 'NG_ACCESS_DENIED', message: 'Missing permission core_pipeline_view' }), where).title)).toContain('core_pipeline_view')
    for (const title of [
      'Execution belongs to another project',
      'Execution has already ended',
      'Execution ended during the wait',
      'Approval step finished during the wait',
      'Approval step already approved',
      'Approval step already rejected',
      'Approval step already approved by this workflow run',
      'Approval step finished otherwise',
      'Approval ended otherwise',
      'Approver inputs do not fit the approval step',
      'Approvals not readable with this key',
      'Could not reach Harness',
      'Harness answered too slowly',
      'Decision not recorded',
      'Decision state unknown',
    ]) {
      const [first, ...rest] = title.split(' ')
      // A row may name several titles at once: "Approval step already approved / rejected".
      const found = rowOf(title) ?? rows.find((r) => cell(r).startsWith(first!) && rest.every((w) => cell(r).includes(w)))
      expect(found, title).toBeDefined()
    }
  })
})

describe("the README's Common errors", () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')
  const page = tableRows(readFileSync(new URL('../../docs/troubleshooting.md', import.meta.url), 'utf8'))
  const rows = tableRows(readme.slice(readme.indexOf('\n## Common errors\n'))).map((r) => r.slice(2, -2).split(' | '))
  const cells = (row: string) => row.slice(2, -2).split(' | ')

  it('are five rows of the Troubleshooting page, with the same cause id and the same fix, shortened at most', () => {
    expect(rows).toHaveLength(5)
    for (const [annotation, cause, fix] of rows) {
      const full = page.map(cells).find(([title]) => title === annotation || title!.split(' / ').includes(annotation!) || title!.startsWith(`${annotation} (`))
      expect(full, annotation).toBeDefined()
      expect(cause, annotation).toBe(full![1])
      // The README may leave out a clause, never say something else: its first sentence is the page's.
      expect(full![3], annotation).toContain(fix!.split('. ')[0]!.replace(/\.$/, ''))
    }
  })
})
