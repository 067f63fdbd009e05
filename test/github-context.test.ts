// Defaults from the event that started the workflow: a Harness HTTP step can dispatch the workflow with
// the execution id and callback id, so the workflow needs no inputs. Real event payloads, read from disk
// through the runner's documented variables.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { readWorkflowRun, runDefaults } from '../src/run/github-context.js'
import { parseSettings } from '../src/run/settings.js'

const EVENTS = fileURLToPath(new URL('./fixtures/events/', import.meta.url))

function runnerEnv(eventName: string, eventFile: string | undefined, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'acme/payments-service',
    GITHUB_RUN_ID: '9876543210',
    GITHUB_RUN_ATTEMPT: '2',
    GITHUB_EVENT_NAME: eventName,
    ...(eventFile ? { GITHUB_EVENT_PATH: eventFile.includes('/') ? eventFile : join(EVENTS, eventFile) } : {}),
    ...extra,
  }
}

const RUN_URL = 'https://github.com/acme/payments-service/actions/runs/9876543210/attempts/2'

describe('readWorkflowRun', () => {
  it('reads the run, its attempt and the event payload', () => {
    const run = readWorkflowRun(runnerEnv('repository_dispatch', 'repository_dispatch.json'))
    expect(run).toMatchObject({ url: RUN_URL, runId: '9876543210', runAttempt: '2', eventName: 'repository_dispatch' })
    expect(run.payload).toHaveProperty('client_payload.callback_id', 'deploy-gate.prod')
  })

  it('leaves the URL out when the runner does not say where it runs', () => {
    const run = readWorkflowRun({ GITHUB_RUN_ID: '1', GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: join(EVENTS, 'push.json') })
    expect(run.url).toBeUndefined()
    expect(runDefaults(run)).toEqual({})
  })

  it('treats a missing or unreadable event file as an empty payload', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hag-event-'))
    const broken = join(dir, 'event.json')
    writeFileSync(broken, '{"client_payload": ')
    const notObject = join(dir, 'array.json')
    writeFileSync(notObject, '["executionId"]')
    for (const file of [join(dir, 'missing.json'), broken]) expect(readWorkflowRun(runnerEnv('repository_dispatch', file)).payload).toEqual({})
    for (const file of [join(dir, 'missing.json'), broken, notObject]) {
      expect(runDefaults(readWorkflowRun(runnerEnv('repository_dispatch', file)))).toEqual({ comments: `Decided by GitHub workflow run ${RUN_URL}` })
    }
    expect(readWorkflowRun(runnerEnv('push', undefined)).payload).toEqual({})
  })
})

describe('runDefaults', () => {
  it('takes executionId and callback_id from a repository_dispatch client_payload', () => {
    expect(runDefaults(readWorkflowRun(runnerEnv('repository_dispatch', 'repository_dispatch.json')))).toEqual({
      comments: `Decided by GitHub workflow run ${RUN_URL}`,
      executionId: 'Kq3x9PZbT0mYc2Lw5nA1vQ',
      callbackId: 'deploy-gate.prod',
    })
  })

  it('accepts execution_id and callbackId too, trimmed, skipping empty values', () => {
    const defaults = runDefaults(readWorkflowRun(runnerEnv('repository_dispatch', 'repository_dispatch_snake_case.json')))
    expect(defaults).toMatchObject({ executionId: 'Pm4eR7sT2uV9wX1yZ3aB5c', callbackId: 'canary' })
  })

  it('takes workflow_dispatch inputs, but never the action (that stays an explicit input)', () => {
    const defaults = runDefaults(readWorkflowRun(runnerEnv('workflow_dispatch', 'workflow_dispatch.json')))
    expect(defaults).toEqual({
      comments: `Decided by GitHub workflow run ${RUN_URL}`,
      executionId: 'Zr8uN3Qw6kT1bXy0aLm7pE',
      callbackId: 'smoke-tests',
    })
  })

  it('gives only the comments for a push, which carries neither id', () => {
    expect(runDefaults(readWorkflowRun(runnerEnv('push', 'push.json')))).toEqual({ comments: `Decided by GitHub workflow run ${RUN_URL}` })
  })

  it('reads the payload only for the event it belongs to', () => {
    // A dispatch payload under another event name is not trusted as one.
    const defaults = runDefaults(readWorkflowRun(runnerEnv('workflow_dispatch', 'repository_dispatch.json')))
    expect(defaults.executionId).toBeUndefined()
    expect(defaults.callbackId).toBeUndefined()
  })
})

describe('defaults in the settings', () => {
  const key = 'pat.acct123.tokenid.secretpart'
  const inputs: Record<string, string> = { apiKey: key, orgId: 'default', projectId: 'payments' }

  it('fill executionId, callbackId and comments when the inputs are empty', () => {
    const defaults = runDefaults(readWorkflowRun(runnerEnv('repository_dispatch', 'repository_dispatch.json')))
    const settings = parseSettings((name) => inputs[name] ?? '', () => undefined, defaults)
    expect(settings.executionIds).toEqual(['Kq3x9PZbT0mYc2Lw5nA1vQ'])
    expect(settings.callbackId).toBe('deploy-gate.prod')
    expect(settings.comments).toBe(`Decided by GitHub workflow run ${RUN_URL}`)
  })

  it('give way to inputs that are set', () => {
    const defaults = runDefaults(readWorkflowRun(runnerEnv('repository_dispatch', 'repository_dispatch.json')))
    const given = { ...inputs, executionId: 'OtherExec01', callbackId: 'other', comments: 'By hand' }
    const settings = parseSettings((name) => given[name as keyof typeof given] ?? '', () => undefined, defaults)
    expect(settings).toMatchObject({ executionIds: ['OtherExec01'], callbackId: 'other', comments: 'By hand' })
  })

  it('leave executionId required for a push', () => {
    const defaults = runDefaults(readWorkflowRun(runnerEnv('push', 'push.json')))
    expect(() => parseSettings((name) => inputs[name] ?? '', () => undefined, defaults)).toThrow(/Invalid executionId/)
  })
})
