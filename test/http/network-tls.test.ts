// TLS: a private CA is honoured through the caCert input, NODE_EXTRA_CA_CERTS, or both at once, for Harness
// and the status URL; without it the certificate is refused before any request is sent. And nothing in
// the action can turn certificate checks off. In the test process (the mutation suite runs it); the built
// action with a private CA is test/action/tls.test.ts.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { rootCertificates } from 'node:tls'
import { describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import { startStatusServer } from '../../sim/status-server.js'
import { runApprovalGate } from '../../src/run/run.js'
import { createHttpClient, TransportError, type HttpClient, type HttpClientOptions } from '../../src/http/transport.js'
import { trustedCas } from '../../src/http/undici-transport.js'
import { parseSettings } from '../../src/run/settings.js'
import { startConnectProxy } from '../support/connect-proxy.js'
import { fakeClock, recordingLogger } from '../support/fakes.js'
import { ROOT } from '../support/run-action.js'
import { runGateOn } from '../support/status-gate.js'
import { TRANSPORTS, type TransportUnderTest } from '../support/transports.js'
import { whyNoOpenssl } from '../support/tls-cert.js'
import { usePrivateCaServers } from '../support/tls-servers.js'

const noOpenssl = whyNoOpenssl()
const TIMEOUTS = { connectMs: 2_000, headersMs: 2_000, bodyMs: 2_000 }

describe.skipIf(noOpenssl !== undefined)(`https with a private CA${noOpenssl ? ` (skipped: ${noOpenssl})` : ''}`, () => {
  const tls = usePrivateCaServers()

  function clientOver(via: TransportUnderTest, options: Omit<HttpClientOptions, 'timeouts'> = {}): HttpClient {
    // An empty environment unless given: a proxy or CA configured on this machine must not interfere.
    const http = createHttpClient({ timeouts: TIMEOUTS, env: {}, ...via.options, ...options })
    tls.onCleanup(() => http.destroy())
    return http
  }

  const get = (http: HttpClient, url: string) => http.send({ method: 'GET', url: new URL(url) })

  // A caCert or a proxy takes undici by itself; without either, these run over each transport.
  describe.each(TRANSPORTS)('over $name', (via) => {
    const client = (options: Omit<HttpClientOptions, 'timeouts'> = {}) => clientOver(via, options)

    describe('the transport', () => {
      it('refuses a certificate from an unknown CA before sending anything', async () => {
        await tls.start()
        const error = await get(client(), `${tls.sim.baseUrl}/x`).catch((e: unknown) => e)
        expect(error).toBeInstanceOf(TransportError)
        expect(error).toMatchObject({ failure: 'certificate', maybeDelivered: false })
        expect((error as Error).message).toMatch(/could not connect, the server's certificate is not trusted \(UNABLE_TO_VERIFY_LEAF_SIGNATURE\)/)
        expect(tls.sim.stats.connections).toBeGreaterThanOrEqual(1)
        expect(tls.sim.requests).toHaveLength(0)
      })

      it('trusts the CA given as caCert, for both hosts', async () => {
        await tls.start()
        expect(tls.sim.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/)
        expect(tls.status.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/$/)
        const http = client({ caCert: tls.harnessCa.caPem })
        expect((await get(http, `${tls.sim.baseUrl}/x`)).status).toBe(404)
        expect((await get(http, `${tls.status.url}job`)).status).toBe(200)
      })

      it('with caCert, still trusts NODE_EXTRA_CA_CERTS and the public roots', async () => {
        await tls.start(tls.otherCa)
        const env = { NODE_EXTRA_CA_CERTS: tls.harnessCa.caPath }
        const http = client({ caCert: tls.otherCa.caPem, env })
        expect((await get(http, `${tls.sim.baseUrl}/x`)).status).toBe(404)
        expect((await get(http, `${tls.status.url}job`)).status).toBe(200)
        const cas = trustedCas(tls.otherCa.caPem, env)
        expect(cas).toEqual(expect.arrayContaining([...rootCertificates]))
        expect(cas).toContain(tls.harnessCa.caPem)
        expect(cas).toContain(tls.otherCa.caPem)
      })

      it('a caCert for one CA does not make another trusted', async () => {
        await tls.start(tls.otherCa)
        const error = await get(client({ caCert: tls.harnessCa.caPem }), `${tls.status.url}job`).catch((e: unknown) => e)
        expect(error).toMatchObject({ failure: 'certificate', maybeDelivered: false })
        expect(tls.status.requests).toHaveLength(0)
      })

      it('keeps the private CA through a proxy: CONNECT first, then TLS with the target', async () => {
        await tls.start()
        const proxy = await startConnectProxy()
        tls.onCleanup(() => proxy.close())
        const http = client({ caCert: tls.harnessCa.caPem, env: { HTTPS_PROXY: proxy.url } })
        expect((await get(http, `${tls.sim.baseUrl}/x`)).status).toBe(404)
        expect(proxy.connects.map((c) => c.target)).toEqual([new URL(tls.sim.url).host])

        const untrusting = client({ env: { HTTPS_PROXY: proxy.url } })
        const error = await get(untrusting, `${tls.status.url}job`).catch((e: unknown) => e)
        expect(error).toMatchObject({ failure: 'certificate' })
        expect(tls.status.requests).toHaveLength(0)
      })
    })

    describe('the core', () => {
      it('without the CA fails with "Could not reach Harness" and the certificate error, posting nothing', async () => {
        await tls.start()
        const settings = parseSettings(
          (name) => ({ executionId: 'exec1', apiKey: tls.sim.apiKey, orgId: tls.sim.orgId, projectId: tls.sim.projectId, baseUrl: tls.sim.baseUrl, waitForApproval: '0' })[name] ?? '',
          () => undefined,
        )
        const result = await runApprovalGate(settings, { http: client(), clock: fakeClock(), logger: recordingLogger(), marker: 'hag-test.1-abc', random: () => 0.5 })
        expect(result.outcome).toBe('failed')
        const execution = result.executions[0]!
        expect(execution).toMatchObject({ kind: 'failed', posts: 0, cause: { id: 'unreachable', title: 'Could not reach Harness' } })
        if (execution.kind !== 'failed') return
        expect(execution.cause.explanation).toMatch(/could not connect, the server's certificate is not trusted \(UNABLE_TO_VERIFY_LEAF_SIGNATURE\)/)
        expect(execution.cause.fix).toMatch(/caCert/)
        expect(tls.sim.requests).toHaveLength(0)
      })

      describe('the status gate', () => {
        const gate = (http: HttpClient, url: string, headers: Record<string, string> = {}) => runGateOn(http, url, { statusField: 'state', statusHeaders: headers })

        it('polls an https status URL with the private CA, and ends the gate at once on an untrusted certificate', async () => {
          await tls.start()
          expect((await gate(client({ caCert: tls.harnessCa.caPem }), `${tls.status.url}job`)).verdict).toBe('success')

          tls.status.requests.length = 0
          const outcome = await gate(client(), `${tls.status.url}job`)
          // Retrying cannot make the certificate trusted: one attempt, verdict error, no decision.
          expect(outcome.verdict).toBe('error')
          expect(outcome.timeline.map((t) => t.status)).toEqual(['certificate'])
          expect(outcome.reason).toMatch(/caCert or NODE_EXTRA_CA_CERTS/)
          expect(outcome.reason).toContain('UNABLE_TO_VERIFY_LEAF_SIGNATURE')
          expect(tls.status.requests).toHaveLength(0)
        })

        it('follows a loopback http redirect to https (no headers: another origin), but never https down to http', async () => {
          await tls.start()
          const plain = await startStatusServer()
          tls.onCleanup(() => plain.close())
          const http = client({ caCert: tls.harnessCa.caPem })
          const secret = { authorization: 'Bearer status-token-1' }

          plain.script([{ redirect: `${tls.status.url}job` }])
          expect((await gate(http, `${plain.url}start`, secret)).verdict).toBe('success')
          expect(tls.status.requests.map((r) => r.path)).toEqual(['/job'])
          expect(tls.status.requests[0]!.headers).not.toHaveProperty('authorization')

          plain.requests.length = 0
          tls.status.script([{ redirect: `${plain.url}down` }])
          const outcome = await gate(http, `${tls.status.url}job`, secret)
          expect(outcome.verdict).toBe('error')
          expect(outcome.reason).toContain('which is not https')
          expect(plain.requests).toHaveLength(0)
        })
      })
    })
  })
})

describe('no switch turns certificate checks off', () => {
  const DISABLING = /insecure|skip.?(tls|ssl|verif|cert)|no.?verif|reject.?unauthori[sz]ed|(tls|ssl|cert).?verif|ignore.?(tls|ssl|cert)|allow.?(self|invalid|untrusted)/i

  it('action.yml has no input like insecure, skipTlsVerify or rejectUnauthorized', () => {
    const action = parseYaml(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { description?: string }> }
    const names = Object.keys(action.inputs)
    expect(names).toContain('caCert')
    expect(names.filter((name) => DISABLING.test(name))).toEqual([])
  })

  it('no source file sets NODE_TLS_REJECT_UNAUTHORIZED or turns off certificate or host name checks', () => {
    const offending: string[] = []
    const srcDir = join(ROOT, 'src')
    const files = readdirSync(srcDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'))
    expect(files.length).toBeGreaterThan(10)
    for (const file of files) {
      const text = readFileSync(join(srcDir, file), 'utf8')
      if (/NODE_TLS_REJECT_UNAUTHORIZED|rejectUnauthorized|checkServerIdentity/.test(text) || DISABLING.test(text)) offending.push(file)
    }
    expect(offending).toEqual([])
  })

})
