// STO's rules, one table per rule: every accepted and refused form, and a message that names the field,
// shows the value and states the rule, so a user can fix the input from the message alone.
import { describe, expect, it } from 'vitest'
import { describeProblem, Problems, SettingsError } from '../../src/settings/problems.js'
import {
  checkIdentifier,
  checkScopeRules,
  checkStoId,
  checkText,
  normaliseExemptionType,
  parseExemptionSettings,
  parseExpiration,
  parsePageSize,
  parseScope,
  parseStatusFilter,
  validateCreateExemption,
  validateUpdateExemption,
} from '../../src/exemptions/exemption-settings.js'

const NOW = Date.parse('2025-06-01T12:00:00Z')
const ID22 = 'abcdef1234567890ghij_-'

function run<T>(check: (p: Problems) => T): { value: T; messages: string[] } {
  const problems = new Problems()
  const value = check(problems)
  return { value, messages: problems.list.map(describeProblem) }
}

function expectOneProblem(messages: string[], field: string, shown: string, rule: string | RegExp) {
  expect(messages).toHaveLength(1)
  const message = messages[0]!
  expect(message).toContain(`Invalid ${field} `)
  expect(message).toContain(shown)
  if (typeof rule === 'string') expect(message).toContain(rule)
  else expect(message).toMatch(rule)
}

describe('ids: ^[a-zA-Z0-9_-]{22}$', () => {
  const fields = ['accountId', 'id', 'issueId', 'targetId', 'requesterId', 'approverId']
  const good = [ID22, 'A'.repeat(22), '-'.repeat(22), 'user111111111111111111']
  const bad = ['', 'a'.repeat(21), 'a'.repeat(23), 'abcdef1234567890ghij/k', 'abcdef1234567890ghij k', 'abcdef1234567890ghij.k', 'abcdéf1234567890ghijkl', 'abcdef1234567890ghijk\n']

  for (const field of fields) {
    it.each(good)(`${field} accepts %j`, (value) => {
      const { value: ok, messages } = run((p) => checkStoId(p, field, value))
      expect(ok).toBe(true)
      expect(messages).toEqual([])
    })
    it.each(bad)(`${field} refuses %j, naming field, value and rule`, (value) => {
      const { value: ok, messages } = run((p) => checkStoId(p, field, value))
      expect(ok).toBe(false)
      expectOneProblem(messages, field, '', 'exactly 22 characters')
      expect(messages[0]).toContain('^[a-zA-Z0-9_-]{22}$')
    })
  }

  it('shows the refused value, escaped', () => {
    const { messages } = run((p) => checkStoId(p, 'issueId', 'bad\nid'))
    expect(messages[0]).toContain("'bad\\u000aid'")
  })
})

describe('identifiers: ^[A-Za-z_][A-Za-z0-9_]*$, at most 128', () => {
  const cases: Array<[string, boolean]> = [
    ['default', true],
    ['_private', true],
    ['Org_2', true],
    ['a'.repeat(128), true],
    ['a'.repeat(129), false],
    ['1org', false],
    ['my-org', false],
    ['my org', false],
    ['', false],
    ['org.x', false],
  ]
  for (const field of ['orgId', 'projectId', 'pipelineId']) {
    it.each(cases)(`${field} %j -> %s`, (value, ok) => {
      const { value: result, messages } = run((p) => checkIdentifier(p, field, value))
      expect(result).toBe(ok)
      if (ok) expect(messages).toEqual([])
      else expectOneProblem(messages, field, value.length > 80 ? `${value.slice(0, 80)}…` : value, 'at most 128 characters')
    })
  }
})

describe('type: the six STO types, loosely written, sent exactly', () => {
  it.each([
    ['False Positive', 'False Positive'],
    ['false-positive', 'False Positive'],
    ['FALSE_POSITIVE', 'False Positive'],
    ['  false   positive ', 'False Positive'],
    ['compensating_controls', 'Compensating Controls'],
    ['Acceptable-Use', 'Acceptable Use'],
    ['acceptable risk', 'Acceptable Risk'],
    ['fix-unavailable', 'Fix Unavailable'],
    ['OTHER', 'Other'],
  ])('%j -> %j', (text, exact) => {
    expect(normaliseExemptionType(text)).toBe(exact)
  })

  it.each(['falsepositive', 'risk', 'false positives', '', 'Other!'])('refuses %j', (text) => {
    const create = () => validateCreateExemption({ issueId: ID22, type: text, reason: 'r' }, NOW)
    expect(create).toThrow(SettingsError)
    try {
      create()
    } catch (error) {
      const messages = (error as SettingsError).problems.map(describeProblem)
      expectOneProblem(messages, 'type', '', 'one of Compensating Controls | Acceptable Use | Acceptable Risk | False Positive | Fix Unavailable | Other')
    }
  })
})

