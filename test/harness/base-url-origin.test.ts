// Odd base URLs through the built command line and action: every request that leaves goes to the base
// URL's own origin, and a base URL that could be read as another host ('//', backslashes, credentials,
// encoded slashes, a query or fragment) is refused, naming baseUrl, before anything is sent. Real
// listeners: the simulator on P1, a recorder on P2 (where a misread base URL would send the key) and one on
// the IPv6 loopback.
import { existsSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startHarnessSimulator, type HarnessSimulator } from '../../sim/harness-simulator.js'
import { installStoRoutes, type StoSimulator } from '../../sim/sto-simulator.js'
import { harnessUrl, keyStaysAtOrigin } from '../../src/harness/api-url.js'
import { createHttpClient } from '../../src/http/transport.js'
import { CLI, runCli } from '../support/run-cli.js'
import { ACTION, runAction } from '../support/run-action.js'

interface Recorder {
  port: number
  seen: { host: string; path: string; key: boolean }[]
  server: Server
}

async function startRecorder(host: string): Promise<Recorder> {
  const seen: Recorder['seen'] = []
  const server = createServer((req: IncomingMessage, res) => {
    seen.push({ host: req.headers.host ?? '', path: req.url ?? '', key: 'x-api-key' in req.headers })
    res.writeHead(404, { 'content-type': 'application/json' }).end('{"code":"RESOURCE_NOT_FOUND","message":"nothing here"}')
  })
  await new Promise<void>((resolve) => server.listen(0, host, resolve))
  return { port: (server.address() as AddressInfo).port, seen, server }
}

const ACCOUNT = 'acctOrigin000000000001'
let sim: HarnessSimulator
let sto: StoSimulator
let other: Recorder
let v6: Recorder
let p1: number

beforeAll(async () => {
  sim = await startHarnessSimulator({ accountId: ACCOUNT, orgId: 'default', projectId: 'proj' })
  sto = installStoRoutes(sim)
  p1 = Number(new URL(sim.baseUrl).port)
  other = await startRecorder('127.0.0.1')
  v6 = await startRecorder('::1')
})
afterAll(async () => {
  for (const r of [other, v6]) await new Promise((resolve) => r?.server.close(resolve))
  await sim?.close()
})

/** `{P1}`, `{P2}`, `{P6}`: the simulator's port, the other recorder's, the IPv6 recorder's. */
const fill = (template: string) => template.replaceAll('{P1}', String(p1)).replaceAll('{P2}', String(other.port)).replaceAll('{P6}', String(v6.port))

const REFUSED = [
  'http://127.0.0.1:{P1}//127.0.0.1:{P2}/gateway',
  'http://127.0.0.1:{P1}///127.0.0.1:{P2}/gateway',
  'http://127.0.0.1:{P1}//gateway',
  'http://127.0.0.1:{P1}/gateway//127.0.0.1:{P2}',
  'http://127.0.0.1:{P1}\\\\127.0.0.1:{P2}/gateway',
  'http://127.0.0.1:{P1}\\gateway',
  'http:\\\\127.0.0.1:{P1}\\gateway',
  'http://127.0.0.1:{P2}@127.0.0.1:{P1}/gateway',
  'http://user@127.0.0.1:{P1}/gateway',
  'http://@127.0.0.1:{P1}/gateway',
  'http://127.0.0.1:{P1}/%2F127.0.0.1:{P2}/gateway',
  'http://127.0.0.1:{P1}/%2f%2f127.0.0.1:{P2}/gateway',
  'http://127.0.0.1:{P1}/gateway%5c',
  'http://127.0.0.1:{P1}/gateway?',
  'http://127.0.0.1:{P1}/gateway?next=//127.0.0.1:{P2}',
  'http://127.0.0.1:{P1}/gateway#',
  'http://[::1]:{P6}//127.0.0.1:{P2}/gateway',
  '//127.0.0.1:{P2}/gateway',
]

/** Accepted, and where every request must go: the origin and the Host header it carries. */
const ACCEPTED: [string, string][] = [
  ['http://127.0.0.1:{P1}/gateway/', '127.0.0.1:{P1}'],
  ['http://127.0.0.1:{P1}/gateway///', '127.0.0.1:{P1}'],
  ['http://127.0.0.1.:{P1}/gateway', '127.0.0.1:{P1}'],
  ['http://127.0.0.1:{P1}/other/../gateway', '127.0.0.1:{P1}'],
  ['http://[::1]:{P6}/gateway', '[::1]:{P6}'],
]

const cliEnv = (baseUrl: string) => ({ HARNESS_API_KEY: sim.apiKey, HARNESS_URL: baseUrl, HARNESS_ORG_ID: 'default', HARNESS_PROJECT_ID: 'proj' })

/** Requests each listener received while `run` ran. */
async function counted<T>(run: () => Promise<T>): Promise<{ result: T; sim: { host: string; path: string }[]; other: Recorder['seen']; v6: Recorder['seen'] }> {
  const before = { sim: sim.requests.length, other: other.seen.length, v6: v6.seen.length }
  const result = await run()
  return {
    result,
    sim: sim.requests.slice(before.sim).map((r) => ({ host: r.headers.host ?? '', path: r.path })),
    other: other.seen.slice(before.other),
    v6: v6.seen.slice(before.v6),
  }
}

let n = 0
const nextExecution = () => {
  const executionId = `execOrigin${String(++n).padStart(12, '0')}`
  sim.addInstance({ executionId })
  return executionId
}

