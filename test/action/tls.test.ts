// The built action with a private CA: the caCert input, NODE_EXTRA_CA_CERTS, or both at once, for Harness and
// the status URL; without it the certificate is refused before any request is sent. The transport's own TLS
// tests, in the test process, are test/http/network-tls.test.ts.
import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ACTION, runAction } from '../support/run-action.js'
import { actionInputs } from '../support/servers.js'
import { whyNoOpenssl } from '../support/tls-cert.js'
import { usePrivateCaServers } from '../support/tls-servers.js'

const noOpenssl = whyNoOpenssl()

describe.skipIf(noOpenssl !== undefined || !existsSync(ACTION))(`the built action, https with a private CA${noOpenssl ? ` (skipped: ${noOpenssl})` : ''}`, () => {
  const tls = usePrivateCaServers()

  const inputs = (extra: Record<string, string> = {}) =>
    actionInputs(tls.sim, { statusUrl: `${tls.status.url}job/1`, statusField: 'state', pollInterval: '100ms', timeout: '10s', ...extra })
  const approved = { statusVerdict: 'success', decision: 'APPROVE', approvalStatus: 'APPROVED' }

  it('without the CA, fails at once (no retries) saying the certificate is not trusted, and no request arrives', async () => {
    await tls.start()
    const run = await runAction(actionInputs(tls.sim))
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/::error title=Could not reach Harness::.*certificate is not trusted \(UNABLE_TO_VERIFY_LEAF_SIGNATURE\)/)
    expect(run.stdout).not.toMatch(/trying again/)
    expect(tls.sim.requests).toHaveLength(0)
  })

  it('succeeds with the caCert input, for Harness and the status URL', async () => {
    await tls.start()
    const run = await runAction(inputs({ caCert: tls.harnessCa.caPem }))
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject(approved)
    expect(tls.sim.posts()).toHaveLength(1)
  })

  it('succeeds with NODE_EXTRA_CA_CERTS alone', async () => {
    await tls.start()
    const run = await runAction(inputs(), { env: { NODE_EXTRA_CA_CERTS: tls.harnessCa.caPath } })
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject(approved)
    expect(tls.sim.posts()).toHaveLength(1)
  })

  it('honours caCert and NODE_EXTRA_CA_CERTS together (one CA for each host)', async () => {
    await tls.start(tls.otherCa)
    const run = await runAction(inputs({ caCert: tls.otherCa.caPem }), { env: { NODE_EXTRA_CA_CERTS: tls.harnessCa.caPath } })
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject(approved)
    expect(tls.sim.posts()).toHaveLength(1)
  })
})
