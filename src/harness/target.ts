// Where Harness is and who acts, shared by every Harness API: the base URL, the account, org and project,
// and the API key (masked before anything else happens to it).
import type { InputReader, Problems } from '../settings/problems.js'
import { hasUnsafeUrlText, isAllowedScheme } from '../settings/urls.js'

export interface HarnessTarget {
  /** e.g. https://app.harness.io/gateway; no trailing slash. */
  baseUrl: URL
  accountId: string
  orgId: string
  projectId: string
  /** A personal access token (pat.…) or service account token (sat.…). Masked as soon as it is read. */
  apiKey: string
  /** `accountId` was not given and was read from the key, so a problem with it names the key. */
  accountFromKey?: true
}

/** Where an account id read from the key came from, for a problem that names it. */
export const ACCOUNT_FROM_KEY = { input: 'apiKey', what: 'account id' } as const

export const DEFAULT_BASE_URL = 'https://app.harness.io/gateway'

/** Harness identifiers (org, project): a letter or '_', then letters, digits and '_'; at most 128. */
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]{0,127}$/
/** Execution and account ids: letters, digits, '-' and '_'. */
export const OPAQUE_ID = /^[A-Za-z0-9_-]{1,128}$/
const ACCOUNT_ID_RULE = 'a Harness account id: letters, digits, - and _ (at most 128)'
const TOKEN = /^(pat|sat)\.([A-Za-z0-9_-]+)\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/

/**
 * Where Harness is and who acts: the key (masked before anything else), the account (from the key when
 * not given), org, project and base URL. `scopeRequired: false` lets org and project be empty (the STO
 * exemption commands take them per command).
 */
export function parseHarnessTarget(
  read: InputReader,
  problems: Problems,
  maskSecret: (secret: string) => void,
  options: { scopeRequired?: boolean } = {},
): HarnessTarget {
  const apiKey = read('apiKey').trim()
  if (apiKey) maskSecret(apiKey)
  const keyUsable = /^[\x21-\x7e]{1,512}$/.test(apiKey)
  if (apiKey === '') problems.add('apiKey', apiKey, 'a Harness API key (pat.<accountId>.<tokenId>.<secret> or sat.…)')
  else if (!keyUsable) {
    problems.add('apiKey', apiKey, 'at most 512 characters of printable ASCII without spaces or line breaks (as Harness issues keys)', { secret: true })
  }
  const keyAccount = TOKEN.exec(apiKey)?.[2]

  let accountId = read('accountId').trim()
  const accountFromKey = accountId === '' && keyAccount !== undefined
  if (accountId === '') {
    if (keyAccount) accountId = keyAccount
    else if (keyUsable) problems.add('accountId', accountId, 'your Harness account id (it cannot be read from this key, which is not pat.<accountId>.… or sat.<accountId>.…)')
    // Only the account part of the key is shown: it is not secret, the rest is.
    if (keyAccount && !OPAQUE_ID.test(keyAccount)) problems.add('accountId', keyAccount, ACCOUNT_ID_RULE, { from: ACCOUNT_FROM_KEY })
  } else if (!OPAQUE_ID.test(accountId)) {
    problems.add('accountId', accountId, ACCOUNT_ID_RULE)
  } else if (keyAccount && keyAccount !== accountId) {
    problems.add('accountId', accountId, `the account the {apiKey} belongs to (the key names another account); leave {accountId} empty to use the key's`)
  }

  const required = options.scopeRequired ?? true
  const orgId = readIdentifier(problems, read, 'orgId', required, 'a Harness organization identifier: a letter or _, then letters, digits and _ (at most 128)')
  const projectId = readIdentifier(problems, read, 'projectId', required, 'a Harness project identifier: a letter or _, then letters, digits and _ (at most 128)')
  const baseUrl = parseBaseUrl(problems, read('baseUrl').trim() || DEFAULT_BASE_URL)
  // The placeholder only stands where a problem was recorded, and problems are thrown before use.
  return { baseUrl: baseUrl ?? new URL(DEFAULT_BASE_URL), accountId, orgId, projectId, apiKey, ...(accountFromKey ? { accountFromKey: true as const } : {}) }
}

function readIdentifier(problems: Problems, read: InputReader, name: string, required: boolean, expected: string): string {
  const value = read(name).trim()
  if ((required || value !== '') && !IDENTIFIER.test(value)) problems.add(name, value, expected)
  return value
}

function parseBaseUrl(problems: Problems, text: string): URL | undefined {
  const expected =
    'an https URL such as https://app.harness.io/gateway (http only for a loopback test server), without credentials, query or fragment, backslashes or empty path segments (//)'
  let url: URL
  try {
    // A backslash is a slash to the URL parser but not to every proxy or reader of the log: refused.
    if (hasUnsafeUrlText(text) || text.includes('\\')) throw new Error('unsafe')
    url = new URL(text)
  } catch {
    problems.add('baseUrl', text, expected)
    return undefined
  }
  // An empty query, fragment or user name ('https://@host/', '…/gateway?') leaves no trace in the URL: the text is checked.
  const userinfo = /^[^:]*:\/*[^/]*@/.test(text)
  if (!isAllowedScheme(url) || userinfo || url.search || url.hash || text.includes('?') || text.includes('#') || !isPlainApiPath(url.pathname)) {
    problems.add('baseUrl', userinfo ? `${url.protocol}//(credentials)@${url.host}` : text, expected)
    return undefined
  }
  url.pathname = url.pathname.replace(/\/+$/, '')
  return url
}

/**
 * A path of plain segments (trailing slashes are dropped): no empty segment inside it ('//', which a URL
 * resolved against the origin would read as another host) and no encoded slash or backslash.
 */
function isPlainApiPath(pathname: string): boolean {
  const path = pathname.replace(/\/+$/, '')
  return path.split('/').slice(1).every((segment) => segment !== '') && !/%2f|%5c/i.test(path)
}
