// @ts-check
// Harness STO exemptions on top of the Harness simulator: the exemption routes of the STO service
// (`{base}/sto/api/v2/exemptions…`) and the NG "current user" route, answering as Harness documents them
// (`{message, status}` errors, `{pagination, results}` pages, PUT for approve/reject), with state a test
// can seed and inspect. Faults, rate limits and request recording come from the simulator itself.
//
// STO checks a request in this order: the key (401), the values (400), the permission (403, in the scope the
// query names: a key whose roles are in one project needs that project in the query), then the exemption
// itself (404 unknown id or another scope, 400 for a refused status change). An Expired or Rejected
// exemption can be approved again where the key may (`canReApprove`): for an Expired one that is a renewal.

import { randomBytes } from 'node:crypto'
import { errorDto, invalidRequest, tokenRefusal, userIdForKey } from './harness-simulator.js'
import { installNgScopeRoutes } from './ng-scopes.js'

// ---------------------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------------------

/** @typedef {import('./harness-simulator.js').HarnessSimulator} HarnessSimulator */
/** @typedef {import('./harness-simulator.js').RouteContext} RouteContext */
/** @typedef {import('./harness-simulator.js').SimResponse} SimResponse */
/** @typedef {import('./harness-simulator.js').ApiKeyRecord} ApiKeyRecord */
/** @typedef {import('./harness-simulator.js').RecordedRequest} RecordedRequest */

/** @typedef {'Pending' | 'Approved' | 'Rejected' | 'Expired' | 'Canceled'} ExemptionStatus */
/**
 * @typedef {'Compensating Controls' | 'Acceptable Use' | 'Acceptable Risk' | 'False Positive'
 *   | 'Fix Unavailable' | 'Other'} ExemptionType
 */

/**
 * Server-side state of one exemption. `sto.exemption(id)` returns the live object: a test may change it
 * and the next request sees the change.
 * @typedef {object} ExemptionState
 * @property {string} id
 * @property {string} accountId
 * @property {string | undefined} orgId
 * @property {string | undefined} projectId
 * @property {string | undefined} pipelineId
 * @property {string | undefined} targetId
 * @property {string} issueId
 * @property {ExemptionStatus} status
 * @property {ExemptionType} type
 * @property {string} reason
 * @property {string} requesterId
 * @property {string | undefined} approverId
 * @property {{ durationDays?: number }} pendingChanges
 * @property {number | undefined} expiration Unix seconds.
 * @property {number} created Unix seconds.
 * @property {number} lastModified Unix seconds.
 * @property {string | undefined} link
 * @property {string | undefined} comment
 * @property {boolean | undefined} canReApprove Fixed for every key; undefined: Expired or Rejected, and the
 *   asking key may approve in the exemption's scope.
 */

/**
 * What a test gives `addExemption`; everything has a default.
 * @typedef {Partial<ExemptionState>} ExemptionSeed
 */

/**
 * An STO-shaped refusal answered instead of processing a request (`failNext`).
 * @typedef {object} StoFailure
 * @property {number} status
 * @property {string} [message] Default: the standard text for the status.
 * @property {'GET' | 'POST' | 'PUT' | 'ANY'} [on] Default `ANY`.
 * @property {string} [pathIncludes] Only requests whose path contains this.
 * @property {number} [times] Default 1.
 */

/**
 * @typedef {object} StoOptions
 * @property {boolean} [grantDefaultKey] Give the simulator's default key every STO permission. Default true.
 * @property {string} [prefix] Path before `/sto` and `/ng`. Default `/gateway` (as `sim.baseUrl`).
 */

