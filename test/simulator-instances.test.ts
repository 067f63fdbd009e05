// The simulator's instance endpoints (read and decide one approval instance by id), its stage graph, and the
// faults that change the state between a read and the next request or apply a request after the client
// gave up: what the decision path and its tests rely on.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startHarnessSimulator, type HarnessSimulator } from '../sim/harness-simulator.js'
import { send } from './support/simulator-http.js'

let sim: HarnessSimulator
beforeEach(async () => {
  sim = await startHarnessSimulator()
})
afterEach(async () => {
  await sim.close()
})

const instanceUrl = (id: string, suffix = '', account = sim.accountId) => `${sim.baseUrl}/pipeline/api/approvals/${id}${suffix}?accountIdentifier=${account}`
const headers = (key = sim.apiKey) => ({ 'x-api-key': key, 'content-type': 'application/json' })
const decide = (id: string, body: unknown, key?: string) => send(instanceUrl(id, '/harness/activity'), { method: 'POST', headers: headers(key), body: JSON.stringify(body) })

describe('instance endpoints', () => {
  it('GET answers the instance in the NG envelope, in the service DTO\'s spelling', async () => {
    const step = sim.addInstance({ executionId: 'exec1', approvalMessage: 'Ship?' })
    const answer = await send(instanceUrl(step.id), { headers: headers() })
    expect(answer.status).toBe(200)
    expect(answer.json).toMatchObject({ status: 'SUCCESS', data: { id: step.id, type: 'HarnessApproval', status: 'WAITING', createdAt: step.created, lastModifiedAt: step.updated, details: { approvalMessage: 'Ship?' } } })
    expect(answer.json.data).not.toHaveProperty('created')
  })

  it('POST decides exactly that instance, reading camelCase approverInputs, and counts as the execution\'s decision', async () => {
    const other = sim.addInstance({ executionId: 'exec1', callbackId: 'b' })
    const step = sim.addInstance({ executionId: 'exec1', callbackId: 'a', approverInputs: [{ name: 'env' }] })
    const answer = await decide(step.id, { action: 'APPROVE', comments: 'ok', approverInputs: [{ name: 'env', value: 'prod' }] })
    expect(answer.status).toBe(200)
    expect(answer.json).toMatchObject({ status: 'SUCCESS', data: { id: step.id, status: 'APPROVED' } })
    expect(sim.instance(other.id)!.status).toBe('WAITING')
    expect(sim.posts('exec1')).toHaveLength(1)
    // The snake_case spelling of the execution-id endpoint is ignored here, so the inputs are missing.
    const third = sim.addInstance({ executionId: 'exec1', approverInputs: [{ name: 'env' }] })
    const snake = await decide(third.id, { action: 'APPROVE', comments: 'ok', approver_inputs: [{ name: 'env', value: 'prod' }] })
    expect(snake.json.message).toBe('Invalid request: Unable to add Harness Approval Activity : Invalid approver inputs')
  })

  it('checks approver membership, not core_pipeline_execute; a finished instance is refused', async () => {
    const viewer = sim.addKey({ permissions: ['core_pipeline_view'] })
    const step = sim.addInstance({ executionId: 'exec1', approvers: [viewer.user.name] })
    expect((await decide(step.id, { action: 'APPROVE', comments: '' }, sim.apiKey)).json.message).toBe('Invalid request: User not authorized to approve/reject')
    expect((await decide(step.id, { action: 'APPROVE', comments: '' }, viewer.key)).status).toBe(200)
    const again = await decide(step.id, { action: 'REJECT', comments: '' }, viewer.key)
    expect(again.json.message).toBe('Invalid request: You have already approved/rejected the pipeline')
  })

  it('refuses an unknown id, another account, or no accountIdentifier', async () => {
    const step = sim.addInstance({ executionId: 'exec1' })
    expect((await send(instanceUrl('nope'), { headers: headers() })).json.message).toBe('Invalid request: Invalid approval instance id: nope')
    expect((await send(instanceUrl(step.id, '', 'other'), { headers: headers() })).status).toBe(400)
    expect((await send(`${sim.baseUrl}/pipeline/api/approvals/${step.id}`, { headers: headers() })).json.message).toBe('Invalid request: accountIdentifier: must not be null')
  })
})

describe('stage graph', () => {
  it('shows each stage ApprovalWaiting, Success, ApprovalRejected or NotStarted, from its approvals', async () => {
    sim.addExecution({ executionId: 'exec1', stages: [{ identifier: 'build', status: 'Success' }, { identifier: 'qa', name: 'QA approval' }, { identifier: 'prod' }] })
    const qa = sim.addInstance({ executionId: 'exec1', stageIdentifier: 'qa' })
    const read = async () => {
      const answer = await send(`${sim.baseUrl}/pipeline/api/pipelines/execution/v2/exec1?accountIdentifier=${sim.accountId}&orgIdentifier=${sim.orgId}&projectIdentifier=${sim.projectId}`, { headers: headers() })
      return Object.values(answer.json.data.pipelineExecutionSummary.layoutNodeMap as Record<string, { nodeIdentifier: string; name: string; status: string; nodeGroup: string }>)
    }
    expect((await read()).map((n) => [n.nodeIdentifier, n.name, n.status, n.nodeGroup])).toEqual([
      ['build', 'build', 'Success', 'STAGE'],
      ['qa', 'QA approval', 'ApprovalWaiting', 'STAGE'],
      ['prod', 'prod', 'NotStarted', 'STAGE'],
    ])
    qa.status = 'REJECTED'
    expect((await read()).map((n) => n.status)).toEqual(['Success', 'ApprovalRejected', 'NotStarted'])
  })
})

describe('faults', () => {
  it('late-commit: no answer, applied when the test says (or after delayMs)', async () => {
    const step = sim.addInstance({ executionId: 'exec1' })
    sim.fault({ on: 'POST', kind: 'late-commit' })
    await expect(decide(step.id, { action: 'APPROVE', comments: 'late' })).rejects.toThrow()
    expect(step.status).toBe('WAITING')
    expect(sim.commitLate()).toBe(1)
    expect(step.status).toBe('APPROVED')
    expect(sim.commitLate()).toBe(0)
  })

  it('change-before: the change is made, then the request is processed against the changed state', async () => {
    const step = sim.addInstance({ executionId: 'exec1' })
    sim.fault({ on: 'POST', kind: 'change-before', change: () => void (step.status = 'EXPIRED') })
    const answer = await decide(step.id, { action: 'APPROVE', comments: '' })
    expect(answer.json.message).toBe('Invalid request: Unable to add Harness Approval Activity : Harness approval instance has already expired')
  })
})
