// The action's run path (the built dist/index.js, as the runner runs it) with a baseUrl that leads nowhere,
// every other setting left at its default (waitForApproval 5m, no timeout given): a refused connection gets a
// few quick tries told on one line, a name that does not resolve fails at once, and both finish well within
// 15 s with a failure that names the URL and says what to check. Nothing is ever posted.
import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ACTION, runAction, workflowCommands, type ActionRun } from '../support/run-action.js'
import { closedPort } from '../support/ports.js'

const KEY = 'pat.acctUnreach00000000001.tokenU.secretUnreachable'
const EXEC = 'execUnreachAAAAAAAAAAA1'
const EXEMPTION = 'exemptUnreachAAAAAAAA1'

/** Only what a user must give: the key, the scope, the target and the wrong baseUrl. */
const inputs = (baseUrl: string, target: Record<string, string> = { executionId: EXEC }) => ({ apiKey: KEY, orgId: 'default', projectId: 'proj', baseUrl, ...target })

async function timed(run: Promise<ActionRun>): Promise<ActionRun & { ms: number }> {
  const started = Date.now()
  const done = await run
  return { ...done, ms: Date.now() - started }
}

const escape = (text: string) => text.replace(/[.?*+()[\]\\/]/g, '\\$&')
const FIX = "Fix: Check baseUrl (a mistyped host name?), proxies (HTTPS_PROXY, NO_PROXY) and whether the runner's network reaches that host."

/** The one error annotation about the connection, decoded as the runner shows it. */
function reachError(run: ActionRun, title: string): string {
  const commands = workflowCommands(run.stdout).filter((c) => c.startsWith(`::error title=${title}::`))
  expect(commands, run.stdout).toHaveLength(1)
  return commands[0]!.slice(`::error title=${title}::`.length).replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%')
}

describe.skipIf(!existsSync(ACTION))('dist/index.js with an unreachable baseUrl and default settings', () => {
  it.concurrent('a refused connection: one line while trying, one failure with the count, the URL and what to check', async () => {
    const port = await closedPort()
    const run = await timed(runAction(inputs(`http://127.0.0.1:${port}/gateway`)))
    expect(run.code).toBe(1)
    expect(run.ms).toBeLessThan(15_000)
    const url = `http://127.0.0.1:${port}/gateway/pipeline/api/pipelines/execution/v2/${EXEC}`
    // The repeated identical failures are folded: one line while trying, the count in the failure.
    const lines = run.stdout.split('\n').filter((l) => l.includes('ECONNREFUSED'))
    expect(lines).toHaveLength(2)
    expect(lines[0]).toBe(`GET ${url}: could not connect, the connection was refused (ECONNREFUSED); trying again for up to 10s.`)
    expect(reachError(run, 'Could not reach Harness')).toMatch(new RegExp(`^GET ${escape(url)}: could not connect, the connection was refused \\(ECONNREFUSED\\); [2-5] tries in \\d+(\\.\\d)?s\\.\\n${escape(FIX)}$`))
    // The query (which names the account) stays out of the message.
    expect(run.stdout).not.toContain('accountIdentifier=')
    // Failed, and nothing was posted: the decision never started.
    const result = JSON.parse(run.outputs.result!)
    expect(result).toMatchObject({ outcome: 'failed', executions: [{ executionId: EXEC, outcome: 'failed', posts: 0, cause: 'unreachable', title: 'Could not reach Harness' }] })
    expect(run.outputs.approvalStatus ?? '').toBe('')
    expect(run.summary).toContain('Could not reach Harness')
    expect(run.stdout.split(KEY).length).toBe(2)
  })

  it.concurrent('a host name that does not resolve: fails at once after one try, naming the URL and what to check', async () => {
    const run = await timed(runAction(inputs('https://nothing.invalid/gateway')))
    expect(run.code).toBe(1)
    expect(run.ms).toBeLessThan(15_000)
    expect(run.stdout).not.toContain('trying again')
    expect(reachError(run, 'Could not reach Harness')).toBe(
      `GET https://nothing.invalid/gateway/pipeline/api/pipelines/execution/v2/${EXEC}: could not connect, the host name does not resolve (ENOTFOUND).\n${FIX}`,
    )
    // Its own cause, not a server error's: nothing answered.
    expect(JSON.parse(run.outputs.result!)).toMatchObject({ outcome: 'failed', executions: [{ outcome: 'failed', posts: 0, waitedSeconds: 0, cause: 'unreachable' }] })
  })

  it.concurrent('an STO exemption behind a refused connection: the same few quick tries and the same advice, nothing put', async () => {
    const port = await closedPort()
    const run = await timed(runAction(inputs(`http://127.0.0.1:${port}/gateway`, { exemptionId: EXEMPTION })))
    expect(run.code).toBe(1)
    expect(run.ms).toBeLessThan(15_000)
    expect(run.stdout.split('\n').filter((l) => l.includes('trying again'))).toHaveLength(1)
    const url = `http://127.0.0.1:${port}/gateway/sto/api/v2/exemptions/${EXEMPTION}`
    expect(reachError(run, 'Could not reach STO')).toMatch(new RegExp(`^GET ${escape(url)}: could not connect, the connection was refused \\(ECONNREFUSED\\); [2-5] tries in \\d+(\\.\\d)?s\\.\\n${escape(FIX)}$`))
    expect(JSON.parse(run.outputs.result!)).toMatchObject({ outcome: 'failed', exemption: { outcome: 'failed', puts: 0, cause: 'unreachable', title: 'Could not reach STO' } })
  })
})
