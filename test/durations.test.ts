import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DURATION_FORMS, durationExpected, durationInWords, formatDuration, parseDuration } from '../src/settings/durations.js'

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
    // From ten seconds on, whole seconds: a tenth no longer says anything.
    [9_949, '9.9s'],
    [9_950, '10s'],
    [10_500, '11s'],
    [90_500, '1m 31s'],
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

describe('durationInWords', () => {
  // Every spelling of a unit a person might write, singular and plural, any case, with or without spaces.
  it.each([
    ['5 minutes', '5m'],
    ['1 minute', '1m'],
    ['10 mins', '10m'],
    ['3 min', '3m'],
    ['2 m', '2m'],
    ['30 seconds', '30s'],
    ['1 second', '1s'],
    ['45 secs', '45s'],
    ['15 sec', '15s'],
    ['9 s', '9s'],
    ['2 hours', '2h'],
    ['1 hour', '1h'],
    ['3 hrs', '3h'],
    ['1 hr', '1h'],
    ['4 h', '4h'],
    ['500 milliseconds', '500ms'],
    ['1 millisecond', '1ms'],
    ['250 ms', '250ms'],
    ['1.25 hours', '1.25h'],
    ['12 Minutes', '12m'],
    ['2 HOURS', '2h'],
    ['5minutes', '5m'],
    ['  5 \t minutes  ', '5m'],
  ])('reads %j as %j', (text, meant) => {
    expect(durationInWords(text)).toBe(meant)
  })

  // Only a number followed by a unit, and nothing else: no guess from a sentence or an unknown unit.
  it.each(['5 weeks', '5 days', 'minutes', '5', 'about 5 minutes', 'v5 minutes', '5 minutes later', '5 minutes 30 seconds', '1.5.2 hours', '-5 minutes', ''])(
    'has nothing for %j',
    (text) => {
      expect(durationInWords(text)).toBeUndefined()
    },
  )
})

describe('durationExpected', () => {
  it('says how to write a duration given in words', () => {
    expect(durationExpected('5 minutes', DURATION_FORMS)).toBe(`${DURATION_FORMS} (write '5m')`)
    expect(durationExpected('90 Seconds', 'a duration')).toBe("a duration (write '90s')")
  })

  it('adds nothing when the value is no duration in words, or already a duration (refused only for its size)', () => {
    expect(durationExpected('soon', 'a duration')).toBe('a duration')
    expect(durationExpected('5 weeks', 'a duration')).toBe('a duration')
    // `25h` reads as a duration: suggesting to write '25h' instead would make no sense.
    expect(durationExpected('25h', 'at most 24h')).toBe('at most 24h')
    expect(durationExpected('25 h', 'at most 24h')).toBe('at most 24h')
  })
})
