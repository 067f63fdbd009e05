// Exemption mode end to end through the built action: approve and reject a pending STO exemption, an
// already-approved one (no second call), and the mutual exclusion with executionId.
import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ACTION, runAction, workflowCommands } from '../support/run-action.js'
import { useStoSimulator } from '../support/servers.js'

const ACCOUNT = 'acctSTO000000000000001'
const servers = useStoSimulator(ACCOUNT)

const inputs = (extra: Record<string, string>) => {
  const { sim } = servers
  return { apiKey: sim.apiKey, orgId: sim.orgId, projectId: sim.projectId, baseUrl: sim.baseUrl, ...extra }
}

describe.skipIf(!existsSync(ACTION))('exemption mode, as the runner runs it', () => {
  it('approves a pending exemption as the key\'s user, with the comment, and reports it', async () => {
    const e = servers.sto.addExemption({ reason: 'Vendor fix due next sprint' })
    const run = await runAction(inputs({ exemptionId: e.id, comments: 'Risk accepted by security' }))
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({ decision: 'APPROVE', exemptionStatus: 'Approved' })
    const puts = servers.sto.decisions()
    expect(puts).toHaveLength(1)
    expect(puts[0]!.path).toMatch(new RegExp(`/exemptions/${e.id}/approve$`))
    expect(puts[0]!.body).toEqual({ approverId: servers.sto.userIdOf(servers.sim.apiKey), comment: 'Risk accepted by security' })
    expect(servers.sto.exemption(e.id)!.status).toBe('Approved')
    expect(run.summary).toContain('STO exemption: decision recorded')
    expect(run.summary).toContain('Vendor fix due next sprint')
    expect(JSON.parse(run.outputs.result!)).toMatchObject({ outcome: 'decided', exemption: { exemptionStatus: 'Approved' } })
  })

  it('rejects', async () => {
    const e = servers.sto.addExemption({})
    const run = await runAction(inputs({ exemptionId: e.id, action: 'reject' }))
    expect(run.code).toBe(0)
    expect(run.outputs.exemptionStatus).toBe('Rejected')
    expect(servers.sto.decisions()[0]!.path).toMatch(/\/reject$/)
  })

  it('an exemption already approved is a success that says so, with no second call', async () => {
    const e = servers.sto.addExemption({ status: 'Approved' })
    const run = await runAction(inputs({ exemptionId: e.id }))
    expect(run.code).toBe(0)
    expect(servers.sto.decisions()).toHaveLength(0)
    expect(run.stdout).toMatch(/was already approved; nothing was sent/)
  })

  it('an expired exemption is a clear failure', async () => {
    const e = servers.sto.addExemption({ status: 'Expired' })
    const run = await runAction(inputs({ exemptionId: e.id }))
    expect(run.code).toBe(1)
    expect(servers.sto.decisions()).toHaveLength(0)
    expect(workflowCommands(run.stdout).some((c) => c.startsWith('::error'))).toBe(true)
  })

  it('refuses exemptionId together with executionId, and neither, sending nothing', async () => {
    const both = await runAction(inputs({ exemptionId: 'abcdefghijklmnopqrstuv', executionId: 'exec1' }))
    expect(both.code).toBe(1)
    expect(workflowCommands(both.stdout)).toContain(
      "::error::Input executionId 'exec1' is not valid: expected empty when exemptionId is set: exemptionId and executionId are mutually exclusive.",
    )
    const neither = await runAction(inputs({}))
    expect(neither.code).toBe(1)
    expect(neither.stdout).toMatch(/Input executionId is not set: expected the Harness pipeline execution id .*or exemptionId/)
    expect(servers.sim.requests).toHaveLength(0)
  })
})
