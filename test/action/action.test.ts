// The built action, run as the GitHub runner runs it, against the simulator (and a status server).
import { existsSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startHarnessSimulator, type HarnessSimulator } from '../../sim/harness-simulator.js'
import { startStatusServer } from '../../sim/status-server.js'
import { ACTION, runAction, workflowCommands } from '../support/run-action.js'
import { actionInputs } from '../support/servers.js'

let sim: HarnessSimulator
beforeEach(async () => {
  sim = await startHarnessSimulator()
})
afterEach(async () => {
  await sim.close()
})

describe.skipIf(!existsSync(ACTION))('dist/index.js as the runner runs it', () => {
  it('approves, sets every output, writes the summary, and masks the key first', async () => {
    const instance = sim.addInstance({ executionId: 'exec1', approverInputs: [{ name: 'env', defaultValue: 'prod' }] })
    const run = await runAction(actionInputs(sim), {
      env: { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'acme/app', GITHUB_RUN_ID: '42', GITHUB_RUN_ATTEMPT: '2' },
    })
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({ decision: 'APPROVE', approvalStatus: 'APPROVED', approvalInstanceId: instance.id })
    const result = JSON.parse(run.outputs.result!)
    expect(result).toMatchObject({ outcome: 'decided', executions: [{ executionId: 'exec1', approverInputs: [{ name: 'env', value: 'prod' }] }] })
    // The mask is registered before anything else is printed; the key appears nowhere else.
    expect(run.stdout.split('\n')[0]).toBe(`::add-mask::${sim.apiKey}`)
    expect(run.stdout.split(sim.apiKey).length).toBe(2)
    expect(run.stderr).not.toContain(sim.apiKey)
    expect(run.summary).not.toContain(sim.apiKey)
    expect(run.summary).toContain('Harness approval: Decision recorded')
    expect(run.summary).toContain('env=prod')
    // The default comment names the workflow run, and carries this run's marker.
    const comments = (sim.posts()[0]!.body as { comments: string }).comments
    expect(comments).toMatch(/^Decided by GitHub workflow run https:\/\/github\.com\/acme\/app\/actions\/runs\/42\/attempts\/2\n\[hag-42\.2-[0-9a-f]{6}-1\]$/)
  })

  it('logs each request as a debug line only when step debug logging is on, never a header value', async () => {
    sim.addInstance({ executionId: 'exec1' })
    const quiet = await runAction(actionInputs(sim))
    expect(quiet.code).toBe(0)
    expect(workflowCommands(quiet.stdout).filter((c) => c.startsWith('::debug::') && / -> \d{3} in /.test(c))).toEqual([])

    sim.addInstance({ executionId: 'exec2' })
    const debug = await runAction(actionInputs(sim, { executionId: 'exec2' }), { env: { RUNNER_DEBUG: '1' } })
    expect(debug.code).toBe(0)
    const lines = workflowCommands(debug.stdout).filter((c) => c.startsWith('::debug::') && / -> \d{3} in /.test(c))
    // The scope read, the approvals read and the POST, each with its status; query values left out.
    expect(lines.map((l) => /::debug::(\w+) .* -> (\d{3}) in/.exec(l)!.slice(1).join(' '))).toEqual(['GET 200', 'GET 200', 'POST 200'])
    expect(lines.join('\n')).not.toMatch(/=[^…]/)
    expect(debug.stdout.split(sim.apiKey).length).toBe(2)
  })

  it('refuses bad input with one annotation per problem and sends nothing', async () => {
    const run = await runAction(actionInputs(sim, { executionId: '../x', action: 'maybe' }))
    expect(run.code).toBe(1)
    expect(sim.requests).toHaveLength(0)
    const commands = workflowCommands(run.stdout)
    // Each names the input in the action's terms; no "Invalid input: Invalid".
    expect(commands).toContain("::error::Input executionId '../x' is not valid: expected a Harness pipeline execution id: letters, digits, - and _ (no '/', '?', '#', '..' or spaces).")
    expect(commands).toContain("::error::Input action 'maybe' is not valid: expected APPROVE or REJECT (any case).")
    expect(run.summary).toContain('Invalid settings: nothing was sent')
    expect(JSON.parse(run.outputs.result!)).toMatchObject({ outcome: 'invalid-settings' })
  })

  it('turns a documented Harness failure into an annotation with the cause and the fix', async () => {
    sim.addInstance({ executionId: 'exec1', approvers: ['someone-else'] })
    const run = await runAction(actionInputs(sim))
    expect(run.code).toBe(1)
    const error = workflowCommands(run.stdout).find((c) => c.startsWith('::error title=Key not allowed to approve this step::'))
    expect(error).toBeDefined()
    expect(error).toContain('Harness said: "Invalid request: User not authorized to approve/reject"')
    expect(error).toContain("Fix: Add the key's user to one of the step's approver user groups")
    expect(run.summary).toContain('Decision failed')
    expect(run.summary).toContain('Key not allowed to approve this step')
  })

  it('warns that a WAITING step was recorded but not released', async () => {
    sim.addInstance({ executionId: 'exec1', minimumCount: 2 })
    const run = await runAction(actionInputs(sim))
    expect(run.code).toBe(0)
    expect(run.outputs.approvalStatus).toBe('WAITING')
    expect(workflowCommands(run.stdout).some((c) => c.startsWith('::warning title=Recorded but not released::'))).toBe(true)
  })

  it('gates on a status URL, then approves; the timeline lands in the summary', async () => {
    const status = await startStatusServer()
    try {
      status.script([{ status: 200, json: { state: 'running' } }, { status: 200, json: { state: 'passed' } }])
      sim.addInstance({ executionId: 'exec1' })
      const run = await runAction(actionInputs(sim, { statusUrl: `${status.url}job/1`, statusField: 'state', pollInterval: '100ms', maxPollInterval: '200ms', timeout: '10s', statusHeaders: 'Authorization: Bearer tok-123' }))
      expect(run.code).toBe(0)
      expect(run.outputs).toMatchObject({ statusVerdict: 'success', statusValue: 'passed', attempts: '2', decision: 'APPROVE', approvalStatus: 'APPROVED' })
      expect(run.stdout).toContain('::add-mask::Bearer tok-123')
      expect(run.stdout.replace(/::add-mask::.*\n/g, '')).not.toContain('tok-123')
      expect(run.summary).toContain('Status gate')
    } finally {
      await status.close()
    }
  })

  it('rejects with the reason in the comments when the job fails, and fails the step for it, keeping the outputs', async () => {
    const status = await startStatusServer()
    try {
      status.script([{ status: 200, json: { state: 'failed' } }])
      sim.addInstance({ executionId: 'exec1' })
      const run = await runAction(actionInputs(sim, { statusUrl: `${status.url}job/1`, statusField: 'state', pollInterval: '100ms' }))
      // A rejection for a failed job is recorded, but it is not what was asked: never a green step.
      expect(run.code).toBe(1)
      expect(run.outputs).toMatchObject({ statusVerdict: 'failure', decision: 'REJECT', approvalStatus: 'REJECTED' })
      expect(JSON.parse(run.outputs.result!)).toMatchObject({ outcome: 'gate-rejected' })
      expect(workflowCommands(run.stdout)).toContain('::error::The job reported failure, so the Harness approval was rejected (execution exec1).')
      expect(run.summary).toContain('Rejected, because the status gate did not pass')
      expect((sim.posts()[0]!.body as { comments: string }).comments).toMatch(/^Rejected: .*failed/)
    } finally {
      await status.close()
    }
  })

  it('on SIGTERM while the POST awaits its answer, says the decision may have been recorded, never that it was not', async () => {
    const instance = sim.addInstance({ executionId: 'exec1' })
    // Harness applies the decision and the answer never comes: the cancellation lands after the POST arrived.
    sim.fault({ on: 'POST', kind: 'apply-then-hang' })
    const run = await runAction(actionInputs(sim), {
      onStart: (child) => {
        const timer = setInterval(() => {
          if (sim.posts().length > 0) {
            clearInterval(timer)
            child.kill('SIGTERM')
          }
        }, 10)
      },
    })
    expect(run.code).toBe(1)
    expect(sim.posts()).toHaveLength(1)
    expect(sim.instance(instance.id)?.status).toBe('APPROVED')
    const row = JSON.parse(run.outputs.result!).executions[0]
    expect(row).toMatchObject({ outcome: 'cancelled', posts: 1, mayBeRecorded: true })
    expect(row.message).toBe('Cancelled while the decision was being posted, before its outcome was known: it may have been recorded. Check the execution in Harness before running this again.')
    // Log, annotation, summary headline and outputs all say "may have been recorded", none "no decision posted".
    expect(run.stdout).toContain('::error title=Decision may have been recorded::The run was cancelled while a decision was being posted (execution exec1): it may have been recorded.')
    expect(run.summary).toContain('Harness approval: Cancelled: a decision may have been recorded')
    expect(run.stdout + run.summary).not.toMatch(/no decision (was )?posted|before a decision was (recorded|posted)/)
    // Nothing proves it recorded: decision stays unset, what was sent is requestedDecision.
    expect(run.outputs.decision).toBeUndefined()
    expect(run.outputs.requestedDecision).toBe('APPROVE')
    expect(JSON.parse(run.outputs.result!)).toMatchObject({ outcome: 'cancelled', requestedDecision: 'APPROVE' })
    expect(JSON.parse(run.outputs.result!)).not.toHaveProperty('decision')
  })

  it('on SIGTERM mid-poll exits promptly, posts nothing, and says cancelled', async () => {
    const status = await startStatusServer()
    try {
      status.setDefault({ status: 200, json: { state: 'running' } })
      sim.addInstance({ executionId: 'exec1' })
      let signalledAt = 0
      const run = await runAction(actionInputs(sim, { statusUrl: `${status.url}job/1`, statusField: 'state', pollInterval: '30s', timeout: '10m' }), {
        onStart: (child) => {
          const timer = setInterval(() => {
            if (status.requests.length > 0) {
              clearInterval(timer)
              signalledAt = Date.now()
              child.kill('SIGTERM')
            }
          }, 10)
        },
      })
      const exitedAfter = Date.now() - signalledAt
      expect(signalledAt).toBeGreaterThan(0)
      // Not a speed target: the bound is a sixth of the 30s sleep the signal must interrupt.
      expect(exitedAfter).toBeLessThan(30_000 / 6)
      expect(run.code).toBe(1)
      expect(sim.posts()).toHaveLength(0)
      expect(run.outputs.statusVerdict).toBe('cancelled')
      expect(run.summary).toContain('Cancelled')
      expect(workflowCommands(run.stdout).some((c) => c.startsWith('::error title=Cancelled::'))).toBe(true)
    } finally {
      await status.close()
    }
  })
})
