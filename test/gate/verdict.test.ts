import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  classifyAnswer,
  describeUrl,
  nextWait,
  parseRetryAfter,
  readField,
  resolveRedirect,
  type StatusAnswer,
  type StatusRules,
} from '../../src/gate/verdict.js'
import { DEFAULT_FAILURE_VALUES, DEFAULT_SUCCESS_VALUES } from '../../src/gate/settings.js'

const NOW = Date.parse('2025-01-01T00:00:00Z')
const rules = (statusField = 'status'): StatusRules => ({
  statusField,
  successValues: DEFAULT_SUCCESS_VALUES,
  failureValues: DEFAULT_FAILURE_VALUES,
})
const answer = (status: number, text = '', headers: Record<string, string> = {}, truncated = false): StatusAnswer => ({
  status,
  headers,
  text,
  truncated,
})
const json = (data: unknown, status = 200) => answer(status, JSON.stringify(data))

describe('readField', () => {
  const data = { status: 'ok', build: { result: null, n: 3 }, items: [{ state: 'done' }, { state: 'running' }] }

  it.each([
    ['status', 'ok'],
    ['build.result', null],
    ['build.n', 3],
    ['items.1.state', 'running'],
    ['items.0', { state: 'done' }],
  ])('reads %s', (path, value) => {
    expect(readField(data, path)).toEqual({ found: true, value })
  })

  it.each([
    ['state', "the body has no 'state'"],
    ['build.status', "'build' has no 'status'"],
    ['items.5.state', "'items' has 2 item(s), no index 5"],
    ['items.first', "'items' is an array and 'first' is not an index"],
    ['status.code', "'status' is a string, not an object"],
    ['build.result.x', "'build.result' is null, not an object"],
  ])('explains why %s is missing', (path, detail) => {
    expect(readField(data, path)).toEqual({ found: false, detail })
  })

  it('does not read inherited properties', () => {
    expect(readField({}, 'constructor').found).toBe(false)
    expect(readField({}, '__proto__').found).toBe(false)
  })

  it('reads a top-level array', () => {
    expect(readField(['a', 'b'], '1')).toEqual({ found: true, value: 'b' })
  })
})

