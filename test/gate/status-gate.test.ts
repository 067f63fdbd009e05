// The status gate against a real status server on 127.0.0.1 and the real HTTP client. The clock is
// injected: sleeps return at once but move time on, so a 30-minute gate runs in milliseconds.
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { LAST_POLL_MS, runGate, type GateOutcome } from '../../src/gate/status-gate.js'
import { createHttpClient, type HttpClient, type Timeouts } from '../../src/http/transport.js'
import { TRANSPORTS, type TransportUnderTest } from '../support/transports.js'
import { CancelledError, systemClock, type Clock, type Logger } from '../../src/ports.js'
import { DEFAULT_FAILURE_VALUES, DEFAULT_SUCCESS_VALUES, type GateSettings } from '../../src/gate/settings.js'
import { startStatusServer, type StatusServer } from '../../sim/status-server.js'

const T0 = Date.parse('2025-03-01T12:00:00Z')

interface TestClock extends Clock {
  sleeps: number[]
}

function testClock(sleep?: (ms: number, signal?: AbortSignal) => Promise<void>): TestClock {
  let now = T0
  const sleeps: number[] = []
  return {
    sleeps,
    now: () => now,
    sleep: async (ms, signal) => {
      if (signal?.aborted) throw signal.reason
      sleeps.push(ms)
      if (sleep) await sleep(ms, signal)
      now += ms
      // A real timer always lets pending I/O run first (a finished response returning its socket to the pool).
      await new Promise((resolve) => setImmediate(resolve))
      if (signal?.aborted) throw signal.reason
    },
  }
}

interface Line {
  level: string
  message: string
  /** The group the line was logged in, if any. */
  group?: string
}

function testLogger(): Logger & { lines: Line[]; groups: string[]; all(): string } {
  const lines: Line[] = []
  const groups: string[] = []
  let current: string | undefined
  const log = (level: string) => (message: string, title?: string) => {
    lines.push({ level, message: title ? `[${title}] ${message}` : message, ...(current ? { group: current } : {}) })
  }
  return {
    lines,
    groups,
    all: () => [...groups, ...lines.map((l) => l.message)].join('\n'),
    debug: log('debug'),
    info: log('info'),
    warning: log('warning'),
    error: log('error'),
    group: async (name, body) => {
      groups.push(name)
      current = name
      try {
        return await body()
      } finally {
        current = undefined
      }
    },
  }
}

let server: StatusServer
let servers: StatusServer[] = []
let clients: HttpClient[] = []
/** The transport of the suite running now: the suite runs over each. */
let via: TransportUnderTest = TRANSPORTS[0]!

async function newServer(): Promise<StatusServer> {
  const s = await startStatusServer()
  servers.push(s)
  return s
}

function newClient(timeouts: Partial<Timeouts> = { connectMs: 1_000, headersMs: 2_000, bodyMs: 2_000 }): HttpClient {
  // An empty environment: a proxy configured on the machine must not capture loopback test traffic.
  const client = createHttpClient({ timeouts, env: {}, ...via.options })
  clients.push(client)
  return client
}

beforeEach(async () => {
  server = await newServer()
})

afterEach(async () => {
  await Promise.all(clients.map((c) => c.close().catch(() => {})))
  await Promise.all(servers.map((s) => s.close()))
  clients = []
  servers = []
})

function settings(over: Partial<GateSettings> = {}): GateSettings {
  return {
    statusUrl: new URL(server.url),
    statusHeaders: {},
    statusField: 'status',
    successValues: DEFAULT_SUCCESS_VALUES,
    failureValues: DEFAULT_FAILURE_VALUES,
    pollIntervalMs: 10_000,
    maxPollIntervalMs: 60_000,
    timeoutMs: 30 * 60_000,
    onFailure: 'reject',
    onTimeout: 'fail',
    ...over,
  }
}

async function run(
  over: Partial<GateSettings> = {},
  deps: { http?: HttpClient; clock?: TestClock; signal?: AbortSignal; random?: () => number } = {},
) {
  const clock = deps.clock ?? testClock()
  const logger = testLogger()
  const outcome = await runGate(settings(over), {
    http: deps.http ?? newClient(),
    clock,
    logger,
    random: deps.random ?? (() => 0),
    ...(deps.signal ? { signal: deps.signal } : {}),
  })
  return { outcome, clock, logger }
}

