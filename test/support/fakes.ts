// Exact stand-ins for the clock and the logger: sleeps return at once but move time on, so a 30-minute
// back-off runs in microseconds and its waits can be asserted one by one.
import type { Clock, Logger } from '../../src/ports.js'

export interface FakeClock extends Clock {
  sleeps: number[]
  advance(ms: number): void
}

export function fakeClock(start = 1_700_000_000_000): FakeClock {
  let now = start
  const sleeps: number[] = []
  return {
    sleeps,
    now: () => now,
    advance: (ms) => {
      now += ms
    },
    sleep: async (ms, signal) => {
      if (signal?.aborted) throw signal.reason
      sleeps.push(ms)
      now += ms
      // Yield so concurrent work (and aborts) can interleave as with real timers.
      await new Promise((resolve) => setImmediate(resolve))
      if (signal?.aborted) throw signal.reason
    },
  }
}

export interface LoggedLine {
  level: 'debug' | 'info' | 'warning' | 'error'
  message: string
  title?: string
}

export function recordingLogger(): Logger & { lines: LoggedLine[]; text(): string } {
  const lines: LoggedLine[] = []
  return {
    lines,
    text: () => lines.map((l) => `${l.level}: ${l.title ? `[${l.title}] ` : ''}${l.message}`).join('\n'),
    debug: (message) => lines.push({ level: 'debug', message }),
    info: (message) => lines.push({ level: 'info', message }),
    warning: (message, title) => lines.push({ level: 'warning', message, ...(title ? { title } : {}) }),
    error: (message, title) => lines.push({ level: 'error', message, ...(title ? { title } : {}) }),
    group: async (_name, body) => body(),
  }
}
