// Every request this project sends to STO, as the simulator recorded it, must fit Harness's published STO
// spec: a known path and method, declared query parameters with valid values (required ones present),
// valid path parameters, the key header, and a body that validates against the request schema. The spec's
// `required` lists on request bodies are wrong (copied from the response), so they are not enforced.
import { existsSync, readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Ajv, type ValidateFunction } from 'ajv'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import { startHarnessSimulator, type HarnessSimulator, type RecordedRequest } from '../sim/harness-simulator.js'
import { installStoRoutes, type StoSimulator } from '../sim/sto-simulator.js'
import { createHttpClient, type HttpClient } from '../src/http/transport.js'
import { approveExemption, createExemption, getExemption, listExemptions, rejectExemption, updateExemption, type StoCommandDeps } from '../src/sto/commands.js'
import { ExemptionsClient } from '../src/sto/exemptions-client.js'
import { fakeClock, recordingLogger } from './support/fakes.js'

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const SPEC_PATH = resolve(REPO_ROOT, '../shared/harness-api/harness-sto-exemptions.openapi.yaml')
const HAVE_SPEC = existsSync(SPEC_PATH)
if (!HAVE_SPEC) console.warn(`STO contract tests skipped: the spec is not at ${SPEC_PATH}`)

const ACCOUNT = 'acctSTO000000000000001'
const ISSUE = 'issue00000000000000001'
const TARGET = 'target0000000000000001'

interface Parameter {
  name: string
  in: 'query' | 'path' | 'header'
  required?: boolean
  schema: Record<string, unknown>
}

interface Operation {
  parameters?: Parameter[]
  requestBody?: { content: Record<string, { schema: Record<string, unknown> }> }
}

type Spec = {
  servers: { url: string }[]
  paths: Record<string, Record<string, Operation>>
  components: { schemas: Record<string, unknown> }
}

/**
 * A copy for checking what is sent: without any `required` list (the spec's request bodies list the
 * response's fields as required), and closed, so a misspelt field (`comments` for `comment`), which STO
 * would silently ignore, is caught.
 */
function forRequests(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(forRequests)
  if (value && typeof value === 'object') {
    const copy: Record<string, unknown> = Object.fromEntries(
      Object.entries(value).filter(([k, v]) => !(k === 'required' && Array.isArray(v))).map(([k, v]) => [k, forRequests(v)]),
    )
    if ('properties' in copy && !('additionalProperties' in copy)) copy.additionalProperties = false
    return copy
  }
  return value
}

/** Query and path values arrive as text: turn them into what their schema's type expects. */
function coerce(text: string, schema: Record<string, unknown>): unknown {
  if ((schema.type === 'integer' || schema.type === 'number') && /^-?\d+(\.\d+)?$/.test(text)) return Number(text)
  if (schema.type === 'boolean' && (text === 'true' || text === 'false')) return text === 'true'
  return text
}

