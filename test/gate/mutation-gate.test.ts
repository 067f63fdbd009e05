// The status gate's inputs and verdicts at their edges: exact bounds, exact problems, what is masked,
// and the rules for statuses and redirects just outside the common cases.
import { describe, expect, it } from 'vitest'
import { classifyAnswer, readField, resolveRedirect, type StatusAnswer } from '../../src/gate/verdict.js'
import { DEFAULT_FAILURE_VALUES, DEFAULT_SUCCESS_VALUES, parseGateSettings } from '../../src/gate/settings.js'
import { Problems } from '../../src/settings/problems.js'

const URL_ = 'https://ci.example.com/job/42/status'

function parse(inputs: Record<string, string>) {
  const problems = new Problems()
  const masked: string[] = []
  const settings = parseGateSettings((name) => inputs[name] ?? '', problems, (s) => masked.push(s))
  return { settings, problems: problems.list, masked, text: problems.list.map((p) => `${p.input} ${p.value}: ${p.expected}`).join('\n') }
}

describe('parseGateSettings: edges', () => {
  it('trims the inputs it reads', () => {
    const { settings, text } = parse({
      statusUrl: ` ${URL_} `,
      statusField: ' status ',
      statusHeaders: 'X-A : 1',
      onFailure: ' fail ',
      onTimeout: ' reject ',
    })
    expect(text).toBe('')
    expect(settings).toMatchObject({ statusField: 'status', statusHeaders: { 'x-a': '1' }, onFailure: 'fail', onTimeout: 'reject' })
    expect(settings!.statusUrl.href).toBe(URL_)
  })

  it('takes inputs of spaces only as not set', () => {
    const { settings, text } = parse({ statusUrl: URL_, successValues: '  ', pollInterval: ' ', maxPollInterval: '  ', timeout: ' ', statusHeaders: 'X-A: 1\n   \nX-B: 2' })
    expect(text).toBe('')
    expect(settings).toMatchObject({ successValues: DEFAULT_SUCCESS_VALUES, pollIntervalMs: 10_000, maxPollIntervalMs: 60_000, timeoutMs: 1_800_000 })
    expect(settings!.statusHeaders).toEqual({ 'x-a': '1', 'x-b': '2' })
    // A poll interval above the default ceiling raises it when maxPollInterval is only spaces.
    expect(parse({ statusUrl: URL_, pollInterval: '2m', maxPollInterval: '  ' }).settings!.maxPollIntervalMs).toBe(120_000)
  })

  it('takes gate inputs of spaces only as not set without statusUrl', () => {
    expect(parse({ statusField: '  ', onFailure: ' ' }).problems).toEqual([])
  })

  it.each(['host', 'Content-Length', 'transfer-encoding', 'connection', 'keep-alive', 'upgrade', 'TE', 'trailer', 'expect', 'proxy-connection'])(
    'refuses the header %s, which the HTTP layer sets',
    (name) => {
      const { problems } = parse({ statusUrl: URL_, statusHeaders: `${name}: x` })
      expect(problems).toEqual([
        {
          input: 'statusHeaders',
          value: `'${name}'`,
          expected:
            'a header other than host, content-length, transfer-encoding, connection, keep-alive, upgrade, te, trailer, expect, proxy-connection, which the HTTP layer sets (line 1)',
        },
      ])
    },
  )

  it('shows a bad header name redacted (it may be a token)', () => {
    expect(parse({ statusUrl: URL_, statusHeaders: 'Bad Name: v' }).problems).toEqual([
      { input: 'statusHeaders', value: '(redacted)', expected: "a header name made of letters, digits and !#$%&'*+-.^_`|~ (line 1)" },
    ])
  })

  it('masks exactly the values, the credential after a scheme, and a bare line, never an empty value', () => {
    expect(parse({ statusUrl: URL_, statusHeaders: 'X-Empty:\nX-A: 1abc def\nAuthorization: Bearer  tok123' }).masked).toEqual(['1abc def', 'Bearer  tok123', 'tok123'])
    expect(parse({ statusUrl: URL_, statusHeaders: '  BareToken123  ' }).masked).toEqual(['BareToken123'])
  })

  it('keeps an empty header value', () => {
    expect(parse({ statusUrl: URL_, statusHeaders: 'X-Empty:' }).settings!.statusHeaders).toEqual({ 'x-empty': '' })
  })

  it('moves a user name alone, or a password alone, into the Basic header', () => {
    const user = parse({ statusUrl: 'https://bob@ci.example.com/s' })
    expect(user.settings!.statusUrl.href).toBe('https://ci.example.com/s')
    expect(user.settings!.statusHeaders.authorization).toBe(`Basic ${Buffer.from('bob:').toString('base64')}`)
    const password = parse({ statusUrl: 'https://:pw1234@ci.example.com/s' })
    expect(password.settings!.statusUrl.href).toBe('https://ci.example.com/s')
    expect(password.settings!.statusHeaders.authorization).toBe(`Basic ${Buffer.from(':pw1234').toString('base64')}`)
  })

  it('masks a plain password once, and keeps an undecodable one as written', () => {
    const basic = Buffer.from('bob:plain99').toString('base64')
    expect(parse({ statusUrl: 'https://bob:plain99@ci.example.com/s' }).masked).toEqual(['plain99', basic])
    const odd = parse({ statusUrl: 'https://bob:%E0%A4%A@ci.example.com/s' })
    expect(odd.settings!.statusHeaders.authorization).toBe(`Basic ${Buffer.from('bob:%E0%A4%A').toString('base64')}`)
  })

  it('reports bad header lines, not a crash, when the URL carries credentials', () => {
    const { settings, problems } = parse({ statusUrl: 'https://bob:pw1234@ci.example.com/s', statusHeaders: 'no colon here' })
    expect(settings).toBeUndefined()
    expect(problems.map((p) => p.input)).toEqual(['statusHeaders'])
  })

  it('shows an unparsable URL unless it may hold credentials', () => {
    const expected = 'an https URL (http only for 127.0.0.1, ::1 or localhost)'
    expect(parse({ statusUrl: 'not a url' }).problems).toEqual([{ input: 'statusUrl', value: "'not a url'", expected }])
    expect(parse({ statusUrl: 'ht tp://bob:pw@x' }).problems).toEqual([{ input: 'statusUrl', value: '(redacted)', expected }])
    expect(parse({ statusUrl: 'http://example.com/status' }).problems).toEqual([{ input: 'statusUrl', value: "'http://example.com/status'", expected }])
  })

  it('names the input that makes a value both success and failure', () => {
    expect(parse({ statusUrl: URL_, successValues: 'failed', failureValues: '  ' }).problems).toEqual([
      { input: 'successValues', value: "'failed'", expected: 'no value that is in both {successValues} and {failureValues} (failed)' },
    ])
    expect(parse({ statusUrl: URL_, failureValues: 'ok, passed' }).problems[0]!.expected).toBe('no value that is in both {successValues} and {failureValues} (passed, ok)')
  })

  it.each([
    [{ pollInterval: '1m', timeout: '1m' }, { pollIntervalMs: 60_000, timeoutMs: 60_000 }],
    [{ pollInterval: '1h', maxPollInterval: '1h', timeout: '2h' }, { pollIntervalMs: 3_600_000, maxPollIntervalMs: 3_600_000 }],
    [{ timeout: '24h' }, { timeoutMs: 86_400_000 }],
    [{ pollInterval: '100ms' }, { pollIntervalMs: 100 }],
  ])('accepts the bounds %j', (inputs, expected) => {
    const { settings, text } = parse({ statusUrl: URL_, ...inputs })
    expect(text).toBe('')
    expect(settings).toMatchObject(expected)
  })

  it('bounds the field path: 128 characters a segment, 32 segments', () => {
    const segment = 's'.repeat(128)
    expect(parse({ statusUrl: URL_, statusField: segment }).settings!.statusField).toBe(segment)
    expect(parse({ statusUrl: URL_, statusField: `${segment}s` }).text).toMatch(/^statusField .*a dot path/)
    const path32 = Array.from({ length: 32 }, (_, i) => `f${i}`).join('.')
    expect(parse({ statusUrl: URL_, statusField: path32 }).settings!.statusField).toBe(path32)
    expect(parse({ statusUrl: URL_, statusField: `${path32}.x` }).text).toMatch(/^statusField .*a dot path/)
  })

  it('bounds the value lists: 100 values, each at most 100 characters', () => {
    const hundred = Array.from({ length: 100 }, (_, i) => `v${i}`)
    expect(parse({ statusUrl: URL_, successValues: hundred.join(',') }).settings!.successValues).toEqual(hundred)
    expect(parse({ statusUrl: URL_, successValues: [...hundred, 'v100'].join(',') }).text).toMatch(/^successValues .*at most 100, each at most 100 characters/)
    expect(parse({ statusUrl: URL_, successValues: `ok,${'l'.repeat(100)}` }).settings!.successValues).toEqual(['ok', 'l'.repeat(100)])
    expect(parse({ statusUrl: URL_, successValues: `ok,${'l'.repeat(101)}` }).text).toMatch(/^successValues /)
  })

  it.each([
    ['pollInterval', '20s'],
    ['maxPollInterval', '2m'],
    ['timeout', '1h'],
    ['onFailure', 'fail'],
    ['onTimeout', 'reject'],
    ['successValues', 'success'],
    ['successValues', [...DEFAULT_SUCCESS_VALUES.slice(1), 'custom'].join(',')],
    ['failureValues', [...DEFAULT_FAILURE_VALUES.slice(1), 'custom'].join(',')],
  ])('reports %s = %j without statusUrl, as it differs from the default', (input, value) => {
    expect(parse({ [input]: value }).problems.map((p) => p.input)).toEqual([input])
  })

  it('counts spelled-out defaults with spaces as defaults without statusUrl', () => {
    expect(parse({ onFailure: ' Reject ', onTimeout: ' fail ' }).problems).toEqual([])
  })
})

