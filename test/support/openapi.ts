// Checks recorded requests (and the simulator's answers) against a published OpenAPI document: the
// operation exists, path and query parameters are declared and valid (required ones present), the key
// header is sent, and the JSON body matches its schema. The documents are not part of this repository;
// contract tests skip, saying why, when they are absent.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Ajv, type ValidateFunction } from 'ajv'
import { parse } from 'yaml'
import { ROOT } from './run-action.js'

/** Where Harness's published API documents are looked for (they are not copied into this repository). */
export const SPEC_DIR = process.env.HARNESS_OPENAPI_DIR ?? join(ROOT, '..', 'shared', 'harness-api')

export function specPath(name: string): string {
  return join(SPEC_DIR, name)
}

export function missingSpecReason(name: string): string | undefined {
  return existsSync(specPath(name)) ? undefined : `contract test skipped: ${name} not found in ${SPEC_DIR} (set HARNESS_OPENAPI_DIR)`
}

type Json = Record<string, unknown>

/** A request as the simulator records it. */
export interface RecordedCall {
  method: string
  path: string
  query: Record<string, string>
  /** Names lower-cased. */
  headers: Record<string, string>
  /** Parsed JSON (or text); `undefined` when nothing was sent. */
  body?: unknown
  /** The body as sent, when recorded: tells an empty body from one that did not parse. */
  rawBody?: string
}

export interface ContractOptions {
  /** The part of the recorded path before the document's paths; by default the path of its first server. */
  prefix?: string
  /** Drop `required` lists when checking request bodies (for a document whose request lists are wrong). */
  ignoreRequestRequired?: boolean
  /**
   * Treat request objects that declare their properties as closed (`additionalProperties: false`), so a
   * misspelt field, which the server would silently ignore, is caught.
   */
  closedRequestBodies?: boolean
}

export interface CheckOptions {
  /** Required query parameters the caller knowingly leaves out of this call (the reason belongs with the caller). */
  excusedQuery?: readonly string[]
}

/** A copy of a schema as used to check what is sent, per the options. */
function forRequests(node: unknown, options: ContractOptions): unknown {
  if (Array.isArray(node)) return node.map((n) => forRequests(n, options))
  if (!node || typeof node !== 'object') return node
  const copy: Json = Object.fromEntries(
    Object.entries(node)
      .filter(([k, v]) => !(options.ignoreRequestRequired && k === 'required' && Array.isArray(v)))
      .map(([k, v]) => [k, forRequests(v, options)]),
  )
  if (options.closedRequestBodies && 'properties' in copy && !('additionalProperties' in copy)) copy.additionalProperties = false
  return copy
}

/** Query and path values arrive as text: turn them into what their schema's type expects (else leave the text to fail). */
function coerce(text: string, schema: Json): unknown {
  if ((schema.type === 'integer' || schema.type === 'number') && /^-?\d+(\.\d+)?$/.test(text)) return Number(text)
  if (schema.type === 'boolean' && (text === 'true' || text === 'false')) return text === 'true'
  return text
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^$()|[\]\\]/g, '\\$&')
}

interface Match {
  template: string
  operation: Json
  /** Path and operation parameters together, references resolved. */
  parameters: Json[]
  pathValues: Record<string, string>
}

/** The schema of a parameter that declares none: anything goes. */
const ANY: Json = {}

/** One Ajv with the document's components registered as 'spec', compiling each schema once. */
class Validators {
  private readonly ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false })
  private readonly cache = new Map<unknown, ValidateFunction>()

  constructor(
    components: Json,
    private readonly prepare: (schema: unknown) => unknown,
  ) {
    this.ajv.addSchema({ $id: 'spec', components })
  }

  check(schema: Json, value: unknown, where: string, problems: string[]): void {
    let validate = this.cache.get(schema)
    if (!validate) {
      // Local references in the schema point into the components registered as 'spec'.
      const text = JSON.stringify(this.prepare(schema)).replace(/"#\/components\//g, '"spec#/components/')
      validate = this.ajv.compile(JSON.parse(text))
      this.cache.set(schema, validate)
    }
    if (!validate(value)) problems.push(`${where}: ${this.ajv.errorsText(validate.errors)}`)
  }
}

export class OpenApiContract {
  private readonly spec: Json
  /** The path of the document's first server (e.g. '/gateway/sto'); '' when it has none. */
  readonly serverPath: string
  readonly prefix: string
  private readonly request: Validators
  private readonly response: Validators

  constructor(file: string, options: ContractOptions = {}) {
    this.spec = parse(readFileSync(file, 'utf8')) as Json
    const server = (this.spec.servers as { url: string }[] | undefined)?.[0]?.url
    this.serverPath = server ? new URL(server).pathname.replace(/\/+$/, '') : ''
    this.prefix = options.prefix ?? this.serverPath
    const components = this.spec.components as Json
    this.request = new Validators(forRequests(components, options) as Json, (schema) => forRequests(schema, options))
    this.response = new Validators(components, (schema) => schema)
  }