/**
 * @typedef {object} StoSimulator
 * @property {(seed?: ExemptionSeed) => ExemptionState} addExemption Seeds an exemption (Pending in the
 *   simulator's org and project unless told otherwise).
 * @property {(id: string) => ExemptionState | undefined} exemption Live state of one exemption.
 * @property {() => ExemptionState[]} exemptions Live state of all, in creation order.
 * @property {(key: string) => string} userIdOf The user id (`data.uuid`) the key acts as.
 * @property {(key: string, uuid: string) => void} setUserId
 * @property {(key: string) => void} makeServiceAccount `currentUser` refuses this key, as for a service account
 *   (a `sat.` key is refused without it).
 * @property {(failure: StoFailure) => void} failNext Queues an STO-shaped error answer.
 * @property {() => RecordedRequest[]} requests Recorded requests to the STO exemption routes.
 * @property {() => RecordedRequest[]} decisions Recorded approve/reject PUTs.
 * @property {string} route The exemptions route, from the server root.
 * @property {(orgId: string, projectId?: string) => void} addProject Makes an org (and a project in it) exist
 *   for NG's reads (the simulator's own, and those of its exemptions, exist already).
 */

// ---------------------------------------------------------------------------------------------------------
// Constants
// ---------------------------------------------------------------------------------------------------------

export const STO_PERMISSION_VIEW = 'sto_exemption_view'
export const STO_PERMISSION_CREATE = 'sto_exemption_create'
export const STO_PERMISSION_APPROVE = 'sto_exemption_approve'
export const STO_PERMISSIONS = [STO_PERMISSION_VIEW, STO_PERMISSION_CREATE, STO_PERMISSION_APPROVE]

/** @type {ExemptionType[]} */
export const EXEMPTION_TYPES = ['Compensating Controls', 'Acceptable Use', 'Acceptable Risk', 'False Positive', 'Fix Unavailable', 'Other']
/** @type {ExemptionStatus[]} */
export const EXEMPTION_STATUSES = ['Pending', 'Approved', 'Rejected', 'Expired', 'Canceled']

const ID = /^[a-zA-Z0-9_-]{22}$/
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/
const MAX_IDENTIFIER = 128
const MAX_TEXT = 1024

/**
 * Text lengths as STO's validation counts them: in code points (600 emoji are 600, not 1200).
 * @param {string} text
 */
const textLength = (text) => Array.from(text).length
const DEFAULT_PAGE_SIZE = 30

/** @type {Record<number, string>} */
const STANDARD_TEXT = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
}

/** A fresh 22-character id, as STO issues them. */
export function stoId() {
  return randomBytes(16).toString('base64url').slice(0, 22)
}

/**
 * STO's error body.
 * @param {number} status
 * @param {string} message
 * @returns {SimResponse}
 */
export function stoError(status, message) {
  return { status, body: { message, status } }
}

/** @param {string} text */
const badRequest = (text) => stoError(400, `Bad Request: ${text}`)

const nowSeconds = () => Math.floor(Date.now() / 1000)

// ---------------------------------------------------------------------------------------------------------
// Installation
// ---------------------------------------------------------------------------------------------------------

/**
 * Registers the STO exemption routes and the current-user route on a simulator.
 * @param {HarnessSimulator} sim
 * @param {StoOptions} [options]
 * @returns {StoSimulator}
 */
