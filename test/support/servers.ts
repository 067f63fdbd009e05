// The simulators on 127.0.0.1 that most tests talk to, started and closed around the calling file's tests,
// and the inputs that point the action at them. The `use…` helpers return live getters: the servers only exist
// once the hooks have run.
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest'
import { startHarnessSimulator, type HarnessSimulator } from '../../sim/harness-simulator.js'
import { installStoRoutes, type StoSimulator } from '../../sim/sto-simulator.js'
import { startStatusServer, type StatusServer } from '../../sim/status-server.js'
import { createHttpClient, type HttpClient } from '../../src/http/transport.js'
import type { StoCommandDeps } from '../../src/exemptions/commands.js'
import { ExemptionsAdminClient } from '../../src/exemptions/admin-client.js'
import { fakeClock, recordingLogger, type FakeClock } from './fakes.js'
import { TRANSPORTS, type TransportUnderTest } from './transports.js'

export interface SimulatorAndStatusServer {
  readonly sim: HarnessSimulator
  readonly status: StatusServer
}

/**
 * One simulator and one status server shared by every test of the calling file (started once: property
 * tests run hundreds of cases, each resetting what it uses).
 */
export function useSimulatorAndStatusServer(): SimulatorAndStatusServer {
  let sim: HarnessSimulator
  let status: StatusServer
  beforeAll(async () => {
    sim = await startHarnessSimulator()
    status = await startStatusServer()
  })
  afterAll(async () => {
    await status.close()
    await sim.close()
  })
  return {
    get sim() {
      return sim
    },
    get status() {
      return status
    },
  }
}

/** What the STO commands need, with the fakes kept at their own types so tests can inspect them. */
export interface StoTestDeps extends StoCommandDeps {
  clock: FakeClock
  logger: ReturnType<typeof recordingLogger>
  random: () => number
}

export interface StoServers {
  readonly sim: HarnessSimulator
  readonly sto: StoSimulator
  readonly http: HttpClient
  /** An STO client for the account, with the simulator's default key unless another is given. */
  client(apiKey?: string): ExemptionsAdminClient
  /** The STO commands' dependencies around `client(apiKey)`: a fake clock, a recording logger, fixed jitter. */
  deps(apiKey?: string): StoTestDeps
}

/** A fresh simulator serving STO for `accountId` (org `default`, project `proj`) and an HTTP client over `via`, per test. */
export function useStoSimulator(accountId: string, via: TransportUnderTest = TRANSPORTS[0]!): StoServers {
  let sim: HarnessSimulator
  let sto: StoSimulator
  let http: HttpClient
  beforeEach(async () => {
    sim = await startHarnessSimulator({ accountId, orgId: 'default', projectId: 'proj' })
    sto = installStoRoutes(sim)
    http = createHttpClient(via.options)
  })
  afterEach(async () => {
    await http.close()
    await sim.close()
  })
  const client = (apiKey = sim.apiKey) => new ExemptionsAdminClient(http, { baseUrl: new URL(sim.baseUrl), accountId, apiKey })
  return {
    get sim() {
      return sim
    },
    get sto() {
      return sto
    },
    get http() {
      return http
    },
    client,
    deps: (apiKey) => ({ client: client(apiKey), clock: fakeClock(), logger: recordingLogger(), random: () => 0.5 }),
  }
}

/** The action's inputs for approving `exec1` on the simulator without waiting, plus `extra`. */
export function actionInputs(sim: HarnessSimulator, extra: Record<string, string> = {}): Record<string, string> {
  return { executionId: 'exec1', apiKey: sim.apiKey, orgId: sim.orgId, projectId: sim.projectId, baseUrl: sim.baseUrl, waitForApproval: '0', ...extra }
}
