// The built action and command line against the newest Harness server (the simulator's default): a wrong
// project fails naming both projects with nothing posted, a re-run of the workflow succeeds without posting,
// and the pipeline's name and link reach the outputs, the --json result and the summary.
import { existsSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startHarnessSimulator, type HarnessSimulator } from '../../sim/harness-simulator.js'
import { ACTION, runAction, workflowCommands } from '../support/run-action.js'
import { CLI, runCli } from '../support/run-cli.js'
import { actionInputs } from '../support/servers.js'

let sim: HarnessSimulator
beforeEach(async () => {
  sim = await startHarnessSimulator({ pipelineName: 'Deploy to production' })
  expect(sim.mode).toBe('newest')
})
afterEach(async () => {
  await sim.close()
})

/** The execution lives in payments/checkout; the inputs say default/proj. */
function executionElsewhere(): void {
  sim.addExecution({ executionId: 'exec1', orgId: 'payments', projectId: 'checkout' })
  sim.addInstance({ executionId: 'exec1' })
}

const BOTH_PROJECTS = 'Execution exec1 belongs to org payments / project checkout, not org default / project proj as given.'

describe.skipIf(!existsSync(ACTION))('dist/index.js on the newest server', () => {
  it('fails on a wrong project, naming both, and posts nothing', async () => {
    executionElsewhere()
    const run = await runAction(actionInputs(sim))
    expect(run.code).toBe(1)
    expect(workflowCommands(run.stdout)).toContainEqual(expect.stringContaining(BOTH_PROJECTS))
    expect(sim.posts()).toEqual([])
    // Only the approvals read that went beside the execution read; nothing after the scope check.
    expect(sim.gets()).toHaveLength(1)
    expect(sim.stats.decisionsApplied).toBe(0)
    expect(JSON.parse(run.outputs.result!)).toMatchObject({ outcome: 'failed', executions: [{ cause: 'wrong-scope' }] })
    expect(run.summary).toContain('belongs to org payments / project checkout')
  })

  it('sets pipelineName and pipelineUrl, and links the run in the summary', async () => {
    sim.addExecution({ executionId: 'exec1', runSequence: 31 })
    sim.addInstance({ executionId: 'exec1' })
    const run = await runAction(actionInputs(sim))
    expect(run.code, run.stdout).toBe(0)
    const url = `${sim.url}/ng/account/acct123/all/orgs/default/projects/proj/pipelines/deploy_pipeline/executions/exec1/pipeline`
    expect(run.outputs).toMatchObject({ pipelineName: 'Deploy to production', pipelineUrl: url })
    expect(JSON.parse(run.outputs.result!).executions[0].pipeline).toEqual({ name: 'Deploy to production', identifier: 'deploy_pipeline', runSequence: 31, status: 'ApprovalWaiting', url })
    expect(run.stdout).toContain('Approved execution exec1 in default/proj, pipeline "Deploy to production" run 31')
    expect(run.summary).toContain(`<a href="${url}">Deploy to production #31</a>`)
    // Exactly the three requests an approval needs: no POST for a link.
    expect(sim.requests.map((r) => r.method)).toEqual(['GET', 'GET', 'POST'])
  })

  it('a re-run (same run id, next attempt) exits 0 without posting, naming who approved', async () => {
    sim.addInstance({ executionId: 'exec1' })
    const first = await runAction(actionInputs(sim), { env: { GITHUB_RUN_ID: '987654', GITHUB_RUN_ATTEMPT: '1' } })
    expect(first.code, first.stdout).toBe(0)
    expect(sim.posts()).toHaveLength(1)

    const second = await runAction(actionInputs(sim, { waitForApproval: '' }), { env: { GITHUB_RUN_ID: '987654', GITHUB_RUN_ATTEMPT: '2' } })
    expect(second.code, second.stdout).toBe(0)
    expect(sim.posts()).toHaveLength(1)
    expect(sim.stats.decisionsApplied).toBe(1)
    expect(second.stdout).toMatch(/The approval step was already approved by Approver Bot \(approver\.bot@example\.com\) at \S+Z \(an earlier attempt of this workflow run\); nothing was posted\./)
    expect(workflowCommands(second.stdout).filter((l) => l.startsWith('::error') || l.startsWith('::warning'))).toEqual([])
    expect(JSON.parse(second.outputs.result!)).toMatchObject({ outcome: 'decided', approvalStatus: 'APPROVED', executions: [{ outcome: 'decided', posts: 0 }] })
  })

  it('a re-run of an approval that needs more approvers exits 0 without approving again, saying so', async () => {
    sim.addInstance({ executionId: 'exec1', minimumCount: 2, approvers: '*' })
    const env = { GITHUB_RUN_ID: '987654' }
    expect((await runAction(actionInputs(sim), { env: { ...env, GITHUB_RUN_ATTEMPT: '1' } })).code).toBe(0)
    const second = await runAction(actionInputs(sim, { waitForApproval: '' }), { env: { ...env, GITHUB_RUN_ATTEMPT: '2' } })
    expect(second.code, second.stdout).toBe(0)
    expect(sim.posts()).toHaveLength(1)
    expect(second.stdout).toMatch(/already approved by Approver Bot \(approver\.bot@example\.com\) at \S+Z \(an earlier attempt of this workflow run\), and is waiting for more approvers \(1 of 2 approvals\); nothing was posted\./)
    expect(workflowCommands(second.stdout).filter((l) => l.startsWith('::error'))).toEqual([])
    expect(second.outputs.approvalStatus).toBe('WAITING')
    expect(JSON.parse(second.outputs.result!)).toMatchObject({ outcome: 'decided', executions: [{ outcome: 'decided', posts: 0, approvals: 1, minimumCount: 2 }] })
  })

  it('a dry run of a re-run says a real run would post nothing and succeed, and reports no decision as made', async () => {
    sim.addInstance({ executionId: 'exec1' })
    const env = { GITHUB_RUN_ID: '987654' }
    expect((await runAction(actionInputs(sim), { env: { ...env, GITHUB_RUN_ATTEMPT: '1' } })).code).toBe(0)
    const dry = await runAction(actionInputs(sim, { waitForApproval: '', dryRun: 'true' }), { env: { ...env, GITHUB_RUN_ATTEMPT: '2' } })
    expect(dry.code, dry.stdout).toBe(0)
    expect(sim.posts()).toHaveLength(1)
    expect(dry.stdout).toMatch(/Dry run, execution exec1 of pipeline Deploy to production \(Running\): the approval step was already approved by Approver Bot \(approver\.bot@example\.com\) at \S+Z \(an earlier attempt of this workflow run\); a real run would post nothing and succeed\./)
    expect(dry.stdout).not.toContain('Already approved')
    expect(workflowCommands(dry.stdout).filter((l) => l.startsWith('::error') || l.startsWith('::warning'))).toEqual([])
    // As for any dry run: no decision, status or instance among the outputs, and nothing would be posted.
    expect(dry.outputs).not.toHaveProperty('decision')
    expect(dry.outputs).not.toHaveProperty('approvalStatus')
    expect(dry.outputs).not.toHaveProperty('approvalInstanceId')
    expect(dry.outputs).not.toHaveProperty('wouldPost')
    expect(JSON.parse(dry.outputs.result!)).toMatchObject({ outcome: 'dry-run', dryRun: true, executions: [{ outcome: 'dry-run', posts: 0, alreadyDecided: { approvalStatus: 'APPROVED', byEarlierAttempt: true } }] })
    expect(dry.summary).toContain('Harness approval: Dry run: already as asked, a real run would post nothing; nothing was sent')
    expect(dry.summary).not.toContain('Decision recorded')

    // Asked the other way, a dry run fails as a real run would.
    const other = await runAction(actionInputs(sim, { waitForApproval: '', dryRun: 'true', action: 'REJECT' }), { env: { ...env, GITHUB_RUN_ATTEMPT: '3' } })
    expect(other.code).toBe(1)
    expect(workflowCommands(other.stdout)).toContainEqual(expect.stringMatching(/^::error title=Approval step already approved::.*so it cannot be rejected any more/))
    expect(JSON.parse(other.outputs.result!)).toMatchObject({ outcome: 'failed', dryRun: true, executions: [{ cause: 'already-finished' }] })
    expect(sim.posts()).toHaveLength(1)
  })

  it('warns before approving a step with auto-reject, and says so in the result row', async () => {
    sim.addInstance({ executionId: 'exec1', autoRejectEnabled: true })
    const run = await runAction(actionInputs(sim))
    expect(run.code, run.stdout).toBe(0)
    expect(workflowCommands(run.stdout)).toContainEqual(
      '::warning title=Auto-reject::Execution exec1: approving also rejects older waiting runs of pipeline Deploy to production at this step (the step has auto-reject on).',
    )
    expect(JSON.parse(run.outputs.result!).executions[0]).toMatchObject({ autoRejectsOlder: true })
    expect(run.summary).toContain('also rejected older waiting runs of pipeline Deploy to production')
  })
})

