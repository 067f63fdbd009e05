// Retrying for idempotent Harness reads only (never the decision POST). p-retry drives the attempts;
// the waiting between them goes through the injected clock, so tests run long back-offs in no time and
// a cancellation interrupts the wait at once.
import pRetry, { AbortError as StopRetrying } from 'p-retry'
import { HarnessApiError, UnexpectedBodyError } from '../harness/errors.js'
import { TransportError } from './transport.js'
import type { Clock, Logger } from '../ports.js'

export interface Backoff {
  /** First wait. */
  initialMs: number
  /** Longest wait. */
  maxMs: number
  /** Growth per attempt. */
  factor: number
}

/** The wait before attempt `attempt + 1`, with full-range jitter in [50%, 100%] of the exponential step. */
export function backoffDelay(attempt: number, backoff: Backoff, random: () => number): number {
  const exponential = Math.min(backoff.maxMs, backoff.initialMs * backoff.factor ** Math.max(0, attempt - 1))
  return Math.round(exponential * (0.5 + random() / 2))
}

/** Network trouble, 429 and 5xx may pass; anything else Harness said will say again. */
export function isTransient(error: unknown): boolean {
  // A certificate that is not trusted now will not be trusted in a second either; a connection that
  // could not be made had its few quick tries already (withConnectRetry), so the host is not reachable.
  if (error instanceof TransportError) return error.failure !== 'aborted' && error.failure !== 'certificate' && error.failure !== 'connect'
  if (error instanceof HarnessApiError) {
    const status = error.harnessCause.status
    return status === 429 || status === 408 || status >= 500
  }
  return error instanceof UnexpectedBodyError
}

export interface RetryContext {
  clock: Clock
  logger: Logger
  random: () => number
  signal?: AbortSignal
}

/** Runs `read` until it succeeds, a non-transient error occurs, or `deadline` (clock time) would pass. */
export async function retryRead<T>(
  what: string,
  read: () => Promise<T>,
  deadline: number,
  backoff: Backoff,
  ctx: RetryContext,
): Promise<T> {
  // Identical failures in a row are folded into one line with a count.
  let previous: string | undefined
  let repeats = 0
  const flush = () => {
    if (repeats > 0) ctx.logger.info(`${what}: the same failure ${repeats} more time${repeats === 1 ? '' : 's'}.`)
    repeats = 0
  }
  return pRetry(
    async () => {
      try {
        return await read()
      } catch (error) {
        if (ctx.signal?.aborted || !isTransient(error)) throw new StopRetrying(error as Error)
        throw error
      }
    },
    {
      retries: Number.POSITIVE_INFINITY,
      minTimeout: 0, // p-retry's own timer stays idle: the clock below does the waiting
      signal: ctx.signal,
      shouldRetry: async ({ error, attemptNumber }) => {
        const wait = backoffDelay(attemptNumber, backoff, ctx.random)
        if (ctx.clock.now() + wait > deadline) return false
        if (error.message === previous) repeats++
        else {
          flush()
          previous = error.message
          ctx.logger.info(`${what} failed (attempt ${attemptNumber}: ${error.message}); trying again in ${Math.round(wait / 100) / 10}s.`)
        }
        await ctx.clock.sleep(wait, ctx.signal)
        return true
      },
    },
  )
    .finally(flush)
    .catch((error: unknown) => {
    // p-retry rethrows the original error of a StopRetrying; unwrap defensively for older behaviour.
    throw error instanceof StopRetrying && 'originalError' in error ? (error as { originalError: unknown }).originalError : error
  })
}
