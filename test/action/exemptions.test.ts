// Exemption mode end to end through the built action: approve and reject a pending STO exemption, an
// already-approved one (no second call), the renewal of an expired one, a rejected one only with
// reapproveRejected, a service account key without approverId (refused before any request), and the mutual
// exclusion with executionId.
import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { STO_PERMISSION_APPROVE, STO_PERMISSION_VIEW } from '../../sim/sto-simulator.js'
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

  it('approving an expired exemption renews it, with one PUT', async () => {
    const e = servers.sto.addExemption({ status: 'Expired' })
    const run = await runAction(inputs({ exemptionId: e.id }))
    expect(run.code).toBe(0)
    expect(run.outputs.exemptionStatus).toBe('Approved')
    expect(servers.sto.decisions()).toHaveLength(1)
    expect(servers.sto.exemption(e.id)!.status).toBe('Approved')
    expect(JSON.parse(run.outputs.result!).exemption.note).toMatch(/had expired; approving it renewed it until \d{4}-/)
  })

  it('rejecting an expired exemption is a clear failure', async () => {
    const e = servers.sto.addExemption({ status: 'Expired' })
    const run = await runAction(inputs({ exemptionId: e.id, action: 'reject' }))
    expect(run.code).toBe(1)
    expect(servers.sto.decisions()).toHaveLength(0)
    expect(workflowCommands(run.stdout).some((c) => c.startsWith('::error'))).toBe(true)
  })

  it('a rejected exemption: refused by default with nothing sent, approved with reapproveRejected', async () => {
    const e = servers.sto.addExemption({ status: 'Rejected' })
    const refused = await runAction(inputs({ exemptionId: e.id, reapproveRejected: 'false' }))
    expect(refused.code).toBe(1)
    expect(refused.stdout).toContain('set reapproveRejected to true')
    expect(servers.sto.decisions()).toHaveLength(0)
    const approved = await runAction(inputs({ exemptionId: e.id, reapproveRejected: 'true' }))
    expect(approved.code).toBe(0)
    expect(approved.outputs.exemptionStatus).toBe('Approved')
    expect(servers.sto.decisions()).toHaveLength(1)
  })

  it('a service account key without approverId is refused before any request, naming approverId, never the key', async () => {
    const bot = servers.sim.addKey({ serviceAccount: { identifier: 'scanner' }, permissions: [STO_PERMISSION_VIEW, STO_PERMISSION_APPROVE] })
    const e = servers.sto.addExemption({})
    const run = await runAction(inputs({ exemptionId: e.id, apiKey: bot.key }))
    expect(run.code).toBe(1)
    expect(workflowCommands(run.stdout)).toContain(
      "::error::Input approverId is not set: expected the user's Harness id, because apiKey is a service account key (sat.…), which has no user of its own to default to: exactly 22 characters: letters, digits, '-' and '_' (^[a-zA-Z0-9_-]{22}$).",
    )
    // Only the runner's own mask command carries it.
    const shown = run.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::'))
    expect([...shown, run.stderr, run.summary, JSON.stringify(run.outputs)].join('\n')).not.toContain(bot.key.split('.').at(-1))
    expect(servers.sim.requests).toHaveLength(0)
  })

  it('an account id read from apiKey that STO would refuse names apiKey, shows only the account part, and sends nothing', async () => {
    const e = servers.sto.addExemption({})
    const run = await runAction(inputs({ exemptionId: e.id, apiKey: 'pat.acct123.tokenShortAcct.secretShortAcctTail' }))
    expect(run.code).toBe(1)
    expect(workflowCommands(run.stdout)).toContain(
      "::error::Input accountId is not set, and the account id read from input apiKey ('acct123') is not valid: expected exactly 22 characters: letters, digits, '-' and '_' (^[a-zA-Z0-9_-]{22}$).",
    )
    const shown = run.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::'))
    expect([...shown, run.stderr, run.summary, JSON.stringify(run.outputs)].join('\n')).not.toContain('secretShortAcctTail')
    expect(servers.sim.requests).toHaveLength(0)
  })

  it('fixes of STO failures name the inputs: a refused key, a base URL that leads nowhere', async () => {
    const e = servers.sto.addExemption({})
    const refused = await runAction(inputs({ exemptionId: e.id, apiKey: `pat.${ACCOUNT}.nosuchtoken.nosuchsecret` }))
    expect(refused.code).toBe(1)
    const keyError = workflowCommands(refused.stdout).find((c) => c.startsWith('::error title=Harness API key refused::'))
    expect(keyError).toContain('Fix: Create a new token in Harness for this account and update the secret given as apiKey; check accountId.')
    const lost = await runAction(inputs({ exemptionId: e.id, baseUrl: `${servers.sim.baseUrl}/ng` }))
    expect(lost.code).toBe(1)
    const baseError = workflowCommands(lost.stdout).find((c) => c.startsWith('::error title=STO API not found at this base URL::'))
    expect(baseError).toContain('Fix: Check baseUrl: Harness SaaS is https://app.harness.io/gateway')
    expect(servers.sto.decisions()).toEqual([])
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
