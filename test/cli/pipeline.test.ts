// The built command line with --dry-run and --wait-for-pipeline, as a user runs it against the simulator:
// exit codes, the verdict line, --json, the environment, and that a dry run posts nothing.
import { existsSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startHarnessSimulator, type HarnessSimulator } from '../../sim/harness-simulator.js'
import { startStatusServer } from '../../sim/status-server.js'
import { CLI, runCli } from '../support/run-cli.js'

const EXEC = 'execCliPipe00000000001'
let sim: HarnessSimulator

beforeEach(async () => {
  sim = await startHarnessSimulator({ accountId: 'acct123', orgId: 'default', projectId: 'proj' })
})
afterEach(async () => {
  await sim.close()
})

const target = () => ['--base-url', sim.baseUrl, '--org-id', 'default', '--project-id', 'proj', '--execution-id', EXEC, '--wait-for-approval', '0']
const env = () => ({ HARNESS_API_KEY: sim.apiKey })

describe.skipIf(!existsSync(CLI))('dist/cli.js --dry-run', () => {
  it('prints what would be posted, exits 0, and posts nothing', async () => {
    const instance = sim.addInstance({ executionId: EXEC, approverInputs: [{ name: 'ticket', defaultValue: 'CHG-0' }] })
    const run = await runCli(['approve', ...target(), '--dry-run', '--comments', 'Smoke tests passed'], { env: env() })
    expect(run.code, run.stderr).toBe(0)
    expect(run.stdout).toBe(`Dry run: a real run would post APPROVE on execution ${EXEC} (approval instance ${instance.id}); nothing was posted.\n`)
    expect(run.stderr).toContain(`Dry run (nothing will be posted): APPROVE execution ${EXEC}`)
    expect(run.stderr).toContain("approver inputs: ticket=CHG-0 (step's default)")
    expect(run.stderr).toContain('comments: Smoke tests passed')
    expect(run.stderr).toMatch(/\[hag-cli\.[0-9a-z]+-[0-9a-f]{6}-1\]/)
    expect(sim.requests.filter((r) => r.method !== 'GET')).toEqual([])
    expect(run.stderr).not.toContain(sim.apiKey)
  })

  it("exits as the real run does when the status gate fails: 3, the gate's rejection, which the dry run does not post", async () => {
    const status = await startStatusServer()
    try {
      status.setDefault({ status: 200, json: { state: 'failed' } })
      const gate = ['--status-url', `${status.url}job/1`, '--status-field', 'state', '--poll-interval', '100ms']
      const codes: Array<number | null> = []
      for (const dry of [['--dry-run'], []]) {
        sim.reset()
        sim.addInstance({ executionId: EXEC })
        const run = await runCli(['approve', ...target(), ...gate, ...dry], { env: env() })
        codes.push(run.code)
        if (dry.length > 0) {
          expect(run.stdout).toBe(`Dry run: the job reported failure, so a real run would reject the Harness approval (execution ${EXEC}); nothing was posted.\n`)
          expect(sim.requests.filter((r) => r.method !== 'GET')).toEqual([])
        } else {
          expect(sim.posts()).toHaveLength(1)
        }
      }
      expect(codes).toEqual([3, 3])
    } finally {
      await status.close()
    }
  })

  it('gives one JSON object with --json, and takes PLUGIN_DRY_RUN from the environment', async () => {
    sim.addInstance({ executionId: EXEC })
    const run = await runCli(['reject', ...target(), '--json'], { env: { ...env(), PLUGIN_DRY_RUN: 'true' } })
    expect(run.code, run.stderr).toBe(0)
    const result = JSON.parse(run.stdout) as Record<string, unknown>
    expect(result).toMatchObject({ outcome: 'dry-run', dryRun: true, pipelineStatus: 'ApprovalWaiting', executions: [{ executionId: EXEC, outcome: 'dry-run', posts: 0, wouldPost: { action: 'REJECT', checked: true } }] })
    expect(sim.requests.filter((r) => r.method !== 'GET')).toEqual([])
  })

  it('posts nothing under faults either: a dropped connection, a 503 and a proxy page on the reads', async () => {
    sim.addInstance({ executionId: EXEC })
    sim.fault({ on: 'ANY', kind: 'reset', pathIncludes: '/execution/v2/' })
    sim.fault({ on: 'ANY', kind: 'no-apply-503', pathIncludes: '/approvals/' })
    sim.fault({ on: 'ANY', kind: 'html', status: 502, pathIncludes: '/approvals/' })
    const run = await runCli(['approve', ...target(), '--dry-run', '--json'], { env: env() })
    expect(run.code, run.stderr).toBe(0)
    expect(sim.stats.faults).toBe(3)
    expect(JSON.parse(run.stdout)).toMatchObject({ outcome: 'dry-run', executions: [{ executionId: EXEC, posts: 0 }] })
    expect(sim.requests.filter((r) => r.method !== 'GET')).toEqual([])
  })

  it('exits 1 with the usual cause when a real run would fail', async () => {
    sim.addExecution({ executionId: EXEC })
    const run = await runCli(['approve', ...target(), '--dry-run'], { env: env() })
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('error: No approval step is waiting')
    expect(sim.requests.filter((r) => r.method !== 'GET')).toEqual([])
  })

  it('a step already decided as asked: exits 0 saying a real run would post nothing; the other way, exits 1', async () => {
    const activity = { user: { name: 'Alice', email: 'alice@example.com' }, action: 'APPROVE' as const, approverInputs: [], comments: 'by hand', approvedAt: Date.UTC(2026, 11, 1, 9, 30) }
    sim.addInstance({ executionId: EXEC, callbackId: 'cb-1', status: 'APPROVED', approvalActivities: [activity] })
    const run = await runCli(['approve', ...target(), '--callback-id', 'cb-1', '--dry-run'], { env: env() })
    expect(run.code, run.stderr).toBe(0)
    expect(run.stdout).toBe(`Dry run: the approval step of execution ${EXEC} was already approved by Alice (alice@example.com) at 2026-12-01T09:30:00.000Z, so a real run would post nothing and succeed; nothing was posted.\n`)
    expect(run.stderr).toContain('a real run would post nothing and succeed.')
    expect(run.stderr).not.toContain('Already approved')

    const json = await runCli(['approve', ...target(), '--callback-id', 'cb-1', '--dry-run', '--json'], { env: env() })
    expect(json.code, json.stderr).toBe(0)
    const result = JSON.parse(json.stdout) as Record<string, unknown>
    expect(result).toMatchObject({ outcome: 'dry-run', dryRun: true, executions: [{ outcome: 'dry-run', posts: 0, alreadyDecided: { approvalStatus: 'APPROVED', decidedBy: 'Alice (alice@example.com)', decidedAt: '2026-12-01T09:30:00.000Z' } }] })
    expect(result).not.toHaveProperty('decision')
    expect(result).not.toHaveProperty('approvalStatus')

    const reject = await runCli(['reject', ...target(), '--callback-id', 'cb-1', '--dry-run'], { env: env() })
    expect(reject.code).toBe(1)
    expect(reject.stderr).toContain('error: Approval step already approved')
    expect(reject.stderr).toContain('was already approved by Alice (alice@example.com) at 2026-12-01T09:30:00.000Z, so it cannot be rejected any more')
    expect(sim.requests.filter((r) => r.method !== 'GET')).toEqual([])
  })

  it('refuses a value that is not true or false, sending nothing', async () => {
    const run = await runCli(['approve', ...target()], { env: { ...env(), PLUGIN_DRY_RUN: 'yes' } })
    expect(run.code).toBe(2)
    // The command line names the setting its own way, and where the bad value came from.
    expect(run.stderr).toContain("error: invalid dry run 'yes' (from PLUGIN_DRY_RUN): expected true (check everything, post nothing) or false.")
    expect(sim.stats.requests).toBe(0)
  })
})

