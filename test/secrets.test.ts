// The key (and every derived secret) is masked first and appears in no message, summary or output, on
// every path, failures included. Property test over random keys.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { runInProcess } from './support/in-process-action.js'
import { actionInputs, useSimulatorAndStatusServer } from './support/servers.js'

const servers = useSimulatorAndStatusServer()

/** Where a secret shows up other than in a mask command (its own, or one of a value derived from it). */
function leaks(text: string, secret: string): string[] {
  return text.split(/\r\n|\r|\n/).filter((line) => line.includes(secret) && !line.startsWith('::add-mask::'))
}

const validKey = fc
  .tuple(fc.constantFrom('pat', 'sat'), fc.stringMatching(/^[A-Za-z0-9]{10,22}$/), fc.stringMatching(/^[A-Za-z0-9_-]{16,40}$/))
  .map(([kind, token, secret]) => `${kind}.acct123.${token}.${secret}`)
// Keys that are not even well-formed: the settings refuse them, and must still not print them. (An
// environment variable cannot hold NUL; CR, LF and % are escaped inside the add-mask command itself.)
const malformedKey = fc.string({ unit: 'binary', minLength: 16, maxLength: 60 }).filter((k) => k.trim().length >= 16 && !/[\0\r\n%]/.test(k))

type Path = 'approved' | 'refused-key' | 'not-approver' | 'nothing-waiting' | 'invalid-other-input' | 'gate-with-key-header' | 'server-error'

describe('the key never leaks', () => {
  it('property: on every path, the key appears only in its own add-mask line, first', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(validKey, malformedKey),
        fc.constantFrom<Path>('approved', 'refused-key', 'not-approver', 'nothing-waiting', 'invalid-other-input', 'gate-with-key-header', 'server-error'),
        async (key, path) => {
          const { sim, status } = servers
          sim.reset()
          if (path !== 'refused-key') sim.addKey({ key, accountId: 'acct123', user: { name: 'bot', email: 'bot@example.com' } })
          const inputs = actionInputs(sim, { apiKey: key, accountId: 'acct123' })
          if (path === 'nothing-waiting') sim.addExecution({ executionId: 'exec1' })
          else sim.addInstance({ executionId: 'exec1', approvers: path === 'not-approver' ? ['someone'] : '*' })
          if (path === 'invalid-other-input') inputs.action = 'perhaps'
          if (path === 'server-error') sim.fault({ on: 'POST', kind: 'respond', status: 400, body: { message: `echo ${key}` } })
          if (path === 'gate-with-key-header') {
            status.script([{ status: 200, json: { state: 'success' } }])
            Object.assign(inputs, { statusUrl: `${status.url}job`, statusField: 'state', statusHeaders: `Authorization: Bearer ${key}` })
          }
          const run = await runInProcess(inputs)
          const first = run.stdout.split('\n')[0]
          if (key.trim() === key) expect(first).toBe(`::add-mask::${key}`)
          expect(leaks(run.stdout, key)).toEqual([])
          expect(run.summary).not.toContain(key)
          for (const value of Object.values(run.outputs)) expect(value).not.toContain(key)
        },
      ),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 80) },
    )
  }, 60_000)

  it('masks status header values and URL credentials, and keeps them out of the log', async () => {
    const { sim, status } = servers
    sim.reset()
    sim.addInstance({ executionId: 'exec1' })
    status.script([{ status: 200, json: { state: 'success' } }])
    const url = new URL(`${status.url}job`)
    url.username = 'ci'
    url.password = 'url-pass-123'
    const run = await runInProcess({
      executionId: 'exec1',
      apiKey: sim.apiKey,
      orgId: sim.orgId,
      projectId: sim.projectId,
      baseUrl: sim.baseUrl,
      statusUrl: url.href,
      statusField: 'state',
      statusHeaders: 'X-Token: header-secret-456',
    })
    expect(run.failed).toBe(false)
    expect(run.stdout).toContain('::add-mask::header-secret-456')
    expect(run.stdout).toContain('::add-mask::url-pass-123')
    expect(leaks(run.stdout, 'header-secret-456')).toEqual([])
    expect(leaks(run.stdout, 'url-pass-123')).toEqual([])
    expect(run.summary).not.toMatch(/header-secret-456|url-pass-123/)
    // And the key went to Harness only: the status server never saw it.
    expect(JSON.stringify(status.requests)).not.toContain(sim.apiKey)
  })

  it('a key that Harness echoes into the pipeline\'s identifier or its link appears in no output, summary or log line', async () => {
    const { sim } = servers
    const key = sim.apiKey
    // Percent-encoded, the key would slip past a plain text match.
    const encoded = key.replace(/\./g, '%2E')
    for (const [link, follow] of [
      [undefined, '0'], // the link built from baseUrl and the echoed identifier
      [`https://harness.example.com/ng/#/account/acct123/cd/orgs/default/projects/proj/pipelines/${key}/executions/exec1/pipeline`, '1m'],
      [`https://harness.example.com/ng/#/account/acct123/cd/orgs/default/projects/proj/pipelines/${encoded}/executions/exec1/pipeline`, '1m'],
      [`https://harness.example.com/ng/#/account/acct123/cd/orgs/default/projects/proj/pipelines/deploy/executions/exec1/pipeline?token=${key}`, '1m'],
    ] as const) {
      sim.reset()
      sim.addInstance({ executionId: 'exec1' })
      const summary = { pipelineIdentifier: key, name: 'Deploy', orgIdentifier: 'default', projectIdentifier: 'proj', planExecutionId: 'exec1', runSequence: 7, status: 'Running' }
      sim.fault({ on: 'GET', kind: 'respond', pathIncludes: '/execution/v2/', times: 20, body: { status: 'SUCCESS', data: { pipelineExecutionSummary: summary } } })
      if (link) sim.fault({ on: 'POST', kind: 'respond', pathIncludes: '/execution/url', body: { status: 'SUCCESS', data: link } })
      const run = await runInProcess({ executionId: 'exec1', apiKey: key, orgId: sim.orgId, projectId: sim.projectId, baseUrl: sim.baseUrl, waitForPipeline: follow })
      expect(run.failed, run.stdout).toBe(false)
      if (link) expect(sim.requests.filter((r) => r.path.includes('/execution/url'))).toHaveLength(1)
      for (const secret of [key, encoded]) {
        expect(leaks(run.stdout, secret)).toEqual([])
        expect(run.summary).not.toContain(secret)
        for (const [name, value] of Object.entries(run.outputs)) expect(value, name).not.toContain(secret)
      }
      // The identifier is redacted, and so is the link, not dropped when redacting it suffices.
      expect(JSON.parse(run.outputs.result!).executions[0].pipeline).toMatchObject({ identifier: '***' })
      if (link !== undefined && !link.includes('%2E')) expect(run.outputs.pipelineUrl).toContain('***')
    }
  })
})