describe('status filter', () => {
  it.each([
    ['pending', 'Pending'],
    ['APPROVED', 'Approved'],
    ['Rejected', 'Rejected'],
    ['expired', 'Expired'],
    ['canceled', 'Canceled'],
    ['Cancelled', 'Canceled'],
  ])('%j -> %j', (text, status) => {
    const { value, messages } = run((p) => parseStatusFilter(p, 'status', text))
    expect(value).toBe(status)
    expect(messages).toEqual([])
  })

  it.each(['waiting', 'approve', ''])('refuses %j', (text) => {
    const { value, messages } = run((p) => parseStatusFilter(p, 'status', text))
    expect(value).toBeUndefined()
    expectOneProblem(messages, 'status', `'${text}'`, 'one of Pending | Approved | Rejected | Expired | Canceled (any case)')
  })
})

describe('page size: 1 to 100', () => {
  it.each([
    ['1', 1],
    ['100', 100],
    [50, 50],
    [undefined, 100],
    ['', 100],
  ])('%j -> %j', (text, size) => {
    const { value, messages } = run((p) => parsePageSize(p, 'pageSize', text))
    expect(value).toBe(size)
    expect(messages).toEqual([])
  })

  it.each(['0', '101', 'ten', '1.5', '-3', 1000])('refuses %j', (text) => {
    const { messages } = run((p) => parsePageSize(p, 'pageSize', text))
    expectOneProblem(messages, 'pageSize', `'${text}'`, 'a whole number from 1 to 100')
  })
})

describe('reason, link and comment: at most 1024 characters', () => {
  it.each(['reason', 'link', 'comment'])('%s: 1024 passes, 1025 does not', (field) => {
    expect(run((p) => checkText(p, field, 'x'.repeat(1024))).messages).toEqual([])
    const { messages } = run((p) => checkText(p, field, 'x'.repeat(1025)))
    expectOneProblem(messages, field, '(1025 characters)', 'at most 1024 characters')
  })

  it('create checks reason and link', () => {
    const create = () => validateCreateExemption({ issueId: ID22, type: 'other', reason: 'r'.repeat(1025), link: 'l'.repeat(1025) }, NOW)
    expect(create).toThrow(/Invalid reason[\s\S]*at most 1024[\s\S]*Invalid link[\s\S]*at most 1024/)
  })

  it('refuses an empty reason', () => {
    expect(() => validateCreateExemption({ issueId: ID22, type: 'other', reason: '  ' }, NOW)).toThrow(/Invalid reason '  ': expected a reason for the exemption/)
  })
})

describe('where an exemption applies', () => {
  it.each([
    [{ orgId: 'o', projectId: 'p', pipelineId: 'pl' }, []],
    [{ orgId: 'o', targetId: ID22 }, []],
    [{ targetId: ID22 }, []],
    [{ orgId: 'o', projectId: 'p' }, []],
    [{ orgId: 'o', projectId: 'p', targetId: ID22 }, ['targetId']],
    [{ orgId: 'o', projectId: 'p', pipelineId: 'pl', targetId: ID22 }, ['targetId']],
    [{ pipelineId: 'pl' }, ['pipelineId']],
    [{ orgId: 'o', pipelineId: 'pl' }, ['pipelineId']],
    [{ projectId: 'p', pipelineId: 'pl' }, ['projectId', 'pipelineId']],
  ])('%j -> problems with %j', (where, fields) => {
    const problems = new Problems()
    checkScopeRules(problems, where)
    expect(problems.list.map((p) => p.input)).toEqual(fields)
  })

  it('names the conflicting field in the rule', () => {
    const problems = new Problems()
    checkScopeRules(problems, { orgId: 'o', projectId: 'p', targetId: ID22 })
    expect(describeProblem(problems.list[0]!)).toBe(`Invalid targetId '${ID22}': expected no projectId with it: an exemption applies to a target, or to a project or pipeline, not both.`)
  })

  it('a project without its org, found by the scope options and again by the scope rules, is told once', () => {
    try {
      validateCreateExemption({ issueId: ID22, type: 'other', reason: 'r', projectId: 'p', pipelineId: 'pl' }, NOW)
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(SettingsError)
      expect((error as SettingsError).message.split('\n')).toEqual([
        "Invalid projectId 'p': expected to come with orgId (a project lives in an organization).",
        "Invalid pipelineId 'pl': expected orgId and projectId with it (a pipeline lives in a project).",
      ])
    }
  })

  it('scope options: a project needs its org', () => {
    const { value, messages } = run((p) => parseScope(p, '', 'proj'))
    expect(value).toEqual({ projectId: 'proj' })
    expectOneProblem(messages, 'projectId', "'proj'", 'to come with orgId')
  })
})