describe.skipIf(!existsSync(CLI))('dist/cli.js with odd base URLs', () => {
  it.each(REFUSED)('refuses %s naming the value and the expected form, sending nothing', async (template) => {
    const baseUrl = fill(template)
    const commands = [
      ['approve', '--execution-id', nextExecution(), '--wait-for-approval', '0'],
      ['exemptions', 'approve', sto.addExemption({}).id],
    ]
    for (const args of commands) {
      const seen = await counted(() => runCli(args, { env: cliEnv(baseUrl) }))
      const { code, stderr } = seen.result
      expect(code, stderr).toBe(2)
      expect(stderr).toMatch(/--base-url|HARNESS_URL/)
      expect(stderr).toContain('expected an https URL such as https://app.harness.io/gateway')
      // The value is shown as given (credentials excepted).
      if (!/@/.test(baseUrl)) expect(stderr).toContain(baseUrl.slice(0, 40).replaceAll('\\', '\\'))
      expect([...seen.sim, ...seen.other, ...seen.v6]).toEqual([])
    }
  })

  it.each(ACCEPTED)('sends every request of %s to %s only', async (template, host) => {
    const baseUrl = fill(template)
    const expectedHost = fill(host)
    const commands = [
      ['approve', '--execution-id', nextExecution(), '--wait-for-approval', '0'],
      ['exemptions', 'approve', sto.addExemption({}).id],
    ]
    for (const args of commands) {
      const seen = await counted(() => runCli(args, { env: cliEnv(baseUrl) }))
      const all = [...seen.sim, ...seen.other, ...seen.v6]
      expect(all.length, seen.result.stderr).toBeGreaterThan(0)
      expect(all.map((r) => r.host)).toEqual(all.map(() => expectedHost))
      expect(seen.other).toEqual([])
      if (expectedHost.startsWith('127.0.0.1')) expect(seen.result.code, seen.result.stderr).toBe(0)
      else expect(seen.sim).toEqual([])
      // Each path is the base path with the API's own after it: nothing climbed out or doubled.
      for (const r of all) expect(r.path).toMatch(/^\/gateway\/(pipeline|sto|ng)\/api\//)
    }
  })
})

describe.skipIf(!existsSync(ACTION))('dist/index.js with odd base URLs', () => {
  const inputs = (baseUrl: string, extra: Record<string, string>) => ({ apiKey: sim.apiKey, orgId: 'default', projectId: 'proj', baseUrl, waitForApproval: '0', ...extra })

  it.each(['http://127.0.0.1:{P1}//127.0.0.1:{P2}/gateway', 'http://127.0.0.1:{P1}\\\\127.0.0.1:{P2}/gateway', 'http://127.0.0.1:{P1}/%2F%2F127.0.0.1:{P2}/gateway'])(
    'refuses %s for an approval and an exemption, sending nothing',
    async (template) => {
      const baseUrl = fill(template)
      for (const extra of [{ executionId: nextExecution() }, { exemptionId: sto.addExemption({}).id }] as Record<string, string>[]) {
        const seen = await counted(() => runAction(inputs(baseUrl, extra)))
        expect(seen.result.code).toBe(1)
        expect(seen.result.stdout).toMatch(/::error[^\n]*Input baseUrl '[^\n]*' is not valid/)
        expect([...seen.sim, ...seen.other, ...seen.v6]).toEqual([])
      }
    },
  )

  it('sends the requests of a base URL with a trailing dot and slash to its own origin', async () => {
    const baseUrl = fill('http://127.0.0.1.:{P1}/gateway/')
    for (const extra of [{ executionId: nextExecution() }, { exemptionId: sto.addExemption({}).id }] as Record<string, string>[]) {
      const seen = await counted(() => runAction(inputs(baseUrl, extra)))
      expect(seen.result.code, seen.result.stdout).toBe(0)
      expect(seen.sim.length).toBeGreaterThan(0)
      expect(seen.sim.every((r) => r.host === `127.0.0.1:${p1}`)).toBe(true)
      expect([...seen.other, ...seen.v6]).toEqual([])
    }
  })
})

describe('the URL builder and the last guard, in process', () => {
  it('keeps the base URL\'s origin whatever the base path or the segments hold', () => {
    // Such a base is refused by the settings; the builder must not misread it either.
    const base = new URL(`http://127.0.0.1:${p1}//127.0.0.1:${other.port}/gateway`)
    const url = harnessUrl(base, 'sto', 'api', '//127.0.0.1:9/x', 'a/b?c#d')
    expect(url.origin).toBe(`http://127.0.0.1:${p1}`)
    expect(url.pathname).toBe(`//127.0.0.1:${other.port}/gateway/sto/api/%2F%2F127.0.0.1%3A9%2Fx/a%2Fb%3Fc%23d`)
    expect(url.search).toBe('')
    for (const segment of ['', '.', '..']) expect(() => harnessUrl(base, 'ng', segment)).toThrow(/cannot hold the segment/)
  })

  it('refuses to send the key to another origin, and sends nothing', async () => {
    const http = createHttpClient()
    try {
      const guarded = keyStaysAtOrigin(http, new URL(sim.baseUrl))
      const before = other.seen.length
      const away = new URL(`http://127.0.0.1:${other.port}/gateway/ng/api/user/currentUser`)
      await expect(guarded.send({ method: 'GET', url: away, headers: { 'X-Api-Key': sim.apiKey } })).rejects.toThrow(/Refused to send the API key to http:\/\/127\.0\.0\.1:\d+/)
      expect(other.seen.length).toBe(before)
      // Without the key (a status URL, say), another origin is not this guard's business.
      expect((await guarded.send({ method: 'GET', url: away })).status).toBe(404)
      expect(other.seen.slice(before).map((r) => r.key)).toEqual([false])
    } finally {
      await http.close()
    }
  })
})
