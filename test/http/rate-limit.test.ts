// The client-side limit and the bounded concurrency that keep a batch under Harness's per-key limit.
import { describe, expect, it } from 'vitest'
import { mapConcurrently } from '../../src/http/concurrency.js'
import { RateLimiter, WINDOW_MS } from '../../src/http/rate-limit.js'
import { fakeClock } from '../support/fakes.js'

describe('RateLimiter', () => {
  it('lets at most perMinute requests start in any 60-second window, in order', async () => {
    const clock = fakeClock(0)
    const limiter = new RateLimiter(3, clock)
    const starts: number[] = []
    await Promise.all(Array.from({ length: 10 }, async (_, i) => {
      await limiter.take()
      starts.push(clock.now())
      return i
    }))
    expect(starts).toEqual([0, 0, 0, 60_000, 60_000, 60_000, 120_000, 120_000, 120_000, 180_000])
    for (const [i, t] of starts.entries()) {
      expect(starts.filter((s) => s > t - WINDOW_MS && s <= t).length, `window ending at request ${i}`).toBeLessThanOrEqual(3)
    }
  })

  it('does not wait while under the limit', async () => {
    const clock = fakeClock(0)
    const limiter = new RateLimiter(100, clock)
    for (let i = 0; i < 100; i++) await limiter.take()
    expect(clock.sleeps).toEqual([])
  })

  it('a cancelled waiter gives up at once and does not block those behind it', async () => {
    const clock = fakeClock(0)
    const limiter = new RateLimiter(1, clock)
    await limiter.take()
    const controller = new AbortController()
    controller.abort(new Error('cancelled'))
    await expect(limiter.take(controller.signal)).rejects.toThrow('cancelled')
    await limiter.take()
    expect(clock.now()).toBe(60_000)
  })
})

describe('mapConcurrently', () => {
  it('keeps at most `limit` calls in flight and the results in input order', async () => {
    let inFlight = 0
    let peak = 0
    const results = await mapConcurrently([5, 1, 4, 2, 3, 0, 6], 3, async (n) => {
      inFlight++
      peak = Math.max(peak, inFlight)
      for (let i = 0; i < n; i++) await new Promise((resolve) => setImmediate(resolve))
      inFlight--
      return n * 10
    })
    expect(results).toEqual([50, 10, 40, 20, 30, 0, 60])
    expect(peak).toBe(3)
  })
})