describe('classifyAnswer', () => {
  it.each(['success', 'SUCCEEDED', ' Passed ', 'ok', 'Green'])('reads %j as success', (value) => {
    expect(classifyAnswer(json({ status: value }), rules(), NOW)).toMatchObject({ kind: 'success', value: value.trim() })
  })

  it.each(['failed', 'CANCELED', 'timed_out', 'Error'])('reads %j as failure', (value) => {
    expect(classifyAnswer(json({ status: value }), rules(), NOW)).toMatchObject({
      kind: 'failure',
      value,
      detail: `status field 'status' was '${value}'`,
    })
  })

  it.each([['running'], ['queued'], [''], [null], [42], [true]])('reads %j as still running', (value) => {
    expect(classifyAnswer(json({ status: value }), rules(), NOW)).toMatchObject({ kind: 'pending', value: String(value) })
  })

  it('follows a nested path and uses custom lists', () => {
    const custom: StatusRules = { statusField: 'jobs.0.conclusion', successValues: ['true'], failureValues: ['false'] }
    expect(classifyAnswer(json({ jobs: [{ conclusion: true }] }), custom, NOW).kind).toBe('success')
    expect(classifyAnswer(json({ jobs: [{ conclusion: false }] }), custom, NOW).kind).toBe('failure')
    expect(classifyAnswer(json({ jobs: [{ conclusion: 'success' }] }), custom, NOW).kind).toBe('pending')
  })

  it('lets any 2xx decide success when no field is set', () => {
    expect(classifyAnswer(answer(204), rules(''), NOW)).toEqual({ kind: 'success', value: 'HTTP 204', detail: 'HTTP 204' })
    expect(classifyAnswer(answer(200, 'not json'), rules(''), NOW).kind).toBe('success')
  })

  it('explains a body that is not JSON, and keeps polling; an HTML page is named by its title alone', () => {
    const result = classifyAnswer(answer(200, '<html>Login</html>'), rules(), NOW)
    expect(result).toEqual({
      kind: 'transient',
      problem: 'not-json',
      detail: "expected a JSON body with field 'status', got an HTML page",
    })
    const page = `<!DOCTYPE html>\n<html><head><meta charset="utf-8">\n<title>\n  404 Not Found\n</title></head><body>${'<p>x</p>'.repeat(100)}</body></html>`
    expect(classifyAnswer(answer(404, page), rules(), NOW)).toEqual({ kind: 'error', detail: "HTTP 404: an HTML page titled '404 Not Found'" })
    // Its title is remote text too: cleaned and bounded.
    const hostile = `<html><title>::error::x\u001b[31m${'y'.repeat(500)}</title></html>`
    const detail = (classifyAnswer(answer(404, hostile), rules(), NOW) as { detail: string }).detail
    expect(detail).not.toMatch(/::|\u001b/)
    expect(detail.length).toBeLessThan(200)
    // Text that merely mentions a tag is not a page.
    expect(classifyAnswer(answer(404, 'no <html> here'), rules(), NOW)).toEqual({ kind: 'error', detail: "HTTP 404: 'no <html> here'" })
  })

  it('says when the body was cut off', () => {
    const result = classifyAnswer(answer(200, '{"status": "runn', {}, true), rules(), NOW)
    expect(result.detail).toMatch(/cut off at the size limit.*\(cut off\)$/)
  })

  it('explains a missing field, and keeps polling', () => {
    const result = classifyAnswer(json({ state: 'success' }), rules(), NOW)
    expect(result).toMatchObject({ kind: 'transient', problem: 'missing-field' })
    expect(result.detail).toBe(`expected field 'status' in the JSON body, but the body has no 'status'; got '{"state":"success"}'`)
  })

  it('explains a field that is an object', () => {
    const result = classifyAnswer(json({ status: { code: 'ok' } }), rules(), NOW)
    expect(result).toMatchObject({ kind: 'transient', problem: 'not-scalar', value: '{"code":"ok"}' })
    expect(result.detail).toMatch(/to be a string, number or boolean, got an object/)
  })

  it('bounds and cleans what it quotes', () => {
    const long = classifyAnswer(answer(200, `::set-output name=x::${'y'.repeat(5000)}`), rules(), NOW)
    expect(long.detail.length).toBeLessThan(300)
    expect(long.detail).not.toContain('::')
    const value = classifyAnswer(json({ status: `\u001b[31m${'r'.repeat(500)}` }), rules(), NOW)
    expect(value.value!.length).toBeLessThanOrEqual(100)
    expect(value.value).not.toContain('\u001b')
  })

  it.each([408, 429, 500, 502, 503, 504, 599])('treats HTTP %d as transient', (status) => {
    expect(classifyAnswer(answer(status, 'busy'), rules(), NOW)).toMatchObject({ kind: 'transient', detail: `HTTP ${status}: 'busy'` })
  })

  it('reads Retry-After on 429 and 503 only', () => {
    expect(classifyAnswer(answer(503, '', { 'retry-after': '7' }), rules(), NOW)).toMatchObject({
      kind: 'transient',
      retryAfterMs: 7_000,
      detail: 'HTTP 503 (Retry-After 7s): (empty body)',
    })
    expect(classifyAnswer(answer(429, '', { 'retry-after': 'Wed, 01 Jan 2025 00:01:00 GMT' }), rules(), NOW)).toMatchObject({
      retryAfterMs: 60_000,
    })
    expect(classifyAnswer(answer(500, '', { 'retry-after': '7' }), rules(), NOW)).not.toHaveProperty('retryAfterMs')
  })

  it.each([400, 401, 403, 404, 410, 422])('ends with an error on HTTP %d, quoting the body', (status) => {
    expect(classifyAnswer(answer(status, '{"message":"Bad credentials"}'), rules(), NOW)).toEqual({
      kind: 'error',
      detail: `HTTP ${status}: '{"message":"Bad credentials"}'`,
    })
  })

  it('ends with an error on a redirect it was handed and on strange statuses', () => {
    expect(classifyAnswer(answer(304), rules(), NOW)).toEqual({ kind: 'error', detail: 'HTTP 304 redirect without a Location' })
    expect(classifyAnswer(answer(600), rules(), NOW).kind).toBe('error')
  })
})

describe('parseRetryAfter', () => {
  it.each([
    [undefined, undefined],
    ['0', 0],
    [' 120 ', 120_000],
    ['Wed, 01 Jan 2025 00:00:30 GMT', 30_000],
    ['Tue, 31 Dec 2024 23:00:00 GMT', 0],
    ['-1', undefined],
    ['1.5', undefined],
    ['soon', undefined],
    ['12', 12_000],
  ])('reads %j as %j', (header, ms) => {
    expect(parseRetryAfter(header, NOW)).toBe(ms)
  })
})