  private resolve(node: unknown): Json {
    let current = node as Json
    while (current && typeof current.$ref === 'string') {
      const path = (current.$ref as string).replace(/^#\//, '').split('/')
      current = path.reduce<Json>((n, key) => n[key] as Json, this.spec)
    }
    return current
  }

  /** The operation a call is for, or why there is none. */
  private match(call: Pick<RecordedCall, 'method' | 'path'>): Match | string {
    let pathOnly: string | undefined
    if (call.path.startsWith(this.prefix)) {
      const rest = call.path.slice(this.prefix.length)
      for (const [template, item] of Object.entries(this.spec.paths as Json)) {
        const names: string[] = []
        const source = escapeRegExp(template).replace(/\{([^}]+)\}/g, (_, name: string) => {
          names.push(name)
          return '([^/]+)'
        })
        const m = new RegExp(`^${source}$`).exec(rest)
        if (!m) continue
        const pathItem = item as Json
        const operation = pathItem[call.method.toLowerCase()] as Json | undefined
        if (!operation) {
          pathOnly ??= template
          continue
        }
        const parameters = [...((pathItem.parameters as unknown[]) ?? []), ...((operation.parameters as unknown[]) ?? [])].map((p) => this.resolve(p))
        const pathValues = Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(m[i + 1]!)]))
        return { template, operation, parameters, pathValues }
      }
    }
    return pathOnly ? `${call.method} is not an operation of ${pathOnly}` : `no path in the spec matches ${call.path}`
  }

  /** Every way the call departs from the document ([] when it conforms). */
  checkRequest(call: RecordedCall, check: CheckOptions = {}): string[] {
    const found = this.match(call)
    if (typeof found === 'string') return [found]
    const { template, operation, parameters } = found
    const problems: string[] = []
    const declared = (where: string, name: string) => parameters.find((p) => p.in === where && p.name === name)
    const checkText = (p: Json, value: string, where: string) => {
      const schema = (p.schema as Json | undefined) ?? ANY
      this.request.check(schema, coerce(value, schema), where, problems)
    }

    for (const [name, value] of Object.entries(found.pathValues)) {
      const p = declared('path', name)
      if (!p) problems.push(`path parameter ${name} is not declared`)
      else checkText(p, value, `path ${name}=${value}`)
    }
    for (const [name, value] of Object.entries(call.query)) {
      const p = declared('query', name)
      if (!p) problems.push(`query parameter ${name} is not declared for ${call.method} ${template}`)
      else checkText(p, value, `query ${name}=${value}`)
    }
    for (const p of parameters.filter((x) => x.in === 'query' && x.required)) {
      const name = p.name as string
      if (!(name in call.query) && !check.excusedQuery?.includes(name)) problems.push(`required query parameter ${name} is missing`)
    }
    const keyHeaders = this.keyHeaders(operation)
    if (keyHeaders.length > 0 && !keyHeaders.some((h) => call.headers[h.toLowerCase()])) problems.push(`the ${keyHeaders.join(' or ')} header is missing`)

    const requestBody = operation.requestBody ? this.resolve(operation.requestBody) : undefined
    const schema = ((requestBody?.content as Json | undefined)?.['application/json'] as Json | undefined)?.schema as Json | undefined
    const sent = call.rawBody !== undefined ? call.rawBody !== '' : call.body !== undefined && call.body !== ''
    if (schema) {
      const type = call.headers['content-type']
      if (!/^application\/json\b/.test(type ?? '')) problems.push(`body sent as ${type ?? 'nothing'}, not application/json`)
      this.request.check(schema, call.body, 'body', problems)
    } else if (sent) {
      problems.push(`${call.method} ${template} takes no body, but one was sent`)
    }
    return problems
  }

  /** Checks a JSON answer against the document's schema for that status ([] when it conforms). */
  checkResponse(call: Pick<RecordedCall, 'method' | 'path'>, status: number, body: unknown): string[] {
    const found = this.match(call)
    if (typeof found === 'string') return [found]
    const response = this.resolve((found.operation.responses as Json | undefined)?.[String(status)])
    const schema = ((response?.content as Json | undefined)?.['application/json'] as Json | undefined)?.schema as Json | undefined
    const problems: string[] = []
    if (schema) this.response.check(schema, body, `${status} answer`, problems)
    return problems
  }

  /** The headers that carry a key for this operation: its (or the document's) apiKey schemes sent in a header. */
  private keyHeaders(operation: Json): string[] {
    const requirements = (operation.security ?? this.spec.security ?? []) as Json[]
    const schemes = ((this.spec.components as Json | undefined)?.securitySchemes ?? {}) as Record<string, Json>
    const names = requirements.flatMap((r) => Object.keys(r)).map((name) => schemes[name])
    return [...new Set(names.filter((s) => s?.type === 'apiKey' && s.in === 'header').map((s) => s!.name as string))]
  }
}
