// GitHub runs the action on node24, while the floor is Node 20 (which runs the rest of the tests): the
// built bundle is run once more on Node 24 when one is available (.ci/run installs it into .cache/), over
// both transports: node:http/https without a proxy or a caCert (NODE_EXTRA_CA_CERTS included), and
// dist/undici.js, which the bundle imports only for a proxy or a caCert; and a refused redirect.
import { existsSync } from 'node:fs'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startHarnessSimulator, type HarnessSimulator } from '../../sim/harness-simulator.js'
import { startStatusServer, type StatusServer } from '../../sim/status-server.js'
import { startConnectProxy } from '../support/connect-proxy.js'
import { ACTION, runAction, workflowCommands } from '../support/run-action.js'
import { actionInputs } from '../support/servers.js'
import { makeTestCas, whyNoOpenssl, type TestCa, type TestCas } from '../support/tls-cert.js'

const NODE24 = process.env.NODE24 ?? ''
const reason = !NODE24 ? 'NODE24 is not set' : !existsSync(NODE24) ? `no Node binary at ${NODE24}` : undefined
if (reason) console.warn(`Node 24 run skipped: ${reason}`)
const onNode24 = { node: NODE24, env: { NODE_OPTIONS: '' } }

const cleanups: Array<() => Promise<unknown>> = []
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((close) => close()))
})

async function simulator(options: Parameters<typeof startHarnessSimulator>[0] = {}): Promise<HarnessSimulator> {
  const sim = await startHarnessSimulator(options)
  cleanups.push(() => sim.close())
  return sim
}

async function statusServer(options: Parameters<typeof startStatusServer>[0] = {}): Promise<StatusServer> {
  const status = await startStatusServer(options)
  cleanups.push(() => status.close())
  return status
}

