// A server that echoes the key with a control sequence inside it (`pat.ab\x1b[0mcd…`) must not get it put
// back together anywhere: cleaning strips control sequences before it redacts, and every sink redacts again.
// Each sink is read as a terminal would show it (escape sequences and invisible characters gone), JSON
// outputs also string by string after parsing. Property tests through the action in process, the built
// action and the built command line.
import { existsSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { HarnessSimulator } from '../sim/harness-simulator.js'
import type { StatusServer } from '../sim/status-server.js'
import { runInProcess } from './support/in-process-action.js'
import { ACTION, runAction } from './support/run-action.js'
import { CLI, runCli } from './support/run-cli.js'
import { actionInputs, useSimulatorAndStatusServer } from './support/servers.js'

const servers = useSimulatorAndStatusServer()

// Every kind of control sequence or invisible character a server could put inside the key.
const SPLITS = [
  '\u001b[0m', // CSI
  '\u001b[38;5;196m', // CSI with parameters
  '\u001b]0;title\u0007', // OSC ended by BEL
  '\u001b]8;;https://x\u001b\\', // OSC ended by ST (a hyperlink)
  '\u001bP1$r\u001b\\', // DCS
  '\u009b1m', // 8-bit CSI
  '\u0085', // C1 next line
  '\u0090', // C1 DCS alone
  '\u009d', // C1 OSC alone
  '\u001b', // lone ESC
  '\u0007', // BEL
  '\r',
  '\n',
  '\r\n',
  '\t',
  '\u0000',
  '\u007f',
  '\u200b', // zero-width space
  '\u200d', // zero-width joiner
  '\u2060', // word joiner
  '\u00ad', // soft hyphen
  '\u202e', // bidi override
  '\u2066', // bidi isolate
  '\u200f', // right-to-left mark
  '\ufeff', // BOM
  '\u2028', // line separator
]

/** The key with 1-3 control sequences put inside it, anywhere but its ends. */
function splitKey(key: string) {
  return fc
    .array(fc.tuple(fc.integer({ min: 1, max: key.length - 1 }), fc.constantFrom(...SPLITS)), { minLength: 1, maxLength: 3 })
    .map((cuts) => {
      let text = key
      for (const [at, split] of [...cuts].sort((a, b) => b[0] - a[0])) text = `${text.slice(0, at)}${split}${text.slice(at)}`
      return text
    })
}

// What a terminal shows: escape sequences and strings gone, then every control, format and separator character.
const TERMINAL_SEQUENCES = /\u001b\[[0-?]*[ -/]*[@-~]|\u009b[0-?]*[ -/]*[@-~]|\u001b[\]PX^_][^\u0007\u001b]*(?:\u0007|\u001b\\)/gu
function shown(text: string): string {
  return text.replace(TERMINAL_SEQUENCES, '').replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, '')
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(strings)
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings)
  return []
}

/** Where the key can be read in what a run left: [] when nowhere. */
function sightings(key: string, sinks: Record<string, string>): string[] {
  const found: string[] = []
  for (const [name, text] of Object.entries(sinks)) {
    const withoutMasks = text.split('\n').filter((line) => !line.startsWith('::add-mask::')).join('\n')
    if (shown(withoutMasks).includes(key)) found.push(name)
    try {
      if (strings(JSON.parse(text)).some((s) => shown(s).includes(key))) found.push(`${name} (parsed)`)
    } catch {
      // Not JSON: read as text above.
    }
  }
  return found
}

type Place = 'step-message' | 'approver-name' | 'input-default' | 'post-error' | 'pipeline-name' | 'status-value' | 'status-error'
const PLACES: Place[] = ['step-message', 'approver-name', 'input-default', 'post-error', 'pipeline-name', 'status-value', 'status-error']

