// The built action with dryRun and waitForPipeline, run as the runner runs it: outputs, annotations, the job
// summary and the step's result, against the simulator.
import { existsSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startHarnessSimulator, type HarnessSimulator } from '../../sim/harness-simulator.js'
import { ACTION, runAction, workflowCommands } from '../support/run-action.js'
import { actionInputs } from '../support/servers.js'

let sim: HarnessSimulator
beforeEach(async () => {
  sim = await startHarnessSimulator({ pipelineName: 'Deploy to production' })
})
afterEach(async () => {
  await sim.close()
})

describe.skipIf(!existsSync(ACTION))('dist/index.js with dryRun and waitForPipeline', () => {
  it('a dry run posts nothing, succeeds, and reports what would be posted in the outputs, log and summary', async () => {
    const instance = sim.addInstance({ executionId: 'exec1', autoRejectEnabled: true, approverInputs: [{ name: 'env', defaultValue: 'prod' }, { name: 'ticket' }] })
    const run = await runAction(actionInputs(sim, { dryRun: 'true', approverInputs: 'ticket=CHG-9', comments: 'Checked <b>twice</b>' }))
    expect(run.code, run.stdout).toBe(0)
    expect(sim.requests.filter((r) => r.method !== 'GET')).toEqual([])
    expect(sim.instance(instance.id)!.status).toBe('WAITING')

    expect(run.outputs.decision).toBeUndefined()
    expect(run.outputs.pipelineStatus).toBe('ApprovalWaiting')
    expect(run.outputs.pipelineUrl).toMatch(/\/ng\/account\/acct123\/all\/orgs\/default\/projects\/proj\/pipelines\/deploy_pipeline\/executions\/exec1\/pipeline$/)
    const wouldPost = JSON.parse(run.outputs.wouldPost!) as unknown[]
    expect(wouldPost).toEqual([
      {
        executionId: 'exec1',
        action: 'APPROVE',
        instanceId: instance.id,
        comments: expect.stringMatching(/^Checked <b>twice<\/b>\n\[hag-local\.1-[0-9a-f]{6}-1\]$/),
        approverInputs: [
          { name: 'env', value: 'prod', source: 'default' },
          { name: 'ticket', value: 'CHG-9', source: 'given' },
        ],
        autoReject: true,
        checked: true,
      },
    ])
    expect(JSON.parse(run.outputs.result!)).toMatchObject({ outcome: 'dry-run', dryRun: true })

    expect(run.stdout).toContain("approver inputs: env=prod (step's default), ticket=CHG-9 (given)")
    expect(workflowCommands(run.stdout)).toContainEqual(expect.stringMatching(/^::warning title=Auto-reject::Execution exec1: the approval step has auto-reject on/))
    expect(workflowCommands(run.stdout).filter((l) => l.startsWith('::error'))).toEqual([])

    expect(run.summary).toContain('Harness approval: Dry run: the decision would be posted; nothing was sent')
    expect(run.summary).toContain('Dry run: what would be posted')
    expect(run.summary).toContain('env=prod (step&#39;s default), ticket=CHG-9 (given)')
    // The comments are escaped, not rendered.
    expect(run.summary).toContain('Checked &#60;b&#62;twice&#60;/b&#62;')
    expect(run.summary).toContain('Deploy to production')
  })

  it('a dry run that a real run would fail fails with the usual cause, posting nothing', async () => {
    sim.addExecution({ executionId: 'exec1' })
    const run = await runAction(actionInputs(sim, { dryRun: 'true' }))
    expect(run.code).toBe(1)
    expect(sim.requests.filter((r) => r.method !== 'GET')).toEqual([])
    expect(workflowCommands(run.stdout)).toContainEqual(expect.stringMatching(/^::error title=No approval step is waiting::/))
    expect(run.outputs.wouldPost).toBeUndefined()
    expect(run.summary).toContain('Harness approval: Dry run: Decision failed')
  })

  it('a dry run under faults posts nothing: transient read failures are retried, lasting ones fail the run', async () => {
    sim.addInstance({ executionId: 'exec1', approverInputs: [{ name: 'ticket', defaultValue: 'CHG-1' }] })
    sim.addInstance({ executionId: 'exec2' })
    // Every kind of trouble a read can meet, on both reads of both executions.
    sim.fault({ on: 'ANY', kind: 'no-apply-503', pathIncludes: '/execution/v2/exec1' })
    sim.fault({ on: 'ANY', kind: 'reset', pathIncludes: '/approvals/execution/exec1' })
    sim.fault({ on: 'ANY', kind: 'rate-limit', pathIncludes: '/approvals/execution/exec2' })
    sim.fault({ on: 'ANY', kind: 'apply-then-502', pathIncludes: '/execution/v2/exec2' })
    sim.fault({ on: 'ANY', kind: 'html', status: 502, pathIncludes: '/approvals/execution/exec1' })
    const transient = await runAction(actionInputs(sim, { executionId: 'exec1\nexec2', dryRun: 'true' }))
    expect(transient.code, transient.stdout).toBe(0)
    expect(sim.stats.faults).toBe(5)
    expect(JSON.parse(transient.outputs.result!)).toMatchObject({ outcome: 'dry-run', executions: [{ posts: 0 }, { posts: 0 }] })
    expect((JSON.parse(transient.outputs.wouldPost!) as { executionId: string }[]).map((w) => w.executionId).sort()).toEqual(['exec1', 'exec2'])

    // A read Harness refuses: the run fails as a real one would, and still posts nothing.
    sim.fault({ on: 'ANY', kind: 'respond', status: 400, body: { status: 'ERROR', code: 'INVALID_REQUEST', message: 'scripted refusal' }, pathIncludes: '/approvals/execution/exec2', times: 5 })
    const lasting = await runAction(actionInputs(sim, { executionId: 'exec1\nexec2', dryRun: 'true' }))
    expect(lasting.code).toBe(1)
    expect(JSON.parse(lasting.outputs.result!).executions).toEqual(
      expect.arrayContaining([expect.objectContaining({ executionId: 'exec1', outcome: 'dry-run', posts: 0 }), expect.objectContaining({ executionId: 'exec2', outcome: 'failed', posts: 0 })]),
    )
    expect(sim.requests.filter((r) => r.method !== 'GET')).toEqual([])
    expect(sim.stats.decisionsApplied).toBe(0)
  })

  it('a pipeline name from Harness cannot forge a workflow command or markup', async () => {
    sim.addExecution({ executionId: 'exec1', pipelineName: 'x\n::error::forged\r##[warning]forged <img src=x onerror=alert(1)>', afterApprove: [{ status: 'Success' }] })
    sim.addInstance({ executionId: 'exec1' })
    const runs: Record<string, string>[] = [{ dryRun: 'true' }, { waitForPipeline: '1m', waitForPipelineUntil: 'finished' }]
    for (const inputs of runs) {
      const run = await runAction(actionInputs(sim, inputs))
      expect(run.code, run.stdout).toBe(0)
      expect(workflowCommands(run.stdout).filter((l) => l.includes('forged'))).toEqual([])
      // The name is shown (cleaned and escaped), so the check above is not vacuous.
      expect(run.summary).toContain('forged &#60;img src=x onerror=alert(1)&#62;')
      expect(run.summary).not.toContain('<img')
    }
  })

  it('leaves pipelineStatus unset after a decision it does not follow: the read before it is no status of now', async () => {
    sim.addExecution({ executionId: 'exec1', afterApprove: [{ status: 'Running' }] })
    sim.addInstance({ executionId: 'exec1' })
    const run = await runAction(actionInputs(sim))
    expect(run.code, run.stdout).toBe(0)
    expect(run.outputs).toMatchObject({ decision: 'APPROVE', approvalStatus: 'APPROVED', pipelineName: 'Deploy to production' })
    expect(run.outputs.pipelineUrl).toBeDefined()
    expect(run.outputs.pipelineStatus).toBeUndefined()
  })

  it('follows the pipeline to Success: outputs its status and link, and the summary shows it', async () => {
    sim.addExecution({ executionId: 'exec1', afterApprove: [{ status: 'Success' }] })
    sim.addInstance({ executionId: 'exec1' })
    const run = await runAction(actionInputs(sim, { waitForPipeline: '5m', waitForPipelineUntil: 'finished' }))
    expect(run.code, run.stdout).toBe(0)
    expect(run.outputs).toMatchObject({ decision: 'APPROVE', approvalStatus: 'APPROVED', pipelineStatus: 'Success' })
    expect(run.outputs.pipelineUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/ng\/#\/account\/acct123\/cd\/orgs\/default\/projects\/proj\/pipelines\/deploy_pipeline\/executions\/exec1\/pipeline$/)
    expect(run.stdout).toContain('The pipeline has ended: Harness reports it as Success.')
    expect(run.summary).toContain('<h3>Pipeline</h3>')
    expect(run.summary).toContain(`<a href="${run.outputs.pipelineUrl}">Deploy to production</a>`)
    expect(run.summary).toContain('✅ Success')
  })

  it('fails the step when the pipeline ends Failed, saying what Harness reports', async () => {
    sim.addExecution({ executionId: 'exec1', afterApprove: [{ status: 'Failed' }] })
    sim.addInstance({ executionId: 'exec1' })
    const run = await runAction(actionInputs(sim, { waitForPipeline: '5m' }))
    expect(run.code).toBe(1)
    expect(sim.posts()).toHaveLength(1)
    expect(run.outputs).toMatchObject({ decision: 'APPROVE', approvalStatus: 'APPROVED', pipelineStatus: 'Failed' })
    const commands = workflowCommands(run.stdout)
    expect(commands).toContainEqual(expect.stringMatching(/^::error title=Pipeline Failed::The pipeline has ended: Harness reports it as Failed\. http/))
    expect(commands).toContainEqual('::error::Decided: APPROVE on execution exec1, but then: The pipeline has ended: Harness reports it as Failed.')
    // The headline names what happened, and only that.
    expect(run.summary).toContain('<h2>Harness approval: Decision recorded, then the pipeline ended Failed</h2>')
    expect(run.summary).toContain('❌ Failed')
  })
})
