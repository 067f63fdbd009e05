// Without an output file (GitHub's local-action tool, which replaces @actions/core, or an old runner), the
// outputs go through core.setOutput: the tool records and shows them, an old runner reads `::set-output`.
// With a file, nothing goes through core.setOutput, whose delimiter would load node:crypto on every run.
import { existsSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import * as core from '@actions/core'
import { startHarnessSimulator, type HarnessSimulator } from '../../sim/harness-simulator.js'
import { runInProcess } from '../support/in-process-action.js'
import { ACTION, runAction, workflowCommands } from '../support/run-action.js'
import { actionInputs } from '../support/servers.js'

// As local-action does: the module's setOutput is a stand-in that records what it is given.
vi.mock('@actions/core', async (original) => ({ ...(await original<typeof import('@actions/core')>()), setOutput: vi.fn() }))

let sim: HarnessSimulator
beforeEach(async () => {
  sim = await startHarnessSimulator()
  vi.mocked(core.setOutput).mockClear()
})
afterEach(async () => {
  await sim.close()
})

const recorded = () => Object.fromEntries(vi.mocked(core.setOutput).mock.calls.map(([name, value]) => [name, String(value)]))

describe('outputs without GITHUB_OUTPUT', () => {
  it('go to core.setOutput, every one of them, with the values a runner would get', async () => {
    sim.addInstance({ executionId: 'exec1' })
    const run = await runInProcess(actionInputs(sim), { GITHUB_OUTPUT: '' })
    expect(run.failed).toBe(false)
    expect(run.outputs).toEqual({})
    expect(recorded()).toMatchObject({ decision: 'APPROVE', approvalStatus: 'APPROVED', pipelineName: expect.any(String) })
    expect(JSON.parse(recorded().result!)).toMatchObject({ outcome: 'decided', executions: [{ executionId: 'exec1' }] })
    // No warning that they were lost: they were not.
    expect(run.stdout).not.toContain('GITHUB_OUTPUT')
  })

  it('go to the file alone when there is one', async () => {
    sim.addInstance({ executionId: 'exec1' })
    const run = await runInProcess(actionInputs(sim))
    expect(run.outputs).toMatchObject({ decision: 'APPROVE', approvalStatus: 'APPROVED' })
    expect(core.setOutput).not.toHaveBeenCalled()
  })

  it.skipIf(!existsSync(ACTION))('reach an old runner as ::set-output commands from the built action', async () => {
    sim.addInstance({ executionId: 'exec1' })
    const run = await runAction(actionInputs(sim), { env: { GITHUB_OUTPUT: '' } })
    expect(run.code).toBe(0)
    const setOutput = workflowCommands(run.stdout).filter((c) => c.startsWith('::set-output '))
    expect(setOutput).toContain('::set-output name=decision::APPROVE')
    expect(setOutput).toContain('::set-output name=approvalStatus::APPROVED')
    expect(setOutput.some((c) => c.startsWith('::set-output name=result::{'))).toBe(true)
  })
})
