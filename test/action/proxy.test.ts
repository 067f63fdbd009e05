// The built action through an HTTP proxy: HTTPS_PROXY / HTTP_PROXY take Harness and the status URL through a
// CONNECT proxy on 127.0.0.1, and NO_PROXY leaves hosts alone. The transport's own proxy tests, in the test
// process, are test/http/network-proxy.test.ts.
import { existsSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startHarnessSimulator, type HarnessSimulator } from '../../sim/harness-simulator.js'
import { startStatusServer, type StatusServer } from '../../sim/status-server.js'
import { startConnectProxy, type ConnectProxy } from '../support/connect-proxy.js'
import { ACTION, runAction } from '../support/run-action.js'
import { actionInputs } from '../support/servers.js'

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

describe.skipIf(!existsSync(ACTION))('the built action', () => {
  const inputs = () =>
    actionInputs(sim, {
      statusUrl: `${status.url}job/1`,
      statusField: 'state',
      statusHeaders: 'Authorization: Bearer status-token-1',
      pollInterval: '100ms',
      timeout: '10s',
    })

  beforeEach(() => {
    sim.addInstance({ executionId: 'exec1' })
    status.script([{ json: { state: 'passed' } }])
  })

  it('goes through HTTPS_PROXY / HTTP_PROXY to both Harness and the status URL', async () => {
    const run = await runAction(inputs(), { env: { HTTPS_PROXY: proxy.url, HTTP_PROXY: proxy.url } })

    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({ statusVerdict: 'success', decision: 'APPROVE', approvalStatus: 'APPROVED' })
    expect(sim.posts()).toHaveLength(1)
    const targets = new Set(proxy.connects.map((c) => c.target))
    expect(targets).toEqual(new Set([hostOf(sim.url), hostOf(status.url)]))
    expect(proxy.plainRequests).toEqual([])
    // Neither secret is handed to the proxy itself.
    for (const connect of proxy.connects) {
      expect(JSON.stringify(connect.headers)).not.toContain(sim.apiKey)
      expect(JSON.stringify(connect.headers)).not.toContain('status-token-1')
    }
  })

  it('leaves hosts listed in NO_PROXY alone', async () => {
    const run = await runAction(inputs(), { env: { HTTPS_PROXY: proxy.url, HTTP_PROXY: proxy.url, NO_PROXY: '127.0.0.1' } })

    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({ statusVerdict: 'success', decision: 'APPROVE', approvalStatus: 'APPROVED' })
    expect(sim.posts()).toHaveLength(1)
    expect(proxy.connects).toEqual([])
    expect(proxy.plainRequests).toEqual([])
  })
})
