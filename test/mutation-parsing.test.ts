// Input parsing at its edges: surrounding spaces, limits exactly at and one past the bound, the exact
// problem each bad value produces, and what is masked.
import { describe, expect, it } from 'vitest'
import { parseApproverInputs } from '../src/approvals/approver-inputs.js'
import { formatDuration, parseDuration } from '../src/settings/durations.js'
import { describeProblem, Problems, SettingsError, showValue } from '../src/settings/problems.js'
import { parseHarnessTarget } from '../src/harness/target.js'
import { parseSettings, type RunDefaults } from '../src/run/settings.js'
import { hasUnsafeUrlText, isLoopbackHost } from '../src/settings/urls.js'

const KEY = 'pat.acct123.tok456.s3cretValue'
const VALID: Record<string, string> = { executionId: 'exec1', apiKey: KEY, orgId: 'default', projectId: 'proj' }
const PEM = '-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIU\nAbCdEf==\n-----END CERTIFICATE-----'

function parse(inputs: Record<string, string>, defaults: RunDefaults = {}) {
  const masked: string[] = []
  const settings = parseSettings((name) => inputs[name] ?? '', (s) => masked.push(s), defaults)
  return { settings, masked }
}

function problems(inputs: Record<string, string>, defaults: RunDefaults = {}): string[] {
  const masked: string[] = []
  try {
    parseSettings((name) => inputs[name] ?? '', (s) => masked.push(s), defaults)
  } catch (error) {
    expect(error).toBeInstanceOf(SettingsError)
    return (error as SettingsError).message.split('\n')
  }
  return []
}

describe('parseSettings: spaces around values', () => {
  it('trims every input before reading it', () => {
    const { settings, masked } = parse({
      executionId: ' exec1 ',
      apiKey: ` ${KEY} `,
      accountId: ' acct123 ',
      orgId: ' default ',
      projectId: ' proj ',
      baseUrl: ' https://harness.example.com/gateway ',
      comments: '  ok  ',
      callbackId: ' cb-1 ',
      action: ' reject ',
      waitForApproval: ' 90s ',
      concurrency: ' 8 ',
      maxRequestsPerMinute: ' 60 ',
      caCert: ` ${PEM}\n`,
    })
    expect(settings).toMatchObject({
      executionIds: ['exec1'],
      harness: { apiKey: KEY, accountId: 'acct123', orgId: 'default', projectId: 'proj' },
      comments: 'ok',
      callbackId: 'cb-1',
      action: 'REJECT',
      waitForApprovalMs: 90_000,
      concurrency: 8,
      maxRequestsPerMinute: 60,
      caCert: PEM,
    })
    expect(settings.harness.baseUrl.href).toBe('https://harness.example.com/gateway')
    expect(masked).toEqual([KEY])
  })

  it('treats inputs of spaces only as not set', () => {
    const { settings } = parse({ ...VALID, waitForApproval: '   ', concurrency: ' ', caCert: '  ', comments: ' ', callbackId: ' ' }, { callbackId: ' cb-2 ' })
    expect(settings.waitForApprovalMs).toBe(300_000)
    expect(settings.concurrency).toBe(4)
    expect(settings).not.toHaveProperty('caCert')
    expect(settings.comments).toBe('')
    expect(settings.callbackId).toBe('cb-2')
  })

  it('needs an execution id that is more than spaces, given or from the event', () => {
    expect(problems({ ...VALID, executionId: '  ' })).toEqual([
      "Invalid executionId '': expected the Harness pipeline execution id (<+pipeline.executionId>), or several, one per line (or exemptionId, to decide an STO exemption).",
    ])
    expect(problems({ ...VALID, executionId: '' }, { executionId: '  ' })).toHaveLength(1)
    expect(parse({ ...VALID, executionId: '' }, { executionId: ' ev1 ' }).settings.executionIds).toEqual(['ev1'])
  })

  it('skips empty entries in a list of execution ids', () => {
    expect(parse({ ...VALID, executionId: 'a1,\n, b2,' }).settings.executionIds).toEqual(['a1', 'b2'])
  })

  it('does not mask an empty key', () => {
    const masked: string[] = []
    expect(() => parseSettings((name) => ({ ...VALID, apiKey: '' })[name] ?? '', (s) => masked.push(s))).toThrow(SettingsError)
    expect(masked).toEqual([])
  })
})

