// `exemptions list` against hostile pagination, through the built command line: a server that always
// promises one more page, one that claims a huge page count, pages past the item or size bound. Each stops
// with a message and few requests, instead of growing until the process dies. And the request rate limit
// applies to the exemption commands as to approvals.
import { existsSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { LIST_BOUNDS } from '../../src/exemptions/admin-client.js'
import { CLI, runCli } from '../support/run-cli.js'
import { useStoSimulator } from '../support/servers.js'

const ACCOUNT = 'acctSTOpages0000000001'
const KEY = `pat.${ACCOUNT}.tokenPages00001.secretPagesTail0000001`
const servers = useStoSimulator(ACCOUNT)

interface Hostile {
  baseUrl: string
  pages: number[]
  server: Server
}
let hostile: Hostile | undefined

/** An STO stand-in whose list answers come from `answer(page)`; it counts the pages asked for. */
async function startHostile(answer: (page: number) => { totalPages: number; results: unknown[] }): Promise<Hostile> {
  const pages: number[] = []
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x')
    const page = Number(url.searchParams.get('page'))
    pages.push(page)
    const { totalPages, results } = answer(page)
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ pagination: { page, pageSize: 100, totalItems: totalPages * 100, totalPages }, results }))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/gateway`, pages, server }
}
afterEach(async () => {
  if (hostile) await new Promise((resolve) => hostile!.server.close(resolve))
  hostile = undefined
})

const exemption = (id: string, reason = 'r') => ({ id, status: 'Pending', type: 'Other', reason, issueId: 'issue0000000000000001x' })
const idOf = (page: number, i: number) => `p${String(page).padStart(6, '0')}i${String(i).padStart(6, '0')}xxxxxxx`.slice(0, 22)

const list = (baseUrl: string, extra: string[] = []) => runCli(['exemptions', 'list', '--page-size', '100', '--json', ...extra], { env: { HARNESS_API_KEY: KEY, HARNESS_URL: baseUrl }, timeoutMs: 60_000 })

describe.skipIf(!existsSync(CLI))('exemptions list against hostile pagination', () => {
  it('stops when the page count keeps growing', async () => {
    hostile = await startHostile((page) => ({ totalPages: page + 2, results: [exemption(idOf(page, 0))] }))
    const run = await list(hostile.baseUrl)
    expect(run.code, run.stderr).toBe(1)
    expect(JSON.parse(run.stdout).error).toMatchObject({ cause: 'list-bound', title: 'Listing stopped' })
    expect(run.stdout).toContain("STO's page count kept growing while reading (2 pages at first, 4 at page 3)")
    expect(hostile.pages).toEqual([0, 1, 2])
  })

  it('stops at once at a page count past the bound', async () => {
    hostile = await startHostile(() => ({ totalPages: LIST_BOUNDS.pages + 1, results: [exemption(idOf(0, 0))] }))
    const run = await list(hostile.baseUrl)
    expect(run.code, run.stderr).toBe(1)
    expect(run.stdout).toContain(`more than this client reads (${LIST_BOUNDS.pages})`)
    expect(hostile.pages).toEqual([0])
  })

  it('stops past the item bound', async () => {
    const perPage = 2000
    hostile = await startHostile((page) => ({ totalPages: 50, results: Array.from({ length: perPage }, (_, i) => exemption(idOf(page, i))) }))
    const run = await list(hostile.baseUrl)
    expect(run.code, run.stderr).toBe(1)
    expect(run.stdout).toContain(`STO listed more than ${LIST_BOUNDS.items} exemptions`)
    expect(hostile.pages.length).toBe(Math.floor(LIST_BOUNDS.items / perPage) + 1)
  })

  it('stops past the size bound', async () => {
    const reason = 'x'.repeat(900 * 1024)
    hostile = await startHostile((page) => ({ totalPages: 100, results: [exemption(idOf(page, 0), reason)] }))
    const run = await list(hostile.baseUrl)
    expect(run.code, run.stderr).toBe(1)
    expect(run.stdout).toContain(`STO's exemption pages came to more than ${LIST_BOUNDS.chars / 1024 / 1024} MB`)
    expect(hostile.pages.length).toBeLessThanOrEqual(Math.ceil(LIST_BOUNDS.chars / (900 * 1024)) + 1)
  })
})

describe.skipIf(!existsSync(CLI))('the rate limit on exemption commands', () => {
  it('holds a listing to --max-requests-per-minute', async () => {
    for (let i = 0; i < 9; i++) servers.sto.addExemption({})
    let seen = -1
    const run = await runCli(['exemptions', 'list', '--page-size', '1', '--max-requests-per-minute', '5'], {
      env: { HARNESS_API_KEY: servers.sim.apiKey, HARNESS_URL: servers.sim.baseUrl },
      whileRunning: async (child) => {
        for (let i = 0; i < 500 && servers.sto.requests().length < 5; i++) await new Promise((r) => setTimeout(r, 10))
        // The sixth may start a minute after the first only: a second later, none has.
        await new Promise((r) => setTimeout(r, 1000))
        seen = servers.sto.requests().length
        child.kill('SIGINT')
      },
    })
    expect(run.code, run.stderr).toBe(130)
    expect(seen).toBe(5)
  })

  it('refuses a limit out of range before sending anything', async () => {
    const run = await runCli(['exemptions', 'list', '--max-requests-per-minute', '0'], { env: { HARNESS_API_KEY: servers.sim.apiKey, HARNESS_URL: servers.sim.baseUrl } })
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('--max-requests-per-minute')
    expect(servers.sim.requests).toEqual([])
  })
})
