// The approval POST is not idempotent. Under every scripted fault the simulator must record at most one
// decision from us, and we report success only when it is recorded, "unknown" when we cannot tell.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { FaultKind } from '../../sim/harness-simulator.js'
import type { ExecutionResult } from '../../src/approvals/execution-result.js'
import { useHarness } from '../support/harness.js'
import { TRANSPORTS } from '../support/transports.js'

// Over both transports: each reports the faults in its own way, and each must keep the decision single.
describe.each(TRANSPORTS)('over $name', (via) => {
  const h = useHarness(via)
  const FAST = { connectMs: 1_000, headersMs: 300, bodyMs: 300 }

  function ours(): number {
    return h.sim.instances('exec1').flatMap((i) => i.approvalActivities).filter((a) => a.comments.includes('[hag-test.1-abc-')).length
  }

  function single(executions: ExecutionResult[]): ExecutionResult {
    expect(executions).toHaveLength(1)
    return executions[0]!
  }

  describe('unclear answers to the decision', () => {
    it.each<[FaultKind, string]>([
      ['apply-then-reset', 'the connection drops after Harness applied it'],
      ['apply-then-502', 'a proxy answers 502 after Harness applied it'],
      ['apply-then-hang', 'no answer in time after Harness applied it'],
    ])('%s: reads back, finds our marker, reports success without posting again (%s)', async (kind) => {
      h.sim.addInstance({ executionId: 'exec1' })
      h.sim.fault({ on: 'POST', kind })
      const { result, log } = await h.run({}, { timeouts: FAST })
      expect(single(result.executions)).toMatchObject({ kind: 'decided', status: 'APPROVED', posts: 1, confirmedByReadBack: true })
      expect(h.sim.posts()).toHaveLength(1)
      expect(ours()).toBe(1)
      expect(log.lines.some((l) => l.title === 'Unclear answer from Harness')).toBe(true)
    })

    it.each([
      ['trickles in one byte at a time', false],
      ['never ends', true],
    ])('an answer to the POST that %s is unclear: cut off at the deadline, read back, never "not recorded"', async (_, endless) => {
      h.sim.addInstance({ executionId: 'exec1' })
      // Each byte comes well within the idle timeout: only the deadline for the whole answer ends it.
      h.sim.fault({ on: 'POST', kind: 'apply-then-trickle', trickleMs: 50, endless })
      const timeouts = { ...FAST, totalMs: 1_000 }
      const started = Date.now()
      const { result, log } = await h.run({}, { timeouts })
      expect(single(result.executions)).toMatchObject({ kind: 'decided', status: 'APPROVED', posts: 1, confirmedByReadBack: true })
      expect(h.sim.posts()).toHaveLength(1)
      expect(ours()).toBe(1)
      const unclear = log.lines.find((l) => l.title === 'Unclear answer from Harness')
      expect(unclear?.message).toMatch(/no complete answer within the request timeout \(1s\)/)
      // Three requests besides the POST, each far quicker than its own deadline: a generous bound.
      expect(Date.now() - started).toBeLessThan(4 * timeouts.totalMs + 5_000)
    })

    it('recognises a recorded decision by its marker even while the step still waits (minimumCount 2)', async () => {
      h.sim.addInstance({ executionId: 'exec1', minimumCount: 2 })
      h.sim.fault({ on: 'POST', kind: 'apply-then-reset' })
      const { result } = await h.run()
      expect(single(result.executions)).toMatchObject({ kind: 'decided', status: 'WAITING', posts: 1 })
      expect(ours()).toBe(1)
    })

    it('posts a second time only after the state shows nothing recorded past the settle window', async () => {
      h.sim.addInstance({ executionId: 'exec1' })
      h.sim.fault({ on: 'POST', kind: 'no-apply-503' })
      const { result, clock } = await h.run()
      expect(single(result.executions)).toMatchObject({ kind: 'decided', status: 'APPROVED', posts: 2, confirmedByReadBack: false })
      expect(h.sim.posts()).toHaveLength(2)
      expect(ours()).toBe(1)
      expect(clock.sleeps).toContain(3_000) // the settle window
      // Each POST carries its own marker.
      expect(h.sim.posts().map((p) => (p.body as { comments: string }).comments)).toEqual(['[hag-test.1-abc-1]', '[hag-test.1-abc-2]'])
    })

    it('says "unknown", naming the execution, when the decision went out and the state cannot be read back', async () => {
      h.sim.addInstance({ executionId: 'exec1' })
      h.sim.fault({ on: 'POST', kind: 'apply-then-reset' })
      h.sim.fault({ on: 'GET', kind: 'no-apply-503', after: 1, times: 1000, pathIncludes: '/approvals/' }) // the pre-read passes, every read-back fails
      const { result } = await h.run({}, { timing: { readBudgetMs: 5_000 } })
      const e = single(result.executions)
      expect(e.kind).toBe('unknown')
      if (e.kind === 'unknown') expect(e.message).toMatch(/^Decision state unknown for execution exec1: the decision may or may not have been recorded/)
      expect(h.sim.posts()).toHaveLength(1)
      expect(ours()).toBe(1)
      expect(result.outcome).toBe('unknown')
    })

    it('fails cleanly, posting nothing, when the execution read trickles in for ever: each attempt ends at its deadline', async () => {
      h.sim.addInstance({ executionId: 'exec1' })
      h.sim.fault({ on: 'GET', kind: 'apply-then-trickle', trickleMs: 50, endless: true, times: 1000, pathIncludes: '/execution/v2/' })
      const timeouts = { ...FAST, totalMs: 1_000 }
      const timing = { readBudgetMs: 5_000 }
      const started = Date.now()
      const { result } = await h.run({}, { timeouts, timing })
      expect(single(result.executions)).toMatchObject({ kind: 'failed' })
      expect(h.sim.posts()).toHaveLength(0)
      const reads = h.sim.requests.filter((r) => r.path.includes('/execution/v2/'))
      expect(reads.length).toBeGreaterThan(1)
      // The read budget runs on the fake clock, so the wall time is the attempts' deadlines: one each, and no more.
      expect(Date.now() - started).toBeLessThan(reads.length * timeouts.totalMs + 5_000)
    })

    it('fails cleanly, posting nothing, when even the first read keeps failing', async () => {
      h.sim.addInstance({ executionId: 'exec1' })
      h.sim.fault({ on: 'GET', kind: 'no-apply-503', times: 1000 })
      const { result } = await h.run({}, { timing: { readBudgetMs: 5_000 } })
      expect(single(result.executions)).toMatchObject({ kind: 'failed', cause: { id: 'server-error' } })
      expect(h.sim.posts()).toHaveLength(0)
    })

    it('never retries a definite refusal (400, 401, 403)', async () => {
      h.sim.addInstance({ executionId: 'exec1', approvers: ['nobody'] })
      const { result } = await h.run()
      expect(single(result.executions).kind).toBe('failed')
      expect(h.sim.posts()).toHaveLength(1)
    })

    it('backs off on 429 reads (no Retry-After) and then decides', async () => {
      h.sim.addInstance({ executionId: 'exec1' })
      // On the execution read (the approvals read goes beside it, and would back off on its own schedule).
      h.sim.fault({ on: 'GET', kind: 'rate-limit', times: 3, pathIncludes: '/execution/v2/' })
      const { result, clock } = await h.run()
      expect(single(result.executions)).toMatchObject({ kind: 'decided', posts: 1 })
      expect(clock.sleeps).toEqual([750, 1500, 3000]) // 1s, 2s, 4s at the jitter midpoint
    })

    it('treats a 429 on the POST as unclear: reads back before posting again', async () => {
      h.sim.addInstance({ executionId: 'exec1' })
      h.sim.fault({ on: 'POST', kind: 'rate-limit' })
      const { result } = await h.run()
      expect(single(result.executions)).toMatchObject({ kind: 'decided', posts: 2 })
      expect(ours()).toBe(1)
    })
  })

  describe('exactly once, whatever the faults (property)', () => {
    const faultKinds: FaultKind[] = ['apply-then-reset', 'apply-then-502', 'apply-then-hang', 'no-apply-503', 'rate-limit', 'finish-before-post', 'reset', 'html']

    it('never records more than one decision from us, and reports success only when one is recorded', async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.record({ on: fc.constantFrom<'GET' | 'POST'>('GET', 'POST'), kind: fc.constantFrom(...faultKinds), times: fc.integer({ min: 1, max: 3 }) }), { maxLength: 5 }),
          fc.integer({ min: 1, max: 3 }),
          fc.integer({ min: 0, max: 2 }),
          async (faults, minimumCount, appearAfterReads) => {
            h.sim.reset()
            h.sim.addInstance({ executionId: 'exec1', minimumCount, appearAfterReads })
            for (const f of faults) h.sim.fault(f)
            const { result } = await h.run({ waitForApproval: '1m' }, { timeouts: { connectMs: 1_000, headersMs: 150, bodyMs: 150 }, timing: { readBudgetMs: 20_000 } })
            const e = single(result.executions)
            const recorded = ours()
            expect(recorded).toBeLessThanOrEqual(1)
            if (e.kind === 'decided') expect(recorded).toBe(1)
            if (recorded === 0) expect(e.kind).not.toBe('decided')
            // A run that may have posted but cannot prove it says unknown; it never claims a failure that was recorded.
            if (e.kind === 'failed' && recorded === 1) throw new Error(`reported failure although the decision was recorded: ${JSON.stringify(e)}`)
          },
        ),
        { numRuns: Number(process.env.PROPERTY_RUNS ?? 60) },
      )
    }, 120_000)

    it('decides only the instance it checked, even when the steps change between the read and the POST, and says "not recorded" only when no late commit can prove it wrong', async () => {
      const postFaults: FaultKind[] = ['apply-then-reset', 'apply-then-502', 'no-apply-503', 'rate-limit', 'finish-before-post', 'reset', 'late-commit', 'change-before']
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.record({ kind: fc.constantFrom(...postFaults), times: fc.integer({ min: 1, max: 2 }) }), { maxLength: 4 }),
          fc.array(fc.constantFrom<FaultKind>('no-apply-503', 'rate-limit', 'reset'), { maxLength: 2 }),
          fc.boolean(),
          async (posts, reads, action) => {
            h.sim.reset()
            h.sim.addExecution({ executionId: 'exec1', afterApprove: [{ status: 'Running' }], stages: [{ identifier: 'qa' }, { identifier: 'prod' }] })
            const qa = h.sim.addInstance({ executionId: 'exec1', stageIdentifier: 'qa' })
            let prodId: string | undefined
            // Someone decides QA in the Harness UI between our read and our POST, and Prod starts waiting.
            const change = () => {
              if (qa.status !== 'WAITING') return
              qa.status = 'APPROVED'
              qa.approvalActivities.push({ user: { name: 'Dana', email: 'dana@example.com' }, action: 'APPROVE', approverInputs: [], comments: 'by hand', approvedAt: Date.now() })
              prodId = h.sim.addInstance({ executionId: 'exec1', stageIdentifier: 'prod' }).id
            }
            for (const f of posts) h.sim.fault({ on: 'POST', ...f, ...(f.kind === 'change-before' ? { change } : {}) })
            for (const kind of reads) h.sim.fault({ on: 'GET', kind, pathIncludes: '/pipeline/api/approvals/' })
            const { result } = await h.run({ action: action ? 'APPROVE' : 'REJECT' }, { timeouts: { connectMs: 1_000, headersMs: 150, bodyMs: 150 }, timing: { readBudgetMs: 20_000 } })
            const e = single(result.executions)
            const onQa = () => qa.approvalActivities.filter((a) => a.comments.includes('[hag-test.1-abc-')).length
            const before = onQa()
            if (e.kind === 'decided') expect(before).toBe(1)
            if (before === 0) expect(e.kind).not.toBe('decided')
            // Requests Harness applies after the run gave up.
            h.sim.commitLate()
            const after = onQa()
            // Never a step other than the one checked, never twice.
            expect(ours()).toBe(after)
            expect(after).toBeLessThanOrEqual(1)
            if (prodId) expect(h.sim.instance(prodId)!.approvalActivities).toEqual([])
            // A failure (including "not recorded": safe to run again) holds after every late commit.
            if (e.kind === 'failed' && after === 1) throw new Error(`reported failure (${e.cause.id}) although the decision was recorded: ${JSON.stringify(e)}`)
          },
        ),
        { numRuns: Number(process.env.PROPERTY_RUNS ?? 60) },
      )
    }, 120_000)
  })
})
