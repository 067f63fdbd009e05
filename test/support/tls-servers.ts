// For an https suite: two private CAs made once for the suite, and per test the Harness simulator and the
// status server on https with certificates they sign. Call it inside the suite's describe: it registers
// the hooks that make the CAs and close each test's servers (and whatever else the test hands to onCleanup).
import { afterAll, afterEach, beforeAll } from 'vitest'
import { startHarnessSimulator, type HarnessSimulator } from '../../sim/harness-simulator.js'
import { startStatusServer, type StatusServer } from '../../sim/status-server.js'
import { makeTestCas, type TestCa, type TestCas } from './tls-cert.js'

export interface PrivateCaServers {
  /** Signs the simulator's certificate (and, unless start() is given another, the status server's). */
  harnessCa: TestCa
  /** A second CA, for a status server that Harness's CA does not vouch for. */
  otherCa: TestCa
  /** Set by start(), with one approval waiting on execution `exec1`. */
  sim: HarnessSimulator
  /** Set by start(), answering `{ state: 'passed' }` once. */
  status: StatusServer
  start(statusCa?: TestCa): Promise<void>
  /** Run after the test, with the servers' own close. */
  onCleanup(cleanup: () => Promise<unknown>): void
}

export function usePrivateCaServers(): PrivateCaServers {
  let certs: TestCas | undefined
  const cleanups: Array<() => Promise<unknown>> = []
  const servers = {
    onCleanup: (cleanup: () => Promise<unknown>) => void cleanups.push(cleanup),
    async start(statusCa?: TestCa) {
      servers.sim = await startHarnessSimulator({ tls: { key: servers.harnessCa.key, cert: servers.harnessCa.cert } })
      const ca = statusCa ?? servers.harnessCa
      servers.status = await startStatusServer({ tls: { key: ca.key, cert: ca.cert } })
      const { sim, status } = servers
      cleanups.push(() => sim.close(), () => status.close())
      sim.addInstance({ executionId: 'exec1' })
      status.script([{ json: { state: 'passed' } }])
    },
  } as PrivateCaServers

  beforeAll(() => {
    certs = makeTestCas(2)
    ;[servers.harnessCa, servers.otherCa] = certs.cas as [TestCa, TestCa]
  })
  afterAll(() => certs?.cleanup())
  afterEach(async () => {
    await Promise.all(cleanups.splice(0).map((c) => c().catch(() => {})))
  })
  return servers
}
