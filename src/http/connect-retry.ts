// A few quick tries when Harness cannot be reached at all, then a clear failure. A connection that was
// refused or never made carried nothing to the server, so even the decision POST may be tried again here.
// The budget is small on purpose: a mistyped or unreachable baseUrl should say so in seconds, not after
// minutes of back-off; a name that does not resolve will not resolve in a second either, and fails at once.
import type { Clock, Logger } from '../ports.js'
import { TransportError, type HttpClient } from './transport.js'

export interface ConnectRetry {
  /** The waits between tries, in order; a try is only made while the whole stays within `budgetMs`. */
  waitsMs: readonly number[]
  /** From the first try: no new try starts once this much time would have passed. */
  budgetMs: number
}

export const DEFAULT_CONNECT_RETRY: ConnectRetry = { waitsMs: [500, 1_000, 2_000, 4_000], budgetMs: 10_000 }

/** Resolution failed for good: no retry. */
const NAME_UNKNOWN = 'ENOTFOUND'
/** A temporary resolver failure: one more try. */
const NAME_LOOKUP_FAILED = 'EAI_AGAIN'

export function withConnectRetry(http: HttpClient, clock: Clock, logger: Logger, retry: ConnectRetry = DEFAULT_CONNECT_RETRY): HttpClient {
  // Requests sent together meet the same outage: it is said once, until a request gets through again.
  let announced = false
  return {
    send: async (req) => {
      const started = clock.now()
      for (let tries = 1; ; tries++) {
        try {
          const response = await http.send(req)
          announced = false
          return response
        } catch (error) {
          if (!(error instanceof TransportError) || error.failure !== 'connect' || req.signal?.aborted) throw error
          const wait = retry.waitsMs[tries - 1]
          const giveUp =
            error.code === NAME_UNKNOWN ||
            (error.code === NAME_LOOKUP_FAILED && tries >= 2) ||
            wait === undefined ||
            clock.now() + wait - started > retry.budgetMs
          if (giveUp) throw tries === 1 ? error : afterTries(error, tries, clock.now() - started)
          if (tries === 1 && !announced) logger.info(`${error.message}; trying again for up to ${Math.round(retry.budgetMs / 1000)}s.`)
          announced = true
          await clock.sleep(wait, req.signal)
        }
      }
    },
    close: () => http.close(),
    destroy: () => http.destroy(),
  }
}

function afterTries(error: TransportError, tries: number, elapsedMs: number): TransportError {
  const seconds = Math.round(elapsedMs / 100) / 10
  return new TransportError(error.failure, error.maybeDelivered, `${error.message}; ${tries} tries in ${seconds}s`, {
    cause: error,
    ...(error.code ? { code: error.code } : {}),
  })
}
