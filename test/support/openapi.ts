// Checks recorded requests (and the simulator's answers) against a published OpenAPI document: the
// operation exists, every query parameter is declared and valid, the JSON body matches its schema.
// The documents are not part of this repository; contract tests skip, saying why, when they are absent.
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

export interface RecordedCall {
  method: string
  path: string
  query: Record<string, string>
  body?: unknown
}

function stripRequired(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(stripRequired)
  if (node && typeof node === 'object') {
    return Object.fromEntries(Object.entries(node).filter(([k, v]) => !(k === 'required' && Array.isArray(v))).map(([k, v]) => [k, stripRequired(v)]))
  }
  return node
}

export class OpenApiContract {
  private readonly spec: Json
  private readonly requestAjv: Ajv
  private readonly responseAjv: Ajv
  private readonly cache = new Map<string, ValidateFunction>()

  /**
   * @param prefix the part of the recorded path before the document's paths (e.g. '/gateway/pipeline/api')
   * @param ignoreRequestRequired drop `required` lists when checking request bodies (for a document whose
   *   request `required` lists are known to be wrong)
   */
  constructor(
    file: string,
    private readonly prefix: string,
    ignoreRequestRequired = false,
  ) {
    this.spec = parse(readFileSync(file, 'utf8')) as Json
    this.requestAjv = new Ajv({ strict: false, allErrors: true })
    this.responseAjv = new Ajv({ strict: false, allErrors: true })
    this.requestAjv.addSchema({ $id: 'spec', components: (ignoreRequestRequired ? stripRequired(this.spec.components) : this.spec.components) as Json })
    this.responseAjv.addSchema({ $id: 'spec', components: this.spec.components as Json })
  }

  private resolve(node: unknown): Json {
    let current = node as Json
    while (current && typeof current.$ref === 'string') {
      const path = (current.$ref as string).replace(/^#\//, '').split('/')
      current = path.reduce<Json>((n, key) => n[key] as Json, this.spec)
    }
    return current
  }

  private validator(ajv: Ajv, schema: unknown, key: string): ValidateFunction {
    const cached = this.cache.get(key)
    if (cached) return cached
    // Local refs in the schema point into the document registered as 'spec'.
    const rewritten = JSON.parse(JSON.stringify(schema).replace(/"#\/components\//g, '"spec#/components/'))
    const validate = ajv.compile(rewritten)
    this.cache.set(key, validate)
    return validate
  }

  /** The document's operation for a recorded call, and the matched path template. */
  operation(call: Pick<RecordedCall, 'method' | 'path'>): { template: string; operation: Json; pathItem: Json } | undefined {
    if (!call.path.startsWith(this.prefix)) return undefined
    const rest = call.path.slice(this.prefix.length)
    for (const [template, pathItem] of Object.entries(this.spec.paths as Json)) {
      const pattern = new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`)
      const operation = (pathItem as Json)[call.method.toLowerCase()]
      if (pattern.test(rest) && operation) return { template, operation: operation as Json, pathItem: pathItem as Json }
    }
    return undefined
  }

  /** Every way the call departs from the document ([] when it conforms). */
  checkRequest(call: RecordedCall): string[] {
    const found = this.operation(call)
    if (!found) return [`${call.method} ${call.path}: no such operation in the document`]
    const problems: string[] = []
    const params = [...((found.pathItem.parameters as unknown[]) ?? []), ...((found.operation.parameters as unknown[]) ?? [])].map((p) => this.resolve(p))
    const queryParams = new Map(params.filter((p) => p.in === 'query').map((p) => [p.name as string, p]))
    for (const [name, value] of Object.entries(call.query)) {
      const param = queryParams.get(name)
      if (!param) {
        problems.push(`query parameter '${name}' is not declared for ${call.method} ${found.template}`)
        continue
      }
      const schema = param.schema as Json | undefined
      const typed = schema?.type === 'integer' || schema?.type === 'number' ? Number(value) : schema?.type === 'boolean' ? value === 'true' : value
      const validate = this.validator(this.requestAjv, schema ?? {}, `q:${found.template}:${call.method}:${name}`)
      if (!validate(typed)) problems.push(`query parameter '${name}'=${JSON.stringify(value)}: ${this.requestAjv.errorsText(validate.errors)}`)
    }
    for (const param of params.filter((p) => p.in === 'query' && p.required)) {
      if (!(param.name as string in call.query)) problems.push(`required query parameter '${param.name}' missing`)
    }
    const requestBody = found.operation.requestBody ? this.resolve(found.operation.requestBody) : undefined
    const schema = requestBody ? ((requestBody.content as Json)?.['application/json'] as Json)?.schema : undefined
    if (schema) {
      const validate = this.validator(this.requestAjv, schema, `b:${found.template}:${call.method}`)
      if (!validate(call.body)) problems.push(`body: ${this.requestAjv.errorsText(validate.errors)}`)
    } else if (call.body !== undefined && call.body !== '') {
      problems.push(`${call.method} ${found.template} takes no body`)
    }
    return problems
  }

  /** Checks a JSON answer against the document's schema for that status ([] when it conforms). */
  checkResponse(call: Pick<RecordedCall, 'method' | 'path'>, status: number, body: unknown): string[] {
    const found = this.operation(call)
    if (!found) return [`${call.method} ${call.path}: no such operation in the document`]
    const response = this.resolve((found.operation.responses as Json)?.[String(status)])
    const schema = ((response?.content as Json)?.['application/json'] as Json)?.schema
    if (!schema) return []
    const validate = this.validator(this.responseAjv, schema, `r:${found.template}:${call.method}:${status}`)
    return validate(body) ? [] : [`${status} answer: ${this.responseAjv.errorsText(validate.errors)}`]
  }
}
