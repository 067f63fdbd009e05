// The built action and command line decide exactly the step they checked, once: a re-run never goes on to
// the next stage, a step decided by someone between the read and the POST is never swapped for another,
// "not recorded" is never said while a sent request may still land, the decision output is set only for
// a decision recorded, and a stage named in the inputs is the only one decided.
import { existsSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startHarnessSimulator, type HarnessSimulator } from '../../sim/harness-simulator.js'
import { ACTION, runAction, workflowCommands } from '../support/run-action.js'
import { CLI, runCli } from '../support/run-cli.js'
import { actionInputs } from '../support/servers.js'

let sim: HarnessSimulator
beforeEach(async () => {
  sim = await startHarnessSimulator()
})
afterEach(async () => {
  await sim.close()
})

/** A pipeline with a QA approval stage, waiting, and a Prod approval stage after it; approving moves it on. */
function twoStages() {
  sim.addExecution({ executionId: 'exec1', afterApprove: [{ status: 'Running' }], stages: [{ identifier: 'qa', name: 'QA approval' }, { identifier: 'prod', name: 'Prod approval' }] })
  return sim.addInstance({ executionId: 'exec1', stageIdentifier: 'qa' })
}

/** The pipeline reaches its Prod stage, whose approval starts waiting. */
function prodWaits() {
  return sim.addInstance({ executionId: 'exec1', stageIdentifier: 'prod' })
}

const RUN = { GITHUB_RUN_ID: '4242', GITHUB_JOB: 'deploy', GITHUB_ACTION: 'approve' }
const errors = (stdout: string) => workflowCommands(stdout).filter((l) => l.startsWith('::error'))

