// The job summary a run writes, through the real core.summary: well-formed HTML (every cell closed), a
// failure's title and message apart, and on success the step's message, the approvals against
// minimumCount, who else approved, the org and project, and the pipeline run when it is known.
import * as core from '@actions/core'
import { afterEach, describe, expect, it } from 'vitest'
import type { ExecutionResult } from '../../src/approvals/execution-result.js'
import { announceResult } from '../../src/run/annotations.js'
import { toResultJson } from '../../src/run/result.js'
import type { RunResult } from '../../src/run/run.js'
import { addResultToSummary } from '../../src/run/summary.js'
import { recordingLogger } from '../support/fakes.js'
import { useHarness } from '../support/harness.js'
import { htmlProblems } from '../support/html.js'

const scope = { orgId: 'default', projectId: 'payments' }

function decided(extra: Partial<Extract<ExecutionResult, { kind: 'decided' }>> = {}): ExecutionResult {
  return { kind: 'decided', executionId: 'exec1', decision: 'APPROVE', status: 'APPROVED', instanceId: 'inst1', inputsSent: [], defaulted: [], posts: 1, waitedMs: 0, confirmedByReadBack: false, ...extra }
}

function render(result: RunResult): string {
  return addResultToSummary(core.summary, toResultJson(result)).stringify()
}

afterEach(() => {
  core.summary.emptyBuffer()
})

describe('the job summary', () => {
  it('closes every cell of a success row, and shows the step message, the approvals and the scope', () => {
    const html = render({ outcome: 'decided', decision: 'APPROVE', scope, executions: [decided({ progress: { message: 'Ship <it>?', approvals: 1, minimumCount: 1, others: [] } })] })
    expect(htmlProblems(html)).toEqual([])
    expect(html).toContain('<h3>Execution in default/payments</h3>')
    expect(html).toContain('<td>1 of 1 approval</td>')
    expect(html).toContain('<td>Step message: <q>Ship &#60;it&#62;?</q></td>')
    // Empty cells get a dash instead of an unclosed <td>.
    expect(html).not.toMatch(/<td><\/tr>|<td><td>/)
  })

  it('keeps a failure\'s title, message, Harness\'s words and the fix apart', () => {
    const failed: ExecutionResult = {
      kind: 'failed',
      executionId: 'exec1',
      decision: 'APPROVE',
      cause: { id: 'wrong-scope', title: 'Execution not found in this account, org and project', explanation: 'The execution id does not belong here.', fix: 'Check {executionId}.', status: 400, harnessMessage: 'nope' },
      posts: 1,
      waitedMs: 0,
    }
    const html = render({ outcome: 'failed', decision: 'APPROVE', scope, executions: [failed] })
    expect(htmlProblems(html)).toEqual([])
    expect(html).toContain('<strong>Execution not found in this account, org and project</strong><br>The execution id does not belong here.<br>Harness said: <q>nope</q><br>Fix: Check executionId.')
  })

  it('links the pipeline run when it is known, and never a link that is not plain http(s)', () => {
    const pipeline = { name: 'Deploy <prod>', runSequence: 42, url: 'https://app.harness.io/ng/account/a/module/cd/orgs/default/projects/payments/pipelines/deploy/executions/exec1/pipeline' }
    const html = render({ outcome: 'decided', decision: 'APPROVE', scope, executions: [decided({ pipeline }), decided({ executionId: 'exec2', pipeline: { ...pipeline, url: 'javascript:alert(1)' } })] })
    expect(htmlProblems(html)).toEqual([])
    expect(html).toContain(`<code>exec1</code><br><a href="${pipeline.url}">Deploy &#60;prod&#62; #42</a>`)
    expect(html).toContain('<code>exec2</code><br>Deploy &#60;prod&#62; #42</td>')
    expect(html).not.toContain('javascript:')
  })

  it('stays well formed with the gate, an exemption and invalid settings', () => {
    const gate = { verdict: 'failure' as const, value: '', attempts: 2, elapsedMs: 100, reason: 'status <failed>', timeline: [], timelineOmitted: 0, statusUrl: 'https://ci.example.com/job' }
    expect(htmlProblems(render({ outcome: 'gate-rejected', decision: 'REJECT', gate, scope, executions: [decided({ decision: 'REJECT', status: 'REJECTED' })] }))).toEqual([])
    core.summary.emptyBuffer()
    const html = addResultToSummary(core.summary, { outcome: 'invalid-settings', executions: [], problems: ['Input apiKey is not set: expected a <key>.'] }).stringify()
    expect(htmlProblems(html)).toEqual([])
  })

  it('the checker itself finds an unclosed cell and a stray bracket', () => {
    expect(htmlProblems('<table><tr><td>a<td></tr></table>')).not.toEqual([])
    expect(htmlProblems('<p>a < b</p>')).not.toEqual([])
    expect(htmlProblems('<table><tr><td>a</td></tr></table><br>')).toEqual([])
  })
})