describe('readField: edges', () => {
  const items = Array.from({ length: 11 }, (_, i) => `item${i}`)

  it('reads a two-digit index', () => {
    expect(readField(items, '10')).toEqual({ found: true, value: 'item10' })
  })

  it.each([
    ['1a', "'the body' is an array and '1a' is not an index"],
    ['a1', "'the body' is an array and 'a1' is not an index"],
    ['11', "'the body' has 11 item(s), no index 11"],
  ])('refuses %j', (path, detail) => {
    expect(readField(items, path)).toEqual({ found: false, detail })
  })
})

describe('classifyAnswer: edges', () => {
  const NOW = Date.parse('2025-01-01T00:00:00Z')
  const rules = { statusField: 'status', successValues: ['ok', 'null'], failureValues: ['bad'] }
  const answer = (status: number, text = '', truncated = false, headers: Record<string, string> = {}): StatusAnswer => ({ status, headers, text, truncated })

  it('takes 300 for a redirect and 199 for an error, neither for success', () => {
    expect(classifyAnswer(answer(300), rules, NOW)).toEqual({ kind: 'error', detail: 'HTTP 300 redirect without a Location' })
    expect(classifyAnswer(answer(399, '', false, { location: '/x' }), rules, NOW)).toEqual({ kind: 'error', detail: 'HTTP 399 redirect' })
    expect(classifyAnswer(answer(199, '{"status":"ok"}'), rules, NOW)).toEqual({ kind: 'error', detail: `HTTP 199: '{"status":"ok"}'` })
    expect(classifyAnswer(answer(200, '{"status":"ok"}'), rules, NOW)).toMatchObject({ kind: 'success' })
    expect(classifyAnswer(answer(299, '{"status":"ok"}'), rules, NOW)).toMatchObject({ kind: 'success' })
  })

  it('never reads a cut-off body, even when what is left parses', () => {
    expect(classifyAnswer(answer(200, '{"status":"ok"}', true), rules, NOW)).toEqual({
      kind: 'transient',
      problem: 'not-json',
      detail: `expected a JSON body, which was cut off at the size limit with field 'status', got '{"status":"ok"}' (cut off)`,
    })
  })

  it('says "(cut off)" for an empty cut-off body', () => {
    expect(classifyAnswer(answer(500, '', true), rules, NOW)).toEqual({ kind: 'transient', detail: 'HTTP 500: (cut off)' })
  })

  it('takes null for still running, even when a list names "null"', () => {
    expect(classifyAnswer(answer(200, '{"status":null}'), rules, NOW)).toEqual({ kind: 'pending', value: 'null', detail: "status field 'status' was 'null'" })
    expect(classifyAnswer(answer(200, '{"status":null}'), { ...rules, successValues: ['ok'], failureValues: ['null'] }, NOW)).toMatchObject({ kind: 'pending' })
  })

  it('names an array where a value was expected', () => {
    expect(classifyAnswer(answer(200, '{"status":[1,2]}'), rules, NOW)).toEqual({
      kind: 'transient',
      problem: 'not-scalar',
      value: '[1,2]',
      detail: "expected field 'status' to be a string, number or boolean, got an array: '[1,2]'",
    })
  })
})

