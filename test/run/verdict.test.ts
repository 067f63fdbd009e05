// How a run that rejected because of the gate is told: its own verdict line and its own exit code, apart
// from "decided as asked" (0) and "not decided" (1).
import { describe, expect, it } from 'vitest'
import { EXIT, exitCodeFor } from '../../src/cli/render.js'
import type { ResultJson } from '../../src/run/result.js'
import { verdictLine } from '../../src/run/verdict.js'

const row = { executionId: 'exec1', outcome: 'decided' as const, decision: 'REJECT', approvalStatus: 'REJECTED', posts: 1, waitedSeconds: 0 }

describe('a rejection because of the gate', () => {
  it.each([
    ['failure', 'The job reported failure, so the Harness approval was rejected (execution exec1).'],
    ['timeout', 'The job did not report success in time, so the Harness approval was rejected (execution exec1).'],
  ])('after a gate %s says why, and exits 3', (statusVerdict, line) => {
    const result: ResultJson = { outcome: 'gate-rejected', decision: 'REJECT', approvalStatus: 'REJECTED', statusVerdict, executions: [row] }
    expect(verdictLine(result)).toBe(line)
    expect(exitCodeFor(result)).toBe(EXIT.rejectedByGate)
    expect(EXIT.rejectedByGate).toBe(3)
  })

  it('is told apart from a rejection that was asked for', () => {
    const asked: ResultJson = { outcome: 'decided', decision: 'REJECT', approvalStatus: 'REJECTED', executions: [row] }
    expect(exitCodeFor(asked)).toBe(EXIT.decided)
    expect(verdictLine(asked)).toMatch(/^Decided: REJECT on execution exec1/)
  })
})
