// Approver-input patterns come from the server and are Java regular expressions: Java-only syntax is left
// to Harness, simple patterns run inline, the rest in a worker ended after its budget, so a pattern that
// backtracks for minutes neither blocks the run nor keeps it from being cancelled.
import { describe, expect, it } from 'vitest'
import { mergeApproverInputs } from '../../src/approvals/merge-inputs.js'
import { checkPatterns, INLINE_VALUE_LIMIT, inlineJudge, isSimplePattern, javaOnlySyntax, PATTERN_BUDGET_MS } from '../../src/approvals/pattern-check.js'
import { CancelledError } from '../../src/ports.js'

// Backtracks exponentially in JavaScript (and in Java) on a value that almost matches.
const CATASTROPHIC = '([A-Za-z0-9]+-?)*'
const NEAR_MISS = `${'a'.repeat(36)}!`

describe('javaOnlySyntax', () => {
  it.each([
    ['\\QCHG-1\\E', '\\Q…\\E quoting'],
    ['\\ACHG\\z', 'the anchor \\A'],
    ['CHG\\Z', 'the anchor \\Z'],
    ['\\p{Alpha}+', 'the character class \\p{…}'],
    ['\\P{Lu}', 'the character class \\P{…}'],
    ['\\h*x', 'the escape \\h'],
    ['\\x{41}', 'the escape \\x{…}'],
    ['[a-z&&[^e]]', 'class intersection (&&)'],
    ['[a-z[0-9]]', 'a character class inside a class ([a-z[0-9]])'],
    ['[]a]', "a ']' first in a class"],
    ['(?>ab|a)c', 'an atomic group (?>…)'],
    ['(?i)chg-[0-9]+', 'inline flags such as (?i)'],
    ['a*+b', 'a possessive quantifier (*+)'],
    ['a{2}+', 'a possessive quantifier (}+)'],
    ['a++b', 'a possessive quantifier (++)'],
    ['a?+b', 'a possessive quantifier (?+)'],
    ['[^]a]', "a ']' first in a class"],
    ['[&&a]', 'class intersection (&&)'],
  ])('%s uses %s', (pattern, what) => {
    expect(javaOnlySyntax(pattern)).toBe(what)
  })

  it.each(['CHG-[0-9]+', '\\d{4}-\\d{2}', '(?:a|b)+?', '(?<name>x)\\k<name>', '(?=a)a', 'a\\+\\+', '[+*]+', '\\\\A', '\\x41', '[a&b]', 'a&&b', '[a][b]', '[a]]', '[^a]', 'x?>y', 'x?i'])('%s means the same in both', (pattern) => {
    expect(javaOnlySyntax(pattern)).toBeUndefined()
  })
})

describe('isSimplePattern', () => {
  it.each(['CHG-[0-9]+', '[A-Z]{2,5}-\\d+', '\\d{4}-\\d{2}-\\d{2}', 'a|b', 'p.*', '(ab)', '[()*+]+x', 'x?=y', '(a=)', '(?<n>x)', 'x(?<n>y)', '(?:ab)c*d*', 'a{2}b{3}c{12}d*', '[\\1]+'])('%s runs inline', (pattern) => {
    expect(isSimplePattern(pattern)).toBe(true)
  })

  it.each([CATASTROPHIC, '(a|aa)+', 'a?a?a?aaa', '(x)\\1', '(?=a)a', '(?<!a)b', 'a*b*c*', '\\d{1,3}\\d{1,3}\\d+', '(?<n>a)\\k<n>', 'a{10,20}b{10,20}c{10,20}', 'a{1,20}b{1,20}c{1,20}', 'a{1,}b{1,}c{1,}'])('%s goes to the worker', (pattern) => {
    expect(isSimplePattern(pattern)).toBe(false)
  })
})

