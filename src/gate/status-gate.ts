// The status gate: polls an external job's status URL until it reports success or failure, the time
// runs out, or the run is cancelled. It never posts anything itself; the verdict decides what follows.
import { TransportError, type HttpClient, type TransportFailure } from '../http/transport.js'
import { TOTAL_TIMEOUT } from '../http/transport-errors.js'
import { CancelledError, type Clock, type Logger } from '../ports.js'
import { cleanRemoteText } from '../report/sanitize.js'
import { formatDuration } from '../settings/durations.js'
import { ENDED_WITHOUT_OUTCOME, type GateSettings } from './settings.js'
import {
  classifyAnswer,
  describeUrl,
  nextWait,
  resolveRedirect,
  type BodyProblem,
  type Classification,
  type StatusAnswer,
} from './verdict.js'
import { gateFix } from './fix.js'

export type GateVerdict = 'success' | 'failure' | 'timeout' | 'cancelled' | 'error'

export interface GateTimelineEntry {
  /** Ms since the gate started, when the answer came. */
  at: number
  /** The HTTP status, or how the request failed ('reset', 'timeout', 'connect', 'other'). */
  status: number | Exclude<TransportFailure, 'aborted'>
  /** The status value read, cleaned and bounded; absent when none could be read. */
  value?: string
}

export interface GateOutcome {
  verdict: GateVerdict
  /** The last status value seen, cleaned and bounded. */
  value?: string
  attempts: number
  elapsedMs: number
  /** The first and last few attempts; `timelineOmitted` counts those left out between them. */
  timeline: GateTimelineEntry[]
  timelineOmitted: number
  /** One sentence for logs, the summary and a rejection comment (no trailing period, no secrets). */
  reason: string
  /** The status URL as it may be shown: no credentials, no query. */
  statusUrl: string
  /** For an error or a timeout: what to check, naming settings as `{statusUrl}`. */
  fix?: string
}

export interface GateDeps {
  /** Reused for every poll, so they share one keep-alive connection. */
  http: HttpClient
  clock: Clock
  logger: Logger
  signal?: AbortSignal
  /** In [0, 1); drives the jitter. */
  random?: () => number
}

/** Redirect hops followed per poll. */
export const MAX_REDIRECTS = 3
export const TIMELINE_HEAD = 5
export const TIMELINE_TAIL = 5
/**
 * The time the last poll gets to answer whole: it is made this long before the deadline (pollInterval when
 * shorter, but at least a second, and never more than the whole timeout). Every poll is cut off at the
 * deadline, so the gate, the poll in flight included, ends within its timeout.
 */
export const LAST_POLL_MS = 5_000
const MIN_LAST_POLL_MS = 1_000
/** Secrets shorter than this are not searched for in remote text: they would garble it and protect nothing. */
const MIN_SECRET_LENGTH = 4

interface Poll {
  status: GateTimelineEntry['status']
  result: Classification
  /** Cut off by requestTimeout itself (not by the gate's own deadline, nor a silence bound). */
  requestTimeout?: boolean
}

