// Where the credentials go. The Harness key goes to baseUrl and nowhere else: a redirect from Harness is
// refused, not followed. Status headers go to the status URL's own origin only, over at most three hops.
// Real servers on 127.0.0.1; each "trap" server records what reached it.
import { existsSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startHarnessSimulator, type HarnessSimulator } from '../../sim/harness-simulator.js'
import { startStatusServer, type StatusServer } from '../../sim/status-server.js'
import { runApprovalGate, type RunResult } from '../../src/run/run.js'
import { createHttpClient } from '../../src/http/transport.js'
import { parseSettings } from '../../src/run/settings.js'
import { fakeClock, recordingLogger } from '../support/fakes.js'
import { ACTION, runAction, workflowCommands } from '../support/run-action.js'
import { runGateOn } from '../support/status-gate.js'
import { TRANSPORTS, type TransportUnderTest } from '../support/transports.js'

const KEY = 'pat.acct123.tokenid0001.secretpart0001'
const APPROVALS_PATH = '/gateway/pipeline/api/v1/orgs/default/projects/proj/approvals/execution/exec1'

let servers: StatusServer[] = []
async function server(): Promise<StatusServer> {
  const s = await startStatusServer()
  servers.push(s)
  return s
}
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()))
  servers = []
})

/** Runs the core in-process (fake clock, so back-offs cost nothing) with these inputs. */
async function runCore(inputs: Record<string, string>, via: TransportUnderTest): Promise<{ result: RunResult; log: ReturnType<typeof recordingLogger> }> {
  const all: Record<string, string> = { executionId: 'exec1', apiKey: KEY, orgId: 'default', projectId: 'proj', waitForApproval: '0', ...inputs }
  const settings = parseSettings((name) => all[name] ?? '', () => undefined)
  // An empty environment: a proxy configured on this machine must not capture loopback test traffic.
  const http = createHttpClient({ timeouts: { connectMs: 2_000, headersMs: 2_000, bodyMs: 2_000 }, env: {}, ...via.options })
  const log = recordingLogger()
  try {
    const result = await runApprovalGate(settings, { http, clock: fakeClock(), logger: log, marker: 'hag-test.1-abc', random: () => 0.5 })
    return { result, log }
  } finally {
    await http.destroy()
  }
}

