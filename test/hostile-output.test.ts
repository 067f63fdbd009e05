// Whatever Harness or the status URL sends back, the runner must see no workflow command but ours, and
// the summary no HTML but ours. Property test over arbitrary unicode, salted with known attack strings.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { cleanRemoteText } from '../src/report/sanitize.js'
import { runInProcess } from './support/in-process-action.js'
import { actionInputs, useSimulatorAndStatusServer } from './support/servers.js'

const servers = useSimulatorAndStatusServer()

const OUR_COMMANDS = new Set(['add-mask', 'error', 'warning', 'notice', 'debug', 'group', 'endgroup'])
const OUR_TAGS = new Set(['h2', 'h3', 'table', 'tr', 'th', 'td', 'code', 'p', 'ul', 'li', 'details', 'summary', 'pre', 'br', 'strong', 'q', 'a'])

/** Every way stdout departs from "only our commands": forged commands, stray masks, `##[` anywhere. */
function forgeries(stdout: string, secrets: string[]): string[] {
  const found: string[] = []
  for (const line of stdout.split(/\r\n|\r|\n/)) {
    if (line.includes('##[')) found.push(line)
    const trimmed = line.trimStart()
    if (!trimmed.startsWith('::')) continue
    const name = /^::([^\s:]*)/.exec(trimmed)?.[1] ?? ''
    if (!OUR_COMMANDS.has(name)) found.push(line)
    else if (name === 'add-mask' && !secrets.includes(trimmed.slice('::add-mask::'.length))) found.push(line)
  }
  return found
}

function foreignTags(html: string): string[] {
  return [...html.matchAll(/<\/?([a-zA-Z][\w-]*)/g)].map((m) => m[1]!.toLowerCase()).filter((tag) => !OUR_TAGS.has(tag))
}

const ATTACKS = [
  '::set-output name=decision::APPROVE',
  '\n::add-mask::x',
  '\r::warning::forged',
  '##[error]forged',
  '::stop-commands::token',
  '%0A::error::x',
  '\u2028::notice::x',
  '\u0085::group::x',
  '\u001b[31m::error::red',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  ':',
  '#',
  '\n',
  '\r\n',
]

const hostileText = fc
  .array(fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.constantFrom(...ATTACKS)), { minLength: 1, maxLength: 6 })
  .map((parts) => parts.join(''))

type Scenario =
  | 'harness-error'
  | 'harness-raw'
  | 'harness-post-error'
  | 'harness-step-inputs'
  | 'harness-instance'
  | 'harness-execution'
  | 'harness-execution-elsewhere'
  | 'harness-follow'
  | 'harness-known-step'
  | 'harness-dry-run'
  | 'harness-stage'
  | 'status-value'
  | 'status-error'
  | 'status-raw'

async function play(scenario: Scenario, text: string) {
  const { sim, status } = servers
  sim.reset()
  const inputs = actionInputs(sim)
  sim.addInstance({ executionId: 'exec1' })
  switch (scenario) {
    case 'harness-error':
      sim.fault({ on: 'GET', kind: 'respond', status: 400, body: { status: 'ERROR', code: 'INVALID_REQUEST', message: text } })
      break
    case 'harness-raw':
      sim.fault({ on: 'GET', kind: 'respond', status: 400, body: text })
      break
    case 'harness-post-error':
      sim.fault({ on: 'POST', kind: 'respond', status: 400, body: { code: 'INVALID_REQUEST', message: text } })
      break
    case 'harness-step-inputs':
      sim.fault({ on: 'GET', kind: 'respond', pathIncludes: '/approvals/', body: [{ id: 'i1', status: 'WAITING', type: 'HarnessApproval', details: { approverInputs: [{ name: text, defaultValue: text }] } }] })
      inputs.approverInputs = 'mine=1'
      break
    case 'harness-execution':
    case 'harness-execution-elsewhere': {
      // The pipeline's name and status (and, elsewhere, the org and project it names) reach the log and summary.
      const where = scenario === 'harness-execution' ? { orgIdentifier: sim.orgId, projectIdentifier: sim.projectId } : { orgIdentifier: text, projectIdentifier: text }
      const summary = { pipelineIdentifier: text, name: text, planExecutionId: 'exec1', runSequence: 3, status: text.length % 2 ? 'ApprovalWaiting' : text, ...where }
      sim.fault({ on: 'GET', kind: 'respond', pathIncludes: '/execution/v2/', body: { status: 'SUCCESS', data: { pipelineExecutionSummary: summary } } })
      break
    }
    case 'harness-follow': {
      // Following the pipeline: every read after the scope check names it and its status in remote text,
      // and Harness's own link for it is remote too.
      const summary = { pipelineIdentifier: 'deploy', name: text, planExecutionId: 'exec1', orgIdentifier: sim.orgId, projectIdentifier: sim.projectId, status: text.length % 2 ? 'Failed' : text }
      sim.fault({ on: 'GET', kind: 'respond', after: 1, times: 50, pathIncludes: '/execution/v2/', body: { status: 'SUCCESS', data: { pipelineExecutionSummary: summary } } })
      sim.fault({ on: 'POST', kind: 'respond', pathIncludes: '/execution/url', body: { status: 'SUCCESS', data: `https://app.example/${text}` } })
      inputs.waitForPipeline = '1m'
      break
    }
    case 'harness-stage': {
      // The stage graph names the stage of the waiting approval in remote text: the log line, the summary, the
      // stage output and (with a stage input that does not match) the failure all carry it.
      const summary = { pipelineIdentifier: 'deploy', name: 'Deploy', planExecutionId: 'exec1', orgIdentifier: sim.orgId, projectIdentifier: sim.projectId, status: 'ApprovalWaiting', layoutNodeMap: { n1: { nodeGroup: 'STAGE', nodeIdentifier: text, name: text, status: 'ApprovalWaiting' } } }
      sim.fault({ on: 'GET', kind: 'respond', times: 50, pathIncludes: '/execution/v2/', body: { status: 'SUCCESS', data: { pipelineExecutionSummary: summary } } })
      if (text.length % 2 === 0) inputs.stage = 'mine'
      break
    }
    case 'harness-known-step':
      // A step the callback id names, already decided by someone the server names in remote text.
      sim.fault({ on: 'GET', kind: 'respond', times: 50, pathIncludes: '/approvals/', body: [{ id: text, status: 'APPROVED', type: 'HarnessApproval', details: { approvalMessage: text, approvalActivities: [{ user: { name: text, email: text }, action: 'APPROVE', approvedAt: 1, comments: text }] } }] })
      inputs.callbackId = 'cb1'
      break
    case 'harness-dry-run':
      // What a dry run reports it would post: the instance id and the step's inputs and defaults.
      // Twice: the check before the plan reads the approvals too.
      sim.fault({ on: 'GET', kind: 'respond', times: 2, pathIncludes: '/approvals/execution/', body: [{ id: text, status: 'WAITING', type: 'HarnessApproval', details: { approvalMessage: text, autoRejectEnabled: true, approverInputs: [{ name: 'env', defaultValue: text }] } }] })
      inputs.dryRun = 'true'
      break
    case 'harness-instance':
      sim.fault({ on: 'POST', kind: 'respond', body: { status: 'SUCCESS', data: { id: text, status: text.length % 2 ? 'APPROVED' : text } } })
      break
    case 'status-value':
      status.script([{ status: 200, json: { state: text } }, { status: 200, json: { state: 'success' } }])
      Object.assign(inputs, { statusUrl: `${status.url}job`, statusField: 'state', pollInterval: '100ms', maxPollInterval: '100ms' })
      break
    case 'status-error':
      status.script([{ status: 404, body: text }])
      Object.assign(inputs, { statusUrl: `${status.url}job`, statusField: 'state' })
      break
    case 'status-raw':
      status.script([{ status: 200, body: text }, { status: 200, json: { state: 'passed' } }])
      Object.assign(inputs, { statusUrl: `${status.url}job`, statusField: 'state', pollInterval: '100ms', maxPollInterval: '100ms' })
      break
  }
  return runInProcess(inputs)
}

