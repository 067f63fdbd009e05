// Enterprise networks: HTTP_PROXY / HTTPS_PROXY / NO_PROXY are honoured for Harness and for the status
// URL alike. A CONNECT proxy on 127.0.0.1 records which hosts it was asked to tunnel to. In the test process
// (the mutation suite runs it); the built action through a proxy is test/action/proxy.test.ts.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startHarnessSimulator, type HarnessSimulator } from '../../sim/harness-simulator.js'
import { startStatusServer, type StatusServer } from '../../sim/status-server.js'
import { createHttpClient, TransportError } from '../../src/http/transport.js'
import { startConnectProxy, type ConnectProxy } from '../support/connect-proxy.js'

let sim: HarnessSimulator
let status: StatusServer
let proxy: ConnectProxy
beforeEach(async () => {
  ;[sim, status, proxy] = await Promise.all([startHarnessSimulator(), startStatusServer(), startConnectProxy()])
})
afterEach(async () => {
  await Promise.all([sim.close(), status.close(), proxy.close()])
})

const hostOf = (url: string) => new URL(url).host

describe('the transport', () => {
  it('tunnels plain http targets through CONNECT too, so the proxy never sees a request line', async () => {
    const http = createHttpClient({ env: { HTTP_PROXY: proxy.url } })
    try {
      const response = await http.send({ method: 'GET', url: new URL(`${status.url}job`), headers: { authorization: 'Bearer status-token-1' } })
      expect(response.status).toBe(200)
    } finally {
      await http.close()
    }
    expect(proxy.connects.map((c) => c.target)).toEqual([hostOf(status.url)])
    expect(proxy.plainRequests).toEqual([])
    // The CONNECT names the host and nothing else: request headers travel inside the tunnel.
    expect(proxy.connects[0]!.headers).not.toHaveProperty('authorization')
    expect(status.requests).toHaveLength(1)
  })

  it('reads lower-case variables, and NO_PROXY by host and port', async () => {
    // Only the simulator's port is exempt: Harness is reached directly, the status URL through the proxy.
    const http = createHttpClient({ env: { http_proxy: proxy.url, https_proxy: proxy.url, no_proxy: `localhost, ${hostOf(sim.url)}` } })
    try {
      await http.send({ method: 'GET', url: new URL(`${sim.url}/gateway/anything`) })
      await http.send({ method: 'GET', url: new URL(`${status.url}job`) })
    } finally {
      await http.close()
    }
    expect(proxy.connects.map((c) => c.target)).toEqual([hostOf(status.url)])
    expect(sim.requests).toHaveLength(1)
    expect(status.requests).toHaveLength(1)
  })

  it('reads upper-case NO_PROXY, and an empty lower-case variable leaves the upper-case one in force', async () => {
    const http = createHttpClient({ env: { http_proxy: '', HTTP_PROXY: proxy.url, NO_PROXY: hostOf(sim.url) } })
    try {
      await http.send({ method: 'GET', url: new URL(`${sim.url}/gateway/anything`) })
      await http.send({ method: 'GET', url: new URL(`${status.url}job`) })
    } finally {
      await http.close()
    }
    expect(proxy.connects.map((c) => c.target)).toEqual([hostOf(status.url)])
    expect(sim.requests).toHaveLength(1)
    expect(status.requests).toHaveLength(1)
  })

  it('HTTPS_PROXY alone is not used for a plain http target', async () => {
    const http = createHttpClient({ env: { HTTPS_PROXY: proxy.url } })
    try {
      expect((await http.send({ method: 'GET', url: new URL(`${status.url}job`) })).status).toBe(200)
    } finally {
      await http.close()
    }
    expect(proxy.connects).toEqual([])
    expect(status.requests).toHaveLength(1)
  })

  it('gives up on a proxy that accepts the connection and never answers the CONNECT', async () => {
    const stalled = await startConnectProxy({ stall: true })
    const http = createHttpClient({ timeouts: { connectMs: 300, headersMs: 300, bodyMs: 300 }, env: { HTTPS_PROXY: stalled.url, HTTP_PROXY: stalled.url } })
    try {
      const error = await http.send({ method: 'GET', url: new URL(`${status.url}job`) }).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(TransportError)
      expect((error as TransportError).failure).toBe('timeout')
    } finally {
      await http.destroy()
      await stalled.close()
    }
    expect(stalled.connects.map((c) => c.target)).toEqual([hostOf(status.url)])
    expect(status.requests).toHaveLength(0)
  })
})
