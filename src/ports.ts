// What the core needs from its surroundings. The action and the CLI each supply their own, and tests
// supply exact ones (a clock whose sleep returns at once, a logger that records).

export interface Logger {
  debug(message: string): void
  info(message: string): void
  /** A warning annotation on GitHub, a "warning:" line elsewhere. */
  warning(message: string, title?: string): void
  /** An error annotation on GitHub, an "error:" line elsewhere. */
  error(message: string, title?: string): void
  /** Collapsible section for chatty, repetitive lines (each poll attempt). */
  group<T>(name: string, body: () => Promise<T>): Promise<T>
}

export interface Clock {
  now(): number
  /** Resolves after `ms`, or rejects with the signal's reason as soon as it is aborted. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason)
      const onAbort = () => {
        clearTimeout(timer)
        reject(signal?.reason)
      }
      const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort)
        resolve()
      }, ms)
      signal?.addEventListener('abort', onAbort, { once: true })
    }),
}

/** The reason used when the run is cancelled (SIGINT/SIGTERM, or the CLI's Ctrl-C). */
export class CancelledError extends Error {
  constructor(message = 'cancelled') {
    super(message)
    this.name = 'CancelledError'
  }
}