describe('resolveRedirect', () => {
  const httpsOrigin = new URL('https://ci.example.com/job/1')
  const loopback = new URL('http://127.0.0.1:8080/job/1')

  it('resolves a relative https target on the same origin', () => {
    const result = resolveRedirect(httpsOrigin, httpsOrigin, '/job/1/api')
    expect(result).toMatchObject({ ok: true, sameOrigin: true })
    expect(result.ok && result.url.href).toBe('https://ci.example.com/job/1/api')
  })

  it('allows another https host but says the origin changed', () => {
    expect(resolveRedirect(httpsOrigin, httpsOrigin, 'https://cdn.example.net/s')).toMatchObject({ ok: true, sameOrigin: false })
    expect(resolveRedirect(httpsOrigin, httpsOrigin, 'https://ci.example.com:8443/s')).toMatchObject({ ok: true, sameOrigin: false })
  })

  it('refuses plain http, even to loopback, from an https status URL', () => {
    expect(resolveRedirect(httpsOrigin, httpsOrigin, 'http://ci.example.com/s')).toEqual({
      ok: false,
      detail: 'a redirect to http://ci.example.com/s, which is not https',
    })
    expect(resolveRedirect(httpsOrigin, httpsOrigin, 'http://127.0.0.1/s').ok).toBe(false)
  })

  it('allows loopback http only when the status URL was loopback http', () => {
    expect(resolveRedirect(loopback, loopback, 'http://localhost:9/s')).toMatchObject({ ok: true, sameOrigin: false })
    expect(resolveRedirect(loopback, loopback, '/other')).toMatchObject({ ok: true, sameOrigin: true })
    expect(resolveRedirect(loopback, loopback, 'http://example.com/s').ok).toBe(false)
    expect(resolveRedirect(loopback, loopback, 'https://example.com/s').ok).toBe(true)
  })

  it('refuses other schemes, missing or broken locations, and credentials', () => {
    expect(resolveRedirect(httpsOrigin, httpsOrigin, 'file:///etc/passwd').ok).toBe(false)
    expect(resolveRedirect(httpsOrigin, httpsOrigin, undefined)).toEqual({ ok: false, detail: 'a redirect without a Location' })
    expect(resolveRedirect(httpsOrigin, httpsOrigin, 'https://[bad').ok).toBe(false)
    expect(resolveRedirect(httpsOrigin, httpsOrigin, 'https://u:p@ci.example.com/')).toMatchObject({ ok: false })
  })

  it('never shows the query of a target', () => {
    const result = resolveRedirect(httpsOrigin, httpsOrigin, 'http://x.example/s?token=abc')
    expect(result.ok).toBe(false)
    expect(!result.ok && result.detail).not.toContain('abc')
    expect(describeUrl(new URL('https://u:p@h.example/p?q=1#f'))).toBe('https://h.example/p?…')
  })
})

describe('nextWait', () => {
  const plan = { pollIntervalMs: 10_000, maxPollIntervalMs: 60_000, remainingMs: 3_600_000 }

  it('grows by half per attempt from pollInterval up to maxPollInterval', () => {
    const waits = [1, 2, 3, 4, 5, 6, 7].map((attempt) => nextWait({ ...plan, attempt, random: () => 0.5 }))
    expect(waits).toEqual([11_000, 15_000, 22_500, 33_750, 50_250, 54_000, 54_000])
  })

  it('spreads by jitter but stays within [pollInterval, maxPollInterval]', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50 }), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (attempt, r) => {
        const wait = nextWait({ ...plan, attempt, random: () => r })
        expect(wait).toBeGreaterThanOrEqual(10_000)
        expect(wait).toBeLessThanOrEqual(60_000)
      }),
    )
    expect(nextWait({ ...plan, attempt: 1, random: () => 0 })).toBe(10_000)
    expect(nextWait({ ...plan, attempt: 1, random: () => 0.999 })).toBe(11_998)
    expect(nextWait({ ...plan, attempt: 20, random: () => 0 })).toBe(48_000)
  })

  it('waits at least Retry-After, but no longer than maxPollInterval', () => {
    expect(nextWait({ ...plan, attempt: 1, random: () => 0, retryAfterMs: 25_000 })).toBe(25_000)
    expect(nextWait({ ...plan, attempt: 1, random: () => 0, retryAfterMs: 2_000 })).toBe(10_000)
    expect(nextWait({ ...plan, attempt: 1, random: () => 0, retryAfterMs: 3_600_000 })).toBe(60_000)
  })

  it('never sleeps past the deadline', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 0, max: 100_000 }),
        fc.option(fc.integer({ min: 0, max: 200_000 }), { nil: undefined }),
        (attempt, remainingMs, retryAfterMs) => {
          const wait = nextWait({ ...plan, attempt, remainingMs, random: () => 0.7, ...(retryAfterMs === undefined ? {} : { retryAfterMs }) })
          expect(wait).toBeLessThanOrEqual(remainingMs)
          expect(wait).toBeGreaterThanOrEqual(0)
        },
      ),
    )
    expect(nextWait({ ...plan, attempt: 3, remainingMs: 4_321, random: () => 0.5 })).toBe(4_321)
  })
})