describe('parseSettings: the key and the account', () => {
  it('names the missing key', () => {
    expect(problems({ ...VALID, apiKey: '' })).toEqual(["Invalid apiKey '': expected a Harness API key (pat.<accountId>.<tokenId>.<secret> or sat.…)."])
  })

  it('reads the account from a service account token too', () => {
    expect(parse({ ...VALID, apiKey: 'sat.acct9.tok.secret' }).settings.harness.accountId).toBe('acct9')
  })

  it.each(['xpat.acct123.tok.secret', 'pat.acct123.tok.secret.extra', 'pat.acct123.tok'])('reads no account from %s', (apiKey) => {
    expect(problems({ ...VALID, apiKey })).toEqual([
      "Invalid accountId '': expected your Harness account id (it cannot be read from this key, which is not pat.<accountId>.… or sat.<accountId>.…).",
    ])
  })

  it('refuses a malformed account id with its own message', () => {
    expect(problems({ ...VALID, apiKey: 'opaque-key-123', accountId: 'acc/1' })).toEqual(["Invalid accountId 'acc/1': expected a Harness account id: letters, digits, - and _ (at most 128)."])
    expect(problems({ ...VALID, accountId: 'acc/1' })).toEqual(["Invalid accountId 'acc/1': expected a Harness account id: letters, digits, - and _ (at most 128)."])
  })

  it('refuses an account other than the key\'s', () => {
    expect(problems({ ...VALID, accountId: 'other' })).toEqual([
      "Invalid accountId 'other': expected the account the apiKey belongs to (the key names another account); leave accountId empty to use the key's.",
    ])
  })
})

describe('parseSettings: limits', () => {
  it('allows comments of up to 4000 characters', () => {
    expect(parse({ ...VALID, comments: 'c'.repeat(4000) }).settings.comments).toHaveLength(4000)
    expect(problems({ ...VALID, comments: 'c'.repeat(4001) })).toEqual([expect.stringMatching(/^Invalid comments 'c+… \(4001 characters\)': expected at most 4000 characters\.$/)])
  })

  it('waits at most 24 hours for the approval step', () => {
    expect(parse({ ...VALID, waitForApproval: '24h' }).settings.waitForApprovalMs).toBe(86_400_000)
    expect(problems({ ...VALID, waitForApproval: '24h1s' })).toEqual(["Invalid waitForApproval '24h1s': expected a duration such as 5m, 90s or 0 (do not wait), at most 24h."])
  })

  it.each([
    ['concurrency', '1', 1],
    ['concurrency', '10', 10],
    ['concurrency', '32', 32],
    ['maxRequestsPerMinute', '1', 1],
    ['maxRequestsPerMinute', '5000', 5000],
  ])('accepts %s = %s', (input, value, expected) => {
    expect(parse({ ...VALID, [input]: value }).settings[input as 'concurrency']).toBe(expected)
  })

  it.each([
    ['concurrency', '33', 'a whole number from 1 to 32'],
    ['concurrency', '0', 'a whole number from 1 to 32'],
    ['concurrency', '2.5', 'a whole number from 1 to 32'],
    ['concurrency', '-1', 'a whole number from 1 to 32'],
    ['maxRequestsPerMinute', '5001', 'a whole number from 1 to 5000'],
  ])('refuses %s = %s', (input, value, expected) => {
    expect(problems({ ...VALID, [input]: value })).toEqual([`Invalid ${input} '${value}': expected ${expected}.`])
  })

  it('keeps a PEM bundle as given, and refuses text that only looks like one', () => {
    expect(parse({ ...VALID, caCert: `${PEM}\n${PEM}` }).settings.caCert).toBe(`${PEM}\n${PEM}`)
    expect(problems({ ...VALID, caCert: '-----BEGIN CERTIFICATE----------END CERTIFICATE-----' })).toEqual([
      expect.stringMatching(/^Invalid caCert .*: expected one or more PEM certificates \(-----BEGIN CERTIFICATE----- …\)\.$/),
    ])
  })
})