export async function runGate(settings: GateSettings, deps: GateDeps): Promise<GateOutcome> {
  const { clock, logger, signal } = deps
  const random = deps.random ?? Math.random
  const start = clock.now()
  const deadline = start + settings.timeoutMs
  const lastPollAt = deadline - Math.min(LAST_POLL_MS, Math.max(settings.pollIntervalMs, MIN_LAST_POLL_MS), settings.timeoutMs)
  const shownUrl = describeUrl(settings.statusUrl)
  const redact = secretRedactor(settings.statusHeaders)
  const timeline = new Timeline()
  let attempts = 0
  let lastValue: string | undefined
  let last: Poll | undefined
  // Some poll was cut off by requestTimeout: a gate that then ran out of time may need it raised.
  let cutByRequestTimeout = false
  let warned = false
  let bodyProblem: BodyProblem | undefined
  let hinted = false

  const finish = (verdict: GateVerdict, reason: string): GateOutcome => {
    const fix = gateFix(verdict, last ? { status: last.status, requestTimeout: cutByRequestTimeout } : undefined, bodyProblem)
    return {
    verdict,
    ...(lastValue !== undefined ? { value: lastValue } : {}),
    attempts,
    elapsedMs: clock.now() - start,
    timeline: timeline.entries(),
    timelineOmitted: timeline.omitted,
    reason,
    statusUrl: shownUrl,
    ...(fix ? { fix } : {}),
    }
  }
  const spent = () => `${attempts} attempt${attempts === 1 ? '' : 's'} (${formatDuration(clock.now() - start)})`

  const title = `Status gate: polling ${shownUrl} for up to ${formatDuration(settings.timeoutMs)}`
  const outcome = await logger.group(title, async (): Promise<GateOutcome> => {
    try {
      for (;;) {
        if (signal?.aborted) throw new CancelledError()
        attempts++
        const poll = await pollOnce(settings, deps, redact, deadline)
        last = poll
        cutByRequestTimeout ||= poll.requestTimeout === true
        const { result } = poll
        if (result.value !== undefined) lastValue = result.value
        timeline.add({
          at: clock.now() - start,
          status: poll.status,
          ...(result.value !== undefined ? { value: result.value } : {}),
        })
        const line = `attempt ${attempts}: ${describePoll(poll)}`
        if (result.kind === 'success' || result.kind === 'failure') {
          logger.info(`${line}; done`)
          const what = settings.statusField === '' ? `the status URL answered ${result.detail}` : result.detail
          return finish(result.kind, `${what} after ${spent()}`)
        }
        if (result.kind === 'error') {
          // The answer itself is in the error that follows, once.
          logger.info(`attempt ${attempts}: ${typeof poll.status === 'number' ? `HTTP ${poll.status}` : `no answer (${poll.status})`}; giving up`)
          return finish('error', `the status URL ${shownUrl} answered ${describePoll(poll)}`)
        }
        if (result.kind === 'transient' && result.problem) bodyProblem = result.problem
        if (result.kind === 'transient' && result.problem && !warned) {
          // Once: a wrong statusField would otherwise warn on every attempt for half an hour.
          warned = true
          logger.warning(
            `The status URL's answer could not be read: ${result.detail}. Polling on until the ${formatDuration(settings.timeoutMs)} timeout.`,
            'Status gate',
          )
        }
        if (result.kind === 'pending' && !hinted && ENDED_WITHOUT_OUTCOME.includes(result.value.trim().toLowerCase())) {
          // Polling on cannot help: the job has ended and the field will not change again.
          hinted = true
          logger.warning(
            `The status field '${settings.statusField}' is '${result.value}', which says the job ended but not how. Point statusField at the field that says how (GitHub: conclusion), or list the value in successValues or failureValues. Polling on until the ${formatDuration(settings.timeoutMs)} timeout.`,
            'Status gate',
          )
        }
        const remaining = lastPollAt - clock.now()
        if (remaining <= 0) {
          logger.info(`${line}; no time left`)
          const tries = `${attempts} attempt${attempts === 1 ? '' : 's'}`
          return finish('timeout', `no final status within ${formatDuration(settings.timeoutMs)} (${tries}); last answer: ${describePoll(poll)}`)
        }
        const wait = nextWait({
          attempt: attempts,
          pollIntervalMs: settings.pollIntervalMs,
          maxPollIntervalMs: settings.maxPollIntervalMs,
          remainingMs: remaining,
          random,
          ...(result.kind === 'transient' && result.retryAfterMs !== undefined ? { retryAfterMs: result.retryAfterMs } : {}),
        })
        logger.info(`${line}; next poll in ${formatDuration(wait)}`)
        await clock.sleep(wait, signal)
      }
    } catch (error) {
      if (signal?.aborted || error instanceof CancelledError) {
        logger.info(`cancelled during attempt ${attempts}`)
        return finish('cancelled', `cancelled after ${spent()}${last ? `; last answer: ${describePoll(last)}` : ''}`)
      }
      throw error
    }
  })
  // A verdict on the job is said here; an error, a timeout or a cancellation is the run's error, said once there.
  if (outcome.verdict === 'success' || outcome.verdict === 'failure') logger.info(`Status gate: ${outcome.verdict}: ${outcome.reason}`)
  return outcome
}