export function installStoRoutes(sim, options = {}) {
  const prefix = options.prefix ?? '/gateway'
  const route = `${prefix}/sto/api/v2/exemptions`

  /** @type {Map<string, ExemptionState>} */
  const table = new Map()
  /** @type {Map<string, string>} */
  const userIds = new Map()
  /** @type {Set<string>} */
  const serviceAccounts = new Set()
  /** @type {Array<Required<Pick<StoFailure, 'status' | 'on' | 'times'>> & StoFailure>} */
  const failures = []

  // Where exemptions live exists for NG's org and project reads, which the exemption commands make first.
  const ngScopes = installNgScopeRoutes(sim, { prefix, known: () => [...table.values()] })

  if (options.grantDefaultKey ?? true) {
    const record = sim.findKey(sim.apiKey)
    if (record) for (const p of STO_PERMISSIONS) if (!record.permissions.includes(p)) record.permissions.push(p)
  }

  sim.onReset(() => {
    table.clear()
    failures.length = 0
  })

  /** @param {string} key */
  function userIdOf(key) {
    return userIds.get(key) ?? sim.findKey(key)?.userId ?? userIdForKey(key)
  }

  /** @param {ExemptionState} e */
  function expireIfDue(e) {
    if ((e.status === 'Pending' || e.status === 'Approved') && e.expiration !== undefined && e.expiration <= nowSeconds()) {
      e.status = 'Expired'
      e.lastModified = nowSeconds()
    }
  }

  /**
   * @param {string} method
   * @param {string} path
   */
  function takeFailure(method, path) {
    const index = failures.findIndex((f) => (f.on === 'ANY' || f.on === method) && (f.pathIncludes === undefined || path.includes(f.pathIncludes)))
    if (index < 0) return undefined
    const failure = /** @type {(typeof failures)[number]} */ (failures[index])
    failure.times--
    if (failure.times <= 0) failures.splice(index, 1)
    return stoError(failure.status, failure.message ?? STANDARD_TEXT[failure.status] ?? 'Error')
  }

  /**
   * The key check, a scripted failure, then the account in the query. Returns a refusal or the key.
   * @param {RouteContext} ctx
   * @returns {SimResponse | { key: ApiKeyRecord }}
   */
  function authenticate(ctx) {
    const key = sim.findKey(ctx.headers['x-api-key'])
    if (!key || key.expired) return stoError(401, 'Unauthorized: invalid or expired token')
    const failure = takeFailure(ctx.method, ctx.path)
    if (failure) return failure
    const accountId = ctx.query.accountId
    if (accountId === undefined || accountId === '') return badRequest('accountId parameter is required')
    const bad = checkId('accountId', accountId)
    if (bad) return bad
    if (accountId !== key.accountId) return stoError(401, `Unauthorized: token is not valid for account ${accountId}`)
    return { key }
  }

  /**
   * The permission in the scope of the request (account, org or project level).
   * @param {ApiKeyRecord} key
   * @param {string} permission
   * @param {{ orgId?: string, projectId?: string }} scope
   * @returns {SimResponse | undefined}
   */
  function requirePermission(key, permission, scope) {
    if (sim.may(key, permission, scope.orgId, scope.projectId)) return undefined
    return stoError(403, `Forbidden: principal does not have permission ${permission}`)
  }

  /**
   * @param {ApiKeyRecord} key
   * @param {ExemptionState} e
   */
  function canReApprove(key, e) {
    if (e.canReApprove !== undefined) return e.canReApprove
    return (e.status === 'Expired' || e.status === 'Rejected') && sim.may(key, STO_PERMISSION_APPROVE, e.orgId, e.projectId)
  }

  /**
   * The optional scope in the query, checked.
   * @param {Record<string, string>} query
   * @returns {SimResponse | { orgId?: string, projectId?: string }}
   */
  function scopeOf(query) {
    const orgId = query.orgId || undefined
    const projectId = query.projectId || undefined
    const bad = checkIdentifier('orgId', orgId) ?? checkIdentifier('projectId', projectId)
    if (bad) return bad
    if (projectId !== undefined && orgId === undefined) return badRequest('projectId requires orgId')
    return { ...(orgId ? { orgId } : {}), ...(projectId ? { projectId } : {}) }
  }

  /**
   * The exemption by id in the key's account; for a given scope it must be the exemption's own.
   * @param {string} id
   * @param {string} accountId
   * @param {{ orgId?: string, projectId?: string } | undefined} scope
   * @returns {SimResponse | ExemptionState}
   */
  function lookup(id, accountId, scope) {
    const e = table.get(id)
    const notFound = stoError(404, `Not Found: exemption ${id} not found`)
    if (!e || e.accountId !== accountId) return notFound
    if (scope && (scope.orgId !== e.orgId || scope.projectId !== e.projectId)) return notFound
    expireIfDue(e)
    return e
  }

  /**
   * The exemption as the asking key sees it.
   * @param {ExemptionState} e
   * @param {ApiKeyRecord} key
   * @returns {Record<string, unknown>}
   */
  function toWire(e, key) {
    const scope = e.targetId ? 'TARGET' : e.pipelineId ? 'PIPELINE' : e.projectId ? 'PROJECT' : e.orgId ? 'ORG' : 'ACCOUNT'
    /** @type {Record<string, unknown>} */
    const wire = {
      id: e.id,
      issueId: e.issueId,
      status: e.status,
      type: e.type,
      reason: e.reason,
      requesterId: e.requesterId,
      approverId: e.approverId,
      orgId: e.orgId,
      projectId: e.projectId,
      pipelineId: e.pipelineId,
      targetId: e.targetId,
      pendingChanges: { ...e.pendingChanges },
      expiration: e.expiration,
      created: e.created,
      lastModified: e.lastModified,
      link: e.link,
      comment: e.comment,
      scope,
      canReApprove: canReApprove(key, e),
      isDeleted: false,
    }
    for (const name of Object.keys(wire)) if (wire[name] === undefined) delete wire[name]
    return wire
  }

  // ----- routes -----------------------------------------------------------------------------------------

  sim.addRoute('GET', route, (ctx) => {
    const auth = authenticate(ctx)
    if ('status' in auth) return auth
    const scope = scopeOf(ctx.query)
    if ('status' in scope) return scope
    const page = ctx.query.page === undefined ? 0 : parseInteger(ctx.query.page)
    if (page === undefined || page < 0) return badRequest(`page must be greater or equal than 0 but got value "${ctx.query.page}"`)
    const pageSize = ctx.query.pageSize === undefined ? DEFAULT_PAGE_SIZE : parseInteger(ctx.query.pageSize)
    if (pageSize === undefined || pageSize < 1 || pageSize > 100) {
      return badRequest(`pageSize must be between 1 and 100 but got value "${ctx.query.pageSize}"`)
    }
    const denied = requirePermission(auth.key, STO_PERMISSION_VIEW, scope)
    if (denied) return denied
    const all = [...table.values()].filter(
      (e) =>
        e.accountId === auth.key.accountId &&
        (scope.orgId === undefined || e.orgId === scope.orgId) &&
        (scope.projectId === undefined || e.projectId === scope.projectId),
    )
    for (const e of all) expireIfDue(e)
    const totalItems = all.length
    return {
      status: 200,
      body: {
        pagination: { page, pageSize, totalItems, totalPages: Math.ceil(totalItems / pageSize) },
        results: all.slice(page * pageSize, (page + 1) * pageSize).map((e) => toWire(e, auth.key)),
      },
    }
  })

  sim.addRoute('POST', route, (ctx) => {
    const auth = authenticate(ctx)
    if ('status' in auth) return auth
    const scope = scopeOf(ctx.query)
    if ('status' in scope) return scope
    const body = objectBody(ctx)
    if (isResponse(body)) return body
    const bad =
      (typeof body.issueId !== 'string' ? badRequest('"issueId" is missing from body') : checkId('issueId', body.issueId)) ??
      checkFields(body, scope, true)
    if (bad) return bad
    const denied = requirePermission(auth.key, STO_PERMISSION_CREATE, scope)
    if (denied) return denied
    const now = nowSeconds()
    const e = store({
      accountId: auth.key.accountId,
      ...scope,
      issueId: /** @type {string} */ (body.issueId),
      type: /** @type {ExemptionType} */ (body.type),
      reason: /** @type {string} */ (body.reason),
      requesterId: /** @type {string} */ (body.requesterId),
      pendingChanges: pendingChangesOf(body.pendingChanges),
      pipelineId: optionalString(body.pipelineId),
      targetId: optionalString(body.targetId),
      expiration: typeof body.expiration === 'number' ? body.expiration : undefined,
      link: optionalString(body.link),
      created: now,
      lastModified: now,
    })
    return { status: 200, body: { id: e.id } }
  })

  sim.addRoute('GET', `${route}/:id`, (ctx) => {
    const auth = authenticate(ctx)
    if ('status' in auth) return auth
    const id = ctx.params.id ?? ''
    const bad = checkId('id', id)
    if (bad) return bad
    const scope = scopeOf(ctx.query)
    if ('status' in scope) return scope
    const denied = requirePermission(auth.key, STO_PERMISSION_VIEW, scope)
    if (denied) return denied
    // Without a scope the read is account-wide; with one, the exemption must be of it unless ignoreScope.
    const ignoreScope = ctx.query.ignoreScope === 'true'
    const found = lookup(id, auth.key.accountId, scope.orgId === undefined || ignoreScope ? undefined : scope)
    return isResponse(found) ? found : { status: 200, body: toWire(found, auth.key) }
  })

  sim.addRoute('PUT', `${route}/:id`, (ctx) => {
    const auth = authenticate(ctx)
    if ('status' in auth) return auth
    const id = ctx.params.id ?? ''
    const scope = scopeOf(ctx.query)
    if ('status' in scope) return scope
    const body = objectBody(ctx)
    if (isResponse(body)) return body
    const bad = checkId('id', id) ?? checkFields(body, scope, false)
    if (bad) return bad
    const denied = requirePermission(auth.key, STO_PERMISSION_CREATE, scope)
    if (denied) return denied
    const found = lookup(id, auth.key.accountId, scope)
    if (isResponse(found)) return found
    if (found.status === 'Expired' || found.status === 'Canceled') {
      return badRequest(`cannot update an exemption with status ${found.status}`)
    }
    if (body.type !== undefined) found.type = /** @type {ExemptionType} */ (body.type)
    if (body.reason !== undefined) found.reason = /** @type {string} */ (body.reason)
    if (body.requesterId !== undefined) found.requesterId = /** @type {string} */ (body.requesterId)
    if (body.pendingChanges !== undefined) found.pendingChanges = pendingChangesOf(body.pendingChanges)
    if (body.expiration !== undefined) found.expiration = /** @type {number} */ (body.expiration)
    if (body.link !== undefined) found.link = /** @type {string} */ (body.link)
    if (body.pipelineId !== undefined) found.pipelineId = /** @type {string} */ (body.pipelineId)
    if (body.targetId !== undefined) found.targetId = /** @type {string} */ (body.targetId)
    found.lastModified = nowSeconds()
    return { status: 200, body: toWire(found, auth.key) }
  })

  sim.addRoute('PUT', `${route}/:id/:action`, (ctx) => {
    const auth = authenticate(ctx)
    if ('status' in auth) return auth
    const { id = '', action = '' } = ctx.params
    if (action !== 'approve' && action !== 'reject') return stoError(404, `Not Found: unknown action ${action}`)
    const scope = scopeOf(ctx.query)
    if ('status' in scope) return scope
    const body = objectBody(ctx)
    if (isResponse(body)) return body
    const bad =
      checkId('id', id) ??
      (typeof body.approverId !== 'string' ? badRequest('"approverId" is missing from body') : checkId('approverId', body.approverId)) ??
      (body.comment !== undefined && (typeof body.comment !== 'string' || textLength(body.comment) > MAX_TEXT)
        ? badRequest(`length of body.comment must be lesser or equal than ${MAX_TEXT}`)
        : undefined)
    if (bad) return bad
    const denied = requirePermission(auth.key, STO_PERMISSION_APPROVE, scope)
    if (denied) return denied
    const found = lookup(id, auth.key.accountId, scope)
    if (isResponse(found)) return found
    const next = action === 'approve' ? 'Approved' : 'Rejected'
    // A canceled exemption is closed, and so is an expired one, except to approving it again (a renewal).
    // Expired and Rejected ones move to Approved only by approving them again, where the key may
    // (canReApprove). An approved one may still be rejected (revoked).
    const again = (found.status === 'Expired' || found.status === 'Rejected') && action === 'approve'
    if (again && !canReApprove(auth.key, found)) return badRequest(`cannot approve an exemption with status ${found.status}`)
    const renewal = again && found.status === 'Expired'
    if ((found.status === 'Expired' && !renewal) || found.status === 'Canceled') {
      return badRequest(`cannot ${action} an exemption with status ${found.status}`)
    }
    if (found.status === next) return badRequest(`exemption is already ${next.toLowerCase()}`)
    const now = nowSeconds()
    if (renewal) {
      const days = found.pendingChanges.durationDays
      found.expiration = days === undefined ? undefined : now + days * 24 * 60 * 60
    }
    found.status = next
    found.approverId = /** @type {string} */ (body.approverId)
    found.comment = optionalString(body.comment)
    found.lastModified = now
    return { status: 200, body: toWire(found, auth.key) }
  })

  sim.addRoute('GET', `${prefix}/ng/api/user/currentUser`, (ctx) => {
    const key = sim.findKey(ctx.headers['x-api-key'])
    const refused = tokenRefusal(key)
    if (refused || !key) return refused ?? { status: 500 }
    // The account is read from the query only. (Harness's text for its absence is not known.)
    const account = ctx.query.accountIdentifier
    if (!account) return invalidRequest('accountIdentifier: must not be null')
    if (account !== key.accountId) return { status: 401, body: errorDto('INVALID_TOKEN', 'Token is not valid for this account.') }
    if (key.principal === 'SERVICE_ACCOUNT' || serviceAccounts.has(key.key)) {
      return invalidRequest("Current user can be accessed only by 'USER' principal type")
    }
    return {
      status: 200,
      body: {
        status: 'SUCCESS',
        data: { uuid: userIdOf(key.key), email: key.user.email, name: key.user.name, defaultAccountId: key.accountId },
        metaData: null,
        correlationId: randomBytes(8).toString('hex'),
      },
    }
  })

  // ----- state ------------------------------------------------------------------------------------------

  /**
   * @param {ExemptionSeed} seed
   * @returns {ExemptionState}
   */
  function store(seed) {
    const now = nowSeconds()
    const orgId = 'orgId' in seed ? seed.orgId : sim.orgId
    const projectId = 'projectId' in seed ? seed.projectId : sim.projectId
    /** @type {ExemptionState} */
    const e = {
      id: seed.id ?? stoId(),
      accountId: seed.accountId ?? sim.accountId,
      orgId,
      projectId,
      pipelineId: seed.pipelineId,
      targetId: seed.targetId,
      issueId: seed.issueId ?? stoId(),
      status: seed.status ?? 'Pending',
      type: seed.type ?? 'Other',
      reason: seed.reason ?? 'Waiting on an upstream fix',
      requesterId: seed.requesterId ?? userIdOf(sim.apiKey),
      approverId: seed.approverId,
      pendingChanges: seed.pendingChanges ?? { durationDays: 30 },
      expiration: seed.expiration,
      created: seed.created ?? now,
      lastModified: seed.lastModified ?? now,
      link: seed.link,
      comment: seed.comment,
      canReApprove: seed.canReApprove,
    }
    if (!EXEMPTION_STATUSES.includes(e.status)) throw new Error(`unknown exemption status ${e.status}`)
    if (table.has(e.id)) throw new Error(`duplicate exemption id ${e.id}`)
    table.set(e.id, e)
    return e
  }

  return {
    route,
    addProject: ngScopes.addProject,
    addExemption: (seed = {}) => store(seed),
    exemption: (id) => {
      const e = table.get(id)
      if (e) expireIfDue(e)
      return e
    },
    exemptions: () => {
      const all = [...table.values()]
      for (const e of all) expireIfDue(e)
      return all
    },
    userIdOf,
    setUserId: (key, uuid) => {
      userIds.set(key, uuid)
    },
    makeServiceAccount: (key) => {
      serviceAccounts.add(key)
    },
    failNext: (failure) => {
      failures.push({ ...failure, on: failure.on ?? 'ANY', times: failure.times ?? 1 })
    },
    requests: () => sim.requests.filter((r) => r.path === route || r.path.startsWith(`${route}/`)),
    decisions: () => sim.requests.filter((r) => r.method === 'PUT' && /\/(approve|reject)$/.test(r.path) && r.path.startsWith(`${route}/`)),
  }
}