class Contract {
  private readonly ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false })
  private readonly cache = new Map<unknown, ValidateFunction>()
  readonly basePath: string

  constructor(readonly spec: Spec) {
    this.ajv.addSchema({ $id: 'sto', components: forRequests(spec.components) as object })
    this.basePath = new URL(spec.servers[0]!.url).pathname.replace(/\/+$/, '')
  }

  private validator(schema: Record<string, unknown>): ValidateFunction {
    let fn = this.cache.get(schema)
    if (!fn) {
      // Local references point into the spec's components, registered above as 'sto'.
      const text = JSON.stringify(forRequests(schema)).replace(/"#\/components\//g, '"sto#/components/')
      fn = this.ajv.compile(JSON.parse(text))
      this.cache.set(schema, fn)
    }
    return fn
  }

  private check(schema: Record<string, unknown>, value: unknown, where: string, problems: string[]): void {
    const fn = this.validator(schema)
    if (!fn(value)) problems.push(`${where}: ${this.ajv.errorsText(fn.errors)}`)
  }

  /** The problems of one recorded request against the spec; empty when it fits. */
  problems(r: RecordedRequest): string[] {
    const problems: string[] = []
    // The spec's server (…/gateway/sto) is where the simulator mounts STO too, as Harness SaaS does.
    const path = r.path
    const match = Object.keys(this.spec.paths)
      .map((template) => {
        const names: string[] = []
        const source = template.replace(/\{([^}]+)\}/g, (_, name: string) => {
          names.push(name)
          return '([^/]+)'
        })
        const m = new RegExp(`^${this.basePath}${source}$`).exec(path)
        return m ? { template, params: Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(m[i + 1]!)])) } : undefined
      })
      .find(Boolean)
    if (!match) return [`no path in the spec matches ${r.path}`]
    const operation = this.spec.paths[match.template]![r.method.toLowerCase()]
    if (!operation) return [`${r.method} is not an operation of ${match.template}`]
    const parameters = operation.parameters ?? []

    for (const [name, value] of Object.entries(match.params)) {
      const p = parameters.find((x) => x.in === 'path' && x.name === name)
      if (!p) problems.push(`path parameter ${name} is not declared`)
      else this.check(p.schema, value, `path ${name}=${value}`, problems)
    }
    for (const [name, value] of Object.entries(r.query)) {
      const p = parameters.find((x) => x.in === 'query' && x.name === name)
      if (!p) problems.push(`query parameter ${name} is not declared for ${r.method} ${match.template}`)
      else this.check(p.schema, coerce(value, p.schema), `query ${name}=${value}`, problems)
    }
    const body = r.body as Record<string, unknown> | undefined
    for (const p of parameters.filter((x) => x.in === 'query' && x.required)) {
      // The spec marks create's orgId and projectId required, yet its own description forbids projectId
      // beside a targetId: a target-scoped exemption cannot satisfy both, so that one pair is let pass.
      const targetScoped = r.method === 'POST' && typeof body?.targetId === 'string' && (p.name === 'projectId' || p.name === 'orgId')
      if (!(p.name in r.query) && !targetScoped) problems.push(`required query parameter ${p.name} is missing`)
    }
    if (!r.headers['x-api-key']) problems.push('the X-Api-Key header is missing')

    const schema = operation.requestBody?.content['application/json']?.schema
    if (schema) {
      if (!/^application\/json\b/.test(r.headers['content-type'] ?? '')) problems.push(`body sent as ${r.headers['content-type'] ?? 'nothing'}, not application/json`)
      this.check(schema, r.body, 'body', problems)
    } else if (r.rawBody !== '') {
      problems.push(`${r.method} ${match.template} takes no body, but one was sent`)
    }
    return problems
  }
}