describe('a step that needs two approvers, against the simulator', () => {
  const h = useHarness()

  it('says who else approved and how many of how many, in the summary and the one log line', async () => {
    h.sim.addInstance({
      executionId: 'exec1',
      minimumCount: 3,
      approvers: '*',
      approvalMessage: 'Release 7.1 to production?',
      approvalActivities: [{ user: { name: 'Alice', email: 'alice@example.com' }, action: 'APPROVE', approverInputs: [], comments: 'looks good', approvedAt: 1 }],
    })
    const { result } = await h.run()
    const json = toResultJson(result)
    expect(json.executions[0]).toMatchObject({ approvalStatus: 'WAITING', approvals: 2, minimumCount: 3, otherApprovers: ['Alice'], approvalMessage: 'Release 7.1 to production?' })
    const html = addResultToSummary(core.summary, json).stringify()
    expect(htmlProblems(html)).toEqual([])
    expect(html).toContain('<td>2 of 3 approvals (also: Alice)</td>')
    const log = recordingLogger()
    announceResult(json, log)
    expect(log.lines[0]!.message).toMatch(/^the approval was recorded \(2 of 3 approvals \(also: Alice\)\), but the step needs more approvers/)
  })

  it('a dry run and a followed pipeline: their sections are well formed, and the pipeline read is the row\'s one pipeline', async () => {
    h.sim.addExecution({ executionId: 'exec1', pipelineName: 'Deploy <prod>', runSequence: 42, afterApprove: [{ status: 'Success' }] })
    h.sim.addInstance({ executionId: 'exec1' })
    const preview = toResultJson((await h.run({ dryRun: 'true' })).result)
    expect(preview.executions[0]!.pipeline).toMatchObject({ name: 'Deploy <prod>', runSequence: 42, status: 'ApprovalWaiting' })
    const dryHtml = addResultToSummary(core.summary, preview).stringify()
    expect(htmlProblems(dryHtml)).toEqual([])
    expect(dryHtml).toContain('Dry run: what would be posted')
    expect(dryHtml).toContain('Deploy &#60;prod&#62; #42</a>')
    core.summary.emptyBuffer()

    const followed = toResultJson((await h.run({ waitForPipeline: '10m', waitForPipelineUntil: 'finished' })).result)
    expect(followed.executions[0]!.pipeline).toMatchObject({ name: 'Deploy <prod>', runSequence: 42, status: 'Success' })
    expect(followed).toMatchObject({ pipelineStatus: 'Success', pipelineUrl: followed.executions[0]!.pipeline!.url })
    const html = addResultToSummary(core.summary, followed).stringify()
    expect(htmlProblems(html)).toEqual([])
    expect(html).toContain('<h3>Pipeline</h3>')
    const log = recordingLogger()
    announceResult(followed, log)
    expect(log.lines[0]!.message).toMatch(/^Approved execution exec1 in [^,]+, pipeline "Deploy <prod>" run 42 \(approval instance /)
  })

  it('names the execution, the org and project and the pipeline in the one line on success, and links the run in the summary', async () => {
    h.sim.addExecution({ executionId: 'exec1', pipelineName: 'Deploy', runSequence: 17 })
    h.sim.addInstance({ executionId: 'exec1' })
    const { result } = await h.run()
    const json = toResultJson(result)
    const log = recordingLogger()
    announceResult(json, log)
    const instanceId = result.executions[0]!.kind === 'decided' ? result.executions[0]!.instanceId : ''
    expect(log.lines).toEqual([{ level: 'info', message: `Approved execution exec1 in ${h.sim.orgId}/${h.sim.projectId}, pipeline "Deploy" run 17 (approval instance ${instanceId}; 1 of 1 approval).` }])
    const url = `${h.sim.url}/ng/account/acct123/all/orgs/default/projects/proj/pipelines/deploy_pipeline/executions/exec1/pipeline`
    expect(json).toMatchObject({ pipelineName: 'Deploy', pipelineUrl: url })
    expect(json.executions[0]!.pipeline).toEqual({ name: 'Deploy', identifier: 'deploy_pipeline', runSequence: 17, status: 'ApprovalWaiting', url })
    const html = addResultToSummary(core.summary, json).stringify()
    expect(htmlProblems(html)).toEqual([])
    expect(html).toContain(`<a href="${url}">Deploy #17</a>`)
    expect(html).toContain(`Execution in ${h.sim.orgId}/${h.sim.projectId}`)
  })
})
