// The command line's other STO exemption calls: list (every page, bounded), create and update. A subclass of
// the client that decides, so that the action, which only decides, does not carry them.
import { UnexpectedBodyError } from '../harness/errors.js'
import { ExemptionsClient, isExemption, parseSuccess, toExemption } from './exemptions-client.js'
import type { CreateExemptionBody, Exemption, ExemptionPage, StoScope, UpdateExemptionBody } from './types.js'

/**
 * Bounds on one listing, whatever the server answers: pages read, exemptions kept, and characters of page
 * bodies (a server that always promised one more page grew the process past 2 GB).
 */
export const LIST_BOUNDS = { pages: 1000, items: 20_000, chars: 32 * 1024 * 1024 } as const

/** A listing stopped at one of LIST_BOUNDS, or at a page count that does not hold still. */
export class ListBoundError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ListBoundError'
  }
}

export class ExemptionsAdminClient extends ExemptionsClient {
  /** GET /api/v2/exemptions: one page (pages count from 0). */
  async listPage(scope: StoScope, page: number, pageSize: number, signal?: AbortSignal): Promise<ExemptionPage> {
    const url = this.url(scope)
    url.searchParams.set('page', String(page))
    url.searchParams.set('pageSize', String(pageSize))
    const response = await this.http.send({ method: 'GET', url, headers: { 'x-api-key': this.target.apiKey }, signal })
    const body = parseSuccess(response, { accountId: this.target.accountId, operation: 'list exemptions', ...scope })
    if (!isPage(body)) throw new UnexpectedBodyError('STO answered the exemption list, but not with {pagination, results}')
    return { ...body, results: body.results.map(toExemption), chars: response.text.length }
  }

  /**
   * Every page, in order, each read through `readPage` (a retrying wrapper, say). Exemptions that shift
   * between pages while reading (one created meanwhile) are kept once. Stops with a ListBoundError past
   * LIST_BOUNDS, or when the page count grows by more than one page over what the first page said (one
   * created meanwhile may add a page; a count that keeps growing is not an answer).
   */
  async listAll(
    scope: StoScope,
    pageSize: number,
    signal?: AbortSignal,
    readPage: (read: () => Promise<ExemptionPage>, page: number) => Promise<ExemptionPage> = (read) => read(),
  ): Promise<Exemption[]> {
    const seen = new Set<string>()
    const all: Exemption[] = []
    let chars = 0
    let firstTotal: number | undefined
    for (let page = 0; ; page++) {
      const answer = await readPage(() => this.listPage(scope, page, pageSize, signal), page)
      const total = answer.pagination.totalPages
      firstTotal ??= total
      if (total > LIST_BOUNDS.pages) throw new ListBoundError(`STO says the exemptions fill ${total} pages of ${pageSize}, more than this client reads (${LIST_BOUNDS.pages})`)
      if (total > firstTotal + 1) throw new ListBoundError(`STO's page count kept growing while reading (${firstTotal} pages at first, ${total} at page ${page + 1})`)
      chars += answer.chars ?? 0
      if (chars > LIST_BOUNDS.chars) throw new ListBoundError(`STO's exemption pages came to more than ${LIST_BOUNDS.chars / 1024 / 1024} MB after ${page + 1} pages`)
      for (const exemption of answer.results) {
        if (seen.has(exemption.id)) continue
        seen.add(exemption.id)
        all.push(exemption)
      }
      if (all.length > LIST_BOUNDS.items) throw new ListBoundError(`STO listed more than ${LIST_BOUNDS.items} exemptions`)
      if (answer.results.length === 0 || page + 1 >= total) return all
    }
  }

  /** POST /api/v2/exemptions: the new exemption's id. Not idempotent. */
  async create(scope: StoScope, body: CreateExemptionBody, signal?: AbortSignal): Promise<string> {
    const answer = await this.send({ method: 'POST', url: this.url(scope), json: body, signal }, { operation: 'create the exemption', ...scope })
    const id = answer && typeof answer === 'object' ? (answer as { id?: unknown }).id : undefined
    if (typeof id !== 'string') throw new UnexpectedBodyError('STO answered the exemption creation, but not with {id}')
    return id
  }

  /** PUT /api/v2/exemptions/{id}: the updated exemption. */
  async update(id: string, scope: StoScope, body: UpdateExemptionBody, signal?: AbortSignal): Promise<Exemption> {
    const url = this.url(scope, id)
    const answer = await this.send({ method: 'PUT', url, json: body, signal }, { operation: 'update the exemption', exemptionId: id, ...scope })
    if (!isExemption(answer)) throw new UnexpectedBodyError('STO answered the exemption update, but not with an exemption')
    return toExemption(answer)
  }
}

function isPage(value: unknown): value is ExemptionPage {
  if (!value || typeof value !== 'object') return false
  const { pagination, results } = value as Record<string, unknown>
  if (!Array.isArray(results) || !results.every(isExemption)) return false
  if (!pagination || typeof pagination !== 'object') return false
  const p = pagination as Record<string, unknown>
  return Number.isInteger(p.totalPages) && Number.isInteger(p.page)
}
