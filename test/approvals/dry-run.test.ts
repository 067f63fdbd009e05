// The dry run against the simulator over real HTTP: it goes the whole decision path, reports exactly what
// would be posted, fails with the usual cause where a real run would, and posts nothing, whatever happens
// (every POST the simulator receives is counted, under scripted and random faults too).
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { errorDto, startHarnessSimulator, type FaultKind, type HarnessSimulator } from '../../sim/harness-simulator.js'
import { startStatusServer } from '../../sim/status-server.js'
import { DryRunWriteError, parseDryRun, readOnlyHttp } from '../../src/approvals/dry-run.js'
import { ApprovalsClient } from '../../src/approvals/client.js'
import { ExecutionClient } from '../../src/approvals/execution-client.js'
import { decideExecution, DEFAULT_TIMING } from '../../src/approvals/decide-execution.js'
import { announceResult } from '../../src/run/annotations.js'
import { toResultJson } from '../../src/run/result.js'
import { verdictLine } from '../../src/run/verdict.js'
import { createHttpClient, type HttpClient, type HttpRequest } from '../../src/http/transport.js'
import { Problems } from '../../src/settings/problems.js'
import { fakeClock, recordingLogger } from '../support/fakes.js'
import { useHarness } from '../support/harness.js'

const h = useHarness()

/** Every POST the simulator received, of any path. */
const postsSeen = () => h.sim.requests.filter((r) => r.method !== 'GET')

