// The dry run's pure parts, from their mutation survivors: the plan as outputs carry it, each input's
// source, auto-reject on a step without details, and the read-only client's error and pass-through.
import { describe, expect, it } from 'vitest'
import { decisionPlan, DryRunWriteError, readOnlyHttp, wouldPostJson } from '../../src/approvals/dry-run.js'
import type { HttpClient } from '../../src/http/transport.js'

describe('wouldPostJson', () => {
  it('cleans the comments line by line, keeping the marker on its own line', () => {
    const plan = decisionPlan('APPROVE', undefined, { id: 'i\u001b[0m1', status: 'WAITING' }, [], [], 'first\u0007 line\nsecond\n[hag-1.1-abc-1]')
    expect(wouldPostJson(plan)).toMatchObject({ instanceId: 'i1', comments: 'first line\nsecond\n[hag-1.1-abc-1]' })
  })
})

describe('decisionPlan', () => {
  it("tells each input's source: given, the step's default, or a previous approver's value", () => {
    const inputs = [
      { name: 'a', value: '1' },
      { name: 'b', value: '2' },
      { name: 'c', value: '3' },
    ]
    const plan = decisionPlan('APPROVE', 'cb', { id: 'i1', status: 'WAITING' }, inputs, ['b'], 'x', ['c'])
    expect(plan.approverInputs.map((i) => i.source)).toEqual(['given', 'default', 'previous-approver'])
    expect(decisionPlan('APPROVE', 'cb', undefined, inputs, ['b'], 'x').approverInputs.map((i) => i.source)).toEqual(['given', 'default', 'given'])
  })

  it('auto-rejects only on an APPROVE of a step that says so, and a step without details says nothing', () => {
    expect(decisionPlan('APPROVE', undefined, { id: 'i1', status: 'WAITING' }, [], [], '')).toMatchObject({ autoReject: false, checked: true })
    expect(decisionPlan('APPROVE', undefined, { id: 'i1', status: 'WAITING', details: { autoRejectEnabled: true } }, [], [], '').autoReject).toBe(true)
    expect(decisionPlan('REJECT', undefined, { id: 'i1', status: 'WAITING', details: { autoRejectEnabled: true } }, [], [], '').autoReject).toBe(false)
    // Not read: a real run would post without knowing the step.
    expect(decisionPlan('APPROVE', undefined, undefined, [], [], '')).toMatchObject({ autoReject: false, checked: false })
  })
})

describe('readOnlyHttp', () => {
  it('names its error, and passes close and destroy on', async () => {
    const calls: string[] = []
    const inner: HttpClient = {
      send: async () => ({ status: 200, headers: {}, text: '', truncated: false }),
      close: async () => void calls.push('close'),
      destroy: async () => void calls.push('destroy'),
    }
    const http = readOnlyHttp(inner)
    const error = await http.send({ method: 'POST', url: new URL('https://h.example/x') }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DryRunWriteError)
    expect((error as Error).name).toBe('DryRunWriteError')
    await http.close()
    await http.destroy()
    expect(calls).toEqual(['close', 'destroy'])
  })
})