describe('expiration', () => {
  it.each([
    ['2099-12-31', Date.parse('2099-12-31T23:59:59Z') / 1000],
    ['2099-12-31T18:00:00Z', Date.parse('2099-12-31T18:00:00Z') / 1000],
    ['2099-12-31T18:00:00+02:00', Date.parse('2099-12-31T16:00:00Z') / 1000],
    ['4102444800', 4102444800],
  ])('%j -> %d', (text, seconds) => {
    const { value, messages } = run((p) => parseExpiration(p, 'expiration', text, NOW))
    expect(messages).toEqual([])
    expect(value).toBe(seconds)
  })

  it.each([
    ['2020-01-01', 'a moment in the future'],
    ['1000', 'a moment in the future'],
    ['2099-02-30', 'a date (2025-12-31'],
    ['tomorrow', 'a date (2025-12-31'],
    ['2099-12-31 18:00', 'a date (2025-12-31'],
  ])('refuses %j', (text, rule) => {
    const { messages } = run((p) => parseExpiration(p, 'expiration', text, NOW))
    expectOneProblem(messages, 'expiration', `'${text}'`, rule)
  })
})

describe('validateCreateExemption', () => {
  it('builds the body with the exact type spelling and an empty pendingChanges by default', () => {
    const valid = validateCreateExemption({ issueId: ID22, type: 'false-positive', reason: ' Scanner is wrong ', orgId: 'o', projectId: 'p', pipelineId: 'pl' }, NOW)
    expect(valid).toEqual({
      scope: { orgId: 'o', projectId: 'p' },
      body: { issueId: ID22, type: 'False Positive', reason: 'Scanner is wrong', pendingChanges: {}, pipelineId: 'pl' },
    })
  })

  it('reads durationDays, expiration, link, targetId and requesterId', () => {
    const valid = validateCreateExemption(
      { issueId: ID22, type: 'Other', reason: 'r', durationDays: '30', expiration: '2099-01-01', link: 'https://x/1', targetId: ID22, requesterId: ID22, orgId: 'o' },
      NOW,
    )
    expect(valid.body).toEqual({
      issueId: ID22,
      type: 'Other',
      reason: 'r',
      pendingChanges: { durationDays: 30 },
      expiration: Date.parse('2099-01-01T23:59:59Z') / 1000,
      link: 'https://x/1',
      targetId: ID22,
      requesterId: ID22,
    })
  })

  it('lists every problem at once', () => {
    try {
      validateCreateExemption({ issueId: 'short', type: 'nope', durationDays: '0', pipelineId: '9x', targetId: 'bad', requesterId: 'x', orgId: 'o-1' }, NOW)
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(SettingsError)
      expect((error as SettingsError).problems.map((p) => p.input)).toEqual(['issueId', 'reason', 'orgId', 'type', 'durationDays', 'pipelineId', 'targetId', 'requesterId'])
    }
  })

  it.each([['0'], ['3651'], ['1.5'], ['x']])('refuses durationDays %j', (days) => {
    expect(() => validateCreateExemption({ issueId: ID22, type: 'other', reason: 'r', durationDays: days }, NOW)).toThrow(`Invalid durationDays '${days}': expected a whole number from 1 to 3650.`)
  })
})

