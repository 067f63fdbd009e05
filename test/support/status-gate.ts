// The status gate run straight against a URL, as the network tests need it: settings with plain defaults a
// test overrides field by field, a fake clock (the waits take no time), a recording logger, no jitter.
import { runGate, type GateOutcome } from '../../src/gate/status-gate.js'
import type { HttpClient } from '../../src/http/transport.js'
import { DEFAULT_FAILURE_VALUES, DEFAULT_SUCCESS_VALUES, type GateSettings } from '../../src/gate/settings.js'
import { fakeClock, recordingLogger } from './fakes.js'

export function gateSettings(url: string, over: Partial<GateSettings> = {}): GateSettings {
  return {
    statusUrl: new URL(url),
    statusHeaders: {},
    statusField: 'status',
    successValues: DEFAULT_SUCCESS_VALUES,
    failureValues: DEFAULT_FAILURE_VALUES,
    pollIntervalMs: 10_000,
    maxPollIntervalMs: 10_000,
    timeoutMs: 10_000,
    onFailure: 'reject',
    onTimeout: 'fail',
    ...over,
  }
}

export function runGateOn(http: HttpClient, url: string, over: Partial<GateSettings> = {}): Promise<GateOutcome> {
  return runGate(gateSettings(url, over), { http, clock: fakeClock(), logger: recordingLogger(), random: () => 0 })
}