// ---------------------------------------------------------------------------------------------------------
// Validation helpers (STO's own rules)
// ---------------------------------------------------------------------------------------------------------

/**
 * @param {unknown} value
 * @returns {value is SimResponse}
 */
function isResponse(value) {
  return typeof value === 'object' && value !== null && typeof (/** @type {{ status?: unknown }} */ (value).status) === 'number'
}

/** @param {string} text */
function parseInteger(text) {
  return /^\d{1,9}$/.test(text) ? Number(text) : undefined
}

/**
 * @param {unknown} value
 * @returns {string | undefined}
 */
function optionalString(value) {
  return typeof value === 'string' ? value : undefined
}

/**
 * @param {unknown} value
 * @returns {{ durationDays?: number }}
 */
function pendingChangesOf(value) {
  const days = value && typeof value === 'object' ? /** @type {{ durationDays?: unknown }} */ (value).durationDays : undefined
  return typeof days === 'number' ? { durationDays: days } : {}
}

/**
 * @param {string} name
 * @param {string} value
 * @returns {SimResponse | undefined}
 */
function checkId(name, value) {
  return ID.test(value) ? undefined : badRequest(`${name} must match the regexp "^[a-zA-Z0-9_-]{22}$" but got value "${value}"`)
}

/**
 * @param {string} name
 * @param {string | undefined} value
 * @returns {SimResponse | undefined}
 */