describe.skipIf(reason !== undefined || !existsSync(ACTION))(`dist/index.js on Node 24${reason ? ` (skipped: ${reason})` : ''}`, () => {
  let sim: HarnessSimulator
  beforeEach(async () => {
    sim = await simulator()
  })

  it('approves with the same outputs as on Node 20', async () => {
    sim.addInstance({ executionId: 'exec1', approverInputs: [{ name: 'env', defaultValue: 'prod' }] })
    const run = await runAction(
      { executionId: 'exec1', apiKey: sim.apiKey, orgId: sim.orgId, projectId: sim.projectId, baseUrl: sim.baseUrl, waitForApproval: '0' },
      onNode24,
    )
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({ decision: 'APPROVE', approvalStatus: 'APPROVED' })
    expect(sim.posts()).toHaveLength(1)
  })

  it('goes through HTTPS_PROXY / HTTP_PROXY to Harness and the status URL (the proxy agent loads on demand)', async () => {
    const status = await statusServer()
    const proxy = await startConnectProxy()
    cleanups.push(() => proxy.close())
    sim.addInstance({ executionId: 'exec1' })
    status.script([{ json: { state: 'passed' } }])
    const inputs = actionInputs(sim, { statusUrl: `${status.url}job/1`, statusField: 'state', pollInterval: '100ms', timeout: '10s' })

    const run = await runAction(inputs, { ...onNode24, env: { ...onNode24.env, HTTPS_PROXY: proxy.url, HTTP_PROXY: proxy.url } })

    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({ statusVerdict: 'success', decision: 'APPROVE', approvalStatus: 'APPROVED' })
    expect(sim.posts()).toHaveLength(1)
    expect(new Set(proxy.connects.map((c) => c.target))).toEqual(new Set([new URL(sim.url).host, new URL(status.url).host]))
    expect(proxy.plainRequests).toEqual([])
  })

  it('refuses a redirect from Harness, and the target never hears of the key', async () => {
    const trap = await statusServer()
    const harness = await statusServer()
    harness.setDefault({ status: 302, redirect: `${trap.url}login` })

    const run = await runAction(
      { executionId: 'exec1', apiKey: sim.apiKey, orgId: 'default', projectId: 'proj', baseUrl: `${harness.url}gateway`, waitForApproval: '0' },
      onNode24,
    )

    expect(run.code).toBe(1)
    expect(workflowCommands(run.stdout).some((c) => c.startsWith('::error') && c.includes('Harness answered with a redirect'))).toBe(true)
    // The execution read and the approvals read beside it, each once.
    expect(harness.requests).toHaveLength(2)
    expect(trap.requests).toHaveLength(0)
    expect(trap.connections).toBe(0)
  })

  const noOpenssl = whyNoOpenssl()
  describe.skipIf(noOpenssl !== undefined)(`https with a private CA${noOpenssl ? ` (skipped: ${noOpenssl})` : ''}`, () => {
    let certs: TestCas
    let ca: TestCa
    beforeAll(() => {
      certs = makeTestCas(1)
      ca = certs.cas[0]!
    })
    afterAll(() => certs?.cleanup())

    it('trusts the caCert input (dist/undici.js loads on demand) for Harness and the status URL', async () => {
      const https = await simulator({ tls: { key: ca.key, cert: ca.cert } })
      const status = await statusServer({ tls: { key: ca.key, cert: ca.cert } })
      https.addInstance({ executionId: 'exec1' })
      status.script([{ json: { state: 'passed' } }])
      const inputs = actionInputs(https, { statusUrl: `${status.url}job/1`, statusField: 'state', pollInterval: '100ms', timeout: '10s', caCert: ca.caPem })

      const run = await runAction(inputs, onNode24)

      expect(run.code).toBe(0)
      expect(run.outputs).toMatchObject({ statusVerdict: 'success', decision: 'APPROVE', approvalStatus: 'APPROVED' })
      expect(https.posts()).toHaveLength(1)
    })

    it('trusts NODE_EXTRA_CA_CERTS alone over node:https (no caCert, no proxy)', async () => {
      const https = await simulator({ tls: { key: ca.key, cert: ca.cert } })
      const status = await statusServer({ tls: { key: ca.key, cert: ca.cert } })
      https.addInstance({ executionId: 'exec1' })
      status.script([{ json: { state: 'passed' } }])
      const inputs = actionInputs(https, { statusUrl: `${status.url}job/1`, statusField: 'state', pollInterval: '100ms', timeout: '10s' })

      const run = await runAction(inputs, { ...onNode24, env: { ...onNode24.env, NODE_EXTRA_CA_CERTS: ca.caPath } })

      expect(run.stderr).toBe('')
      expect(run.code).toBe(0)
      expect(run.outputs).toMatchObject({ statusVerdict: 'success', decision: 'APPROVE', approvalStatus: 'APPROVED' })
      expect(https.posts()).toHaveLength(1)
    })

    it('keeps the caCert through a proxy: CONNECT first, then TLS with the target', async () => {
      const https = await simulator({ tls: { key: ca.key, cert: ca.cert } })
      const proxy = await startConnectProxy()
      cleanups.push(() => proxy.close())
      https.addInstance({ executionId: 'exec1' })

      const run = await runAction(actionInputs(https, { caCert: ca.caPem }), { ...onNode24, env: { ...onNode24.env, HTTPS_PROXY: proxy.url } })

      expect(run.code).toBe(0)
      expect(run.outputs).toMatchObject({ decision: 'APPROVE', approvalStatus: 'APPROVED' })
      expect(https.posts()).toHaveLength(1)
      // Every tunnel goes to the target; the two reads that go together open one each (HTTP/1.1).
      const host = new URL(https.url).host
      expect(proxy.connects.length).toBeGreaterThanOrEqual(1)
      expect(proxy.connects.length).toBeLessThanOrEqual(2)
      expect(proxy.connects.every((c) => c.target === host)).toBe(true)
    })

    it('without the CA, fails at once saying the certificate is not trusted, and no request arrives', async () => {
      const https = await simulator({ tls: { key: ca.key, cert: ca.cert } })
      https.addInstance({ executionId: 'exec1' })

      const run = await runAction(actionInputs(https), onNode24)

      expect(run.code).toBe(1)
      expect(run.stdout).toMatch(/::error title=Could not reach Harness::.*certificate is not trusted/)
      expect(https.requests).toHaveLength(0)
    })
  })
})
