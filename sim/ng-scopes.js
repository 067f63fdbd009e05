// @ts-check
// Harness NG's reads of an organization and a project, which say whether one exists:
//   GET {base}/ng/api/projects/{identifier}?accountIdentifier=A&orgIdentifier=O
//   GET {base}/ng/api/organizations/{identifier}?accountIdentifier=A
// A project or org that does not exist is 404 with Harness's NotFoundException text ("Project with
// orgIdentifier [O] and identifier [P] not found"). The simulator knows its own org and project, those of
// the exemptions it holds, and any added with `addProject`; every key may read them (Harness
// asks for core_project_view / core_organization_view, which this simulator does not model).
import { errorDto, tokenRefusal } from './harness-simulator.js'

/**
 * @typedef {object} NgScopes
 * @property {(orgId: string, projectId?: string) => void} addProject Makes an org (and a project in it) exist.
 */

/**
 * @param {import('./harness-simulator.js').HarnessSimulator} sim
 * @param {{ prefix?: string, known?: () => Array<{ orgId?: string, projectId?: string }> }} [options]
 *   `known`: more scopes that exist (the STO simulator's exemptions).
 * @returns {NgScopes}
 */
export function installNgScopeRoutes(sim, options = {}) {
  const prefix = options.prefix ?? '/gateway'
  /** @type {Array<{ orgId?: string, projectId?: string }>} */
  const added = []

  function scopes() {
    return [{ orgId: sim.orgId, projectId: sim.projectId }, ...added, ...(options.known?.() ?? [])]
  }

  /**
   * The key and the account, checked as for the current-user read.
   * @param {import('./harness-simulator.js').RouteContext} ctx
   */
  function refusal(ctx) {
    const key = sim.findKey(ctx.headers['x-api-key'])
    const refused = tokenRefusal(key)
    if (refused || !key) return refused ?? { status: 500 }
    if (ctx.query.accountIdentifier !== key.accountId) return { status: 401, body: errorDto('INVALID_TOKEN', 'Token is not valid for this account.') }
    return undefined
  }

  /** @param {unknown} data */
  const ok = (data) => ({ status: 200, body: { status: 'SUCCESS', data, metaData: null, correlationId: 'sim' } })

  sim.addRoute('GET', `${prefix}/ng/api/projects/:id`, (ctx) => {
    const refused = refusal(ctx)
    if (refused) return refused
    const id = ctx.params.id ?? ''
    // Harness's default when the query names no org.
    const org = ctx.query.orgIdentifier || 'default'
    if (!scopes().some((s) => s.orgId === org && s.projectId === id)) {
      return { status: 404, body: errorDto('RESOURCE_NOT_FOUND', `Project with orgIdentifier [${org}] and identifier [${id}] not found`) }
    }
    return ok({ project: { orgIdentifier: org, identifier: id, name: id } })
  })

  sim.addRoute('GET', `${prefix}/ng/api/organizations/:id`, (ctx) => {
    const refused = refusal(ctx)
    if (refused) return refused
    const id = ctx.params.id ?? ''
    if (!scopes().some((s) => s.orgId === id)) return { status: 404, body: errorDto('RESOURCE_NOT_FOUND', `Organization with identifier [${id}] not found`) }
    return ok({ organization: { identifier: id, name: id } })
  })

  return {
    addProject: (orgId, projectId) => {
      added.push({ orgId, ...(projectId ? { projectId } : {}) })
    },
  }
}