describe.skipIf(!existsSync(CLI))('dist/cli.js on the newest server', () => {
  const args = () => ['approve', '--base-url', sim.baseUrl, '--org-id', 'default', '--project-id', 'proj', '--execution-id', 'exec1', '--wait-for-approval', '0']

  it('fails on a wrong project, naming both, and posts nothing', async () => {
    executionElsewhere()
    const run = await runCli(args(), { env: { HARNESS_API_KEY: sim.apiKey } })
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(BOTH_PROJECTS)
    expect(run.stderr).toContain('set --org-id to payments and --project-id to checkout')
    expect(sim.posts()).toEqual([])
    // The execution read and the approvals read beside it, nothing more.
    expect(sim.requests.map((r) => r.method)).toEqual(['GET', 'GET'])
  })

  it('--json carries the pipeline of each execution', async () => {
    sim.addExecution({ executionId: 'exec1', runSequence: 8 })
    sim.addInstance({ executionId: 'exec1' })
    const run = await runCli([...args(), '--json'], { env: { HARNESS_API_KEY: sim.apiKey } })
    expect(run.code, run.stderr).toBe(0)
    const result = JSON.parse(run.stdout) as { pipelineName: string; executions: { pipeline: unknown }[] }
    expect(result.pipelineName).toBe('Deploy to production')
    expect(result.executions[0]!.pipeline).toMatchObject({ name: 'Deploy to production', identifier: 'deploy_pipeline', runSequence: 8 })
  })

  it('inside a workflow run, a re-run of the job finds the earlier attempt\'s approval', async () => {
    sim.addInstance({ executionId: 'exec1' })
    const env = { HARNESS_API_KEY: sim.apiKey, GITHUB_ACTIONS: 'true', GITHUB_RUN_ID: '555', GITHUB_RUN_ATTEMPT: '1' }
    expect((await runCli(args(), { env })).code).toBe(0)
    const again = await runCli(args(), { env: { ...env, GITHUB_RUN_ATTEMPT: '2' } })
    expect(again.code, again.stderr).toBe(0)
    expect(again.stderr).toContain('already approved by Approver Bot')
    expect(again.stdout).toMatch(/^Decided: APPROVE on execution exec1 \(approval instance \S+\); approval status APPROVED \(already so; nothing was posted\)\.\n$/)
    expect(sim.posts()).toHaveLength(1)
  })
})
