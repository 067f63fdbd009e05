// The retry rules for Harness reads: which failures may pass, how long to wait, and when to give up.
import { describe, expect, it } from 'vitest'
import { backoffDelay, isTransient, retryRead, type RetryContext } from '../../src/http/retry-reads.js'
import { classifyHarnessFailure } from '../../src/approvals/causes.js'
import { HarnessApiError, UnexpectedBodyError } from '../../src/harness/errors.js'
import { TransportError } from '../../src/http/transport.js'
import { CancelledError } from '../../src/ports.js'
import { fakeClock, recordingLogger } from '../support/fakes.js'

const BACKOFF = { initialMs: 1_000, maxMs: 10_000, factor: 2 }

describe('backoffDelay', () => {
  it.each([
    [1, 0, 500],
    [1, 0.5, 750],
    [1, 1, 1_000],
    [2, 1, 2_000],
    [3, 0.5, 3_000],
    [4, 1, 8_000],
    [5, 1, 10_000], // capped at maxMs
    [9, 0, 5_000],
    [0, 1, 1_000], // no attempt yet counts as the first
    [-3, 1, 1_000],
  ])('attempt %d at random %d waits %d ms', (attempt, r, ms) => {
    expect(backoffDelay(attempt, BACKOFF, () => r)).toBe(ms)
  })

  it('rounds to whole milliseconds', () => {
    expect(backoffDelay(1, { initialMs: 1_001, maxMs: 5_000, factor: 2 }, () => 0)).toBe(501)
  })
})

describe('isTransient', () => {
  const harness = (status: number) => new HarnessApiError(classifyHarnessFailure(status, ''))

  it.each([
    ['connect', false],
    ['timeout', true],
    ['reset', true],
    ['other', true],
    ['aborted', false],
    ['certificate', false],
  ] as const)('a transport failure %s: %s', (failure, expected) => {
    expect(isTransient(new TransportError(failure, true, failure))).toBe(expected)
  })

  it.each([
    [408, true],
    [429, true],
    [500, true],
    [503, true],
    [599, true],
    [400, false],
    [401, false],
    [403, false],
    [404, false],
    [499, false],
  ])('a Harness answer %d: %s', (status, expected) => {
    expect(isTransient(harness(status))).toBe(expected)
  })

  it('an unexpected body may pass; anything else will not', () => {
    expect(isTransient(new UnexpectedBodyError('x'))).toBe(true)
    expect(isTransient(new Error('x'))).toBe(false)
    expect(isTransient(new CancelledError())).toBe(false)
    expect(isTransient('text')).toBe(false)
  })
})

describe('retryRead', () => {
  function context(signal?: AbortSignal): RetryContext & { clock: ReturnType<typeof fakeClock>; logger: ReturnType<typeof recordingLogger> } {
    return { clock: fakeClock(0), logger: recordingLogger(), random: () => 0.5, ...(signal ? { signal } : {}) }
  }

  function failing(errors: unknown[], value = 'ok') {
    let calls = 0
    const read = async () => {
      const error = errors[calls++]
      if (error !== undefined) throw error
      return value
    }
    return { read, calls: () => calls }
  }

  it('returns the first answer without waiting', async () => {
    const ctx = context()
    const f = failing([])
    await expect(retryRead('Reading', f.read, 60_000, BACKOFF, ctx)).resolves.toBe('ok')
    expect(f.calls()).toBe(1)
    expect(ctx.clock.sleeps).toEqual([])
    expect(ctx.logger.lines).toEqual([])
  })

  it('retries transient failures with back-off, saying so', async () => {
    const ctx = context()
    const f = failing([new TransportError('reset', true, 'socket hang up'), new UnexpectedBodyError('not JSON')])
    await expect(retryRead('Reading the approvals', f.read, 60_000, BACKOFF, ctx)).resolves.toBe('ok')
    expect(f.calls()).toBe(3)
    expect(ctx.clock.sleeps).toEqual([750, 1_500])
    expect(ctx.logger.lines).toEqual([
      { level: 'info', message: 'Reading the approvals failed (attempt 1: socket hang up); trying again in 0.8s.' },
      { level: 'info', message: 'Reading the approvals failed (attempt 2: not JSON); trying again in 1.5s.' },
    ])
  })

  it('folds identical failures in a row into one line with a count', async () => {
    const ctx = context()
    const same = () => new TransportError('timeout', true, 'no answer in time')
    const f = failing([same(), same(), same(), new UnexpectedBodyError('not JSON'), same()])
    await expect(retryRead('Reading', f.read, 600_000, BACKOFF, ctx)).resolves.toBe('ok')
    expect(f.calls()).toBe(6)
    expect(ctx.logger.lines.map((l) => l.message)).toEqual([
      'Reading failed (attempt 1: no answer in time); trying again in 0.8s.',
      'Reading: the same failure 2 more times.',
      'Reading failed (attempt 4: not JSON); trying again in 6s.',
      'Reading failed (attempt 5: no answer in time); trying again in 7.5s.',
    ])
  })

  it('rethrows a lasting failure at once, as it was', async () => {
    const ctx = context()
    const refusal = new HarnessApiError(classifyHarnessFailure(401, ''))
    const f = failing([refusal])
    await expect(retryRead('Reading', f.read, 60_000, BACKOFF, ctx)).rejects.toBe(refusal)
    expect(f.calls()).toBe(1)
    expect(ctx.clock.sleeps).toEqual([])
  })

  it('gives up when the next wait would pass the deadline, with the last failure', async () => {
    const ctx = context()
    const errors = [1, 2, 3, 4].map((n) => new TransportError('timeout', true, `timeout ${n}`))
    const f = failing(errors)
    // 750 + 1500 = 2250 fits a 2250 deadline; the third wait (3000) would not.
    await expect(retryRead('Reading', f.read, 2_250, BACKOFF, ctx)).rejects.toBe(errors[2])
    expect(ctx.clock.sleeps).toEqual([750, 1_500])
    expect(f.calls()).toBe(3)
  })

  it('does not retry once cancelled', async () => {
    const controller = new AbortController()
    const ctx = context(controller.signal)
    const reset = new TransportError('reset', true, 'reset')
    let calls = 0
    const read = async () => {
      calls++
      controller.abort(new CancelledError())
      throw reset
    }
    await expect(retryRead('Reading', read, 60_000, BACKOFF, ctx)).rejects.toBe(reset)
    expect(calls).toBe(1)
    expect(ctx.clock.sleeps).toEqual([])
  })
})