describe('resolveRedirect: edges', () => {
  const loopHttp = new URL('http://127.0.0.1:8080/s')
  const loopHttps = new URL('https://127.0.0.1:8443/s')
  const https = new URL('https://ci.example.com/s')

  it('refuses a Location of spaces only', () => {
    expect(resolveRedirect(https, https, '   ')).toEqual({ ok: false, detail: 'a redirect without a Location' })
  })

  it('refuses a Location that is not a URL, quoting it cleaned', () => {
    expect(resolveRedirect(https, https, 'http://[bad\n::x')).toEqual({ ok: false, detail: "a redirect to an invalid URL 'http://[bad : :x'" })
  })

  it('allows plain http only between loopback http addresses', () => {
    expect(resolveRedirect(loopHttp, loopHttp, 'http://localhost:9/next')).toMatchObject({ ok: true, sameOrigin: false })
    expect(resolveRedirect(loopHttps, loopHttps, 'http://127.0.0.1:8080/next')).toEqual({ ok: false, detail: 'a redirect to http://127.0.0.1:8080/next, which is not https' })
    expect(resolveRedirect(loopHttp, loopHttp, 'ftp://127.0.0.1/next')).toEqual({ ok: false, detail: 'a redirect to ftp://127.0.0.1/next, which is not https' })
  })

  it('refuses credentials in the target, a user name or a password alone', () => {
    expect(resolveRedirect(https, https, 'https://bob@ci.example.com/x')).toEqual({ ok: false, detail: 'a redirect to a URL with credentials (https://ci.example.com/x)' })
    expect(resolveRedirect(https, https, 'https://:pw@ci.example.com/x')).toEqual({ ok: false, detail: 'a redirect to a URL with credentials (https://ci.example.com/x)' })
  })
})
