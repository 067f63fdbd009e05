// Answers to the decision that are not what STO documents, through the built command line and action:
// fields of any JSON type (a number where text belongs) are rendered, and a recorded decision is reported
// as recorded; an answer describing another exemption is not taken for this one.
import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ACTION, runAction } from '../support/run-action.js'
import { CLI, runCli } from '../support/run-cli.js'
import { useStoSimulator } from '../support/servers.js'

const ACCOUNT = 'acctSTOodd000000000001'
const servers = useStoSimulator(ACCOUNT)

const env = () => ({ HARNESS_API_KEY: servers.sim.apiKey, HARNESS_URL: servers.sim.baseUrl, HARNESS_ORG_ID: 'default', HARNESS_PROJECT_ID: 'proj' })
const inputs = (exemptionId: string) => {
  const { sim } = servers
  return { apiKey: sim.apiKey, orgId: 'default', projectId: 'proj', baseUrl: sim.baseUrl, exemptionId }
}

/** The decision is answered with the exemption approved, its other fields of every wrong JSON type. */
function oddApprovedAnswer(id: string): void {
  const e = servers.sto.exemption(id)!
  const body = { ...e, status: 'Approved', reason: 123, type: true, approverId: ['someone'], link: null, comment: { text: 'x' }, pendingChanges: 'soon', expiration: 'never', issueId: 4.5 }
  servers.sim.fault({ on: 'PUT', kind: 'respond', pathIncludes: id, body })
}

describe.skipIf(!existsSync(CLI))('exemptions approve with odd answers', () => {
  it.each([false, true])('fields of any JSON type in the decision\'s answer are rendered, the decision reported (json %s)', async (json) => {
    const e = servers.sto.addExemption({})
    oddApprovedAnswer(e.id)
    const run = await runCli(['exemptions', 'approve', e.id, ...(json ? ['--json'] : [])], { env: env() })
    expect(run.code, run.stderr).toBe(0)
    expect(run.stderr).not.toMatch(/unexpected failure|is not a function/)
    if (json) expect(JSON.parse(run.stdout)).toMatchObject({ outcome: 'decided', exemptionStatus: 'Approved', exemption: { reason: '123', type: 'true', issueId: '4.5' } })
    else expect(run.stdout).toMatch(/Reason\s+123/)
  })

  it.each([false, true])('an answer describing another exemption is not taken for this one (json %s)', async (json) => {
    const e = servers.sto.addExemption({})
    const other = servers.sto.addExemption({ status: 'Approved' })
    servers.sim.fault({ on: 'PUT', kind: 'respond', pathIncludes: e.id, body: servers.sto.exemption(other.id) })
    const run = await runCli(['exemptions', 'approve', e.id, ...(json ? ['--json'] : [])], { env: env() })
    expect(run.code, run.stderr).toBe(1)
    const out = `${run.stdout}${run.stderr}`
    expect(out).toContain(`with another exemption ('${other.id}')`)
    expect(out).toContain('shows Pending, not Approved')
  })
})

describe.skipIf(!existsSync(ACTION))('exemption mode of the action with odd answers', () => {
  it('reports a recorded decision whose answer holds a number for the reason', async () => {
    const e = servers.sto.addExemption({})
    oddApprovedAnswer(e.id)
    const run = await runAction(inputs(e.id))
    expect(run.code, run.stdout).toBe(0)
    expect(run.outputs).toMatchObject({ decision: 'APPROVE', exemptionStatus: 'Approved' })
    expect(JSON.parse(run.outputs.result!)).toMatchObject({ outcome: 'decided', exemption: { exemption: { reason: '123' } } })
    expect(run.summary).toContain('123')
  })

  it('fails when the answer describes another exemption and this one is not decided', async () => {
    const e = servers.sto.addExemption({})
    const other = servers.sto.addExemption({ status: 'Approved' })
    servers.sim.fault({ on: 'PUT', kind: 'respond', pathIncludes: e.id, body: servers.sto.exemption(other.id) })
    const run = await runAction(inputs(e.id))
    expect(run.code).toBe(1)
    expect(JSON.parse(run.outputs.result!)).toMatchObject({ outcome: 'failed', exemption: { cause: 'not-json', exemptionStatus: 'Pending' } })
  })
})