const status = (value: unknown) => ({ status: 200, json: { status: value } })
const attemptLines = (logger: ReturnType<typeof testLogger>) => logger.lines.filter((l) => l.message.startsWith('attempt '))

describe.each(TRANSPORTS)('over $name', (transport) => {
  beforeAll(() => {
    via = transport
  })

  describe('runGate', () => {
    it('polls pending, pending, success and logs one line per attempt inside one group', async () => {
      server.script([status('running'), status('queued'), status('SUCCESS')])
      const { outcome, clock, logger } = await run()
      expect(outcome).toEqual<GateOutcome>({
        verdict: 'success',
        value: 'SUCCESS',
        attempts: 3,
        elapsedMs: 22_000,
        timeline: [
          { at: 0, status: 200, value: 'running' },
          { at: 10_000, status: 200, value: 'queued' },
          { at: 22_000, status: 200, value: 'SUCCESS' },
        ],
        timelineOmitted: 0,
        reason: "status field 'status' was 'SUCCESS' after 3 attempts (22s)",
        statusUrl: server.url,
      })
      expect(clock.sleeps).toEqual([10_000, 12_000])
      expect(logger.groups).toEqual([`Status gate: polling ${server.url} for up to 30m`])
      const attempts = attemptLines(logger)
      expect(attempts.map((l) => l.message)).toEqual([
        "attempt 1: HTTP 200, status field 'status' was 'running'; next poll in 10s",
        "attempt 2: HTTP 200, status field 'status' was 'queued'; next poll in 12s",
        "attempt 3: HTTP 200, status field 'status' was 'SUCCESS'; done",
      ])
      expect(attempts.every((l) => l.group === logger.groups[0])).toBe(true)
      expect(server.requests.map((r) => r.method)).toEqual(['GET', 'GET', 'GET'])
    })

    it('reports a failure value with the value and the time it took', async () => {
      server.script([status('running'), { status: 200, json: { build: { result: 'FAILED' } } }])
      const { outcome } = await run({ statusField: 'build.result' })
      expect(outcome.verdict).toBe('failure')
      expect(outcome.value).toBe('FAILED')
      expect(outcome.reason).toBe("status field 'build.result' was 'FAILED' after 2 attempts (10s)")
    })

    it("never takes GitHub's 'completed' for success: it polls on, and says once where the outcome is", async () => {
      server.setDefault({ status: 200, json: { status: 'completed', conclusion: 'failure' } })
      const { outcome, logger } = await run({ timeoutMs: 60_000 })
      expect(outcome.verdict).toBe('timeout')
      expect(outcome.value).toBe('completed')
      const warnings = logger.lines.filter((l) => l.level === 'warning')
      expect(warnings.map((w) => w.message)).toEqual([
        "[Status gate] The status field 'status' is 'completed', which says the job ended but not how. Point statusField at the field that says how (GitHub: conclusion), or list the value in successValues or failureValues. Polling on until the 1m timeout.",
      ])
    })

    it.each(['completed', 'complete', 'done', 'finished'])("reads '%s' as neither success nor failure by default", async (word) => {
      server.script([status(word), status('passed')])
      const { outcome } = await run()
      expect(outcome.attempts).toBe(2)
      expect(outcome.verdict).toBe('success')
    })

    it("reads GitHub's conclusion with statusField: conclusion", async () => {
      server.script([{ status: 200, json: { status: 'in_progress', conclusion: null } }, { status: 200, json: { status: 'completed', conclusion: 'startup_failure' } }])
      const { outcome, logger } = await run({ statusField: 'conclusion' })
      expect(outcome.verdict).toBe('failure')
      expect(outcome.value).toBe('startup_failure')
      expect(logger.lines.filter((l) => l.level === 'warning')).toEqual([])
    })

    it('lets the HTTP status decide when no field is set', async () => {
      server.script([{ status: 502, body: 'bad gateway' }, { status: 200, body: 'fine' }])
      const { outcome } = await run({ statusField: '' })
      expect(outcome.verdict).toBe('success')
      expect(outcome.reason).toBe('the status URL answered HTTP 200 after 2 attempts (10s)')
      expect(outcome.timeline.map((t) => t.status)).toEqual([502, 200])
    })

    it("polls one last time LAST_POLL_MS before the deadline (its answer's time), then times out with a bounded timeline", async () => {
      server.setDefault(status('running'))
      const { outcome, clock } = await run()
      expect(outcome.verdict).toBe('timeout')
      expect(clock.sleeps.reduce((a, b) => a + b, 0)).toBe(30 * 60_000 - LAST_POLL_MS)
      expect(Math.max(...clock.sleeps)).toBeLessThanOrEqual(60_000)
      expect(outcome.elapsedMs).toBe(30 * 60_000 - LAST_POLL_MS)
      expect(outcome.attempts).toBe(clock.sleeps.length + 1)
      expect(outcome.attempts).toBeGreaterThan(20)
      expect(outcome.timeline).toHaveLength(10)
      expect(outcome.timelineOmitted).toBe(outcome.attempts - 10)
      expect(outcome.timeline[0]!.at).toBe(0)
      expect(outcome.timeline.at(-1)!.at).toBe(30 * 60_000 - LAST_POLL_MS)
      expect(outcome.value).toBe('running')
      expect(outcome.reason).toBe(
        `no final status within 30m (${outcome.attempts} attempts); last answer: HTTP 200, status field 'status' was 'running'`,
      )
      expect(server.requests).toHaveLength(outcome.attempts)
    })

    it('keeps polling through 503s, honouring Retry-After up to maxPollInterval', async () => {
      server.script([
        { status: 503, headers: { 'retry-after': '25' } },
        { status: 503, headers: { 'retry-after': '3600' } },
        { status: 503 },
        { status: 429, headers: { 'retry-after': new Date(T0 + 25_000 + 60_000 + 18_000 + 40_000).toUTCString() } },
        { status: 500 },
        status('passed'),
      ])
      const { outcome, clock } = await run()
      expect(outcome.verdict).toBe('success')
      expect(outcome.attempts).toBe(6)
      // 25s as asked; 1h capped at 60s; plain backoff (attempt 3: 22.5s -20%); an HTTP date 40s ahead; backoff.
      expect(clock.sleeps).toEqual([25_000, 60_000, 18_000, 40_000, 40_500])
      expect(outcome.timeline.map((t) => t.status)).toEqual([503, 503, 503, 429, 500, 200])
    })

    it('never lets Retry-After push the next poll past the deadline', async () => {
      server.script([{ status: 503, headers: { 'retry-after': '50' } }])
      const { outcome, clock } = await run({ timeoutMs: 30_000 })
      expect(outcome.verdict).toBe('timeout')
      expect(clock.sleeps).toEqual([30_000 - LAST_POLL_MS])
      expect(outcome.reason).toBe("no final status within 30s (2 attempts); last answer: HTTP 503 (Retry-After 50s): (empty body)")
    })

    it('keeps polling after connection resets', async () => {
      server.script([{ reset: true }, { reset: true }, status('ok')])
      const { outcome } = await run()
      expect(outcome.verdict).toBe('success')
      expect(outcome.timeline.map((t) => t.status)).toEqual(['reset', 'reset', 200])
    })

    it('keeps polling when the server cannot be reached', async () => {
      const gone = new URL(server.url)
      await server.close()
      const { outcome } = await run({ statusUrl: gone, timeoutMs: 20_000 })
      expect(outcome.verdict).toBe('timeout')
      expect(outcome.timeline.map((t) => t.status)).toEqual(['connect', 'connect', 'connect'])
      expect(outcome.reason).toMatch(/^no final status within 20s \(3 attempts\); last answer: no answer \(connect\): GET http:\/\/127\.0\.0\.1:\d+\/: could not connect/)
    })

    it('keeps polling when the server hangs before the headers or in the body', async () => {
      server.script([{ hang: true }, { status: 200, json: { status: 'success', pad: 'x'.repeat(100) }, slowBodyMs: 2_000 }, status('passed')])
      const http = newClient({ connectMs: 1_000, headersMs: 200, bodyMs: 200 })
      const started = Date.now()
      const { outcome } = await run({}, { http })
      expect(outcome.verdict).toBe('success')
      expect(outcome.value).toBe('passed')
      expect(outcome.timeline.map((t) => t.status)).toEqual(['timeout', 'timeout', 200])
      // The HTTP layer checks its timeouts about once a second, so two timeouts cost about two seconds.
      expect(Date.now() - started).toBeLessThan(5_000)
    })

    it.each([
      ['trickles in', { trickleMs: 200 }],
      ['never ends', { trickleMs: 200, endless: true }],
    ])('ends at its timeout, the poll in flight included, when the answer %s (real clock)', async (_, trickle) => {
      server.setDefault({ status: 200, json: { status: 'success', pad: 'x'.repeat(40) }, ...trickle })
      const started = Date.now()
      const logger = testLogger()
      const over = { timeoutMs: 3_000, pollIntervalMs: 1_000, maxPollIntervalMs: 1_000 }
      const outcome = await runGate(settings(over), { http: newClient(), clock: systemClock, logger, random: () => 0 })
      expect(outcome.verdict).toBe('timeout')
      expect(outcome.timeline.map((t) => t.status)).toEqual(['timeout'])
      // Cut off by the gate's own deadline, not the request timeout: the message says which.
      expect(outcome.reason).toMatch(/no complete answer in the \d+(\.\d)?s left/)
      // Raising requestTimeout would not have helped.
      expect(outcome.fix).toBe('Raise {timeout}, or check that the job ends with a status among {successValues} or {failureValues}.')
      // Bytes keep coming within the idle timeout: only the gate's deadline ends the poll.
      expect(Date.now() - started).toBeLessThan(over.timeoutMs + 2_000)
    })

    it('cuts each poll at the request timeout when it is shorter than the time left, and polls on (real clock)', async () => {
      server.setDefault({ status: 200, json: { status: 'success' }, trickleMs: 100, endless: true })
      const logger = testLogger()
      const over = { timeoutMs: 3_000, pollIntervalMs: 1_000, maxPollIntervalMs: 1_000 }
      const http = newClient({ connectMs: 1_000, headersMs: 2_000, bodyMs: 2_000, totalMs: 700 })
      const outcome = await runGate(settings(over), { http, clock: systemClock, logger, random: () => 0 })
      expect(outcome.verdict).toBe('timeout')
      // Every poll ended at the request timeout, so there was time for more than one.
      expect(outcome.timeline.length).toBeGreaterThan(1)
      expect(outcome.timeline.every((t) => t.status === 'timeout')).toBe(true)
      expect(logger.all()).toContain('no complete answer within the request timeout (700ms)')
      expect(outcome.fix).toBe('Raise {requestTimeout} (each poll) or {timeout} (the whole gate): the status URL did not answer in time.')
    })

    it('polls that end at the headers bound, not the request timeout: the fix does not say to raise requestTimeout', async () => {
      server.setDefault({ hang: true })
      const logger = testLogger()
      const over = { timeoutMs: 1_500, pollIntervalMs: 500, maxPollIntervalMs: 500 }
      const outcome = await runGate(settings(over), { http: newClient({ connectMs: 1_000, headersMs: 200, bodyMs: 200 }), clock: systemClock, logger, random: () => 0 })
      expect(outcome.verdict).toBe('timeout')
      expect(outcome.timeline.every((t) => t.status === 'timeout')).toBe(true)
      expect(outcome.reason).toContain('UND_ERR_HEADERS_TIMEOUT')
      expect(outcome.fix).toBe('Raise {timeout}, or check that the job ends with a status among {successValues} or {failureValues}.')
    })

    it('warns once about a body that is not JSON and times out explaining it', async () => {
      server.setDefault({ status: 200, body: '<html>Sign in</html>' })
      const { outcome, logger } = await run({ timeoutMs: 60_000 })
      expect(outcome.verdict).toBe('timeout')
      expect(outcome.reason).toBe(
        `no final status within 1m (${outcome.attempts} attempts); last answer: HTTP 200, expected a JSON body with field 'status', got an HTML page`,
      )
      expect(outcome).not.toHaveProperty('value')
      const warnings = logger.lines.filter((l) => l.level === 'warning')
      expect(warnings).toHaveLength(1)
      expect(warnings[0]!.message).toMatch(/expected a JSON body with field 'status'/)
      expect(outcome.attempts).toBeGreaterThan(2)
    })

    it('recovers when the body becomes readable', async () => {
      server.script([{ status: 200, body: 'starting…' }, { status: 200, body: 'starting…' }, status('succeeded')])
      const { outcome, logger } = await run()
      expect(outcome.verdict).toBe('success')
      expect(logger.lines.filter((l) => l.level === 'warning')).toHaveLength(1)
    })

    it('explains a field that is missing until the deadline', async () => {
      server.setDefault({ status: 200, json: { state: 'success' } })
      const { outcome } = await run({ timeoutMs: 30_000 })
      expect(outcome.verdict).toBe('timeout')
      expect(outcome.reason).toContain(`expected field 'status' in the JSON body, but the body has no 'status'; got '{"state":"success"}'`)
    })

    it.each([
      [401, '{"message":"Bad credentials"}'],
      [403, 'forbidden'],
      [404, 'no such job'],
      [410, 'gone'],
    ])('ends with an error on HTTP %d, quoting the answer', async (code, body) => {
      server.script([{ status: code, body }])
      const { outcome, clock } = await run()
      expect(outcome.verdict).toBe('error')
      expect(outcome.attempts).toBe(1)
      expect(clock.sleeps).toEqual([])
      expect(outcome.reason).toBe(`the status URL ${server.url} answered HTTP ${code}: '${body}'`)
    })

    it('bounds and cleans a hostile error body', async () => {
      server.script([{ status: 404, body: `::error::forged\n##[group]x ${'z'.repeat(10_000)}` }])
      const { outcome } = await run()
      expect(outcome.reason.length).toBeLessThan(400)
      expect(outcome.reason).not.toMatch(/::|##\[|\n/)
    })

    describe('redirects', () => {
      it('follows a same-origin redirect, keeping the status headers', async () => {
        server.script([{ redirect: '/next' }, status('success')])
        const { outcome } = await run({ statusHeaders: { 'x-key': 'k-123456' } })
        expect(outcome.verdict).toBe('success')
        expect(outcome.attempts).toBe(1)
        expect(server.requests.map((r) => [r.path, r.headers['x-key']])).toEqual([
          ['/', 'k-123456'],
          ['/next', 'k-123456'],
        ])
      })

      it('drops the status headers when the origin changes', async () => {
        const other = await newServer()
        other.script([status('success')])
        server.script([{ redirect: `${other.url}elsewhere`, status: 307 }])
        const { outcome } = await run({ statusHeaders: { authorization: 'Bearer k-123456', 'x-key': 'k-abcdef' } })
        expect(outcome.verdict).toBe('success')
        expect(server.requests[0]!.headers.authorization).toBe('Bearer k-123456')
        expect(other.requests).toHaveLength(1)
        expect(other.requests[0]!.path).toBe('/elsewhere')
        expect(other.requests[0]!.headers).not.toHaveProperty('authorization')
        expect(other.requests[0]!.headers).not.toHaveProperty('x-key')
      })

      it('follows three hops but not a fourth', async () => {
        server.script([{ redirect: '/1' }, { redirect: '/2' }, { redirect: '/3' }, status('success')])
        expect((await run()).outcome.verdict).toBe('success')
        expect(server.requests.map((r) => r.path)).toEqual(['/', '/1', '/2', '/3'])

        server.requests.length = 0
        server.script([{ redirect: '/1' }, { redirect: '/2' }, { redirect: '/3' }, { redirect: '/4' }, status('success')])
        const { outcome } = await run()
        expect(outcome.verdict).toBe('error')
        expect(outcome.reason).toBe(`the status URL ${server.url} answered HTTP 302: more than 3 redirects (the last from ${server.url}3)`)
        expect(server.requests.map((r) => r.path)).toEqual(['/', '/1', '/2', '/3'])
      })

      it('refuses a redirect to plain http on another host', async () => {
        server.script([{ redirect: 'http://status.example.com/s?token=abc123' }])
        const { outcome } = await run()
        expect(outcome.verdict).toBe('error')
        expect(outcome.reason).toBe(
          `the status URL ${server.url} answered HTTP 302 with a redirect to http://status.example.com/s?…, which is not https`,
        )
        expect(server.requests).toHaveLength(1)
      })

      it('refuses a redirect without a Location', async () => {
        server.script([{ status: 302, body: 'moved' }])
        const { outcome } = await run()
        expect(outcome.verdict).toBe('error')
        expect(outcome.reason).toBe(`the status URL ${server.url} answered HTTP 302 redirect without a Location`)
      })
    })

    describe('cancellation', () => {
      it('returns cancelled promptly when aborted during a sleep', async () => {
        server.setDefault(status('running'))
        const controller = new AbortController()
        const clock = testClock(
          (_ms, signal) =>
            new Promise<void>((_resolve, reject) => {
              signal?.addEventListener('abort', () => reject(signal.reason), { once: true })
              setTimeout(() => controller.abort(new CancelledError()), 20)
            }),
        )
        const started = Date.now()
        const { outcome, logger } = await run({}, { clock, signal: controller.signal })
        expect(outcome.verdict).toBe('cancelled')
        expect(outcome.attempts).toBe(1)
        expect(outcome.reason).toBe("cancelled after 1 attempt (0ms); last answer: HTTP 200, status field 'status' was 'running'")
        expect(Date.now() - started).toBeLessThan(1_000)
        expect(server.requests).toHaveLength(1)
        // The cancellation is the run's to report, once; the gate's log ends with the attempt it stopped.
        expect(logger.lines.at(-1)!.message).toBe('cancelled during attempt 1')
        expect(logger.lines.some((l) => l.message.startsWith('Status gate: cancelled'))).toBe(false)
      })

      it('returns cancelled promptly when aborted during a request', async () => {
        server.setDefault({ hang: true })
        const controller = new AbortController()
        setTimeout(() => controller.abort(new CancelledError()), 50)
        const started = Date.now()
        // Default-length timeouts: only the abort can end this request quickly.
        const http = newClient({ connectMs: 10_000, headersMs: 30_000, bodyMs: 30_000 })
        const { outcome, clock } = await run({}, { http, signal: controller.signal })
        expect(outcome.verdict).toBe('cancelled')
        expect(outcome.attempts).toBe(1)
        expect(outcome.timeline).toEqual([])
        expect(clock.sleeps).toEqual([])
        expect(Date.now() - started).toBeLessThan(1_000)
      })

      it('does not poll at all when already cancelled', async () => {
        const controller = new AbortController()
        controller.abort(new CancelledError())
        const { outcome } = await run({}, { signal: controller.signal })
        expect(outcome.verdict).toBe('cancelled')
        expect(outcome.attempts).toBe(0)
        expect(outcome.reason).toBe('cancelled after 0 attempts (0ms)')
        expect(server.requests).toHaveLength(0)
      })
    })

    it('makes every poll over one keep-alive connection', async () => {
      server.script([status('running'), status('running'), status('running'), status('running'), status('running'), status('ok')])
      const { outcome } = await run()
      expect(outcome.attempts).toBe(6)
      expect(server.requests).toHaveLength(6)
      expect(server.connections).toBe(1)
    })

    it('never logs the status header values, even when the server echoes them', async () => {
      const token = 'tok-SECRET-1234567890'
      const key = 'key-abcdef-0987'
      const echo = (r: { headers: Record<string, string | string[] | undefined> }) =>
        `you sent ${String(r.headers.authorization)} and ${String(r.headers['x-api-key'])}`
      server.script([
        (r) => ({ status: 200, body: echo(r) }),
        (r) => ({ status: 503, body: echo(r) }),
        (r) => ({ status: 200, json: { status: String(r.headers['x-api-key']) } }),
        (r) => ({ status: 401, body: echo(r) }),
      ])
      const { outcome, logger } = await run({ statusHeaders: { authorization: `Bearer ${token}`, 'x-api-key': key } })
      expect(server.requests[0]!.headers.authorization).toBe(`Bearer ${token}`)
      expect(outcome.verdict).toBe('error')
      const everything = `${logger.all()}\n${JSON.stringify(outcome)}`
      expect(everything).toContain('***')
      expect(everything).not.toContain(token)
      expect(everything).not.toContain(key)
      expect(everything).not.toContain('SECRET')
    })
  })
})
