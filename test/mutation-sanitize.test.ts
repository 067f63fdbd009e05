// cleanRemoteText and friends, rule by rule: what is cut, what is replaced, what is kept.
import { describe, expect, it } from 'vitest'
import { cleanRemoteText, DEFAULT_MAX_LENGTH, escapeHtml, isoTime, redactSecrets, redactSecretsInUrl, registerSecret } from '../src/report/sanitize.js'

describe('cleanRemoteText', () => {
  it.each([
    ['CSI colour codes', 'a\u001b[1;31mred\u001b[0m b', 'ared b'],
    ['a CSI with intermediate bytes', 'x\u001b[1 qy', 'xy'],
    ['an OSC ended by BEL', 'a\u001b]0;title\u0007b', 'ab'],
    ['an OSC ended by ST', 'a\u001b]8;;https://evil\u001b\\link', 'alink'],
    ['an unterminated OSC', 'a\u001b]0;title', 'a'],
    ['a C1 CSI', 'a\u009b31mb', 'ab'],
  ])('drops %s whole', (_what, text, clean) => {
    expect(cleanRemoteText(text)).toBe(clean)
  })

  it.each([
    ['a line feed', 'a\nb'],
    ['a carriage return', 'a\rb'],
    ['a tab', 'a\tb'],
    ['a vertical tab', 'a\u000bb'],
    ['a form feed', 'a\u000cb'],
    ['the C1 next line', 'a\u0085b'],
    ['a line separator', 'a\u2028b'],
    ['a paragraph separator', 'a\u2029b'],
  ])('turns %s into a space', (_what, text) => {
    expect(cleanRemoteText(text)).toBe('a b')
  })

  // They show nothing, so they are dropped: a secret they split is then whole again, and redacted.
  it.each([
    ['NUL', 'a\u0000b'],
    ['BEL', 'a\u0007b'],
    ['a backspace', 'a\u0008b'],
    ['DEL', 'a\u007fb'],
    ['a C1 control', 'a\u0080b'],
    ['the last C1 control', 'a\u009fb'],
    ['a soft hyphen', 'a\u00adb'],
    ['a zero-width space', 'a\u200bb'],
    ['a zero-width joiner', 'a\u200db'],
    ['a word joiner', 'a\u2060b'],
    ['a bidi override', 'a\u202eb'],
    ['a bidi isolate', 'a\u2066b'],
    ['a left-to-right mark', 'a\u200eb'],
    ['a right-to-left mark', 'a\u200fb'],
    ['a byte order mark', 'a\ufeffb'],
    ['a lone escape', 'a\u001bb'],
  ])('drops %s', (_what, text) => {
    expect(cleanRemoteText(text)).toBe('ab')
  })

  it.each([
    ['a DCS string', 'a\u001bPq#0\u001b\\b', 'ab'],
    ['an 8-bit OSC opener, alone (UTF-8 terminals ignore it)', 'a\u009d0;t\u009cb', 'a0;tb'],
    ['an APC string', 'a\u001b_x\u0007b', 'ab'],
  ])('drops %s whole too', (_what, text, clean) => {
    expect(cleanRemoteText(text)).toBe(clean)
  })

  describe('a secret split by a control sequence', () => {
    const secret = 'pat.acct.splitsecret.0123456789'
    registerSecret(secret)
    it.each([
      ['CSI', '\u001b[0m'],
      ['OSC', '\u001b]0;x\u0007'],
      ['8-bit CSI', '\u009b1m'],
      ['a C1 control', '\u0090'],
      ['a lone ESC', '\u001b'],
      ['BEL', '\u0007'],
      ['CR', '\r'],
      ['LF', '\n'],
      ['a zero-width space', '\u200b'],
      ['a bidi override', '\u202e'],
    ])('by %s is still cut out, and cannot be joined again', (_what, split) => {
      for (const at of [1, 8, secret.length - 1]) {
        const text = `echo ${secret.slice(0, at)}${split}${secret.slice(at)} done`
        expect(cleanRemoteText(text)).toBe('echo *** done')
        expect(redactSecrets(text)).toBe('echo *** done')
      }
    })

    it('leaves text without a hidden secret as it was (its controls are for the sink to strip)', () => {
      expect(redactSecrets('a\u001b[0mb')).toBe('a\u001b[0mb')
      expect(redactSecrets(`${secret}!`)).toBe('***!')
    })
  })

  it('breaks workflow command openers apart until none is left', () => {
    expect(cleanRemoteText('::error::x')).toBe(': :error: :x')
    expect(cleanRemoteText(':::')).toBe(': : :')
    expect(cleanRemoteText('::::')).toBe(': : : :')
    expect(cleanRemoteText('##[group]x')).toBe('# #[group]x')
    expect(cleanRemoteText('###[x')).toBe('## #[x')
    // Breaking one opener must not leave another behind.
    expect(cleanRemoteText('#:##[:[')).not.toMatch(/::|##\[/)
  })

  it('collapses runs of spaces and trims', () => {
    expect(cleanRemoteText('  a   b \n\n c  ')).toBe('a b c')
    expect(cleanRemoteText('a b')).toBe('a b')
  })

  it('bounds the length in code points, marking the cut', () => {
    expect(cleanRemoteText('abcde', 5)).toBe('abcde')
    expect(cleanRemoteText('abcdef', 5)).toBe('abcd…')
    // An emoji is one code point (two UTF-16 units) and is never split.
    expect(cleanRemoteText('😀😀😀😀😀😀', 5)).toBe('😀😀😀😀…')
    expect(cleanRemoteText('😀😀😀😀😀', 5)).toBe('😀😀😀😀😀')
  })

  it('has a default bound of 300 code points', () => {
    expect(DEFAULT_MAX_LENGTH).toBe(300)
    expect(cleanRemoteText('x'.repeat(300))).toBe('x'.repeat(300))
    expect(cleanRemoteText('x'.repeat(301))).toBe(`${'x'.repeat(299)}…`)
  })

  it('keeps ordinary text, including non-ASCII letters', () => {
    expect(cleanRemoteText('Déploiement réussi: 3/3 (ok) — 100%')).toBe('Déploiement réussi: 3/3 (ok) — 100%')
  })
})

describe('secrets', () => {
  it('cuts registered secrets out of remote text, every occurrence', () => {
    registerSecret('hunter2-secret')
    expect(redactSecrets('a hunter2-secret b hunter2-secret')).toBe('a *** b ***')
    expect(cleanRemoteText('echo: hunter2-secret')).toBe('echo: ***')
  })

  it('ignores secrets too short to cut out safely (under 6 characters)', () => {
    registerSecret('abcde')
    expect(redactSecrets('abcde')).toBe('abcde')
    registerSecret('abcdef')
    expect(redactSecrets('xabcdefx')).toBe('x***x')
  })

  it('redacts before cleaning, so a secret broken up by control characters is still caught', () => {
    registerSecret('tok::en')
    expect(cleanRemoteText('[tok::en]')).toBe('[***]')
  })
})

describe('redactSecretsInUrl', () => {
  it('cuts a secret out of a link where it stands, and drops a link that hides one behind percent-encoding', () => {
    registerSecret('pat.acct.tok.url-secret')
    expect(redactSecretsInUrl('https://h/ng/account/acct/pat.acct.tok.url-secret/x')).toBe('https://h/ng/account/acct/***/x')
    // In a base URL's path the key stands as it is; in a link Harness answered it may be encoded, once or twice.
    expect(redactSecretsInUrl('https://h/pat.acct.tok.url-secret/gateway/ng/account/a')).toBe('https://h/***/gateway/ng/account/a')
    expect(redactSecretsInUrl('https://h/pat%2Eacct.tok.url-secret/x')).toBe('')
    expect(redactSecretsInUrl('https://h/pat%252Eacct.tok.url-secret/x')).toBe('')
    // Not decodable (a lone %): judged as it stands.
    expect(redactSecretsInUrl('https://h/%zz/pat.acct.tok.url-secret')).toBe('https://h/%zz/***')
    expect(redactSecretsInUrl('https://h/a%20b/c')).toBe('https://h/a%20b/c')
  })
})

describe('escapeHtml', () => {
  it('escapes the five markup characters as numeric references', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&#60;a href=&#34;x&#34; title=&#39;y&#39;&#62;&#38;&#60;/a&#62;')
    expect(escapeHtml('plain text')).toBe('plain text')
  })
})

describe('isoTime: a server time as ISO 8601, or nothing when no Date can hold it', () => {
  it('prints every time a Date holds, to the edge, and nothing past it or for a non-number', () => {
    expect(isoTime(0)).toBe('1970-01-01T00:00:00.000Z')
    expect(isoTime(8.64e15)).toBe('+275760-09-13T00:00:00.000Z')
    expect(isoTime(-8.64e15)).toBe('-271821-04-20T00:00:00.000Z')
    for (const bad of [8.64e15 + 1, -8.64e15 - 1, Number.NaN, Number.POSITIVE_INFINITY, '1700000000000', null, undefined]) expect(isoTime(bad)).toBeUndefined()
  })
})