/** One poll, following at most MAX_REDIRECTS redirects by hand. */
async function pollOnce(settings: GateSettings, deps: GateDeps, redact: (text: string) => string, until: number): Promise<Poll> {
  let url = settings.statusUrl
  let headers = settings.statusHeaders
  for (let hop = 0; ; hop++) {
    let answer: StatusAnswer
    try {
      // The whole answer, redirects included, by `until`: a body that trickles in must not outlast the gate.
      answer = await deps.http.send({ method: 'GET', url, headers, signal: deps.signal, totalMs: Math.max(1, until - deps.clock.now()) })
    } catch (error) {
      if (deps.signal?.aborted) throw new CancelledError()
      if (!(error instanceof TransportError)) throw error
      const failure = error.failure === 'aborted' ? 'other' : error.failure
      const detail = cleanRemoteText(redact(error.message), 200)
      // An untrusted certificate stays untrusted: polling on would only wait for the timeout.
      if (error.failure === 'certificate') return { status: failure, result: { kind: 'error', detail: `${detail}; trust its CA with caCert or NODE_EXTRA_CA_CERTS` } }
      return { status: failure, result: { kind: 'transient', detail }, requestTimeout: error.code === TOTAL_TIMEOUT }
    }
    // The body may echo what was sent (a debugging endpoint, an error page): secrets go before anything else.
    answer = {
      ...answer,
      text: redact(answer.text),
      headers: { ...answer.headers, ...(answer.headers.location ? { location: redact(answer.headers.location) } : {}) },
    }
    const isRedirect = answer.status >= 300 && answer.status < 400 && answer.headers.location !== undefined
    if (!isRedirect) return { status: answer.status, result: classifyAnswer(answer, settings, deps.clock.now()) }
    if (hop >= MAX_REDIRECTS) {
      const detail = `HTTP ${answer.status}: more than ${MAX_REDIRECTS} redirects (the last from ${describeUrl(url)})`
      return { status: answer.status, result: { kind: 'error', detail } }
    }
    const target = resolveRedirect(url, settings.statusUrl, answer.headers.location)
    if (!target.ok) return { status: answer.status, result: { kind: 'error', detail: `HTTP ${answer.status} with ${target.detail}` } }
    // Status headers carry credentials: they go to the status URL's own origin and nowhere else.
    if (!target.sameOrigin) headers = {}
    url = target.url
  }
}

/** What one poll got, for a log line or a reason: details about an HTTP status already start with it. */
function describePoll(poll: Poll): string {
  const { detail } = poll.result
  if (typeof poll.status !== 'number') return `no answer (${poll.status}): ${detail}`
  return detail.startsWith('HTTP ') ? detail : `HTTP ${poll.status}, ${detail}`
}

/** Replaces every status header value (and the credential after an auth scheme) with '***'. */
function secretRedactor(headers: Record<string, string>): (text: string) => string {
  const secrets = new Set<string>()
  for (const value of Object.values(headers)) {
    secrets.add(value)
    const credential = /^[A-Za-z][\w-]*\s+(\S.*)$/.exec(value)?.[1]
    if (credential) secrets.add(credential)
  }
  // Longest first, so a value is replaced whole before its credential part is looked for.
  const list = [...secrets].filter((s) => s.length >= MIN_SECRET_LENGTH).sort((a, b) => b.length - a.length)
  return (text) => list.reduce((clean, secret) => clean.split(secret).join('***'), text)
}

/** Keeps the first and the last few entries: the start and the end of a long wait are what matter. */
class Timeline {
  private readonly head: GateTimelineEntry[] = []
  private readonly tail: GateTimelineEntry[] = []
  omitted = 0

  add(entry: GateTimelineEntry): void {
    if (this.head.length < TIMELINE_HEAD) {
      this.head.push(entry)
      return
    }
    this.tail.push(entry)
    if (this.tail.length > TIMELINE_TAIL) {
      this.tail.shift()
      this.omitted++
    }
  }

  entries(): GateTimelineEntry[] {
    return [...this.head, ...this.tail]
  }
}