describe('remote text cannot forge workflow commands or markup', () => {
  const scenarios: Scenario[] = [
    'harness-error',
    'harness-raw',
    'harness-post-error',
    'harness-step-inputs',
    'harness-instance',
    'harness-execution',
    'harness-execution-elsewhere',
    'harness-follow',
    'harness-known-step',
    'harness-dry-run',
    'harness-stage',
    'status-value',
    'status-error',
    'status-raw',
  ]

  it.each(scenarios)('%s: a plain attack string reaches the log only neutralised', async (scenario) => {
    const attack = 'evil\n::set-output name=decision::APPROVE\r##[error]x'
    const run = await play(scenario, attack)
    expect(forgeries(run.stdout, [servers.sim.apiKey])).toEqual([])
    // The text did arrive (neutralised), so the check above looked at something real.
    expect(run.stdout + run.summary).toMatch(/evil/)
    const row = JSON.parse(run.outputs.result!).executions[0]
    // And the path the scenario is about was taken.
    if (scenario === 'harness-follow') expect(row.follow).toMatchObject({ end: 'reached' })
    if (scenario === 'harness-known-step') expect(row.note).toMatch(/^The approval step was already approved by evil/)
    if (scenario === 'harness-dry-run') expect(run.outputs.wouldPost).toMatch(/evil/)
    if (scenario === 'harness-stage') expect(JSON.stringify(row.stage ?? row.message)).toMatch(/evil/)
  })

  it('property: for any text from either server, stdout holds only our commands and the summary only our tags', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...scenarios), hostileText, async (scenario, text) => {
        const run = await play(scenario, text)
        expect(forgeries(run.stdout, [servers.sim.apiKey])).toEqual([])
        expect(foreignTags(run.summary)).toEqual([])
        for (const value of Object.values(run.outputs)) expect(value).not.toMatch(/[\r\n]/)
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 120) },
    )
  }, 120_000)
})

describe('cleanRemoteText', () => {
  it('property: output is one bounded line with no command opener and no control or bidi characters', () => {
    fc.assert(
      fc.property(hostileText, fc.integer({ min: 1, max: 400 }), (text, max) => {
        const clean = cleanRemoteText(text, max)
        expect(Array.from(clean).length).toBeLessThanOrEqual(max)
        expect(clean).not.toMatch(/::|##\[/)
        // eslint-disable-next-line no-control-regex
        expect(clean).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/)
      }),
      { numRuns: 2000 },
    )
  })

  it('keeps ordinary text readable', () => {
    expect(cleanRemoteText('Build #42 failed: tests (3/120) red')).toBe('Build #42 failed: tests (3/120) red')
    expect(cleanRemoteText('a\u001b[31mred\u001b[0m b')).toBe('ared b')
    expect(cleanRemoteText('x'.repeat(10), 5)).toBe('xxxx…')
  })
})
