import { describe, expect, it } from 'vitest'
import { Problems, SettingsError } from '../src/settings/problems.js'
import { settingsErrorJson } from '../src/run/result.js'
import { DEFAULT_BASE_URL } from '../src/harness/target.js'
import { parseSettings, type RunDefaults } from '../src/run/settings.js'

const KEY = 'pat.acct123.tok456.s3cretValue'
const VALID: Record<string, string> = { executionId: 'exec_1-A', apiKey: KEY, orgId: 'default', projectId: 'proj' }

function parse(inputs: Record<string, string>, defaults: RunDefaults = {}) {
  const masked: string[] = []
  const settings = parseSettings((name) => inputs[name] ?? '', (s) => masked.push(s), defaults)
  return { settings, masked }
}

function problemsOf(inputs: Record<string, string>): string[] {
  try {
    parse(inputs)
  } catch (error) {
    expect(error).toBeInstanceOf(SettingsError)
    return (error as SettingsError).message.split('\n')
  }
  throw new Error('expected the settings to be refused')
}

describe('parseSettings', () => {
  it('reads a minimal valid set with documented defaults', () => {
    const { settings, masked } = parse(VALID)
    expect(settings.executionIds).toEqual(['exec_1-A'])
    expect(settings.action).toBe('APPROVE')
    expect(settings.harness.accountId).toBe('acct123') // read from the key
    expect(settings.harness.baseUrl.href).toBe(`${DEFAULT_BASE_URL}`)
    expect(settings.callbackId).toBeUndefined()
    expect(settings.approverInputs).toEqual([])
    expect(settings.waitForApprovalMs).toBe(300_000)
    expect(settings.gate).toBeUndefined()
    expect(masked).toContain(KEY)
  })

  it('accepts the action in any case and an explicit account matching the key', () => {
    const { settings } = parse({ ...VALID, action: 'reject', accountId: 'acct123', baseUrl: 'https://app3.harness.io/gateway/' })
    expect(settings.action).toBe('REJECT')
    expect(settings.harness.baseUrl.pathname).toBe('/gateway')
  })

  it('allows plain http only on loopback', () => {
    expect(parse({ ...VALID, baseUrl: 'http://127.0.0.1:8080/gateway' }).settings.harness.baseUrl.port).toBe('8080')
    expect(problemsOf({ ...VALID, baseUrl: 'http://harness.example.com/gateway' })[0]).toMatch(/^Invalid baseUrl 'http:\/\/harness\.example\.com\/gateway': expected an https URL/)
  })

  it('takes executionId and callbackId from the triggering event when not given', () => {
    const { settings } = parse({ ...VALID, executionId: '' }, { executionId: 'fromEvent', callbackId: 'cb-1', comments: 'Decided by run X' })
    expect(settings.executionIds).toEqual(['fromEvent'])
    expect(settings.callbackId).toBe('cb-1')
    expect(settings.comments).toBe('Decided by run X')
  })

  it('splits several execution ids and drops duplicates', () => {
    expect(parse({ ...VALID, executionId: 'a1, b2\nc3\na1\n' }).settings.executionIds).toEqual(['a1', 'b2', 'c3'])
  })

  it('reads approver inputs in all three forms', () => {
    const expected = [
      { name: 'env', value: 'prod' },
      { name: 'ticket', value: 'CHG-1' },
    ]
    expect(parse({ ...VALID, approverInputs: '{"env": "prod", "ticket": "CHG-1"}' }).settings.approverInputs).toEqual(expected)
    expect(parse({ ...VALID, approverInputs: '[{"name":"env","value":"prod"},{"name":"ticket","value":"CHG-1"}]' }).settings.approverInputs).toEqual(expected)
    expect(parse({ ...VALID, approverInputs: 'env=prod\n  ticket = CHG-1 \n' }).settings.approverInputs).toEqual(expected)
  })

  // Each bad value is refused with the input's name, the value shown, and the expected form.
  it.each([
    ['executionId', '', /^Invalid executionId '': expected the Harness pipeline execution id/],
    ['executionId', 'abc/def', /^Invalid executionId 'abc\/def': expected a Harness pipeline execution id/],
    ['executionId', 'abc?x=1', /^Invalid executionId 'abc\?x=1'/],
    ['executionId', 'abc#frag', /^Invalid executionId 'abc#frag'/],
    ['executionId', '../admin', /^Invalid executionId '\.\.\/admin'/],
    ['executionId', 'two words', /^Invalid executionId 'two words'/],
    ['callbackId', 'cb/1', /^Invalid callbackId 'cb\/1': expected the callback id/],
    ['callbackId', 'a..b', /^Invalid callbackId 'a\.\.b'/],
    ['callbackId', 'a b', /^Invalid callbackId 'a b'/],
    ['action', 'MAYBE', /^Invalid action 'MAYBE': expected APPROVE or REJECT \(any case\)\.$/],
    ['approverInputs', '{"env": {"nested": 1}}', /^Invalid approverInputs .*expected a JSON object .*the value of "env" is not a string/],
    ['approverInputs', '[{"value": "x"}]', /^Invalid approverInputs .*item 0 has no string "name"/],
    ['approverInputs', '{not json', /^Invalid approverInputs .*not valid JSON/],
    ['approverInputs', 'just-a-line', /^Invalid approverInputs 'just-a-line'.*line 1 is not name=value/],
    ['approverInputs', 'env=prod\nenv=dev', /input 'env' is given twice/],
    ['orgId', '', /^Invalid orgId '': expected a Harness organization identifier/],
    ['orgId', 'my-org', /^Invalid orgId 'my-org'/],
    ['projectId', '1proj', /^Invalid projectId '1proj': expected a Harness project identifier/],
    ['baseUrl', 'not a url', /^Invalid baseUrl 'not a url': expected an https URL/],
    ['baseUrl', 'https://app.harness.io/gateway?x=1', /^Invalid baseUrl/],
    ['accountId', 'other', /^Invalid accountId 'other': expected the account the apiKey belongs to/],
    ['accountId', 'acc/1', /^Invalid accountId 'acc\/1'/],
    ['waitForApproval', 'soon', /^Invalid waitForApproval 'soon': expected a duration/],
    ['concurrency', '0', /^Invalid concurrency '0': expected a whole number from 1 to 32/],
    ['maxRequestsPerMinute', 'lots', /^Invalid maxRequestsPerMinute 'lots'/],
    ['caCert', 'not a pem', /^Invalid caCert 'not a pem': expected one or more PEM certificates/],
  ])('refuses %s = %j', (input, value, message) => {
    const problems = problemsOf({ ...VALID, [input]: value })
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(message)
  })

  it('never shows the key, even when it is the bad value', () => {
    const problems = problemsOf({ ...VALID, apiKey: 'pat.acct123.tok.se cret' })
    expect(problems).toEqual([expect.stringMatching(/^Invalid apiKey \(redacted\): expected at most 512 characters of printable ASCII/)])
    expect(problems.join('\n')).not.toContain('se cret')
    expect(problemsOf({ ...VALID, apiKey: 'pat.acct123.t.s\r\nX-Evil: 1' }).join('\n')).not.toContain('X-Evil')
  })

  it('says when a bad account id was read from the key, naming apiKey and showing only the account part', () => {
    const account = `acct${'x'.repeat(130)}`
    const secret = 'keyTailNeverShown'
    const problems = problemsOf({ ...VALID, apiKey: `pat.${account}.tok456.${secret}` })
    expect(problems).toEqual([expect.stringMatching(/^Invalid accountId 'acctx+… \(134 characters\)' \(the account id read from apiKey; accountId is not set\): expected a Harness account id: letters, digits, - and _ \(at most 128\)\.$/)])
    expect(problems.join('\n')).not.toContain(secret)
    try {
      parse({ ...VALID, apiKey: `pat.${account}.tok456.${secret}` })
    } catch (error) {
      expect(settingsErrorJson(error as SettingsError).problems).toEqual([
        expect.stringMatching(/^Input accountId is not set, and the account id read from input apiKey \('acctx+… \(134 characters\)'\) is not valid: expected a Harness account id/),
      ])
      expect((error as SettingsError).problems).toEqual([
        { input: 'accountId', value: expect.stringMatching(/^'acctx+… \(134 characters\)'$/), expected: 'a Harness account id: letters, digits, - and _ (at most 128)', from: { input: 'apiKey', what: 'account id' } },
      ])
    }
  })

  it('in exemption mode, holds the account id read from the key to STO\'s rule, saying where it came from', () => {
    const exemption = { ...VALID, executionId: '', exemptionId: 'exempt0000000000000001' }
    expect(problemsOf(exemption)).toEqual([
      "Invalid accountId 'acct123' (the account id read from apiKey; accountId is not set): expected exactly 22 characters: letters, digits, '-' and '_' (^[a-zA-Z0-9_-]{22}$).",
    ])
    // Given, it is told as given.
    expect(problemsOf({ ...exemption, accountId: 'acct123' })).toEqual([expect.stringMatching(/^Invalid accountId 'acct123': expected exactly 22 characters/)])
  })

  it('in exemption mode, refuses a dry run and following the pipeline, each naming the input and why', () => {
    const exemption = { ...VALID, executionId: '', exemptionId: 'exempt0000000000000001', accountId: 'px7xd_BFRCi-pfWPYXVjvw', apiKey: 'opaque-key-123' }
    expect(() => parse(exemption)).not.toThrow()
    expect(problemsOf({ ...exemption, dryRun: 'true' })).toEqual([
      "Invalid dryRun 'true': expected false (or unset) with exemptionId: a dry run covers pipeline approvals.",
    ])
    expect(problemsOf({ ...exemption, waitForPipeline: '10m' })).toEqual([
      "Invalid waitForPipeline '10m': expected 0 (or unset) with exemptionId: an exemption has no pipeline to follow.",
    ])
  })

  it.each([
    ['RSA PRIVATE KEY'],
    ['PRIVATE KEY'],
    ['EC PRIVATE KEY'],
    ['ENCRYPTED PRIVATE KEY'],
  ])('refuses a %s given as caCert without quoting any of it', (kind) => {
    const pem = `-----BEGIN ${kind}-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END ${kind}-----`
    expect(problemsOf({ ...VALID, caCert: pem })).toEqual([
      'Invalid caCert (redacted): expected one or more PEM certificates (-----BEGIN CERTIFICATE----- …), not a private key.',
    ])
  })

  it('needs an accountId when the key does not carry one', () => {
    expect(problemsOf({ ...VALID, apiKey: 'opaque-key-123' })[0]).toMatch(/^Invalid accountId '': expected your Harness account id/)
    expect(parse({ ...VALID, apiKey: 'opaque-key-123', accountId: 'acct9' }).settings.harness.accountId).toBe('acct9')
  })

  it('reads requestTimeout as a duration from 1s to 10m, 60s when not set', () => {
    expect(parse(VALID).settings.requestTimeoutMs).toBe(60_000)
    expect(parse({ ...VALID, requestTimeout: ' 3s ' }).settings.requestTimeoutMs).toBe(3_000)
    expect(parse({ ...VALID, requestTimeout: '1s' }).settings.requestTimeoutMs).toBe(1_000)
    expect(parse({ ...VALID, requestTimeout: '10m' }).settings.requestTimeoutMs).toBe(600_000)
    expect(parse({ ...VALID, requestTimeout: '90' }).settings.requestTimeoutMs).toBe(90_000)
    const expected = "expected a duration such as '500ms', '10s', '5m', '1h', '1h30m', or plain seconds ('30'), between 1s and 10m."
    for (const value of ['999ms', '0', '10m1s', '1h', 'soon', '-5s']) {
      expect(problemsOf({ ...VALID, requestTimeout: value }), value).toEqual([`Invalid requestTimeout '${value}': ${expected}`])
    }
    expect(problemsOf({ ...VALID, requestTimeout: '30 seconds' })[0]).toMatch(/between 1s and 10m \(write '30s'\)\.$/)
  })

  it('lists every problem at once', () => {
    const problems = problemsOf({ executionId: 'a/b', action: 'x', orgId: '', projectId: '', apiKey: '' })
    expect(problems.map((p) => p.split(' ')[1])).toEqual(['apiKey', 'orgId', 'projectId', 'executionId', 'action'])
  })

  it('escapes control characters and shortens long values in messages', () => {
    const [problem] = problemsOf({ ...VALID, action: `APPROVE\n::set-output name=x::y${'z'.repeat(200)}` })
    expect(problem).not.toContain('\n')
    expect(problem).toContain('\\u000a')
    expect(problem).toMatch(/… \(\d+ characters\)'/)
  })
})

describe('how problems are told', () => {
  it('suggests the spelling meant for a duration in words, and nothing for one refused for its size', () => {
    expect(problemsOf({ ...VALID, waitForApproval: '10 minutes' })).toEqual([expect.stringMatching(/^Invalid waitForApproval '10 minutes': expected a duration .*\(write '10m'\)\.$/)])
    const tooLong = problemsOf({ ...VALID, waitForApproval: '25h' })
    expect(tooLong).toEqual([expect.stringMatching(/^Invalid waitForApproval '25h': expected a duration .*at most 24h\.$/)])
    expect(tooLong[0]).not.toContain('write')
  })

  it('in the action\'s result, an input left empty is "not set", any other bad value "not valid"', () => {
    let error: unknown
    try {
      parse({ ...VALID, orgId: '', action: 'maybe' })
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(SettingsError)
    expect(settingsErrorJson(error as SettingsError).problems).toEqual([
      expect.stringMatching(/^Input orgId is not set: expected a Harness organization identifier/),
      "Input action 'maybe' is not valid: expected APPROVE or REJECT (any case).",
    ])
  })

  it('tells a fault once, however many checks find it, and keeps apart what differs in input, value or expectation', () => {
    const problems = new Problems()
    problems.add('projectId', 'p', 'to come with {orgId}')
    problems.add('projectId', 'p', 'to come with {orgId}')
    expect(problems.list).toHaveLength(1)
    problems.add('projectId', 'p', 'a Harness project identifier')
    problems.add('projectId', 'q', 'to come with {orgId}')
    problems.add('pipelineId', 'p', 'to come with {orgId}')
    expect(problems.list.map((p) => [p.input, p.value, p.expected])).toEqual([
      ['projectId', "'p'", 'to come with {orgId}'],
      ['projectId', "'p'", 'a Harness project identifier'],
      ['projectId', "'q'", 'to come with {orgId}'],
      ['pipelineId', "'p'", 'to come with {orgId}'],
    ])
  })
})
