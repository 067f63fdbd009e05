// The whole decision path against the simulator over real HTTP: each documented Harness cause end to end,
// input merging, minimumCount, callback ids, permission fallbacks, and a step that starts waiting late.
import { describe, expect, it } from 'vitest'
import type { ExecutionResult } from '../../src/approvals/execution-result.js'
import { useHarness } from '../support/harness.js'

const h = useHarness()

function only(executions: ExecutionResult[]): ExecutionResult {
  expect(executions).toHaveLength(1)
  return executions[0]!
}

function failedCause(e: ExecutionResult) {
  if (e.kind !== 'failed') throw new Error(`expected a failure, got ${JSON.stringify(e)}`)
  return e.cause
}

describe('deciding one execution', () => {
  it('approves: reads what is waiting, fills input defaults, posts once to that instance with the documented body and headers', async () => {
    const instance = h.sim.addInstance({ executionId: 'exec1', approverInputs: [{ name: 'env', defaultValue: 'prod' }, { name: 'ticket', defaultValue: '' }] })
    const { result } = await h.run({ approverInputs: '{"ticket": "CHG-7"}', comments: 'from CI' })
    expect(only(result.executions)).toMatchObject({ kind: 'decided', status: 'APPROVED', instanceId: instance.id, posts: 1, defaulted: ['env'] })
    const posts = h.sim.posts()
    expect(posts).toHaveLength(1)
    const post = posts[0]!
    expect(post.headers['x-api-key']).toBe(h.sim.apiKey)
    expect(post.headers['harness-account']).toBe('acct123')
    expect(post.headers['content-type']).toBe('application/json')
    expect(post.path).toBe(`/gateway/pipeline/api/approvals/${instance.id}/harness/activity`)
    expect(post.query).toEqual({ accountIdentifier: 'acct123' })
    expect(post.body).toEqual({
      action: 'APPROVE',
      comments: 'from CI\n[hag-test.1-abc-1]',
      approverInputs: [
        { name: 'env', value: 'prod' },
        { name: 'ticket', value: 'CHG-7' },
      ],
    })
    // Every Harness approval of the execution is read, not only the waiting ones.
    expect(h.sim.gets()[0]!.query).toEqual({ approval_type: 'HarnessApproval' })
    expect(h.sim.instance(instance.id)!.status).toBe('APPROVED')
    // The execution and the approvals are read together, each opening a kept-alive connection (a request
    // in flight needs its own); the POST reuses one of them: no third connection.
    const seen = h.sim.requests.map((r) => `${r.method} ${r.path.includes('/execution/v2/') ? 'execution' : r.path.includes('/activity') ? 'activity' : 'approvals'}`)
    expect([...seen.slice(0, 2).sort(), ...seen.slice(2)]).toEqual(['GET approvals', 'GET execution', 'POST activity'])
    expect(h.sim.stats.connections).toBe(2)
  })

  it('rejects', async () => {
    const instance = h.sim.addInstance({ executionId: 'exec1' })
    const { result } = await h.run({ action: 'reject' })
    expect(only(result.executions)).toMatchObject({ kind: 'decided', decision: 'REJECT', status: 'REJECTED' })
    expect(h.sim.instance(instance.id)!.status).toBe('REJECTED')
  })

  it('reports WAITING when the step needs more approvers (recorded, not released)', async () => {
    const instance = h.sim.addInstance({ executionId: 'exec1', minimumCount: 2 })
    const { result } = await h.run()
    expect(only(result.executions)).toMatchObject({ kind: 'decided', status: 'WAITING' })
    expect(h.sim.instance(instance.id)!.approvalActivities).toHaveLength(1)
    expect(result.outcome).toBe('decided')
  })

  it('narrows the read by callbackId (callback_id) and decides the instance it names', async () => {
    const a = h.sim.addInstance({ executionId: 'exec1', callbackId: 'cb-a' })
    const b = h.sim.addInstance({ executionId: 'exec1', callbackId: 'cb-b' })
    const { result } = await h.run({ callbackId: 'cb-b' })
    expect(only(result.executions)).toMatchObject({ kind: 'decided', instanceId: b.id })
    expect(h.sim.gets()[0]!.query).toMatchObject({ callback_id: 'cb-b' })
    expect(h.sim.posts()[0]!.path).toContain(`/approvals/${b.id}/`)
    expect(h.sim.instance(a.id)!.status).toBe('WAITING')
  })

  it('fails with the documented cause and fix when several steps wait, posting nothing', async () => {
    h.sim.addInstance({ executionId: 'exec1', callbackId: 'cb-a' })
    h.sim.addInstance({ executionId: 'exec1', callbackId: 'cb-b' })
    const { result } = await h.run()
    const cause = failedCause(only(result.executions))
    expect(cause.id).toBe('several-waiting')
    expect(cause.fix).toMatch(/callbackId/)
    expect(h.sim.posts()).toHaveLength(0)
  })

  it('fails when nothing is waiting, posting nothing', async () => {
    h.sim.addExecution({ executionId: 'exec1' })
    const { result } = await h.run()
    const cause = failedCause(only(result.executions))
    expect(cause.id).toBe('nothing-waiting')
    // No callback id was given: said in words (Harness's own text says 'callback id: null').
    expect(cause.explanation).toBe('No Harness Approval step of execution exec1 is waiting (no callback id given): the step has not started yet, or was already decided.')
    expect(cause.fix).toMatch(/waitForApproval/)
    expect(h.sim.posts()).toHaveLength(0)
    const named = failedCause(only((await h.run({ callbackId: 'gate-9' })).result.executions))
    expect(named.explanation).toBe('No Harness Approval step of execution exec1 is waiting (callback id: gate-9): the step has not started yet, was already decided, or the callback id is wrong.')
  })

  it('waits for a step that starts late, then decides once, reporting the wait', async () => {
    h.sim.addInstance({ executionId: 'exec1', appearAfterReads: 3 })
    const { result, clock, log } = await h.run({ waitForApproval: '5m' })
    const e = only(result.executions)
    expect(e).toMatchObject({ kind: 'decided', status: 'APPROVED', posts: 1 })
    expect(h.sim.gets()).toHaveLength(4)
    // Back-off grows 2s -> 3s -> 4.5s, jitter at its midpoint (0.75).
    expect(clock.sleeps).toEqual([1500, 2250, 3375])
    expect(e.waitedMs).toBe(7125)
    expect(log.text()).toMatch(/started waiting after 7s/)
  })

  it('gives up waiting at waitForApproval', async () => {
    h.sim.addExecution({ executionId: 'exec1' })
    const { result, clock } = await h.run({ waitForApproval: '30s' })
    expect(failedCause(only(result.executions))).toMatchObject({ id: 'nothing-waiting', explanation: expect.stringMatching(/waited \d+s/) })
    expect(clock.sleeps.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(30_000)
    expect(h.sim.posts()).toHaveLength(0)
  })

  it('refuses an input the step does not have before posting, listing the step inputs', async () => {
    h.sim.addInstance({ executionId: 'exec1', approverInputs: [{ name: 'env', defaultValue: 'prod' }] })
    const { result } = await h.run({ approverInputs: 'colour=red' })
    expect(failedCause(only(result.executions))).toMatchObject({ id: 'invalid-inputs', explanation: expect.stringContaining("the step's inputs are: env") })
    expect(h.sim.posts()).toHaveLength(0)
  })

  it('names the cause when the key is not an approver of the step', async () => {
    h.sim.addInstance({ executionId: 'exec1', approvers: ['someone-else'] })
    const { result } = await h.run()
    expect(failedCause(only(result.executions))).toMatchObject({ id: 'not-authorized', status: 400, harnessMessage: expect.stringContaining('not authorized') })
    expect(h.sim.posts()).toHaveLength(1)
  })

  it('names the cause when the execution is not in this org/project (older server: the approvals API refuses too)', async () => {
    h.sim.mode = 'older'
    h.sim.addInstance({ executionId: 'exec1' })
    const { result } = await h.run({ projectId: 'otherProject' })
    // The older server looks the execution up in the given project: the scope check's read finds nothing.
    // Its answer is judged first: the approvals read beside it (refused too) does not change the cause.
    expect(failedCause(only(result.executions))).toMatchObject({ id: 'execution-not-found', explanation: expect.stringContaining('project otherProject') })
    expect(h.sim.requests.filter((r) => r.path.includes('/approvals/')).map((r) => r.method)).toEqual(['GET'])
    expect(h.sim.posts()).toEqual([])
  })

  it('on the newest server, refuses an execution of another project before deciding anything: its approvals, read beside, are ignored', async () => {
    h.sim.addExecution({ executionId: 'exec1', orgId: 'payments', projectId: 'checkout', pipelineName: 'Ship it' })
    h.sim.addInstance({ executionId: 'exec1' })
    const { result } = await h.run({ projectId: 'proj' })
    const cause = failedCause(only(result.executions))
    expect(cause).toMatchObject({ id: 'wrong-scope', status: 0 })
    expect(cause.explanation).toBe('Execution exec1 belongs to org payments / project checkout, not org default / project proj as given. Nothing was posted.')
    expect(cause.fix).toBe('Check {executionId}; if that execution is the one meant, set {orgId} to payments and {projectId} to checkout.')
    // No decision (the newest server would have decided it), and nothing read after the scope check.
    expect(h.sim.requests.map((r) => r.method)).toEqual(['GET', 'GET'])
    expect(h.sim.executionReads('exec1')).toHaveLength(1)
    expect(h.sim.gets('exec1')).toHaveLength(1)
    expect(h.sim.stats.decisionsApplied).toBe(0)
  })

  it('names a refused key (401)', async () => {
    h.sim.addInstance({ executionId: 'exec1' })
    const { result } = await h.run({ apiKey: 'pat.acct123.nope.nope' })
    expect(failedCause(only(result.executions))).toMatchObject({ id: 'bad-key', status: 401 })
  })

  it('fails naming core_pipeline_view, posting nothing, when the key may not view the execution', async () => {
    const key = h.sim.addKey({ permissions: ['core_pipeline_execute'] })
    h.sim.addInstance({ executionId: 'exec1', approvers: '*' })
    const { result } = await h.run({ apiKey: key.key })
    const cause = failedCause(only(result.executions))
    expect(cause).toMatchObject({ id: 'forbidden', status: 403, title: 'Execution not viewable with this key', harnessMessage: expect.stringContaining('core_pipeline_view') })
    expect(cause.fix).toContain('core_pipeline_view')
    expect(h.sim.posts()).toEqual([])
    // Only the approvals read that went beside the execution read, and none after it.
    expect(h.sim.gets()).toHaveLength(1)
  })

  it('fails naming core_pipeline_view, never posting blind, when only the approvals read is refused (403)', async () => {
    h.sim.addInstance({ executionId: 'exec1' })
    h.sim.fault({ on: 'GET', kind: 'respond', status: 403, body: { status: 'ERROR', code: 'NG_ACCESS_DENIED', message: 'Missing permission core_pipeline_view on pipeline' }, pathIncludes: '/approvals/' })
    const { result } = await h.run()
    const cause = failedCause(only(result.executions))
    expect(cause).toMatchObject({ id: 'forbidden', title: 'Approvals not readable with this key', fix: expect.stringContaining('core_pipeline_view') })
    expect(h.sim.posts()).toEqual([])
  })

  it('decides with View alone when the key is an approver: the instance endpoint checks membership, not core_pipeline_execute', async () => {
    const key = h.sim.addKey({ permissions: ['core_pipeline_view'] })
    h.sim.addInstance({ executionId: 'exec1', approvers: '*' })
    const { result } = await h.run({ apiKey: key.key })
    expect(only(result.executions)).toMatchObject({ kind: 'decided', status: 'APPROVED' })
  })

  it('names the missing permission when the key may not read approvals (403), posting nothing', async () => {
    const key = h.sim.addKey({ permissions: ['core_pipeline_execute'] })
    h.sim.addInstance({ executionId: 'exec1', approvers: '*' })
    const { result } = await h.run({ apiKey: key.key })
    expect(failedCause(only(result.executions))).toMatchObject({ id: 'forbidden', status: 403, harnessMessage: expect.stringContaining('core_pipeline_view') })
    expect(h.sim.posts()).toEqual([])
  })

  it('reports a step that finished between the read and the post', async () => {
    h.sim.addInstance({ executionId: 'exec1' })
    h.sim.fault({ on: 'POST', kind: 'finish-before-post' })
    const { result } = await h.run()
    expect(failedCause(only(result.executions)).id).toBe('already-finished')
    expect(h.sim.stats.decisionsApplied).toBe(0)
  })

  it('reports an HTML answer (a proxy page) without parsing it as Harness JSON', async () => {
    h.sim.addInstance({ executionId: 'exec1' })
    h.sim.fault({ on: 'GET', kind: 'html', status: 400 })
    const { result } = await h.run()
    expect(failedCause(only(result.executions)).id).toBe('not-json')
    expect(h.sim.posts()).toHaveLength(0)
  })

  it('REJECT skips input validation and sends the inputs as given', async () => {
    h.sim.addInstance({ executionId: 'exec1', approverInputs: [{ name: 'env', defaultValue: 'prod' }] })
    const { result } = await h.run({ action: 'REJECT', approverInputs: 'reason=flaky' })
    expect(only(result.executions)).toMatchObject({ kind: 'decided', status: 'REJECTED' })
    expect(h.sim.posts()[0]!.body).toMatchObject({ approverInputs: [{ name: 'reason', value: 'flaky' }] })
  })
})

describe('several executions', () => {
  it('decides each independently and fails the run if any failed, after trying all', async () => {
    h.sim.addInstance({ executionId: 'e1' })
    h.sim.addExecution({ executionId: 'e2' })
    h.sim.addInstance({ executionId: 'e3' })
    const { result } = await h.run({ executionId: 'e1,e2,e3' })
    expect(result.executions.map((e) => e.kind)).toEqual(['decided', 'failed', 'decided'])
    expect(result.outcome).toBe('failed')
    expect(h.sim.posts('e1')).toHaveLength(1)
    expect(h.sim.posts('e3')).toHaveLength(1)
    expect(h.sim.posts()).toHaveLength(2)
  })
})
