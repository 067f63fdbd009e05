// A person deciding an exemption while a run is deciding it, through the built command line and action. The
// key's user lookup (with its retries, here a 503 then a wait) used to sit between the read and the PUT:
// a person's rejection made then was overturned. Now the exemption is read again right before the PUT:
// a change is reported and not overturned, and "already as asked" is a success naming who decided, also
// when STO itself answers the PUT with "already approved".
import { existsSync } from 'node:fs'
import type { ChildProcess } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { ACTION, runAction } from '../support/run-action.js'
import { CLI, runCli } from '../support/run-cli.js'
import { useStoSimulator } from '../support/servers.js'

const ACCOUNT = 'acctSTOrace00000000001'
const PERSON = 'personUser000000000001'
const servers = useStoSimulator(ACCOUNT)

const env = () => ({ HARNESS_API_KEY: servers.sim.apiKey, HARNESS_URL: servers.sim.baseUrl, HARNESS_ORG_ID: 'default', HARNESS_PROJECT_ID: 'proj' })
const actionInputs = (exemptionId: string) => {
  const { sim } = servers
  return { apiKey: sim.apiKey, orgId: 'default', projectId: 'proj', baseUrl: sim.baseUrl, exemptionId }
}

/** The key's user lookup answers 503 once: the run waits (half a second at least) before asking again. */
function slowUserLookup(): void {
  servers.sim.fault({ on: 'GET', kind: 'respond', status: 503, pathIncludes: 'currentUser', body: { message: 'Service Unavailable', status: 503 } })
}

/** Waits for the run's first user lookup to be answered, then decides the exemption as a person would in Harness. */
async function personDecides(id: string, action: 'approve' | 'reject'): Promise<void> {
  const { sim, sto } = servers
  for (let i = 0; i < 500 && !sim.requests.some((r) => r.path.endsWith('/currentUser') && r.status !== undefined); i++) await new Promise((r) => setTimeout(r, 10))
  const origin = new URL(sim.baseUrl).origin
  const answer = await fetch(`${origin}${sto.route}/${id}/${action}?accountId=${ACCOUNT}&orgId=default&projectId=proj`, {
    method: 'PUT',
    headers: { 'x-api-key': sim.apiKey, 'content-type': 'application/json' },
    body: JSON.stringify({ approverId: PERSON, comment: 'decided by a person' }),
  })
  expect(answer.status).toBe(200)
}

const approvePuts = () => servers.sto.decisions().filter((r) => r.body && (r.body as { approverId?: string }).approverId !== PERSON)

describe.skipIf(!existsSync(CLI))('exemptions approve while a person decides', () => {
  it('a rejection made during the user lookup is reported and not overturned', async () => {
    const e = servers.sto.addExemption({})
    slowUserLookup()
    const run = await runCli(['exemptions', 'approve', e.id, '--json'], { env: env(), whileRunning: () => personDecides(e.id, 'reject') })
    expect(run.code, run.stderr).toBe(1)
    const json = JSON.parse(run.stdout)
    expect(json).toMatchObject({ outcome: 'failed', title: 'Exemption changed meanwhile', exemptionStatus: 'Rejected' })
    expect(json.message).toContain('it was Pending when read, and is now Rejected')
    expect(servers.sto.exemption(e.id)).toMatchObject({ status: 'Rejected', approverId: PERSON })
    expect(approvePuts()).toEqual([])
  })

  it('an approval made during the user lookup is a success that names who approved', async () => {
    const e = servers.sto.addExemption({})
    slowUserLookup()
    const run = await runCli(['exemptions', 'approve', e.id], { env: env(), whileRunning: () => personDecides(e.id, 'approve') })
    expect(run.code, run.stderr).toBe(0)
    expect(run.stdout).toContain(`Exemption ${e.id} in org default, project proj was already approved by ${PERSON}; nothing was sent.`)
    expect(approvePuts()).toEqual([])
  })

  it('STO answering the PUT with "already approved" (decided after the last read) is a success naming who', async () => {
    const e = servers.sto.addExemption({ status: 'Approved', approverId: PERSON })
    // Both reads still show it Pending, as if the person approved right after them.
    const stale = { ...servers.sto.exemption(e.id)!, status: 'Pending', approverId: undefined }
    servers.sim.fault({ on: 'GET', kind: 'respond', times: 2, pathIncludes: e.id, body: stale })
    const run = await runCli(['exemptions', 'approve', e.id, '--json'], { env: env() })
    expect(run.code, run.stderr).toBe(0)
    expect(JSON.parse(run.stdout)).toMatchObject({ outcome: 'decided', alreadyInState: true, exemptionStatus: 'Approved', note: `Exemption ${e.id} was already approved by ${PERSON}; nothing was sent.` })
  })
})

describe.skipIf(!existsSync(ACTION))('exemption mode of the action while a person decides', () => {
  it('a rejection made during the user lookup is not overturned', async () => {
    const e = servers.sto.addExemption({})
    slowUserLookup()
    let started: Promise<void> = Promise.resolve()
    const run = await runAction(actionInputs(e.id), { onStart: (_child: ChildProcess) => (started = personDecides(e.id, 'reject')) })
    await started
    expect(run.code).toBe(1)
    expect(JSON.parse(run.outputs.result!)).toMatchObject({ outcome: 'failed', exemption: { title: 'Exemption changed meanwhile', exemptionStatus: 'Rejected' } })
    expect(servers.sto.exemption(e.id)).toMatchObject({ status: 'Rejected', approverId: PERSON })
    expect(approvePuts()).toEqual([])
  })
})
