// Lengths in code points, as STO counts them, through the built command line and action: 600 emoji are 600
// characters (they were refused as 1200), 1025 are refused as 1025; and a comment shortened to STO's 1024
// ends between whole characters, never inside an emoji.
import { existsSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { codePointLength, shortenText } from '../../src/settings/text-length.js'
import { ACTION, runAction } from '../support/run-action.js'
import { CLI, runCli } from '../support/run-cli.js'
import { useStoSimulator } from '../support/servers.js'

const ACCOUNT = 'acctSTOlength000000001'
const servers = useStoSimulator(ACCOUNT)
const env = () => ({ HARNESS_API_KEY: servers.sim.apiKey, HARNESS_URL: servers.sim.baseUrl, HARNESS_ORG_ID: 'default', HARNESS_PROJECT_ID: 'proj' })
const EMOJI = '😀'
const FAMILY = '👨\u200d👩\u200d👧' // five code points, one character
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

let status: Server | undefined
afterEach(async () => {
  if (status) await new Promise((resolve) => status!.close(resolve))
  status = undefined
})

describe.skipIf(!existsSync(CLI))('text lengths on the command line', () => {
  it('600 emoji are a comment of 600 characters, sent whole', async () => {
    const e = servers.sto.addExemption({})
    const comment = EMOJI.repeat(600)
    const run = await runCli(['exemptions', 'approve', e.id, '--comment', comment], { env: env() })
    expect(run.code, run.stderr).toBe(0)
    expect(servers.sto.exemption(e.id)!.comment).toBe(comment)
  })

  it('1025 emoji are refused as 1025 characters, nothing sent', async () => {
    const run = await runCli(['exemptions', 'create', '--issue-id', 'issue0000000000000001x', '--type', 'Other', '--reason', EMOJI.repeat(1025)], { env: env() })
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('at most 1024 characters (it has 1025)')
    // The value shown is shortened between whole characters too.
    expect(run.stderr).not.toMatch(LONE_SURROGATE)
    expect(servers.sim.requests).toEqual([])
  })
})

describe.skipIf(!existsSync(ACTION))('text lengths in the action', () => {
  const inputs = (extra: Record<string, string>) => {
    const { sim } = servers
    return { apiKey: sim.apiKey, orgId: 'default', projectId: 'proj', baseUrl: sim.baseUrl, ...extra }
  }

  it('600 emoji in comments are accepted', async () => {
    const e = servers.sto.addExemption({})
    const run = await runAction(inputs({ exemptionId: e.id, comments: EMOJI.repeat(600) }))
    expect(run.code, run.stdout).toBe(0)
    expect(servers.sto.exemption(e.id)!.comment).toBe(EMOJI.repeat(600))
  })

  it("a comment the gate's reason lengthens past 1024 is shortened between whole characters", async () => {
    status = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"failed"}'))
    await new Promise<void>((resolve) => status!.listen(0, '127.0.0.1', resolve))
    const statusUrl = `http://127.0.0.1:${(status.address() as AddressInfo).port}/status`
    const e = servers.sto.addExemption({})
    // 204 families of five code points: 1020, within the input's bound; the gate's reason goes in front.
    const run = await runAction(inputs({ exemptionId: e.id, comments: FAMILY.repeat(204), statusUrl, statusField: 'status', timeout: '30s' }))
    // The gate's failure rejected it, as asked: the step fails, saying so.
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('The job reported failure, so the STO exemption was rejected')
    const sent = servers.sto.exemption(e.id)!
    expect(sent.status).toBe('Rejected')
    const comment = sent.comment!
    expect(codePointLength(comment)).toBeLessThanOrEqual(1024)
    expect(comment).toMatch(/^Rejected: /)
    expect(comment.endsWith(`${FAMILY}…`)).toBe(true)
    expect(comment).not.toMatch(LONE_SURROGATE)
  })
})

describe('shortenText', () => {
  it('counts code points and cuts between whole characters', () => {
    expect(shortenText(EMOJI.repeat(5), 5)).toBe(EMOJI.repeat(5))
    expect(shortenText(EMOJI.repeat(6), 5)).toBe(`${EMOJI.repeat(4)}…`)
    expect(shortenText(`ab${FAMILY}`, 6)).toBe('ab…')
    expect(shortenText(`e\u0301`.repeat(4), 5)).toBe('e\u0301e\u0301…')
    expect(codePointLength(FAMILY)).toBe(5)
  })
})