describe.skipIf(!existsSync(CLI))('dist/cli.js --wait-for-pipeline', () => {
  it('follows the pipeline until it has finished, and exits 0 on Success', async () => {
    sim.addExecution({ executionId: EXEC, afterApprove: [{ status: 'Success' }] })
    sim.addInstance({ executionId: EXEC })
    const run = await runCli(['approve', ...target(), '--wait-for-pipeline', '2m', '--wait-for-pipeline-until', 'finished', '--json'], { env: env() })
    expect(run.code, run.stderr).toBe(0)
    const result = JSON.parse(run.stdout) as { pipelineStatus: string; pipelineUrl: string; executions: { follow: unknown }[] }
    expect(result).toMatchObject({ outcome: 'decided', decision: 'APPROVE', pipelineStatus: 'Success' })
    expect(result.pipelineUrl).toContain(`/executions/${EXEC}/pipeline`)
    expect(result.executions[0]!.follow).toMatchObject({ until: 'finished', end: 'reached', failed: false, reads: 1 })
    expect(run.stderr).toContain('The pipeline has ended: Harness reports it as Success.')
    // The decision is announced after following; the line that starts following says it was recorded.
    expect(run.stderr).toContain(`Execution ${EXEC}: APPROVE recorded; following the pipeline until it has finished, for at most 2m.`)
  })

  it('exits 1 when the pipeline ends Failed, saying what Harness reports', async () => {
    sim.addExecution({ executionId: EXEC, afterApprove: [{ status: 'Failed' }] })
    sim.addInstance({ executionId: EXEC })
    const run = await runCli(['approve', ...target(), '--wait-for-pipeline', '2m'], { env: env() })
    expect(run.code).toBe(1)
    expect(run.stdout).toBe(`Decided: APPROVE on execution ${EXEC}, but then: The pipeline has ended: Harness reports it as Failed.\n`)
    expect(run.stderr).toContain('error: Pipeline Failed: The pipeline has ended: Harness reports it as Failed.')
    expect(sim.posts()).toHaveLength(1)
  })

  it('suggests the new flags for a slip, and the duration meant', async () => {
    const typo = await runCli(['approve', '--dryrun'])
    expect(typo.code).toBe(2)
    expect(typo.stderr).toContain("error: Unknown option '--dryrun'. Did you mean --dry-run?")
    const camel = await runCli(['approve', '--waitForPipeline', '30m'])
    expect(camel.stderr).toContain("error: Unknown option '--waitForPipeline'. Did you mean --wait-for-pipeline?")
    const words = await runCli(['approve', ...target(), '--wait-for-pipeline', '30', 'minutes'])
    expect(words.stderr).toContain("error: Unexpected argument 'minutes': a duration is one word. Did you mean --wait-for-pipeline 30m?")
    expect(sim.stats.requests).toBe(0)
  })

  it('names flags, not inputs, when --wait-for-pipeline-until comes without --wait-for-pipeline', async () => {
    const run = await runCli(['approve', ...target(), '--wait-for-pipeline-until', 'finished'], { env: env() })
    expect(run.code).toBe(2)
    expect(run.stderr).toContain("error: invalid wait for pipeline until 'finished' (from --wait-for-pipeline-until): expected to be given together with a --wait-for-pipeline above 0")
    expect(sim.stats.requests).toBe(0)
  })

  it('explains both options in --help', async () => {
    const run = await runCli(['approve', '--help'])
    expect(run.stdout).toContain('Following the pipeline (optional: after the decision):')
    expect(run.stdout).toMatch(/--wait-for-pipeline DURATION\s+After deciding, follow the pipeline/)
    expect(run.stdout).toMatch(/--wait-for-pipeline-until past-approval\|finished/)
    expect(run.stdout).toMatch(/--dry-run\s+Check everything/)
  })
})
