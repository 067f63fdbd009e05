import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatDuration, parseDuration } from '../src/settings/durations.js'

describe('parseDuration', () => {
  it.each([
    ['10s', 10_000],
    ['5m', 300_000],
    ['1h', 3_600_000],
    ['1h30m', 5_400_000],
    ['1h 30m', 5_400_000],
    ['2m 10s', 130_000],
    ['1h2m3s4ms', 3_723_004],
    ['500ms', 500],
    ['30', 30_000],
    ['0', 0],
    ['1.5s', 1_500],
    ['0.5', 500],
    ['  5M ', 300_000],
    ['90S', 90_000],
  ])('reads %j as %d ms', (text, ms) => {
    expect(parseDuration(text)).toBe(ms)
  })

  it.each(['', ' ', 'abc', '10x', '-5s', '-5', '1h30', 's', 'ms', '5m1h', '10s10s', '1e3', '1,5s', '10 seconds', '5sm', '.5s', 'Infinity', '9'.repeat(41)])(
    'rejects %j',
    (text) => {
      expect(parseDuration(text)).toBeUndefined()
    },
  )

  it('rejects values too large to be exact', () => {
    expect(parseDuration('9999999999999999h')).toBeUndefined()
  })
})

describe('formatDuration', () => {
  it.each([
    [0, '0ms'],
    [500, '500ms'],
    [1_000, '1s'],
    [1_500, '1.5s'],
    [10_000, '10s'],
    [45_400, '45s'],
    [60_000, '1m'],
    [130_000, '2m 10s'],
    [1_800_000, '30m'],
    [5_400_000, '1h 30m'],
    [3_605_000, '1h 5s'],
    [-20, '0ms'],
    [Number.NaN, '0ms'],
  ])('formats %d as %j', (ms, text) => {
    expect(formatDuration(ms)).toBe(text)
  })

  it('reads back what it writes, for whole seconds', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 * 24 * 3600 }), (seconds) => {
        expect(parseDuration(formatDuration(seconds * 1_000))).toBe(seconds * 1_000)
      }),
    )
  })

  it('reads back what it writes, below a second', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999 }), (ms) => {
        expect(parseDuration(formatDuration(ms))).toBe(ms)
      }),
    )
  })
})
