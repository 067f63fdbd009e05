// A client-side limit on requests per minute, so a batch of executions never provokes Harness's 429s.
// Sliding window: at most `perMinute` requests start in any 60-second span, however they bunch up.
import type { Clock } from '../ports.js'
import type { HttpClient } from './transport.js'

export const WINDOW_MS = 60_000

export class RateLimiter {
  private readonly starts: number[] = []
  private queue: Promise<void> = Promise.resolve()

  constructor(
    private readonly perMinute: number,
    private readonly clock: Clock,
  ) {}

  /** Resolves when one more request may start; callers are served in order. */
  take(signal?: AbortSignal): Promise<void> {
    const turn = this.queue.then(() => this.waitForSlot(signal))
    // A cancelled waiter must not block the ones behind it.
    this.queue = turn.catch(() => undefined)
    return turn
  }

  private async waitForSlot(signal?: AbortSignal): Promise<void> {
    for (;;) {
      const now = this.clock.now()
      while (this.starts.length > 0 && this.starts[0]! <= now - WINDOW_MS) this.starts.shift()
      if (this.starts.length < this.perMinute) {
        this.starts.push(now)
        return
      }
      await this.clock.sleep(this.starts[0]! + WINDOW_MS - now, signal)
    }
  }
}

export function withRateLimit(http: HttpClient, limiter: RateLimiter): HttpClient {
  return {
    send: async (req) => {
      await limiter.take(req.signal)
      return http.send(req)
    },
    close: () => http.close(),
    destroy: () => http.destroy(),
  }
}