describe.skipIf(!existsSync(ACTION))('dist/index.js decides exactly the step it checked', () => {
  it('a re-run of the step that approved QA posts nothing once Prod waits, naming its earlier decision (scenario 1)', async () => {
    const qa = twoStages()
    const first = await runAction(actionInputs(sim), { env: { ...RUN, GITHUB_RUN_ATTEMPT: '1' } })
    expect(first.code, first.stdout).toBe(0)
    expect(first.outputs.stage).toBe('qa')
    const prod = prodWaits()

    const second = await runAction(actionInputs(sim), { env: { ...RUN, GITHUB_RUN_ATTEMPT: '2' } })
    expect(second.code, second.stdout).toBe(0)
    expect(sim.stats.decisionsApplied).toBe(1)
    expect(sim.instance(prod.id)!.status).toBe('WAITING')
    expect(sim.instance(qa.id)!.status).toBe('APPROVED')
    expect(second.stdout).toMatch(/already approved by Approver Bot \(approver\.bot@example\.com\) at \S+Z \(an earlier attempt of this workflow run\) \(stage QA approval \(qa\)\); nothing was posted\./)
    expect(second.outputs.stage).toBe('qa')
    expect(JSON.parse(second.outputs.result!)).toMatchObject({ outcome: 'decided', approvalInstanceId: qa.id, executions: [{ posts: 0, stage: { identifier: 'qa', name: 'QA approval' } }] })
    // The stage is named in the decision's comments, which is how the re-run knows it.
    expect(qa.approvalActivities[0]!.comments).toMatch(/(^|\n)Stage: QA approval \(qa\)\n\[hag-4242\.1\.[0-9a-f]{8}-[0-9a-f]{6}-1\]$/)
  })

  it('two steps of one job each decide their own stage, and each one\'s re-run finds its own decision (scenario 1)', async () => {
    const qa = twoStages()
    const step = (action: string, attempt: string, stage: string) => runAction(actionInputs(sim, { stage }), { env: { ...RUN, GITHUB_ACTION: action, GITHUB_RUN_ATTEMPT: attempt } })
    expect((await step('approve_qa', '1', 'qa')).code).toBe(0)
    const prod = prodWaits()
    const prodRun = await step('approve_prod', '1', 'Prod approval')
    expect(prodRun.code, prodRun.stdout).toBe(0)
    expect(prodRun.outputs.approvalInstanceId).toBe(prod.id)
    expect(sim.stats.decisionsApplied).toBe(2)

    const qaAgain = await step('approve_qa', '2', 'qa')
    const prodAgain = await step('approve_prod', '2', 'Prod approval')
    expect([qaAgain.code, prodAgain.code]).toEqual([0, 0])
    expect(sim.stats.decisionsApplied).toBe(2)
    expect(qaAgain.outputs.approvalInstanceId).toBe(qa.id)
    expect(prodAgain.outputs.approvalInstanceId).toBe(prod.id)
  })

  it('a step decided by someone between the read and the POST is reported, and the stage waiting next is left alone (scenario 2)', async () => {
    const qa = twoStages()
    let prodId = ''
    sim.fault({
      on: 'POST',
      kind: 'change-before',
      change: () => {
        // A person approves QA in the Harness UI; the pipeline moves on and Prod starts waiting.
        qa.status = 'APPROVED'
        qa.approvalActivities.push({ user: { name: 'Dana', email: 'dana@example.com' }, action: 'APPROVE', approverInputs: [], comments: 'from the UI', approvedAt: Date.UTC(2026, 11, 6, 9) })
        prodId = prodWaits().id
      },
    })
    const run = await runAction(actionInputs(sim))
    expect(run.code).toBe(1)
    expect(sim.instance(prodId)!.status).toBe('WAITING')
    expect(sim.instance(prodId)!.approvalActivities).toEqual([])
    expect(sim.stats.decisionsApplied).toBe(0)
    // The annotation names the stage it is about.
    expect(errors(run.stdout).join('\n')).toMatch(/::Stage QA approval \(qa\): /)
    expect(errors(run.stdout).join('\n')).toContain(`that this run checked (approval instance ${qa.id}) was approved by Dana (dana@example.com) at 2026-12-06T09:00:00.000Z before this run's decision reached it`)
    expect(run.outputs.decision).toBeUndefined()
    expect(JSON.parse(run.outputs.result!)).toMatchObject({ outcome: 'failed', executions: [{ cause: 'already-finished' }] })
  })

  it('never says "safe to run this again" while a sent POST may still land, and it does land later (scenario 4)', async () => {
    const step = sim.addInstance({ executionId: 'exec1' })
    sim.fault({ on: 'POST', kind: 'late-commit' }) // no answer; Harness applies it after the action gave up
    sim.fault({ on: 'POST', kind: 'no-apply-503' })
    const run = await runAction(actionInputs(sim))
    expect(run.code).toBe(1)
    expect(sim.stats.decisionsApplied).toBe(0)
    expect(run.stdout + run.summary).not.toContain('safe to run this again')
    expect(errors(run.stdout).join('\n')).toContain('a request that was sent may still be applied by Harness. Check the approval in Harness before running this again.')
    expect(JSON.parse(run.outputs.result!)).toMatchObject({ outcome: 'unknown', requestedDecision: 'APPROVE', executions: [{ cause: 'decision-state-unknown', posts: 2 }] })
    expect(run.outputs.decision).toBeUndefined()
    // And so it does: the first request is applied after all.
    expect(sim.commitLate()).toBe(1)
    expect(sim.instance(step.id)!.status).toBe('APPROVED')
    expect(sim.instance(step.id)!.approvalActivities[0]!.comments).toMatch(/-1\]$/)
  })

  it('a batch of two runs of one auto-rejecting step approves the older first, so it rejects neither (scenario 3)', async () => {
    const now = Date.now()
    sim.addExecution({ executionId: 'eOld', startTs: now - 7_200_000 })
    sim.addExecution({ executionId: 'eNew', startTs: now - 3_600_000 })
    const old = sim.addInstance({ executionId: 'eOld', autoRejectEnabled: true })
    const fresh = sim.addInstance({ executionId: 'eNew', autoRejectEnabled: true })
    const run = await runAction(actionInputs(sim, { executionId: 'eNew\neOld', concurrency: '1' }))
    expect(run.code, run.stdout).toBe(0)
    expect([sim.instance(old.id)!.status, sim.instance(fresh.id)!.status]).toEqual(['APPROVED', 'APPROVED'])
    expect(sim.stats.autoRejected).toBe(0)
    expect(JSON.parse(run.outputs.result!).executions.map((e: { executionId: string; outcome: string }) => [e.executionId, e.outcome])).toEqual([['eNew', 'decided'], ['eOld', 'decided']])
  })

  it('leaves decision unset when Harness refused the POST, and says what was sent in requestedDecision (scenario 6)', async () => {
    sim.addInstance({ executionId: 'exec1', approvers: ['someone-else'] })
    const run = await runAction(actionInputs(sim))
    expect(run.code).toBe(1)
    expect(run.outputs.decision).toBeUndefined()
    expect(run.outputs.requestedDecision).toBe('APPROVE')
    expect(JSON.parse(run.outputs.result!)).not.toHaveProperty('decision')
  })

  it('under one callback id, decides the retried run of the step once it waits, not the earlier run someone approved (scenario 7)', async () => {
    const approvedAt = Date.UTC(2026, 11, 6, 8)
    const earlier = sim.addInstance({ executionId: 'exec1', callbackId: 'gate', status: 'APPROVED', approvalActivities: [{ user: { name: 'Dana', email: 'dana@example.com' }, action: 'APPROVE', approverInputs: [], comments: 'ok', approvedAt }] })
    // The retry of the step starts waiting just after the action's first read.
    const retried = sim.addInstance({ executionId: 'exec1', callbackId: 'gate', appearAfterReads: 1 })
    const run = await runAction(actionInputs(sim, { callbackId: 'gate', waitForApproval: '1m' }))
    expect(run.code, run.stdout).toBe(0)
    expect(run.outputs).toMatchObject({ decision: 'APPROVE', approvalInstanceId: retried.id })
    expect(sim.instance(earlier.id)!.approvalActivities).toHaveLength(1)
  })

  it('with stage, fails naming both stages when another stage waits, and posts nothing (stages)', async () => {
    twoStages()
    const run = await runAction(actionInputs(sim, { stage: 'prod' }))
    expect(run.code).toBe(1)
    expect(sim.posts()).toEqual([])
    expect(errors(run.stdout).join('\n')).toContain('belongs to stage QA approval (qa), not to stage prod as given. Nothing was posted.')
    expect(JSON.parse(run.outputs.result!)).toMatchObject({ outcome: 'failed', executions: [{ cause: 'wrong-stage' }] })
  })

  it('names the stage in the log line, the summary and the stage output', async () => {
    twoStages()
    const run = await runAction(actionInputs(sim, { stage: 'QA approval' }))
    expect(run.code, run.stdout).toBe(0)
    expect(run.stdout).toMatch(/Approved execution exec1 in default\/proj, pipeline "Deploy" run \d+, stage QA approval \(qa\) \(approval instance /)
    expect(run.summary).toContain('Stage: QA approval (qa)')
    expect(run.outputs.stage).toBe('qa')
    expect(JSON.parse(run.outputs.result!).executions[0].stage).toEqual({ identifier: 'qa', name: 'QA approval' })
  })
})

