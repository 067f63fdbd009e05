// Bad input never reaches the network: every input, tried with empty, blank, oversized, wrong-type,
// injection and unicode values, is refused with a message naming it, and no request is sent anywhere.
import { describe, expect, it } from 'vitest'
import { runInProcess } from './support/in-process-action.js'
import { actionInputs, useSimulatorAndStatusServer } from './support/servers.js'

const servers = useSimulatorAndStatusServer()

const HUGE = 'x'.repeat(5000)
const INJECT = 'a\r\nX-Injected: 1'

// input -> values it must refuse. Inputs that accept "empty" (they have defaults) leave it out.
const BAD: Record<string, string[]> = {
  executionId: ['', '   ', HUGE, '../etc', 'a/b', 'a?b', 'a#b', INJECT, 'выполнение', '{"id":1}'],
  callbackId: [HUGE, '../x', 'a/b', INJECT, 'ключ', '[1]'],
  action: ['maybe', HUGE, 'APPROVE\r\nREJECT', 'ＡＰＰＲＯＶＥ', '1', 'true'],
  approverInputs: ['{', '[1,2]', '{"a":{}}', '{"a":null}', HUGE, 'a=b\nnoequals', '{"名前":"x"}', '{"a":"b\\r\\nc"}'],
  apiKey: ['', '   ', 'pat.acct123.tok.sec\r\nX-Injected: 1', 'päť.acct123.tok.secret', `pat.acct123.tok.${'s'.repeat(3000)}`],
  accountId: [HUGE, '../x', 'a b', 'ácc', INJECT],
  orgId: ['', '   ', HUGE, '../x', 'a-b', 'ørg', '1abc', INJECT],
  projectId: ['', '   ', HUGE, '../x', 'my project', 'prøj', '9p'],
  baseUrl: ['ftp://app.harness.io', 'http://app.harness.io/gateway', 'https://u:p@app.harness.io/gateway', 'https://app.harness.io/gateway?x=1', 'not a url', 'https://app.harness.io/gate\r\nway', HUGE],
  comments: [HUGE],
  waitForApproval: ['soon', '-5s', '1e9', '5 minutes', '∞', '48h', HUGE],
  concurrency: ['0', '-1', '1.5', 'abc', '999999', '４'],
  maxRequestsPerMinute: ['0', 'lots', '1e3', '100000'],
  requestTimeout: ['soon', '0', '999ms', '10m1s', '-1s', '30 seconds', INJECT, HUGE],
  caCert: ['not a pem', HUGE, '-----BEGIN CERTIFICATE-----'],
  dryRun: ['yes', '1', 'on', 'true\r\nfalse', HUGE, 'ｔｒｕｅ'],
  waitForPipeline: ['soon', '-5s', '25h', '30 minutes', INJECT, HUGE],
  waitForPipelineUntil: ['done', 'success', INJECT, HUGE],
}

// Gate inputs are only read with a status URL; each case sets a valid one unless it tests statusUrl itself.
const BAD_GATE: Record<string, string[]> = {
  statusUrl: ['http://example.com/status', 'ftp://127.0.0.1/x', 'https://a b/', 'not a url', 'https://ci.example.com/\r\nx', HUGE],
  statusHeaders: ['NoColon', 'Bad Name: v', 'Host: evil.example', 'X-A: a\u0007b', 'X-A: 1\nX-A: 2'],
  statusField: ['a..b', '.a', HUGE],
  pollInterval: ['soon', '0', '-1s', HUGE],
  maxPollInterval: ['soon', '2h'],
  timeout: ['forever', '0', '100d'],
  onFailure: ['maybe', 'approve'],
  onTimeout: ['maybe', 'approve'],
  successValues: [' , ', HUGE],
  failureValues: [' , '],
}

const cases = [
  ...Object.entries(BAD).flatMap(([input, values]) => values.map((value) => ({ input, value, gate: false }))),
  ...Object.entries(BAD_GATE).flatMap(([input, values]) => values.map((value) => ({ input, value, gate: true }))),
]

describe('every input refuses bad values before any request', () => {
  it.each(cases.map((c) => [c.input, JSON.stringify(c.value).slice(0, 40), c] as const))('%s = %s', async (input, _shown, c) => {
    const { sim, status } = servers
    sim.reset()
    const before = status.requests.length
    sim.addInstance({ executionId: 'exec1' })
    const inputs = { ...actionInputs(sim), ...(c.gate ? { statusUrl: `${status.url}job` } : {}), [input]: c.value }
    const run = await runInProcess(inputs)
    expect(run.failed).toBe(true)
    expect(sim.requests).toHaveLength(0)
    expect(status.requests.length).toBe(before)
    const problems = run.stdout.split("\n").filter((l) => l.startsWith("::error::Input "))
    expect(problems.some((p) => p.startsWith(`::error::Input ${input} `))).toBe(true)
    // The value is shown escaped or redacted: it never starts a line of its own.
    expect(run.stdout.split(/\r\n|\r|\n/).some((line) => line.startsWith('X-Injected'))).toBe(false)
    expect(JSON.parse(run.outputs.result!)).toMatchObject({ outcome: 'invalid-settings' })
  })

  it('the same inputs with good values do reach Harness (the table tests something)', async () => {
    const { sim } = servers
    sim.reset()
    sim.addInstance({ executionId: 'exec1' })
    const run = await runInProcess({ ...actionInputs(sim), callbackId: '', action: 'approve', comments: 'Déploiement validé ✅' })
    expect(run.failed).toBe(false)
    expect(sim.posts()).toHaveLength(1)
  })
})
