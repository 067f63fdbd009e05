// Cancelled while the exemption's decision is on its way, through the built command line and action: the PUT
// may have been recorded, so the run says so (the command line: exit 130, and --json still prints one object).
import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ACTION, runAction } from '../support/run-action.js'
import { CLI, runCli } from '../support/run-cli.js'
import { useStoSimulator } from '../support/servers.js'

const ACCOUNT = 'acctSTOcancel000000001'
const servers = useStoSimulator(ACCOUNT)
const env = () => ({ HARNESS_API_KEY: servers.sim.apiKey, HARNESS_URL: servers.sim.baseUrl, HARNESS_ORG_ID: 'default', HARNESS_PROJECT_ID: 'proj' })

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 1000 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 10))
}

describe.skipIf(!existsSync(CLI))('exemptions approve cancelled after the PUT was sent', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)('%s: says the decision may have been recorded, exit 130', async (signal) => {
    const e = servers.sto.addExemption({})
    // STO records the approval, then never answers.
    servers.sim.fault({ on: 'PUT', kind: 'apply-then-hang', pathIncludes: e.id })
    const run = await runCli(['exemptions', 'approve', e.id], {
      env: env(),
      whileRunning: async (child) => {
        await until(() => servers.sto.decisions().length > 0)
        child.kill(signal)
      },
    })
    expect(run.code, run.stderr).toBe(130)
    expect(run.stderr).toContain('Cancelled: Cancelled after the decision was sent, before its outcome was known: it may have been recorded.')
  })

  it('--json prints one object saying so', async () => {
    const e = servers.sto.addExemption({})
    servers.sim.fault({ on: 'PUT', kind: 'apply-then-hang', pathIncludes: e.id })
    const run = await runCli(['exemptions', 'approve', e.id, '--json'], {
      env: env(),
      whileRunning: async (child) => {
        await until(() => servers.sto.decisions().length > 0)
        child.kill('SIGINT')
      },
    })
    expect(run.code, run.stderr).toBe(130)
    const json = JSON.parse(run.stdout)
    expect(json).toMatchObject({ outcome: 'cancelled', exemptionId: e.id, decision: 'APPROVE', puts: 1 })
    expect(json.message).toContain('it may have been recorded')
  })

  it('cancelled before any PUT: says nothing was recorded', async () => {
    const e = servers.sto.addExemption({})
    servers.sim.fault({ on: 'GET', kind: 'apply-then-hang', pathIncludes: e.id })
    const run = await runCli(['exemptions', 'approve', e.id, '--json'], {
      env: env(),
      whileRunning: async (child) => {
        await until(() => servers.sto.requests().length > 0)
        child.kill('SIGINT')
      },
    })
    expect(run.code, run.stderr).toBe(130)
    expect(JSON.parse(run.stdout)).toMatchObject({ outcome: 'cancelled', puts: 0, message: 'Cancelled before a decision was recorded.' })
    expect(servers.sto.decisions()).toEqual([])
  })
})

describe.skipIf(!existsSync(ACTION))('exemption mode of the action cancelled after the PUT was sent', () => {
  it('says the decision may have been recorded, in the log and the result', async () => {
    const e = servers.sto.addExemption({})
    servers.sim.fault({ on: 'PUT', kind: 'apply-then-hang', pathIncludes: e.id })
    const { sim } = servers
    let waited: Promise<void> = Promise.resolve()
    const run = await runAction(
      { apiKey: sim.apiKey, orgId: 'default', projectId: 'proj', baseUrl: sim.baseUrl, exemptionId: e.id },
      {
        onStart: (child) => {
          waited = until(() => servers.sto.decisions().length > 0).then(() => void child.kill('SIGINT'))
        },
      },
    )
    await waited
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/::error title=Cancelled::Cancelled after the decision was sent, before its outcome was known: it may have been recorded/)
    expect(run.stdout).toContain(`Cancelled after the decision on exemption ${e.id} was sent: it may have been recorded`)
    expect(JSON.parse(run.outputs.result!)).toMatchObject({ outcome: 'cancelled', exemption: { outcome: 'cancelled', puts: 1 } })
  })
})
