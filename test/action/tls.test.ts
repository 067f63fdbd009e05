// The built action with a private CA: the caCert input, NODE_EXTRA_CA_CERTS, or both at once, for Harness and
// the status URL; without it the certificate is refused before any request is sent. The transport's own TLS
// tests, in the test process, are test/http/network-tls.test.ts.
import { existsSync } from 'node:fs'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { startHarnessSimulator, type HarnessSimulator } from '../../sim/harness-simulator.js'
import { startStatusServer, type StatusServer } from '../../sim/status-server.js'
import { ACTION, runAction } from '../support/run-action.js'
import { actionInputs } from '../support/servers.js'
import { makeTestCas, whyNoOpenssl, type TestCa, type TestCas } from '../support/tls-cert.js'

const noOpenssl = whyNoOpenssl()

describe.skipIf(noOpenssl !== undefined || !existsSync(ACTION))(`the built action, https with a private CA${noOpenssl ? ` (skipped: ${noOpenssl})` : ''}`, () => {
  let certs: TestCas
  /** Signs the simulator's certificate. */
  let harnessCa: TestCa
  /** Signs the status server's certificate (in most tests: `harnessCa`). */
  let otherCa: TestCa
  let sim: HarnessSimulator
  let status: StatusServer
  const cleanups: Array<() => Promise<unknown>> = []

  beforeAll(() => {
    certs = makeTestCas(2)
    ;[harnessCa, otherCa] = certs.cas as [TestCa, TestCa]
  })
  afterAll(() => certs?.cleanup())
  afterEach(async () => {
    await Promise.all(cleanups.splice(0).map((c) => c().catch(() => {})))
  })

  async function start(statusCa: TestCa = harnessCa): Promise<void> {
    sim = await startHarnessSimulator({ tls: { key: harnessCa.key, cert: harnessCa.cert } })
    status = await startStatusServer({ tls: { key: statusCa.key, cert: statusCa.cert } })
    cleanups.push(() => sim.close(), () => status.close())
    sim.addInstance({ executionId: 'exec1' })
    status.script([{ json: { state: 'passed' } }])
  }

  const inputs = (extra: Record<string, string> = {}) =>
    actionInputs(sim, { statusUrl: `${status.url}job/1`, statusField: 'state', pollInterval: '100ms', timeout: '10s', ...extra })
  const approved = { statusVerdict: 'success', decision: 'APPROVE', approvalStatus: 'APPROVED' }

  it('without the CA, fails at once (no retries) saying the certificate is not trusted, and no request arrives', async () => {
    await start()
    const run = await runAction(actionInputs(sim))
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/::error title=Could not reach Harness::.*certificate is not trusted \(UNABLE_TO_VERIFY_LEAF_SIGNATURE\)/)
    expect(run.stdout).not.toMatch(/trying again/)
    expect(sim.requests).toHaveLength(0)
  })

  it('succeeds with the caCert input, for Harness and the status URL', async () => {
    await start()
    const run = await runAction(inputs({ caCert: harnessCa.caPem }))
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject(approved)
    expect(sim.posts()).toHaveLength(1)
  })

  it('succeeds with NODE_EXTRA_CA_CERTS alone', async () => {
    await start()
    const run = await runAction(inputs(), { env: { NODE_EXTRA_CA_CERTS: harnessCa.caPath } })
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject(approved)
    expect(sim.posts()).toHaveLength(1)
  })

  it('honours caCert and NODE_EXTRA_CA_CERTS together (one CA for each host)', async () => {
    await start(otherCa)
    const run = await runAction(inputs({ caCert: otherCa.caPem }), { env: { NODE_EXTRA_CA_CERTS: harnessCa.caPath } })
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject(approved)
    expect(sim.posts()).toHaveLength(1)
  })
})
