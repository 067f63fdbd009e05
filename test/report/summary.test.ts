// The job summary writer: the same HTML as @actions/core's summary, element by element and for whole runs,
// appended to the runner's summary file in one write.
import * as core from '@actions/core'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { JobSummary, type Summary } from '../../src/report/summary.js'
import { addResultToSummary } from '../../src/run/summary.js'
import { toResultJson, type ResultJson } from '../../src/run/result.js'
import type { ExecutionResult } from '../../src/approvals/execution-result.js'

const scope = { orgId: 'default', projectId: 'payments' }
const pipeline = { name: 'Deploy <prod>', runSequence: 42, url: 'https://app.harness.io/ng/account/a/module/cd/orgs/default/projects/payments/pipelines/deploy/executions/exec1/pipeline' }
const decided: ExecutionResult = { kind: 'decided', executionId: 'exec1', decision: 'APPROVE', status: 'APPROVED', instanceId: 'inst1', inputsSent: [], defaulted: [], posts: 1, waitedMs: 0, confirmedByReadBack: false, pipeline, progress: { message: 'Ship <it>?', approvals: 1, minimumCount: 2, others: [] } }
const failed: ExecutionResult = {
  kind: 'failed',
  executionId: 'exec2',
  decision: 'APPROVE',
  cause: { id: 'wrong-scope', title: 'Execution not found', explanation: 'Not here.', fix: 'Check {executionId}.', status: 400, harnessMessage: 'nope' },
  posts: 1,
  waitedMs: 0,
}

afterEach(() => {
  core.summary.emptyBuffer()
})

/** Runs the same calls on both writers and returns both texts. */
function both(calls: (summary: Summary) => void): [ours: string, cores: string] {
  const ours = new JobSummary()
  calls(ours)
  calls(core.summary)
  return [ours.stringify(), core.summary.stringify()]
}

describe('the job summary writer', () => {
  it('writes every element as core.summary does', () => {
    const cases: Array<[string, (summary: Summary) => void]> = [
      ['headings of every level, a bad level and none', (s) => s.addHeading('a', 2).addHeading('b', '3').addHeading('c', 7).addHeading('d').addHeading('e', '06')],
      ['raw text with and without an end of line', (s) => s.addRaw('<p>x</p>', true).addRaw('y').addEOL()],
      ['lists, plain and ordered, empty included', (s) => s.addList(['a', '<b>b</b>']).addList(['1', '2'], true).addList([])],
      ['tables with headers, spans, empty cells and no rows', (s) => s.addTable([[{ data: 'H', header: true }, { data: 'S', colspan: '2', rowspan: '3' }], ['', 'x', { data: '' }], [{ data: 'r', rowspan: '2' }]]).addTable([])],
      ['details', (s) => s.addDetails('Timeline', '<pre>t</pre>').addDetails('', '')],
    ]
    for (const [name, calls] of cases) {
      const [ours, cores] = both(calls)
      expect(ours, name).toBe(cores)
      expect(ours, name).not.toBe('')
      core.summary.emptyBuffer()
    }
  })

  it('writes a whole run\'s summary as core.summary does, for every kind of outcome', () => {
    const results: ResultJson[] = [
      toResultJson({ outcome: 'decided', decision: 'APPROVE', scope, executions: [decided] }),
      toResultJson({ outcome: 'failed', decision: 'APPROVE', scope, executions: [decided, failed] }),
      { outcome: 'invalid-settings', executions: [], problems: ['Input apiKey is not set: expected a <key>.', 'b & c'] },
      { outcome: 'error', executions: [], message: 'socket <hang up>' },
      {
        outcome: 'gate-rejected',
        decision: 'REJECT',
        statusVerdict: 'failure',
        statusValue: '',
        attempts: 2,
        gateReason: 'status <failed>',
        timeline: ['0s running', '1s failed'],
        executions: [],
      },
    ]
    for (const result of results) {
      const [ours, cores] = both((s) => addResultToSummary(s, result, { callbackId: 'cb-1' }))
      expect(ours).toBe(cores)
      expect(ours).toContain('Harness approval:')
      core.summary.emptyBuffer()
    }
  })

  describe('writing the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'summary-'))
    afterAll(() => rmSync(dir, { recursive: true, force: true }))

    it('appends to the file GITHUB_STEP_SUMMARY names, then starts afresh', () => {
      const file = join(dir, 'summary.md')
      writeFileSync(file, 'before\n')
      const summary = new JobSummary().addHeading('one', 2)
      summary.write({ GITHUB_STEP_SUMMARY: file })
      expect(summary.stringify()).toBe('')
      summary.addRaw('two').write({ GITHUB_STEP_SUMMARY: file })
      expect(readFileSync(file, 'utf8')).toBe('before\n<h2>one</h2>\ntwo')
    })

    it('says so when no summary file is named, and when it cannot be written', () => {
      expect(() => new JobSummary().addRaw('x').write({})).toThrow(/GITHUB_STEP_SUMMARY is not set/)
      expect(() => new JobSummary().addRaw('x').write({ GITHUB_STEP_SUMMARY: join(dir, 'no-such-dir', 'summary.md') })).toThrow(/ENOENT/)
    })
  })
})