describe.skipIf(!HAVE_SPEC)(`STO requests against ${HAVE_SPEC ? 'the published spec' : 'the published spec (skipped: spec not found)'}`, () => {
  let contract: Contract
  let sim: HarnessSimulator
  let sto: StoSimulator
  let http: HttpClient
  let deps: StoCommandDeps

  beforeAll(async () => {
    contract = new Contract(parseYaml(readFileSync(SPEC_PATH, 'utf8')) as Spec)
    sim = await startHarnessSimulator({ accountId: ACCOUNT, orgId: 'default', projectId: 'proj' })
    sto = installStoRoutes(sim)
    http = createHttpClient()
    deps = {
      client: new ExemptionsClient(http, { baseUrl: new URL(sim.baseUrl), accountId: ACCOUNT, apiKey: sim.apiKey }),
      clock: fakeClock(),
      logger: recordingLogger(),
      random: () => 0.5,
    }
  })

  afterAll(async () => {
    await http?.close()
    await sim?.close()
  })

  it('the simulator mounts STO where the spec says (/gateway/sto)', () => {
    expect(contract.basePath).toBe('/gateway/sto')
    expect(sto.route).toBe(`${contract.basePath}/api/v2/exemptions`)
  })

  it('every request of every command fits the spec', async () => {
    for (let i = 0; i < 7; i++) sto.addExemption({ status: i % 2 ? 'Approved' : 'Pending', pendingChanges: { durationDays: 7 } })
    const toApprove = sto.addExemption({})
    const toReject = sto.addExemption({})
    const orgLevel = sto.addExemption({ projectId: undefined })

    const results = [
      await listExemptions(deps, { status: 'Pending', pageSize: 3 }),
      await listExemptions(deps, { org: 'default', project: 'proj' }),
      await getExemption(deps, { id: toApprove.id }),
      await createExemption(deps, { issueId: ISSUE, type: 'false-positive', reason: 'not reachable', durationDays: 30, expiration: '2099-12-31', link: 'https://tickets/SEC-1', pipelineId: 'build', org: 'default', project: 'proj' }),
      await createExemption(deps, { issueId: ISSUE, type: 'Other', reason: 'target-wide', targetId: TARGET, org: 'default' }),
      await updateExemption(deps, { id: toApprove.id, reason: 'updated', type: 'fix_unavailable', durationDays: 14, link: 'https://tickets/SEC-2' }),
      await approveExemption(deps, { id: toApprove.id, comment: 'approved by the gate' }),
      await rejectExemption(deps, { id: toReject.id, approverId: ISSUE }),
      await approveExemption(deps, { id: orgLevel.id }),
    ]
    expect(results.map((r) => r.ok)).toEqual(results.map(() => true))

    const sent = sto.requests()
    const operations = new Set(sent.map((r) => `${r.method} ${r.path.replace(/\/[A-Za-z0-9_-]{22}(?=\/|$)/, '/{id}').slice(sto.route.length)}`))
    expect([...operations].sort()).toEqual(['GET ', 'GET /{id}', 'POST ', 'PUT /{id}', 'PUT /{id}/approve', 'PUT /{id}/reject'])
    const report = sent.map((r) => ({ request: `${r.method} ${r.path}?${new URLSearchParams(r.query)}`, problems: contract.problems(r) })).filter((x) => x.problems.length > 0)
    expect(report).toEqual([])
  })

  it('the check is not vacuous: requests that break the spec are caught', async () => {
    const base = { headers: { 'x-api-key': 'k', 'content-type': 'application/json' }, rawBody: '', at: 0, fault: undefined, status: 200 }
    const route = '/gateway/sto/api/v2/exemptions'
    const cases: Array<[Partial<RecordedRequest>, RegExp]> = [
      [{ method: 'GET', path: route, query: { accountId: ACCOUNT, pageSize: '500' } }, /query pageSize=500/],
      [{ method: 'GET', path: route, query: { accountId: ACCOUNT, status: 'Pending' } }, /query parameter status is not declared/],
      [{ method: 'GET', path: route, query: {} }, /required query parameter accountId is missing/],
      [{ method: 'POST', path: route, query: { accountId: ACCOUNT, orgId: 'o', projectId: 'p' }, body: { issueId: ISSUE, type: 'false-positive' }, rawBody: '{}' }, /body: .*allowed values/],
      [{ method: 'PUT', path: `${route}/${ISSUE}/approve`, query: { accountId: ACCOUNT }, body: { approverId: 'me' }, rawBody: '{}' }, /body: .*pattern/],
      [{ method: 'PUT', path: `${route}/${ISSUE}/approve`, query: { accountId: ACCOUNT }, body: { approverId: ISSUE, comments: 'x' }, rawBody: '{}' }, /body: .*additional properties/],
      [{ method: 'PUT', path: `${route}/${ISSUE}`, query: { accountId: ACCOUNT }, body: { pendingChanges: { duration: 3 } }, rawBody: '{}' }, /body: .*additional properties/],
      [{ method: 'GET', path: `${route}/${ISSUE}`, query: { accountId: ACCOUNT }, rawBody: '{}' }, /takes no body/],
      [{ method: 'POST', path: `${route}/${ISSUE}/approve`, query: { accountId: ACCOUNT } }, /POST is not an operation/],
      [{ method: 'PUT', path: `${route}/${ISSUE}/bless`, query: { accountId: ACCOUNT }, body: {}, rawBody: '{}' }, /path action=bless/],
      [{ method: 'GET', path: `${route}/short`, query: { accountId: ACCOUNT } }, /path id=short/],
      [{ method: 'GET', path: '/gateway/sto/api/v3/exemptions', query: { accountId: ACCOUNT } }, /no path in the spec matches/],
    ]
    for (const [request, expected] of cases) {
      const problems = contract.problems({ ...base, body: undefined, ...request } as RecordedRequest)
      expect(problems.join('\n'), JSON.stringify(request)).toMatch(expected)
    }
  })
})