function checkIdentifier(name, value) {
  if (value === undefined) return undefined
  if (!IDENTIFIER.test(value)) return badRequest(`${name} must match the regexp "^[A-Za-z_][A-Za-z0-9_]*$" but got value "${value}"`)
  if (value.length > MAX_IDENTIFIER) return badRequest(`length of ${name} must be lesser or equal than ${MAX_IDENTIFIER}`)
  return undefined
}

/**
 * @param {RouteContext} ctx
 * @returns {SimResponse | Record<string, unknown>}
 */
function objectBody(ctx) {
  if (ctx.bodyIsInvalidJson || typeof ctx.body !== 'object' || ctx.body === null || Array.isArray(ctx.body)) {
    return badRequest('request body must be a JSON object')
  }
  return /** @type {Record<string, unknown>} */ (ctx.body)
}

/**
 * The body fields create and update share. On create, type, reason, requesterId and pendingChanges are needed.
 * @param {Record<string, unknown>} body
 * @param {{ orgId?: string, projectId?: string }} scope
 * @param {boolean} creating
 * @returns {SimResponse | undefined}
 */
function checkFields(body, scope, creating) {
  const missing = (/** @type {string} */ name) => creating && body[name] === undefined
  for (const name of ['type', 'reason', 'requesterId', 'pendingChanges']) {
    if (missing(name)) return badRequest(`"${name}" is missing from body`)
  }
  if (body.type !== undefined && !EXEMPTION_TYPES.includes(/** @type {ExemptionType} */ (body.type))) {
    return badRequest(`body.type must be one of "${EXEMPTION_TYPES.join('", "')}" but got value ${JSON.stringify(body.type)}`)
  }
  for (const name of ['reason', 'link']) {
    const value = body[name]
    if (value === undefined) continue
    if (typeof value !== 'string') return badRequest(`body.${name} must be a string`)
    if (textLength(value) > MAX_TEXT) return badRequest(`length of body.${name} must be lesser or equal than ${MAX_TEXT}`)
  }
  if (body.requesterId !== undefined) {
    const bad = typeof body.requesterId === 'string' ? checkId('body.requesterId', body.requesterId) : badRequest('body.requesterId must be a string')
    if (bad) return bad
  }
  if (body.targetId !== undefined) {
    const bad = typeof body.targetId === 'string' ? checkId('body.targetId', body.targetId) : badRequest('body.targetId must be a string')
    if (bad) return bad
  }
  if (body.pipelineId !== undefined) {
    const bad = typeof body.pipelineId === 'string' ? checkIdentifier('body.pipelineId', body.pipelineId) : badRequest('body.pipelineId must be a string')
    if (bad) return bad
  }
  if (body.pendingChanges !== undefined) {
    const pc = body.pendingChanges
    if (typeof pc !== 'object' || pc === null) return badRequest('body.pendingChanges must be an object')
    const days = /** @type {{ durationDays?: unknown }} */ (pc).durationDays
    if (days !== undefined && !Number.isInteger(days)) return badRequest('body.pendingChanges.durationDays must be an integer')
  }
  if (body.expiration !== undefined && !Number.isInteger(body.expiration)) return badRequest('body.expiration must be an integer')
  if (body.targetId !== undefined && (scope.projectId !== undefined || body.pipelineId !== undefined)) {
    return badRequest('targetId cannot be specified alongside projectId or pipelineId')
  }
  if (body.pipelineId !== undefined && (scope.orgId === undefined || scope.projectId === undefined)) {
    return badRequest('pipelineId requires orgId and projectId')
  }
  return undefined
}
