// The stage of the waiting approval, from the execution's stage graph, and as a decision's comments name it.
import { describe, expect, it } from 'vitest'
import { stageFromComments, stageLine, stageMismatch, waitingStage } from '../../src/approvals/stages.js'
import type { ExecutionSummary, Stage } from '../../src/approvals/execution-client.js'

const summary = (stages?: Stage[]): ExecutionSummary => ({ pipelineIdentifier: 'p', name: 'p', orgIdentifier: 'o', projectIdentifier: 'q', planExecutionId: 'e', status: 'ApprovalWaiting', ...(stages ? { stages } : {}) })
const qa = (status: string): Stage => ({ identifier: 'qa', name: 'QA approval', status })
const prod = (status: string): Stage => ({ identifier: 'prod', name: 'Prod approval', status })

describe('waitingStage', () => {
  it('is the one stage showing ApprovalWaiting; none or several tell nothing', () => {
    expect(waitingStage(summary([qa('Success'), prod('ApprovalWaiting')]))).toEqual({ identifier: 'prod', name: 'Prod approval' })
    expect(waitingStage(summary([qa('Success'), prod('NotStarted')]))).toBeUndefined()
    expect(waitingStage(summary([qa('ApprovalWaiting'), prod('ApprovalWaiting')]))).toBeUndefined()
    expect(waitingStage(summary())).toBeUndefined()
  })
})

describe('stageMismatch', () => {
  const both = (s: ExecutionSummary) => [s, s]
  it('accepts the identifier exactly, or the name in any case', () => {
    expect(stageMismatch('e', 'qa', both(summary([qa('ApprovalWaiting')])))).toBeUndefined()
    expect(stageMismatch('e', 'qa approval', both(summary([qa('ApprovalWaiting')])))).toBeUndefined()
    expect(stageMismatch('e', 'QA', both(summary([qa('ApprovalWaiting')])))?.id).toBe('wrong-stage')
  })

  it('names both stages when another waits, in either read', () => {
    expect(stageMismatch('e', 'qa', both(summary([qa('Success'), prod('ApprovalWaiting')])))?.explanation).toBe('The approval step waiting in execution e belongs to stage Prod approval (prod), not to stage qa as given. Nothing was posted.')
    expect(stageMismatch('e', 'qa', [summary([qa('ApprovalWaiting')]), summary([qa('Success'), prod('ApprovalWaiting')])])?.explanation).toContain('belongs to stage Prod approval (prod)')
  })

  it('refuses when the stage cannot be told, saying why', () => {
    expect(stageMismatch('e', 'qa', both(summary()))?.explanation).toContain('(the execution read names no stages)')
    expect(stageMismatch('e', 'qa', both(summary([qa('ApprovalWaiting'), prod('ApprovalWaiting')])))?.explanation).toContain('(no single stage of the execution shows ApprovalWaiting)')
  })
})

describe('the stage in a decision\'s comments', () => {
  it('is read back from the line before the marker, and only there', () => {
    const line = stageLine({ identifier: 'qa', name: 'QA approval' })
    expect(stageFromComments(`from CI\n${line}\n[hag-1.1.0000abcd-abcdef-1]`)).toEqual({ identifier: 'qa', name: 'QA approval' })
    expect(stageFromComments(`${line}\n[hag-1.1-abcdef-1]`)).toEqual({ identifier: 'qa', name: 'QA approval' })
    expect(stageFromComments(`${line}\nsomething else`)).toBeUndefined()
    expect(stageFromComments(undefined)).toBeUndefined()
  })
})
