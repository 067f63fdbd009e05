// GitHub runs the action on node24, while the floor is Node 20 (which runs the rest of the tests): the
// built bundle is run once more on Node 24 when one is available (.ci/run installs it into .cache/).
import { existsSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startHarnessSimulator, type HarnessSimulator } from '../../sim/harness-simulator.js'
import { ACTION, runAction } from '../support/run-action.js'

const NODE24 = process.env.NODE24 ?? ''
const reason = !NODE24 ? 'NODE24 is not set' : !existsSync(NODE24) ? `no Node binary at ${NODE24}` : undefined
if (reason) console.warn(`Node 24 run skipped: ${reason}`)

let sim: HarnessSimulator
beforeEach(async () => {
  sim = await startHarnessSimulator()
})
afterEach(async () => {
  await sim.close()
})

describe.skipIf(reason !== undefined || !existsSync(ACTION))(`dist/index.js on Node 24${reason ? ` (skipped: ${reason})` : ''}`, () => {
  it('approves with the same outputs as on Node 20', async () => {
    sim.addInstance({ executionId: 'exec1', approverInputs: [{ name: 'env', defaultValue: 'prod' }] })
    const run = await runAction(
      { executionId: 'exec1', apiKey: sim.apiKey, orgId: sim.orgId, projectId: sim.projectId, baseUrl: sim.baseUrl, waitForApproval: '0' },
      { node: NODE24, env: { NODE_OPTIONS: '' } },
    )
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({ decision: 'APPROVE', approvalStatus: 'APPROVED' })
    expect(sim.posts()).toHaveLength(1)
  })
})
