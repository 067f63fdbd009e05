// The dry run's building blocks: the decision stops right before its POST and says what it would have
// posted; the read-only client a dry run talks to Harness through; the dryRun input.
import { describe, expect, it } from 'vitest'
import { startHarnessSimulator, type HarnessSimulator } from '../../sim/harness-simulator.js'
import { ApprovalsClient } from '../../src/approvals/client.js'
import { decideExecution, DEFAULT_TIMING } from '../../src/approvals/decide-execution.js'
import { DryRunWriteError, parseDryRun, readOnlyHttp } from '../../src/approvals/dry-run.js'
import { createHttpClient, type HttpClient, type HttpRequest } from '../../src/http/transport.js'
import { Problems } from '../../src/settings/problems.js'
import { fakeClock, recordingLogger } from '../support/fakes.js'

describe('the decision with dryRun', () => {
  let sim: HarnessSimulator
  let http: HttpClient
  const decide = (over: { approverInputs?: { name: string; value: string }[] } = {}) =>
    decideExecution(
      { executionId: 'exec1', action: 'APPROVE', approverInputs: over.approverInputs ?? [], comments: 'from CI', marker: 'hag-test.1-abc', waitForApprovalMs: 0, dryRun: true },
      { client: new ApprovalsClient(http, { baseUrl: new URL(sim.baseUrl), accountId: sim.accountId, orgId: sim.orgId, projectId: sim.projectId, apiKey: sim.apiKey }), clock: fakeClock(), logger: recordingLogger(), random: () => 0.5, timing: DEFAULT_TIMING },
    )

  it('finds the waiting step, merges the inputs, and returns the body it would post, posting nothing', async () => {
    sim = await startHarnessSimulator()
    http = createHttpClient()
    try {
      const instance = sim.addInstance({ executionId: 'exec1', autoRejectEnabled: true, approverInputs: [{ name: 'env', defaultValue: 'prod' }, { name: 'ticket' }] })
      expect(await decide({ approverInputs: [{ name: 'ticket', value: 'CHG-7' }] })).toEqual({
        kind: 'dry-run',
        executionId: 'exec1',
        decision: 'APPROVE',
        posts: 0,
        waitedMs: 0,
        plan: {
          action: 'APPROVE',
          instanceId: instance.id,
          comments: 'from CI\n[hag-test.1-abc-1]',
          approverInputs: [
            { name: 'env', value: 'prod', source: 'default' },
            { name: 'ticket', value: 'CHG-7', source: 'given' },
          ],
          autoReject: true,
          checked: true,
        },
      })
      expect(sim.posts()).toEqual([])
      expect(await decide({ approverInputs: [{ name: 'other', value: '1' }] })).toMatchObject({ kind: 'failed', posts: 0, cause: { id: 'invalid-inputs' } })
      expect(sim.requests.filter((r) => r.method !== 'GET')).toEqual([])
    } finally {
      await http.destroy()
      await sim.close()
    }
  })
})

describe('the read-only client of a dry run', () => {
  it('sends GETs and refuses anything else without sending it', async () => {
    const sent: HttpRequest[] = []
    const inner: HttpClient = {
      send: async (req) => {
        sent.push(req)
        return { status: 200, headers: {}, text: '[]', truncated: false }
      },
      close: async () => undefined,
      destroy: async () => undefined,
    }
    const http = readOnlyHttp(inner)
    const url = new URL('https://harness.example/gateway/pipeline/api/v1/orgs/o/projects/p/approvals/execution/e')
    await expect(http.send({ method: 'GET', url })).resolves.toMatchObject({ status: 200 })
    await expect(http.send({ method: 'POST', url, json: { action: 'APPROVE' } })).rejects.toBeInstanceOf(DryRunWriteError)
    await expect(http.send({ method: 'PUT', url })).rejects.toThrow(/sends only reads; PUT https:\/\/harness\.example\/gateway\/pipeline/)
    expect(sent.map((r) => r.method)).toEqual(['GET'])
  })
})

describe('the dryRun input', () => {
  it.each([
    ['', false],
    ['false', false],
    ['FALSE', false],
    ['true', true],
    [' True ', true],
  ])('%j reads as %s', (text, expected) => {
    const problems = new Problems()
    expect(parseDryRun(() => text, problems)).toBe(expected)
    expect(problems.list).toEqual([])
  })

  it('names the input, the value and the forms it takes', () => {
    const problems = new Problems()
    parseDryRun(() => 'yes', problems)
    expect(problems.list).toEqual([{ input: 'dryRun', value: "'yes'", expected: 'true (check everything, post nothing) or false' }])
  })
})