describe('parseSettings: the base URL', () => {
  it('drops every trailing slash of the path', () => {
    expect(parse({ ...VALID, baseUrl: 'https://harness.example.com/gateway///' }).settings.harness.baseUrl.pathname).toBe('/gateway')
  })

  it.each([
    'https://app.harness.io//gateway',
    'https://app.harness.io/api//gateway',
    'https://app.harness.io\\gateway',
    'https://app.harness.io/%2Fgateway',
    'https://app.harness.io/gate%5cway',
    'https://app.harness.io/gateway?',
    'https://app.harness.io/gateway#',
  ])('refuses %s, which could be read as another host or path', (baseUrl) => {
    expect(problems({ ...VALID, baseUrl })).toEqual([expect.stringMatching(/^Invalid baseUrl '.*': expected an https URL .*empty path segments \(\/\/\)\.$/)])
  })

  it('refuses an empty user name, and shows no credentials', () => {
    expect(problems({ ...VALID, baseUrl: 'https://@app.harness.io/gateway' })).toEqual([expect.stringMatching(/^Invalid baseUrl 'https:\/\/\(credentials\)@app\.harness\.io': /)])
  })

  it('accepts the root and a path of plain segments', () => {
    expect(parse({ ...VALID, baseUrl: 'https://harness.example.com' }).settings.harness.baseUrl.href).toBe('https://harness.example.com/')
    expect(parse({ ...VALID, baseUrl: 'https://harness.example.com/a/b' }).settings.harness.baseUrl.pathname).toBe('/a/b')
  })

  it('never shows credentials of a base URL, even a user name alone', () => {
    const expected = 'expected an https URL such as https://app.harness.io/gateway (http only for a loopback test server), without credentials, query or fragment, backslashes or empty path segments (//).'
    expect(problems({ ...VALID, baseUrl: 'https://bob:pw@harness.example.com/gateway' })).toEqual([`Invalid baseUrl 'https://(credentials)@harness.example.com': ${expected}`])
    expect(problems({ ...VALID, baseUrl: 'https://bob@harness.example.com/gateway' })).toEqual([`Invalid baseUrl 'https://(credentials)@harness.example.com': ${expected}`])
    expect(problems({ ...VALID, baseUrl: 'https://harness.example.com/gateway#x' })).toEqual([`Invalid baseUrl 'https://harness.example.com/gateway#x': ${expected}`])
  })
})

describe('parseSettings: exemption mode', () => {
  const STO_ACCOUNT = 'abcdefghijklmnopqrstuv'

  it('decides an exemption instead of executions', () => {
    const { settings } = parse({ ...VALID, executionId: '', apiKey: `pat.${STO_ACCOUNT}.tok.secret`, exemptionId: 'EXEMPTION_ID_22_CHARSx' })
    expect(settings.executionIds).toEqual([])
    expect(settings.exemption).toEqual({ exemptionId: 'EXEMPTION_ID_22_CHARSx', reapproveRejected: false })
  })

  it('holds the account read from the key, and the default comments, to the exemption rules', () => {
    const inputs = { ...VALID, executionId: '', exemptionId: 'EXEMPTION_ID_22_CHARSx' }
    expect(problems(inputs)).toEqual([expect.stringMatching(/^Invalid accountId 'acct123' \(the account id read from apiKey; accountId is not set\): expected exactly 22 characters/)])
    const longDefault = problems({ ...inputs, apiKey: `pat.${STO_ACCOUNT}.tok.secret` }, { comments: 'c'.repeat(1025) })
    expect(longDefault).toEqual([expect.stringMatching(/^Invalid comments .*: expected at most 1024 characters \(it has 1025\)\.$/)])
  })
})

describe('parseHarnessTarget', () => {
  function target(inputs: Record<string, string>, scopeRequired?: boolean) {
    const problems = new Problems()
    const result = parseHarnessTarget((name) => inputs[name] ?? '', problems, () => {}, scopeRequired === undefined ? {} : { scopeRequired })
    return { result, problems: problems.list.map(describeProblem) }
  }

  it('lets org and project be empty when the scope is not required, but not malformed', () => {
    expect(target({ apiKey: KEY }, false).problems).toEqual([])
    expect(target({ apiKey: KEY, orgId: ' my_org ' }, false).result.orgId).toBe('my_org')
    expect(target({ apiKey: KEY, orgId: 'my-org', projectId: '9p' }, false).problems).toEqual([
      "Invalid orgId 'my-org': expected a Harness organization identifier: a letter or _, then letters, digits and _ (at most 128).",
      "Invalid projectId '9p': expected a Harness project identifier: a letter or _, then letters, digits and _ (at most 128).",
    ])
    expect(target({ apiKey: KEY }).problems).toHaveLength(2)
  })
})