describe.each(TRANSPORTS)('over $name', (via) => {
  describe('a redirect from Harness', () => {
    it.each([301, 302, 303, 307, 308])('%i on the read is refused with the redirect cause; the target gets nothing', async (status) => {
      const trap = await server()
      const harness = await server()
      harness.setDefault({ status, redirect: `${trap.url}gateway${APPROVALS_PATH.slice('/gateway'.length)}` })

      const { result } = await runCore({ baseUrl: `${harness.url}gateway` }, via)

      expect(result.outcome).toBe('failed')
      const execution = result.executions[0]!
      expect(execution.kind).toBe('failed')
      if (execution.kind !== 'failed') return
      expect(execution.cause).toMatchObject({ id: 'redirect', status })
      expect(execution.posts).toBe(0)
      // Each read asked once (a redirect is not transient): the execution read and the approvals read beside
      // it; the key went to the configured origin only.
      expect(harness.requests.map((r) => r.method)).toEqual(['GET', 'GET'])
      for (const request of harness.requests) expect(request.headers['x-api-key']).toBe(KEY)
      expect(trap.requests).toHaveLength(0)
      expect(trap.connections).toBe(0)
    })

    it('on the decision itself is refused too: nothing follows the POST, and nothing is posted twice', async () => {
      const trap = await server()
      const harness = await server()
      const waiting = { id: 'inst1', type: 'HarnessApproval', status: 'WAITING', details: { approverInputs: [] } }
      // The scope check's read of the execution, in the org and project asked for.
      const summary = { pipelineIdentifier: 'deploy', name: 'Deploy', orgIdentifier: 'default', projectIdentifier: 'proj', planExecutionId: 'exec1', status: 'ApprovalWaiting' }
      harness.setDefault((req) => {
        if (req.method !== 'GET') return { status: 307, redirect: `${trap.url}decide` }
        return req.path.includes('/execution/v2/') ? { json: { status: 'SUCCESS', data: { pipelineExecutionSummary: summary } } } : { json: [waiting] }
      })

      const { result } = await runCore({ baseUrl: `${harness.url}gateway` }, via)

      const execution = result.executions[0]!
      expect(execution).toMatchObject({ kind: 'failed', posts: 1, cause: { id: 'redirect', status: 307 } })
      expect(harness.requests.map((r) => r.method)).toEqual(['GET', 'GET', 'POST'])
      expect(trap.requests).toHaveLength(0)
      expect(trap.connections).toBe(0)
    })

  describe('the key and the status headers each go to their own host only', () => {
    let sim: HarnessSimulator
    beforeEach(async () => {
      sim = await startHarnessSimulator()
    })
    afterEach(async () => {
      await sim.close()
    })

    it('a gated run sends the key only to Harness and the status headers only to the status URL', async () => {
      const status = await server()
      status.script([{ json: { status: 'running' } }, { json: { status: 'success' } }])
      sim.addInstance({ executionId: 'exec1' })

      const { result } = await runCore({
        apiKey: sim.apiKey,
        baseUrl: sim.baseUrl,
        statusUrl: `${status.url}job/1`,
        statusField: 'status',
        statusHeaders: 'Authorization: Bearer status-token-1\nX-Job-Key: job-key-0001',
      }, via)

      expect(result.outcome).toBe('decided')
      expect(sim.posts()).toHaveLength(1)
      expect(status.requests).toHaveLength(2)
      for (const request of status.requests) {
        expect(request.headers).toMatchObject({ authorization: 'Bearer status-token-1', 'x-job-key': 'job-key-0001' })
        expect(JSON.stringify(request.headers)).not.toContain(sim.apiKey)
        expect(request.headers).not.toHaveProperty('x-api-key')
        expect(request.headers).not.toHaveProperty('harness-account')
      }
      for (const request of sim.requests) {
        expect(request.headers['x-api-key']).toBe(sim.apiKey)
        expect(request.headers).not.toHaveProperty('authorization')
        expect(request.headers).not.toHaveProperty('x-job-key')
        expect(JSON.stringify(request.headers)).not.toContain('status-token-1')
      }
    })
  })

  describe('status URL redirects', () => {
    async function gate(url: string, headers: Record<string, string> = {}) {
      const http = createHttpClient({ timeouts: { connectMs: 2_000, headersMs: 2_000, bodyMs: 2_000 }, env: {}, ...via.options })
      try {
        return await runGateOn(http, url, { statusHeaders: headers, pollIntervalMs: 1_000, maxPollIntervalMs: 1_000, timeoutMs: 1_000 })
      } finally {
        await http.destroy()
      }
    }

    const secrets = { authorization: 'Bearer status-token-1', 'x-job-key': 'job-key-0001' }

    it.each([301, 302, 303, 307, 308])('follows a %i to another origin without the status headers', async (status) => {
      const origin = await server()
      const other = await server()
      origin.script([{ status, redirect: `${other.url}moved` }])
      other.script([{ json: { status: 'success' } }])

      const outcome = await gate(`${origin.url}job`, secrets)

      expect(outcome.verdict).toBe('success')
      expect(origin.requests[0]!.headers).toMatchObject(secrets)
      expect(other.requests.map((r) => r.path)).toEqual(['/moved'])
      expect(other.requests[0]!.headers).not.toHaveProperty('authorization')
      expect(other.requests[0]!.headers).not.toHaveProperty('x-job-key')
    })

    it('counts hops across origins: three are followed, a fourth is an error, and the other origin never gets a header', async () => {
      const origin = await server()
      const other = await server()
      origin.setDefault({ redirect: `${other.url}1` })
      other.setDefault((req) => {
        const hop = Number(req.path.slice(1))
        return hop < 4 ? { status: 307, redirect: `/${hop + 1}` } : { json: { status: 'success' } }
      })

      // origin -> other/1 -> other/2 -> other/3 -> other/4 would be a fourth hop.
      const outcome = await gate(`${origin.url}job`, secrets)

      expect(outcome.verdict).toBe('error')
      expect(outcome.reason).toContain('more than 3 redirects')
      expect(origin.requests).toHaveLength(1)
      expect(other.requests.map((r) => r.path)).toEqual(['/1', '/2', '/3'])
      for (const request of other.requests) {
        expect(request.headers).not.toHaveProperty('authorization')
        expect(request.headers).not.toHaveProperty('x-job-key')
        expect(JSON.stringify(request.headers)).not.toMatch(/status-token-1|job-key-0001/)
      }

      // Three hops in all end on the answer.
      other.setDefault((req) => {
        const hop = Number(req.path.slice(1))
        return hop < 3 ? { status: 307, redirect: `/${hop + 1}` } : { json: { status: 'success' } }
      })
      other.requests.length = 0
      expect((await gate(`${origin.url}job`, secrets)).verdict).toBe('success')
      expect(other.requests.map((r) => r.path)).toEqual(['/1', '/2', '/3'])
    })

    it('refuses a redirect that would put credentials into the URL', async () => {
      const origin = await server()
      const other = await server()
      origin.setDefault({ redirect: other.url.replace('http://', 'http://user:pass@') })

      const outcome = await gate(origin.url, secrets)

      expect(outcome.verdict).toBe('error')
      expect(outcome.reason).toContain('with credentials')
      expect(outcome.reason).not.toContain('pass')
      expect(other.requests).toHaveLength(0)
    })
  })
})

// The built action without a proxy or a caCert takes node:http.
describe.skipIf(!existsSync(ACTION))('a redirect from Harness, in the built action', () => {
  it('fails with an annotation naming the redirect, and the target never hears of the key', async () => {
    const trap = await server()
    const harness = await server()
    harness.setDefault({ status: 302, redirect: `${trap.url}login` })

    const run = await runAction({ executionId: 'exec1', apiKey: KEY, orgId: 'default', projectId: 'proj', baseUrl: `${harness.url}gateway`, waitForApproval: '0' })

    expect(run.code).toBe(1)
    expect(workflowCommands(run.stdout).some((c) => c.startsWith('::error') && c.includes('Harness answered with a redirect'))).toBe(true)
    expect(JSON.parse(run.outputs.result!)).toMatchObject({ outcome: 'failed' })
    // The execution read and the approvals read beside it, each once.
    expect(harness.requests).toHaveLength(2)
    expect(trap.requests).toHaveLength(0)
    expect(trap.connections).toBe(0)
  })
})
  })
