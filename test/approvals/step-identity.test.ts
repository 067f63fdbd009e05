// What identifies a run in its decisions' markers: the workflow run, its attempt, and the step (a hash of
// the job and the step's id in it), so that a re-run recognises its own step's earlier decision and no
// other step's.
import { describe, expect, it } from 'vitest'
import { byEarlierAttempt, stepDecidedByEarlierAttempt, stepTag, workflowAttemptOf } from '../../src/approvals/known-step.js'
import { runMarker } from '../../src/run/github-context.js'
import type { ApprovalInstance } from '../../src/approvals/types.js'

describe('the step in a marker', () => {
  it('is eight hex digits from the job and the step, the same in every attempt, different for another step or job', () => {
    const tag = stepTag('deploy', 'approve_qa')!
    expect(tag).toMatch(/^[0-9a-f]{8}$/)
    expect(stepTag('deploy', 'approve_qa')).toBe(tag)
    expect(stepTag('deploy', 'approve_prod')).not.toBe(tag)
    expect(stepTag('release', 'approve_qa')).not.toBe(tag)
    expect(stepTag(undefined, 'approve_qa')).toBeUndefined()
  })

  it('is carried by the run marker and read back from it', () => {
    const marker = runMarker('4242', '3', 'deploy', 'approve_qa')
    expect(marker).toMatch(new RegExp(`^hag-4242\\.3\\.${stepTag('deploy', 'approve_qa')}-[0-9a-f]{6}$`))
    expect(workflowAttemptOf(marker)).toEqual({ runId: '4242', attempt: 3, step: stepTag('deploy', 'approve_qa') })
    // Without a job (not in a workflow job), the marker has no step part, as before.
    expect(workflowAttemptOf(runMarker('4242', '3'))).toEqual({ runId: '4242', attempt: 3 })
  })

  it('counts an earlier attempt of the same step only; a marker without a step part counts for any step', () => {
    const qa = stepTag('deploy', 'approve_qa')!
    const prod = stepTag('deploy', 'approve_prod')!
    const current = { runId: '4242', attempt: 2, step: qa }
    expect(byEarlierAttempt(`[hag-4242.1.${qa}-abcdef-1]`, current)).toBe(true)
    expect(byEarlierAttempt(`[hag-4242.1.${prod}-abcdef-1]`, current)).toBe(false)
    expect(byEarlierAttempt(`[hag-4242.2.${qa}-abcdef-1]`, current)).toBe(false)
    expect(byEarlierAttempt(`[hag-4343.1.${qa}-abcdef-1]`, current)).toBe(false)
    expect(byEarlierAttempt('[hag-4242.1-abcdef-1]', current)).toBe(true)
  })
})

describe('stepDecidedByEarlierAttempt', () => {
  const tag = stepTag('deploy', 'approve')!
  const current = { runId: '7', attempt: 2, step: tag }
  const activity = (action: string, comments: string) => ({ action, comments, user: { name: 'Bot' } })
  const step = (id: string, status: string, created: number, comments?: string, action = 'APPROVE'): ApprovalInstance => ({
    id,
    type: 'HarnessApproval',
    status,
    created,
    details: { approvalActivities: comments ? [activity(action, comments)] : [] },
  })

  it('finds the earlier decision on any approval of the execution, whatever else waits', () => {
    const qa = step('qa', 'APPROVED', 1, `[hag-7.1.${tag}-abcdef-1]`)
    const prod = step('prod', 'WAITING', 2)
    expect(stepDecidedByEarlierAttempt([prod, qa], current)).toMatchObject({ instance: { id: 'qa' }, status: 'APPROVED' })
  })

  it('counts a waiting step this step approved (it needs more approvers), not one it never touched or another kind of approval', () => {
    expect(stepDecidedByEarlierAttempt([step('a', 'WAITING', 1, `[hag-7.1.${tag}-abcdef-1]`)], current)).toMatchObject({ status: 'WAITING' })
    expect(stepDecidedByEarlierAttempt([step('a', 'WAITING', 1)], current)).toBeUndefined()
    expect(stepDecidedByEarlierAttempt([{ ...step('a', 'APPROVED', 1, `[hag-7.1.${tag}-abcdef-1]`), type: 'JiraApproval' }], current)).toBeUndefined()
    expect(stepDecidedByEarlierAttempt([step('a', 'EXPIRED', 1, `[hag-7.1.${tag}-abcdef-1]`)], current)).toBeUndefined()
    expect(stepDecidedByEarlierAttempt([step('a', 'APPROVED', 1, `[hag-7.1.${tag}-abcdef-1]`)], undefined)).toBeUndefined()
  })

  it('takes the newest when the step decided several (a retried step)', () => {
    const older = step('old', 'REJECTED', 1, `[hag-7.1.${tag}-abcdef-1]`, 'REJECT')
    const newer = step('new', 'APPROVED', 5, `[hag-7.1.${tag}-abcdef-1]`)
    expect(stepDecidedByEarlierAttempt([older, newer], current)?.instance.id).toBe('new')
  })
})