describe.skipIf(!existsSync(CLI))('dist/cli.js decides exactly the step it checked', () => {
  const approve = (...extra: string[]) => ['approve', '--api-key', sim.apiKey, '--base-url', sim.baseUrl, '--org-id', sim.orgId, '--project-id', sim.projectId, '--execution-id', 'exec1', '--wait-for-approval', '0', '--json', ...extra]

  it('a re-run in a GitHub job posts nothing once the next stage waits (scenario 1)', async () => {
    twoStages()
    const env = { GITHUB_ACTIONS: 'true', ...RUN }
    expect((await runCli(approve(), { env: { ...env, GITHUB_RUN_ATTEMPT: '1' } })).code).toBe(0)
    const prod = prodWaits()
    const again = await runCli(approve(), { env: { ...env, GITHUB_RUN_ATTEMPT: '2' } })
    expect(again.code, again.stderr).toBe(0)
    expect(sim.instance(prod.id)!.status).toBe('WAITING')
    expect(sim.stats.decisionsApplied).toBe(1)
  })

  it('--stage refuses another stage, naming both (stages)', async () => {
    twoStages()
    const run = await runCli(approve('--stage', 'prod'))
    expect(run.code).not.toBe(0)
    expect(sim.posts()).toEqual([])
    expect(JSON.parse(run.stdout)).toMatchObject({ outcome: 'failed', executions: [{ cause: 'wrong-stage', message: expect.stringContaining('belongs to stage QA approval (qa), not to stage prod as given') }] })
  })

  it('a step decided by someone between the read and the POST is reported, Prod left alone (scenario 2)', async () => {
    const qa = twoStages()
    let prodId = ''
    sim.fault({
      on: 'POST',
      kind: 'change-before',
      change: () => {
        qa.status = 'APPROVED'
        qa.approvalActivities.push({ user: { name: 'Dana', email: 'dana@example.com' }, action: 'APPROVE', approverInputs: [], comments: 'from the UI', approvedAt: Date.now() })
        prodId = prodWaits().id
      },
    })
    const run = await runCli(approve())
    expect(run.code).not.toBe(0)
    expect(sim.instance(prodId)!.status).toBe('WAITING')
    expect(sim.stats.decisionsApplied).toBe(0)
    expect(JSON.parse(run.stdout)).not.toHaveProperty('decision')
  })
})