describe('validateUpdateExemption', () => {
  it('needs the id and at least one change', () => {
    expect(() => validateUpdateExemption({ id: ID22 }, NOW)).toThrow(/Invalid changes '': expected at least one change/)
    expect(() => validateUpdateExemption({ id: 'x', reason: 'r' }, NOW)).toThrow(/Invalid id 'x'/)
    expect(validateUpdateExemption({ id: ID22, type: 'acceptable_risk' }, NOW)).toEqual({ id: ID22, scope: {}, changes: { type: 'Acceptable Risk' } })
  })
})

describe('parseExemptionSettings (action inputs)', () => {
  function parse(inputs: Record<string, string>, context = {}) {
    const problems = new Problems()
    const settings = parseExemptionSettings((name) => inputs[name] ?? '', problems, context)
    return { settings, messages: problems.list.map(describeProblem) }
  }

  it('is off without exemptionId', () => {
    expect(parse({ executionId: 'e1' })).toEqual({ settings: undefined, messages: [] })
  })

  it('reads exemptionId and approverId', () => {
    expect(parse({ exemptionId: ` ${ID22} `, approverId: ID22 })).toEqual({ settings: { exemptionId: ID22, approverId: ID22, reapproveRejected: false }, messages: [] })
    expect(parse({ exemptionId: ID22 }).settings).toEqual({ exemptionId: ID22, reapproveRejected: false })
  })

  it('reads reapproveRejected (any case; empty or false: off)', () => {
    expect(parse({ exemptionId: ID22, reapproveRejected: 'TRUE' }).settings?.reapproveRejected).toBe(true)
    expect(parse({ exemptionId: ID22, reapproveRejected: 'false' }).settings?.reapproveRejected).toBe(false)
    // action.yml's default reaches pipeline mode too: false there is fine.
    expect(parse({ executionId: 'e1', reapproveRejected: 'false' })).toEqual({ settings: undefined, messages: [] })
  })

  it('a service account key without approverId is refused, naming approverId and the id form, never the key', () => {
    const key = 'sat.abcdef1234567890ghij_-.tok.secretpart'
    const { messages } = parse({ exemptionId: ID22 }, { apiKey: key })
    expect(messages).toEqual([
      "Invalid approverId '': expected the user's Harness id, because apiKey is a service account key (sat.…), which has no user of its own to default to: exactly 22 characters: letters, digits, '-' and '_' (^[a-zA-Z0-9_-]{22}$).",
    ])
    expect(messages.join('\n')).not.toContain('secretpart')
    expect(parse({ exemptionId: ID22, approverId: ID22 }, { apiKey: key }).messages).toEqual([])
    expect(parse({ exemptionId: ID22 }, { apiKey: 'pat.abcdef1234567890ghij_-.tok.secretpart' }).messages).toEqual([])
  })

  it.each([
    [{ exemptionId: 'abc' }, {}, 'exemptionId', "'abc'", 'exactly 22 characters'],
    [{ exemptionId: ID22, executionId: 'exec1' }, {}, 'executionId', "'exec1'", 'exemptionId and executionId are mutually exclusive'],
    [{ approverId: ID22 }, {}, 'approverId', `'${ID22}'`, 'only with exemptionId'],
    [{ exemptionId: ID22, approverId: 'me' }, {}, 'approverId', "'me'", 'exactly 22 characters'],
    [{ exemptionId: ID22, callbackId: 'cb' }, {}, 'callbackId', "'cb'", 'pipeline approvals only'],
    [{ exemptionId: ID22, approverInputs: 'a=1' }, {}, 'approverInputs', "'a=1'", 'pipeline approvals only'],
    [{ exemptionId: ID22 }, { accountId: 'acct123' }, 'accountId', "'acct123'", 'exactly 22 characters'],
    [{ exemptionId: ID22, comments: 'c'.repeat(1025) }, {}, 'comments', '(1025 characters)', 'at most 1024 characters'],
    [{ exemptionId: ID22 }, { comments: 'c'.repeat(2000) }, 'comments', '(2000 characters)', 'at most 1024 characters'],
    [{ exemptionId: ID22, reapproveRejected: 'yes' }, {}, 'reapproveRejected', "'yes'", 'true (approve an exemption that was rejected, where STO allows it) or false'],
    [{ executionId: 'e1', reapproveRejected: 'true' }, {}, 'reapproveRejected', "'true'", 'false (or unset) without exemptionId'],
  ])('%j %j -> %s', (inputs, context, field, shown, rule) => {
    const { messages } = parse(inputs, context)
    expectOneProblem(messages, field, shown, rule)
  })
})