describe('checkPatterns', () => {
  it(`gives up on ${CATASTROPHIC} against a 37-character near miss within its budget, leaving it to Harness`, async () => {
    const started = Date.now()
    const judge = await checkPatterns([{ pattern: CATASTROPHIC, value: NEAR_MISS }])
    expect(judge(CATASTROPHIC, NEAR_MISS)).toEqual({ kind: 'unchecked', why: 'it was not decided within 1s (a pattern that backtracks)' })
    // Starting a thread, then the budget: nowhere near the minutes the pattern would take.
    expect(Date.now() - started).toBeLessThan(PATTERN_BUDGET_MS + 4_000)
    // The merge then lets the value through: Harness judges it.
    const merged = mergeApproverInputs([{ name: 'id', regex: CATASTROPHIC }], [{ name: 'id', value: NEAR_MISS }], [], judge)
    expect(merged.ok).toBe(true)
  })

  it('answers at once for a question it gave up on before (the run asks it once)', async () => {
    await checkPatterns([{ pattern: CATASTROPHIC, value: `${NEAR_MISS}?` }])
    const again = Date.now()
    await checkPatterns([{ pattern: CATASTROPHIC, value: `${NEAR_MISS}?` }])
    expect(Date.now() - again).toBeLessThan(PATTERN_BUDGET_MS / 2)
  })

  it('is cancelled at once while the worker backtracks', async () => {
    const controller = new AbortController()
    setTimeout(() => controller.abort(), 50)
    const started = Date.now()
    await expect(checkPatterns([{ pattern: CATASTROPHIC, value: `${NEAR_MISS}#` }], { signal: controller.signal, budgetMs: 60_000 })).rejects.toBeInstanceOf(CancelledError)
    expect(Date.now() - started).toBeLessThan(5_000)
  })

  it('refuses at once when the run is already cancelled, and asks again after a cancellation', async () => {
    const value = `${NEAR_MISS}%`
    await expect(checkPatterns([{ pattern: CATASTROPHIC, value }], { signal: AbortSignal.abort() })).rejects.toBeInstanceOf(CancelledError)
    const judge = await checkPatterns([{ pattern: CATASTROPHIC, value }], { budgetMs: 100 })
    expect(judge(CATASTROPHIC, value)).toEqual({ kind: 'unchecked', why: 'it was not decided within 0.1s (a pattern that backtracks)' })
  })

  it('decides patterns that need the worker when they are quick', async () => {
    const checks = [
      { pattern: '(ab|cd)+', value: 'abcdab' },
      { pattern: '(ab|cd)+', value: 'abce' },
      { pattern: '(x)\\1', value: 'xx' },
      { pattern: '(', value: 'x' },
      { pattern: '(a|b)+(', value: 'ab' },
    ]
    const judge = await checkPatterns(checks)
    expect(checks.map((c) => judge(c.pattern, c.value))).toEqual([
      { kind: 'match' },
      { kind: 'no-match' },
      { kind: 'match' },
      { kind: 'unchecked', why: 'JavaScript cannot compile it' },
      { kind: 'unchecked', why: 'JavaScript cannot compile it' },
    ])
    // A question it was not asked first is left to Harness.
    expect(judge('(ab|cd)+', 'zz')).toEqual({ kind: 'unchecked', why: 'it was not checked' })
    // The merge refuses only what is proven not to match.
    const merged = mergeApproverInputs([{ name: 'pair', regex: '(ab|cd)+' }], [{ name: 'pair', value: 'abce' }], [], judge)
    expect(merged).toMatchObject({ ok: false, failures: ['pair=abce does not match the regex pattern (ab|cd)+'] })
  })

  it('leaves a pattern with Java-only syntax to Harness, without running it', async () => {
    const judge = await checkPatterns([{ pattern: '\\QCHG\\E-[0-9]+', value: 'Q' }])
    expect(judge('\\QCHG\\E-[0-9]+', 'Q')).toEqual({ kind: 'unchecked', why: 'it uses \\Q…\\E quoting, which JavaScript reads differently' })
  })

  it('without the bounded check, the inline judge runs simple patterns only', () => {
    expect(inlineJudge('CHG-[0-9]+', 'CHG-1')).toEqual({ kind: 'match' })
    expect(inlineJudge('CHG-[0-9]+', 'CHG-x')).toEqual({ kind: 'no-match' })
    expect(inlineJudge(CATASTROPHIC, NEAR_MISS)).toEqual({ kind: 'unchecked', why: 'it needs the bounded check' })
    // A simple pattern against a very long value could still cost too much inline.
    expect(inlineJudge('a*b*', 'a'.repeat(INLINE_VALUE_LIMIT + 1)).kind).toBe('unchecked')
    expect(inlineJudge('a*b*', 'a'.repeat(INLINE_VALUE_LIMIT))).toEqual({ kind: 'match' })
  })
})
