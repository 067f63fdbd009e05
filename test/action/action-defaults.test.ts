// The runner passes every default action.yml declares as an INPUT_ variable, on every run. Each of them must
// be a value the action accepts in every mode it has, or a workflow that sets nothing else fails.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { ACTION, ROOT, runAction } from '../support/run-action.js'
import { useStoSimulator } from '../support/servers.js'

/** Every input's default, as action.yml declares it. */
function actionDefaults(): Record<string, string> {
  const inputs = (parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> }).inputs
  return Object.fromEntries(Object.entries(inputs).flatMap(([name, input]) => (input.default === undefined ? [] : [[name, String(input.default)]])))
}

const servers = useStoSimulator('acctDEF000000000000001')

describe.skipIf(!existsSync(ACTION))('every default of action.yml, as the runner passes it', () => {
  it('includes the defaults the README states (waitForPipelineUntil among them)', () => {
    expect(actionDefaults()).toMatchObject({ waitForPipelineUntil: 'past-approval', waitForPipeline: '0', dryRun: 'false', action: 'APPROVE' })
  })

  it('approves a pipeline approval with nothing else set', async () => {
    const { sim } = servers
    sim.addInstance({ executionId: 'exec1' })
    const run = await runAction({ ...actionDefaults(), executionId: 'exec1', apiKey: sim.apiKey, orgId: sim.orgId, projectId: sim.projectId, baseUrl: sim.baseUrl })
    expect(run.stdout).not.toContain('::error')
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({ decision: 'APPROVE', approvalStatus: 'APPROVED' })
  })

  it('approves an STO exemption with nothing else set', async () => {
    const { sim, sto } = servers
    const exemption = sto.addExemption({})
    const run = await runAction({ ...actionDefaults(), exemptionId: exemption.id, apiKey: sim.apiKey, orgId: sim.orgId, projectId: sim.projectId, baseUrl: sim.baseUrl })
    expect(run.stdout).not.toContain('::error')
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({ decision: 'APPROVE', exemptionStatus: 'Approved' })
  })
})