/** Has the servers echo `text` at `place`; returns the action inputs for that path. */
function echo(sim: HarnessSimulator, status: StatusServer, place: Place, text: string): Record<string, string> {
  sim.reset()
  sim.addInstance({ executionId: 'exec1' })
  const inputs = actionInputs(sim)
  switch (place) {
    case 'step-message':
      sim.fault({ on: 'GET', kind: 'respond', pathIncludes: '/approvals/', body: [{ id: 'i1', status: 'WAITING', type: 'HarnessApproval', details: { approvalMessage: `Deploy ${text}` } }] })
      inputs.dryRun = 'true'
      break
    case 'approver-name':
      sim.fault({ on: 'GET', kind: 'respond', times: 50, pathIncludes: '/approvals/', body: [{ id: 'i1', status: 'APPROVED', type: 'HarnessApproval', details: { approvalActivities: [{ user: { name: text, email: text }, action: 'APPROVE', approvedAt: 1, comments: text }] } }] })
      inputs.callbackId = 'cb1'
      break
    case 'input-default':
      sim.fault({ on: 'GET', kind: 'respond', pathIncludes: '/approvals/', body: [{ id: 'i1', status: 'WAITING', type: 'HarnessApproval', details: { approverInputs: [{ name: 'env', defaultValue: text }] } }] })
      inputs.dryRun = 'true'
      break
    case 'post-error':
      sim.fault({ on: 'POST', kind: 'respond', status: 400, body: { code: 'INVALID_REQUEST', message: `refused: ${text}` } })
      break
    case 'pipeline-name': {
      const summary = { pipelineIdentifier: 'deploy', name: text, planExecutionId: 'exec1', runSequence: 3, status: 'ApprovalWaiting', orgIdentifier: sim.orgId, projectIdentifier: sim.projectId }
      sim.fault({ on: 'GET', kind: 'respond', pathIncludes: '/execution/v2/', body: { status: 'SUCCESS', data: { pipelineExecutionSummary: summary } } })
      break
    }
    case 'status-value':
      status.script([{ status: 200, json: { state: text } }, { status: 200, json: { state: 'failed' } }])
      Object.assign(inputs, { statusUrl: `${status.url}job`, statusField: 'state', pollInterval: '100ms', maxPollInterval: '100ms' })
      break
    case 'status-error':
      status.script([{ status: 404, body: text }])
      Object.assign(inputs, { statusUrl: `${status.url}job`, statusField: 'state' })
      break
  }
  return inputs
}

const RUNS = Number(process.env.PROPERTY_RUNS ?? 60)

describe('a key split by control sequences is never put back together', () => {
  it('property: the action in process, every sink (log and annotations, outputs, summary)', async () => {
    const { sim } = servers
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...PLACES), splitKey(sim.apiKey), async (place, text) => {
        const inputs = echo(sim, servers.status, place, text)
        const run = await runInProcess(inputs)
        expect(sightings(sim.apiKey, { stdout: run.stdout, summary: run.summary, ...run.outputs })).toEqual([])
      }),
      { numRuns: RUNS },
    )
  }, 120_000)

  it.skipIf(!existsSync(ACTION))('property: the built action, every sink', async () => {
    const { sim } = servers
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...PLACES), splitKey(sim.apiKey), async (place, text) => {
        const run = await runAction(echo(sim, servers.status, place, text))
        expect(sightings(sim.apiKey, { stdout: run.stdout, stderr: run.stderr, summary: run.summary, ...run.outputs })).toEqual([])
      }),
      { numRuns: Math.ceil(RUNS / 4) },
    )
  }, 120_000)

  it.skipIf(!existsSync(CLI))('property: the built command line, its log, verdict and --json', async () => {
    const { sim } = servers
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...PLACES), fc.boolean(), splitKey(sim.apiKey), async (place, json, text) => {
        const inputs = echo(sim, servers.status, place, text)
        const args = ['approve', '--base-url', sim.baseUrl, '--org-id', sim.orgId, '--project-id', sim.projectId, '--execution-id', 'exec1', '--wait-for-approval', '0']
        if (inputs.dryRun) args.push('--dry-run')
        if (inputs.callbackId) args.push('--callback-id', inputs.callbackId)
        if (inputs.statusUrl) args.push('--status-url', inputs.statusUrl, '--status-field', 'state', '--poll-interval', '100ms', '--max-poll-interval', '100ms')
        if (json) args.push('--json')
        const run = await runCli(args, { env: { HARNESS_API_KEY: sim.apiKey } })
        expect(run.code, run.stderr).not.toBe(2)
        expect(sightings(sim.apiKey, { stdout: run.stdout, stderr: run.stderr })).toEqual([])
      }),
      { numRuns: Math.ceil(RUNS / 4) },
    )
  }, 120_000)
})