describe('a dry run', () => {
  it('reads the execution and the waiting step, merges the inputs, and reports the body it would post, posting nothing', async () => {
    const instance = h.sim.addInstance({
      executionId: 'exec1',
      callbackId: 'cb-1',
      pipelineName: 'Deploy to production',
      approverInputs: [{ name: 'env', defaultValue: 'prod' }, { name: 'ticket', defaultValue: '' }],
    })
    const { result, log } = await h.run({ dryRun: 'true', callbackId: 'cb-1', approverInputs: 'ticket=CHG-7', comments: 'from CI' })
    expect(result.outcome).toBe('dry-run')
    expect(result.executions).toEqual([
      {
        kind: 'dry-run',
        executionId: 'exec1',
        decision: 'APPROVE',
        posts: 0,
        waitedMs: 0,
        plan: {
          action: 'APPROVE',
          callbackId: 'cb-1',
          instanceId: instance.id,
          comments: 'from CI\n[hag-test.1-abc-1]',
          approverInputs: [
            { name: 'env', value: 'prod', source: 'default' },
            { name: 'ticket', value: 'CHG-7', source: 'given' },
          ],
          autoReject: false,
          checked: true,
        },
        pipeline: {
          name: 'Deploy to production',
          identifier: 'deploy_pipeline',
          runSequence: 1,
          status: 'ApprovalWaiting',
          url: `${h.sim.url}/ng/account/acct123/all/orgs/default/projects/proj/pipelines/deploy_pipeline/executions/exec1/pipeline`,
        },
      },
    ])
    expect(postsSeen()).toEqual([])
    // Each read once: the check with Harness before the plan hands what it read to the plan.
    expect(h.sim.executionReads('exec1')).toHaveLength(1)
    expect(h.sim.gets('exec1')).toHaveLength(1)
    expect(h.sim.requests.filter((r) => r.path.endsWith('/harness/authorization'))).toHaveLength(1)
    expect(h.sim.instance(instance.id)!.status).toBe('WAITING')
    expect(h.sim.stats.decisionsApplied).toBe(0)
    expect(log.lines.filter((l) => l.level === 'warning' || l.level === 'error')).toEqual([])

    const json = toResultJson(result)
    expect(json).toMatchObject({ outcome: 'dry-run', dryRun: true, pipelineStatus: 'ApprovalWaiting' })
    expect(json.pipelineUrl).toMatch(/\/ng\/account\/acct123\/all\/orgs\/default\/projects\/proj\/pipelines\/deploy_pipeline\/executions\/exec1\/pipeline$/)
    // No decision is reported as made.
    expect(json.decision).toBeUndefined()
    expect(json.approvalStatus).toBeUndefined()
    expect(verdictLine(json)).toBe(`Dry run: a real run would post APPROVE on execution exec1 (approval instance ${instance.id}); nothing was posted.`)

    const said = recordingLogger()
    announceResult(json, said)
    const text = said.text()
    expect(text).toContain(`Dry run, execution exec1 of pipeline Deploy to production (ApprovalWaiting): a real run would post APPROVE to approval instance ${instance.id} (callback id cb-1).`)
    expect(text).toContain("approver inputs: env=prod (step's default), ticket=CHG-7 (given)")
    expect(text).toContain('comments: from CI')
    expect(text).toContain('[hag-test.1-abc-1]')
    expect(text).toContain('nothing was posted to Harness')
  })

  it('warns that approving would auto-reject older approvals when the step says so', async () => {
    h.sim.addInstance({ executionId: 'exec1', autoRejectEnabled: true })
    const { result } = await h.run({ dryRun: 'true' })
    expect(result.executions[0]).toMatchObject({ kind: 'dry-run', plan: { autoReject: true } })
    const said = recordingLogger()
    announceResult(toResultJson(result), said)
    expect(said.lines).toContainEqual(expect.objectContaining({ level: 'warning', title: 'Auto-reject', message: expect.stringContaining('also rejects the older waiting approvals') }))
    expect(postsSeen()).toEqual([])
  })

  it('does not warn of auto-reject for a REJECT, and sends the inputs as given', async () => {
    h.sim.addInstance({ executionId: 'exec1', autoRejectEnabled: true })
    const { result } = await h.run({ dryRun: 'TRUE', action: 'reject' })
    expect(result.executions[0]).toMatchObject({ kind: 'dry-run', decision: 'REJECT', plan: { action: 'REJECT', autoReject: false, approverInputs: [] } })
    expect(postsSeen()).toEqual([])
  })

  it('fails, as a real run would, when the key may not read approvals (nothing is posted blind)', async () => {
    h.sim.addInstance({ executionId: 'exec1' })
    h.sim.fault({ on: 'GET', kind: 'respond', status: 403, body: errorDto('NG_ACCESS_DENIED', 'Missing permission core_pipeline_view on pipeline'), pathIncludes: '/approvals/' })
    const { result } = await h.run({ dryRun: 'true', approverInputs: 'ticket=1' })
    expect(result.outcome).toBe('failed')
    expect(result.executions[0]).toMatchObject({ kind: 'failed', posts: 0, cause: { id: 'forbidden', fix: expect.stringContaining('core_pipeline_view') } })
    expect(postsSeen()).toEqual([])
  })

  it('runs the status gate first (it only reads), then ends as the real run would: gate-rejected, with the rejection it would post', async () => {
    const status = await startStatusServer()
    try {
      status.script([{ json: { status: 'failed' } }])
      h.sim.addInstance({ executionId: 'exec1' })
      const { result } = await h.run({ dryRun: 'true', statusUrl: `${status.url}job/1`, statusField: 'status' })
      expect(result.gate?.verdict).toBe('failure')
      expect(status.requests.length).toBeGreaterThan(0)
      expect(result.outcome).toBe('gate-rejected')
      expect(result.dryRun).toBe(true)
      expect(result.executions[0]).toMatchObject({ kind: 'dry-run', decision: 'REJECT', plan: { action: 'REJECT', comments: expect.stringMatching(/^Rejected: .+\n\[hag-test\.1-abc-1\]$/) } })
      expect(postsSeen()).toEqual([])
    } finally {
      await status.close()
    }
  })

  describe('fails with the usual cause where a real run would, posting nothing', () => {
    it('an execution Harness does not have', async () => {
      const { result } = await h.run({ dryRun: 'true', executionId: 'missing1' })
      expect(result.outcome).toBe('failed')
      expect(result.executions[0]).toMatchObject({ kind: 'failed', posts: 0, cause: { id: 'execution-not-found' } })
      expect(postsSeen()).toEqual([])
    })

    it('nothing waiting', async () => {
      h.sim.addExecution({ executionId: 'exec1' })
      const { result } = await h.run({ dryRun: 'true' })
      expect(result.executions[0]).toMatchObject({ kind: 'failed', cause: { id: 'nothing-waiting' } })
      expect(verdictLine(toResultJson(result))).toMatch(/^Failed: 1 of 1/)
      expect(postsSeen()).toEqual([])
    })

    it('several steps waiting', async () => {
      h.sim.addInstance({ executionId: 'exec1', callbackId: 'a' })
      h.sim.addInstance({ executionId: 'exec1', callbackId: 'b' })
      const { result } = await h.run({ dryRun: 'true' })
      expect(result.executions[0]).toMatchObject({ kind: 'failed', cause: { id: 'several-waiting' } })
      expect(postsSeen()).toEqual([])
    })

    it('approver inputs the step does not have', async () => {
      h.sim.addInstance({ executionId: 'exec1', approverInputs: [{ name: 'ticket' }] })
      const { result } = await h.run({ dryRun: 'true', approverInputs: 'tikcet=1' })
      expect(result.executions[0]).toMatchObject({ kind: 'failed', cause: { id: 'invalid-inputs', explanation: expect.stringContaining('ticket') } })
      expect(postsSeen()).toEqual([])
    })

    it('a key Harness refuses', async () => {
      h.sim.addInstance({ executionId: 'exec1' })
      const { result } = await h.run({ dryRun: 'true', apiKey: 'pat.acct123.nope.nope' })
      expect(result.executions[0]).toMatchObject({ kind: 'failed', cause: { id: 'bad-key' } })
      expect(postsSeen()).toEqual([])
    })

    it('an execution that may not be viewed', async () => {
      h.sim.addInstance({ executionId: 'exec1' })
      h.sim.fault({ on: 'GET', kind: 'respond', status: 403, body: errorDto('NG_ACCESS_DENIED', 'Missing permission core_pipeline_view on pipeline with identifier deploy_pipeline'), pathIncludes: '/execution/v2/' })
      const { result } = await h.run({ dryRun: 'true' })
      expect(result.executions[0]).toMatchObject({ kind: 'failed', cause: { id: 'forbidden', title: 'Execution not viewable with this key' } })
      expect(postsSeen()).toEqual([])
    })
  })

  it('previews each execution of a batch, and fails the run if any would fail', async () => {
    h.sim.addInstance({ executionId: 'execA' })
    h.sim.addExecution({ executionId: 'execB' })
    h.sim.addInstance({ executionId: 'execC' })
    const { result } = await h.run({ dryRun: 'true', executionId: 'execA,execB,execC' })
    expect(result.executions.map((e) => e.kind)).toEqual(['dry-run', 'failed', 'dry-run'])
    // Each execution was read (its pipeline named), the one that would fail included.
    expect(result.executions.map((e) => (e.kind !== 'cancelled' && e.pipeline ? e.executionId : undefined))).toEqual(['execA', 'execB', 'execC'])
    const json = toResultJson(result)
    expect(json.outcome).toBe('failed')
    expect(verdictLine(json)).toBe('Failed: 1 of 3 execution(s) could not be decided (1 nothing-waiting); 2 would be posted (dry run: nothing was posted).')
    expect(postsSeen()).toEqual([])
  })

  it('retries reads that fail transiently, and still posts nothing', async () => {
    h.sim.addInstance({ executionId: 'exec1' })
    h.sim.fault({ on: 'GET', kind: 'no-apply-503', pathIncludes: '/execution/v2/' })
    h.sim.fault({ on: 'GET', kind: 'apply-then-reset', pathIncludes: '/approvals/' })
    h.sim.fault({ on: 'GET', kind: 'rate-limit', pathIncludes: '/approvals/' })
    const { result } = await h.run({ dryRun: 'true' })
    expect(result.outcome).toBe('dry-run')
    expect(h.sim.stats.faults).toBe(3)
    expect(postsSeen()).toEqual([])
  })

  it('never posts, whatever faults the reads meet (random fault sequences)', async () => {
    const kinds: FaultKind[] = ['apply-then-reset', 'apply-then-502', 'no-apply-503', 'rate-limit', 'html', 'reset', 'respond']
    const fault = fc.record({
      kind: fc.constantFrom(...kinds),
      path: fc.constantFrom('/approvals/', '/execution/v2/', undefined),
      status: fc.constantFrom(200, 400, 403, 404, 500),
    })
    await fc.assert(
      fc.asyncProperty(fc.array(fault, { maxLength: 6 }), fc.boolean(), async (faults, withInputs) => {
        h.sim.reset()
        h.sim.addInstance({ executionId: 'exec1', approverInputs: withInputs ? [{ name: 'ticket', defaultValue: 'CHG-1' }] : [] })
        for (const f of faults) {
          h.sim.fault({ on: 'ANY', kind: f.kind, ...(f.path ? { pathIncludes: f.path } : {}), status: f.status, body: { code: 'X', message: 'scripted' } })
        }
        const { result } = await h.run({ dryRun: 'true' }, { timing: { readBudgetMs: 5_000 } })
        expect(h.sim.requests.filter((r) => r.method !== 'GET')).toEqual([])
        expect(h.sim.stats.decisionsApplied).toBe(0)
        expect(['dry-run', 'failed']).toContain(result.outcome)
        expect(result.executions.every((e) => e.posts === 0)).toBe(true)
      }),
      { numRuns: 40 },
    )
  })
})

describe('the decision with dryRun', () => {
  let sim: HarnessSimulator
  let http: HttpClient
  const decide = (over: { approverInputs?: { name: string; value: string }[] } = {}) =>
    decideExecution(
      { executionId: 'exec1', action: 'APPROVE', approverInputs: over.approverInputs ?? [], comments: 'from CI', marker: 'hag-test.1-abc', waitForApprovalMs: 0, dryRun: true },
      {
        client: new ApprovalsClient(http, target()),
        executions: new ExecutionClient(http, target()),
        target: target(),
        clock: fakeClock(),
        logger: recordingLogger(),
        random: () => 0.5,
        timing: DEFAULT_TIMING,
      },
    )
  const target = () => ({ baseUrl: new URL(sim.baseUrl), accountId: sim.accountId, orgId: sim.orgId, projectId: sim.projectId, apiKey: sim.apiKey })

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
        pipeline: expect.objectContaining({ name: 'Deploy', identifier: 'deploy_pipeline', status: 'ApprovalWaiting' }),
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