describe('parseApproverInputs: edges', () => {
  it('reads JSON after leading spaces', () => {
    expect(parseApproverInputs('  {"env": "prod"}')).toEqual({ ok: true, inputs: [{ name: 'env', value: 'prod' }] })
  })

  it('skips blank and indented comment lines between name=value lines', () => {
    expect(parseApproverInputs('env=prod\n\n   \n  # why\nticket=CHG-1')).toEqual({
      ok: true,
      inputs: [{ name: 'env', value: 'prod' }, { name: 'ticket', value: 'CHG-1' }],
    })
  })

  it.each([
    ['=value', 'line 1 is not name=value'],
    ['env=prod\nnoequals', 'line 2 is not name=value'],
    ['[null]', 'item 0 is not an object'],
    ['[{"name": "a", "value": "1"}, "text"]', 'item 1 is not an object'],
    ['[["a", "b"]]', 'item 0 is not an object'],
    ['[{"name": "a"}]', 'item 0 ("a") has no string, number or boolean "value"'],
    ['[{"name": "a", "value": null}]', 'item 0 ("a") has no string, number or boolean "value"'],
    ['{"a": [1]}', 'the value of "a" is not a string, number or boolean'],
  ])('refuses %j: %s', (text, reason) => {
    expect(parseApproverInputs(text)).toEqual({ ok: false, reason })
  })
})

describe('parseDuration: edges', () => {
  it.each([
    ['1.25h', 4_500_000],
    ['1.25m', 75_000],
    ['1.25s', 1_250],
    ['2.5ms', 3],
    ['1.25ms', 1],
    ['1.25', 1_250],
    ['9007199254740991ms', Number.MAX_SAFE_INTEGER],
    [`${'0'.repeat(39)}1`, 1_000],
  ])('reads %j as %d ms', (text, ms) => {
    expect(parseDuration(text)).toBe(ms)
  })

  it('refuses more than 40 characters, even of a small value', () => {
    expect(parseDuration(`${'0'.repeat(40)}1`)).toBeUndefined()
    expect(parseDuration('9007199254740992ms')).toBeUndefined()
  })
})

describe('formatDuration: edges', () => {
  it.each([
    [1_960, '2s'],
    [9_949, '9.9s'],
    [9_950, '10s'],
    [2_000, '2s'],
    [999, '999ms'],
  ])('formats %d as %j', (ms, text) => {
    expect(formatDuration(ms)).toBe(text)
  })
})

describe('showValue and SettingsError', () => {
  it('shows an empty secret as empty, any other as redacted', () => {
    expect(showValue('', true)).toBe("''")
    expect(showValue('s3cret', true)).toBe('(redacted)')
  })

  it('shows up to 80 characters whole, and cuts longer values saying how long they were', () => {
    expect(showValue('v'.repeat(80))).toBe(`'${'v'.repeat(80)}'`)
    expect(showValue('v'.repeat(81))).toBe(`'${'v'.repeat(80)}… (81 characters)'`)
    // The count is of the value as given, before control characters were spelled out.
    expect(showValue(`${'\n'.repeat(20)}x`)).toBe(`'${'\\u000a'.repeat(13)}\\u… (21 characters)'`)
  })

  it('is a SettingsError listing one problem per line', () => {
    const error = new SettingsError([
      { input: 'a', value: "'1'", expected: 'x' },
      { input: 'b', value: "'2'", expected: 'y' },
    ])
    expect(error.name).toBe('SettingsError')
    expect(error.message).toBe("Invalid a '1': expected x.\nInvalid b '2': expected y.")
  })
})

describe('urls', () => {
  it.each(['127.0.0.1 ', '127.0.0. 1', '127.0.0.1e2', '127.0.0.0x1'])('does not take %j for loopback', (host) => {
    expect(isLoopbackHost(host)).toBe(false)
  })

  it('refuses URL text over 2048 characters', () => {
    expect(hasUnsafeUrlText(`https://x.example/${'a'.repeat(2048 - 18)}`)).toBe(false)
    expect(hasUnsafeUrlText(`https://x.example/${'a'.repeat(2049 - 18)}`)).toBe(true)
  })
})
