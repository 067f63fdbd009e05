import { describe, expect, it } from 'vitest'
import {
  DEFAULT_FAILURE_VALUES,
  DEFAULT_SUCCESS_VALUES,
  parseGateSettings,
  type GateSettings,
} from '../../src/gate/settings.js'
import { Problems, SettingsError } from '../../src/settings/problems.js'
import { isLoopbackHost } from '../../src/settings/urls.js'

function parse(inputs: Record<string, string>) {
  const problems = new Problems()
  const masked: string[] = []
  const settings = parseGateSettings((name) => inputs[name] ?? '', problems, (s) => masked.push(s))
  return { settings, problems: problems.list, masked, text: problems.list.map((p) => `${p.input} ${p.value}: ${p.expected}`).join('\n') }
}

function valid(inputs: Record<string, string>): GateSettings {
  const { settings, text } = parse(inputs)
  expect(text).toBe('')
  expect(settings).toBeDefined()
  return settings!
}

const URL_ = 'https://ci.example.com/job/42/status'

describe('parseGateSettings', () => {
  it('is off when statusUrl is empty and nothing else is set', () => {
    const { settings, problems } = parse({})
    expect(settings).toBeUndefined()
    expect(problems).toEqual([])
  })

  it('applies the documented defaults', () => {
    const s = valid({ statusUrl: URL_ })
    expect(s.statusUrl.href).toBe(URL_)
    expect(s.statusHeaders).toEqual({})
    expect(s.statusField).toBe('')
    expect(s.successValues).toEqual(DEFAULT_SUCCESS_VALUES)
    expect(s.failureValues).toEqual(DEFAULT_FAILURE_VALUES)
    expect(s.pollIntervalMs).toBe(10_000)
    expect(s.maxPollIntervalMs).toBe(60_000)
    expect(s.timeoutMs).toBe(30 * 60_000)
    expect(s.onFailure).toBe('reject')
    expect(s.onTimeout).toBe('fail')
  })

  it('reads every input', () => {
    const s = valid({
      statusUrl: URL_,
      statusHeaders: 'Authorization: Bearer abc.def\r\nX-Trace:  42  \n\n',
      statusField: 'build.result',
      successValues: 'Passed, OK,,',
      failureValues: 'BROKEN',
      pollInterval: '500ms',
      maxPollInterval: '2m',
      timeout: '1h30m',
      onFailure: 'FAIL',
      onTimeout: 'Reject',
    })
    expect(s.statusHeaders).toEqual({ authorization: 'Bearer abc.def', 'x-trace': '42' })
    expect(s.statusField).toBe('build.result')
    expect(s.successValues).toEqual(['passed', 'ok'])
    expect(s.failureValues).toEqual(['broken'])
    expect([s.pollIntervalMs, s.maxPollIntervalMs, s.timeoutMs]).toEqual([500, 120_000, 5_400_000])
    expect(s.onFailure).toBe('fail')
    expect(s.onTimeout).toBe('reject')
  })

  it('masks every header value, and the credential after an auth scheme', () => {
    const { masked } = parse({ statusUrl: URL_, statusHeaders: 'Authorization: Bearer s3cr3t-token\nX-Api-Key: k3y' })
    expect(masked).toEqual(expect.arrayContaining(['Bearer s3cr3t-token', 's3cr3t-token', 'k3y']))
  })

  it('masks header values even when the status URL is invalid or missing', () => {
    expect(parse({ statusUrl: 'ftp://x', statusHeaders: 'X-Key: abcd1234' }).masked).toContain('abcd1234')
    expect(parse({ statusHeaders: 'X-Key: abcd1234' }).masked).toContain('abcd1234')
  })

  it.each([
    ['http://example.com/status', false],
    ['ftp://example.com/status', false],
    ['not a url', false],
    ['https://example.com/status', true],
    ['http://127.0.0.1:8080/status', true],
    ['http://127.255.0.9/status', true],
    ['http://[::1]:9/status', true],
    ['http://localhost/status', true],
    ['http://localhost./status', true],
    ['http://128.0.0.1/status', false],
    ['http://127.0.0.1.example.com/status', false],
    ['http://localhost.example.com/status', false],
  ])('accepts %s: %s', (statusUrl, ok) => {
    const { settings, problems } = parse({ statusUrl })
    expect(settings !== undefined).toBe(ok)
    expect(problems.map((p) => p.input)).toEqual(ok ? [] : ['statusUrl'])
  })

  it('moves URL credentials into a masked Basic header and keeps them out of problems', () => {
    const { settings, masked } = parse({ statusUrl: 'https://bob:p%40ss@ci.example.com/s' })
    expect(settings!.statusUrl.href).toBe('https://ci.example.com/s')
    const basic = Buffer.from('bob:p@ss').toString('base64')
    expect(settings!.statusHeaders.authorization).toBe(`Basic ${basic}`)
    expect(masked).toEqual(expect.arrayContaining(['p%40ss', 'p@ss', basic]))

    const bad = parse({ statusUrl: 'http://bob:hunter22@example.com/s' })
    expect(bad.masked).toContain('hunter22')
    expect(bad.text).not.toContain('hunter22')
    expect(bad.problems[0]!.value).toBe('(redacted)')
  })

  it('refuses credentials both in the URL and in an Authorization header', () => {
    const { text } = parse({ statusUrl: 'https://bob:pw12@ci.example.com/s', statusHeaders: 'Authorization: Bearer x' })
    expect(text).toMatch(/statusUrl \(redacted\): credentials either in the URL or/)
  })

  it('keeps a query (which may hold a token) out of the problem', () => {
    const { text } = parse({ statusUrl: 'http://example.com/s?token=abcdef' })
    expect(text).toContain("statusUrl 'http://example.com/s?…'")
    expect(text).not.toContain('abcdef')
  })

  it('drops the fragment', () => {
    expect(valid({ statusUrl: `${URL_}#x` }).statusUrl.href).toBe(URL_)
  })

  it.each([
    ['Authorization Bearer xyz', /line 1 has no ':'/],
    ['Bad Name: v', /a header name made of/],
    [': v', /a header name made of/],
    ['Host: evil.example.com', /which the HTTP layer sets/],
    ['Content-Length: 5', /which the HTTP layer sets/],
    ['X-A: 1\nx-a: 2', /each header at most once \(x-a is repeated on line 2\)/],
    ['X-A: one\rInjected: two', /without line breaks or control characters/],
    ['X-A: nul\u0000byte', /without line breaks or control characters/],
  ])('rejects the header lines %j', (statusHeaders, expected) => {
    const { settings, text, problems } = parse({ statusUrl: URL_, statusHeaders })
    expect(settings).toBeUndefined()
    expect(problems).toHaveLength(1)
    expect(problems[0]!.input).toBe('statusHeaders')
    expect(text).toMatch(expected)
  })

  it('never shows a header value in a problem', () => {
    const { text } = parse({ statusUrl: URL_, statusHeaders: 'X-Key: sup3rsecret\rX: y\nNoColonSecretToken' })
    expect(text).not.toContain('sup3rsecret')
    expect(text).not.toContain('NoColonSecretToken')
    expect(text).toContain('(redacted)')
  })

  it('allows a tab inside a header value', () => {
    expect(valid({ statusUrl: URL_, statusHeaders: 'X-A: a\tb' }).statusHeaders['x-a']).toBe('a\tb')
  })

  it.each(['status', 'build.result', 'items.0.state', 'a-b.c_d'])('accepts the field %j', (statusField) => {
    expect(valid({ statusUrl: URL_, statusField }).statusField).toBe(statusField)
  })

  it.each(['a..b', '.a', 'a.', 'a. b'])('rejects the field %j', (statusField) => {
    expect(parse({ statusUrl: URL_, statusField }).text).toMatch(/^statusField .*a dot path/)
  })

  it('rejects values listed as both success and failure', () => {
    expect(parse({ statusUrl: URL_, failureValues: 'broken, Passed' }).text).toMatch(/failureValues 'broken, Passed': no value that is in both .* \(passed\)/)
    expect(parse({ statusUrl: URL_, successValues: 'Failed' }).text).toMatch(/successValues 'Failed': no value that is in both/)
  })

  it('rejects an empty value list', () => {
    expect(parse({ statusUrl: URL_, successValues: ' , ,' }).text).toMatch(/successValues .*comma-separated/)
  })

  it.each([
    [{ pollInterval: 'soon' }, /pollInterval 'soon': a duration such as/],
    [{ pollInterval: '50ms' }, /pollInterval '50ms'.*between 100ms and 1h/],
    [{ maxPollInterval: '2h' }, /maxPollInterval '2h'/],
    [{ timeout: '0' }, /timeout '0'.*between 1s and 24h/],
    [{ timeout: '25h' }, /timeout '25h'/],
    [{ pollInterval: '30s', maxPollInterval: '10s' }, /maxPollInterval '10s': a duration of at least \{pollInterval\} \(30s\)/],
    [{ pollInterval: '2m', timeout: '1m' }, /timeout '1m': a duration of at least \{pollInterval\} \(2m\)/],
    [{ onFailure: 'ignore' }, /onFailure 'ignore': 'reject' or 'fail'/],
    [{ onTimeout: 'approve' }, /onTimeout 'approve': 'fail' or 'reject'/],
  ])('rejects %j', (inputs, expected) => {
    const { settings, text } = parse({ statusUrl: URL_, ...inputs })
    expect(settings).toBeUndefined()
    expect(text).toMatch(expected)
  })

  it('raises the default ceiling to a larger poll interval instead of complaining', () => {
    const s = valid({ statusUrl: URL_, pollInterval: '2m' })
    expect(s.maxPollIntervalMs).toBe(120_000)
  })

  it('collects every problem at once', () => {
    const problems = new Problems()
    parseGateSettings(
      (name) => ({ statusUrl: 'http://x.example', pollInterval: 'x', onTimeout: 'y' })[name] ?? '',
      problems,
      () => {},
    )
    expect(problems.list.map((p) => p.input)).toEqual(['statusUrl', 'pollInterval', 'onTimeout'])
    expect(() => problems.throwIfAny()).toThrow(SettingsError)
  })

  it('reports gate inputs set without statusUrl, header values redacted', () => {
    const { settings, problems, text } = parse({ statusField: 'status', statusHeaders: 'X-Key: abcd1234', onFailure: 'fail' })
    expect(settings).toBeUndefined()
    expect(problems.map((p) => p.input)).toEqual(['statusHeaders', 'statusField', 'onFailure'])
    expect(text).toMatch(/statusField 'status': no value unless {statusUrl} is set/)
    expect(text).not.toContain('abcd1234')
  })

  it('does not count spelled-out defaults as set without statusUrl', () => {
    const { problems } = parse({
      pollInterval: '10s',
      maxPollInterval: '1m',
      timeout: '30m',
      onFailure: 'reject',
      onTimeout: 'FAIL',
      successValues: DEFAULT_SUCCESS_VALUES.join(', '),
      failureValues: DEFAULT_FAILURE_VALUES.join(','),
    })
    expect(problems).toEqual([])
  })
})

describe('isLoopbackHost', () => {
  it.each([
    ['localhost', true],
    ['LOCALHOST', true],
    ['127.0.0.1', true],
    ['127.1.2.3', true],
    ['[::1]', true],
    ['127.0.0.256', false],
    ['127.0.0', false],
    ['10.0.0.1', false],
    ['[::2]', false],
    ['example.com', false],
  ])('%s: %s', (host, expected) => {
    expect(isLoopbackHost(host)).toBe(expected)
  })
})
