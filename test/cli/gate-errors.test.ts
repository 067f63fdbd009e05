// A status gate that ends in an error says it once, with a fix: the answer (an HTML page by its title) in
// one error, then what to check, in the command line's flags or the action's inputs. Against a status server
// on 127.0.0.1 answering 404 with a proxy's HTML page, and 401.
import { existsSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startHarnessSimulator, type HarnessSimulator } from '../../sim/harness-simulator.js'
import { startStatusServer } from '../../sim/status-server.js'
import { ACTION, runAction, workflowCommands } from '../support/run-action.js'
import { CLI, runCli } from '../support/run-cli.js'
import { actionInputs } from '../support/servers.js'

const PAGE = `<!DOCTYPE html><html><head><title>404 Not Found</title></head><body><center><h1>404 Not Found</h1></center><hr><center>nginx</center>${'<!-- padding -->'.repeat(20)}</body></html>`

let sim: HarnessSimulator
let status: Awaited<ReturnType<typeof startStatusServer>>
beforeEach(async () => {
  sim = await startHarnessSimulator()
  status = await startStatusServer()
  sim.addInstance({ executionId: 'exec1' })
})
afterEach(async () => {
  await status.close()
  await sim.close()
})

const count = (text: string, part: string) => text.split(part).length - 1

describe.skipIf(!existsSync(CLI))('the command line, when the status URL refuses', () => {
  const approve = (extra: string[] = []) =>
    runCli(['approve', '--base-url', sim.baseUrl, '--org-id', 'default', '--project-id', 'proj', '--execution-id', 'exec1', '--status-url', `${status.url}job/7`, '--status-field', 'status', ...extra], {
      env: { HARNESS_API_KEY: sim.apiKey },
    })

  it('a 404 page: the page by its title, once, then a fix naming --status-url; nothing posted', async () => {
    status.setDefault({ status: 404, body: PAGE, headers: { 'content-type': 'text/html' } })
    const run = await approve()
    expect(run.code).toBe(1)
    expect(sim.posts()).toEqual([])
    expect(count(run.stderr, "an HTML page titled '404 Not Found'")).toBe(1)
    expect(run.stderr).not.toContain('<')
    expect(run.stderr).toMatch(/^error: Status gate: error: the status URL http:\/\/127\.0\.0\.1:\d+\/job\/7 answered HTTP 404: an HTML page titled '404 Not Found'\. No decision was posted; the Harness approval is still waiting\.\nFix: Check --status-url: the server has no such page/m)
    // The verdict line on stdout names what happened without repeating the answer.
    expect(run.stdout).toBe("Not decided: the status gate ended with 'error'; the Harness approval is still waiting.\n")
  })

  it('a 401: the fix names the status headers (as a secret, by their variable)', async () => {
    status.setDefault({ status: 401, body: '{"message":"Unauthorized"}' })
    const run = await approve()
    expect(run.code).toBe(1)
    expect(count(run.stderr, 'Unauthorized')).toBe(1)
    expect(run.stderr).toMatch(/\nFix: Check PLUGIN_STATUS_HEADERS: the status URL refused the request; give the credentials it needs/)
  })
})

describe.skipIf(!existsSync(ACTION))('the action, when the status URL refuses', () => {
  it('one error annotation with the page title and the fix in input names', async () => {
    status.setDefault({ status: 404, body: PAGE, headers: { 'content-type': 'text/html' } })
    const run = await runAction(actionInputs(sim, { statusUrl: `${status.url}job/7`, statusField: 'status' }))
    expect(run.code).toBe(1)
    const errors = workflowCommands(run.stdout).filter((c) => c.startsWith('::error'))
    const gate = errors.filter((c) => c.includes('404'))
    expect(gate).toHaveLength(1)
    expect(gate[0]).toContain("an HTML page titled '404 Not Found'. No decision was posted; the Harness approval is still waiting.%0AFix: Check statusUrl: the server has no such page")
    expect(count(run.stdout, '404 Not Found')).toBe(1)
    expect(JSON.parse(run.outputs.result!)).toMatchObject({ statusVerdict: 'error', gateFix: expect.stringMatching(/^Check statusUrl:/) })
  })
})
