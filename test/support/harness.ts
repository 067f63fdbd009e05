// Wiring for tests that run the core against the simulator: real settings parsing, real HTTP on 127.0.0.1,
// a fake clock for the waits, a recording logger.
import { afterEach, beforeEach } from 'vitest'
import { startHarnessSimulator, type HarnessSimulator } from '../../sim/harness-simulator.js'
import { DEFAULT_TIMING, type DecisionTiming } from '../../src/approvals/decide-execution.js'
import { runApprovalGate, type RunResult } from '../../src/run/run.js'
import { createHttpClient, type Timeouts } from '../../src/http/transport.js'
import { parseSettings } from '../../src/run/settings.js'
import { fakeClock, recordingLogger, type FakeClock } from './fakes.js'
import { TRANSPORTS, type TransportUnderTest } from './transports.js'

export interface Harness {
  sim: HarnessSimulator
  run(inputs?: Record<string, string>, options?: { timeouts?: Partial<Timeouts>; signal?: AbortSignal; timing?: Partial<DecisionTiming>; marker?: string }): Promise<RunOutcome>
}

export interface RunOutcome {
  result: RunResult
  log: ReturnType<typeof recordingLogger>
  clock: FakeClock
}

/** Starts a simulator before each test of the calling file and closes it after. */
export function useHarness(via: TransportUnderTest = TRANSPORTS[0]!): Harness {
  const state = {} as Harness
  beforeEach(async () => {
    state.sim = await startHarnessSimulator()
  })
  afterEach(async () => {
    await state.sim.close()
  })
  state.run = async (inputs = {}, options = {}) => {
    const sim = state.sim
    const settings = parseSettings(
      (name) => ({ executionId: 'exec1', apiKey: sim.apiKey, orgId: sim.orgId, projectId: sim.projectId, baseUrl: sim.baseUrl, waitForApproval: '0', ...inputs })[name] ?? '',
      () => undefined,
    )
    const http = createHttpClient({ ...via.options, ...(options.timeouts ? { timeouts: options.timeouts } : {}) })
    const clock = fakeClock()
    const log = recordingLogger()
    try {
      const result = await runApprovalGate(settings, {
        http,
        clock,
        logger: log,
        marker: options.marker ?? 'hag-test.1-abc',
        random: () => 0.5,
        timing: { ...DEFAULT_TIMING, ...options.timing },
        ...(options.signal ? { signal: options.signal } : {}),
      })
      return { result, log, clock }
    } finally {
      await http.destroy()
    }
  }
  return state
}
