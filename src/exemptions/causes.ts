// STO answers a failure with `{message, status}` and the HTTP status says most of it; a proxy in front may
// answer with an HTML page instead. This turns a failed STO (or NG current-user) answer into a cause in the
// same terms as the pipeline's: a title, what it means, what to do, and the server's message, cleaned.
import { BASE_URL_FIX, harnessMessage as errorDto, isUnknownPathAnswer, type HarnessCause } from '../harness/errors.js'
import { cleanRemoteText } from '../report/sanitize.js'

/** What the request was about, so a cause can name it. */
export interface StoContext {
  /** What was asked, as a verb phrase: 'approve the exemption', 'list exemptions'. */
  operation?: string
  exemptionId?: string
  accountId?: string
  orgId?: string
  projectId?: string
  /** The input that names the user when the key has none (a service account key): `approverId`, `requesterId`. */
  userIdInput?: string
}

export interface ServerMessage {
  /** The server's own message; undefined when the body has none. */
  message?: string
  /** The ErrorDTO `code`, when the body has one. */
  code?: string
  json: boolean
}

/** The message of an STO or NG error body, or the title/text of an HTML page. Never assumes JSON. */
export function stoMessage(text: string): ServerMessage {
  // A JSON body is read as every Harness service's error body is; only a page needs more.
  const dto = errorDto(text)
  if (dto.json) return dto
  const trimmed = text.trim()
  if (trimmed === '') return { json: false }
  if (/^<(!doctype|html|head|body|\?xml)/i.test(trimmed)) {
    const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(trimmed)?.[1]
    const plain = (title ?? trimmed.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/gi, ' ').replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim()
    return plain === '' ? { json: false } : { message: plain, json: false }
  }
  return { message: trimmed, json: false }
}

const mentions = (message: string, ...needles: string[]) => needles.some((n) => message.toLowerCase().includes(n.toLowerCase()))

function scopeText(context: StoContext): string {
  const parts = [context.accountId && `account ${context.accountId}`, context.orgId && `org ${context.orgId}`, context.projectId && `project ${context.projectId}`]
  return parts.filter(Boolean).join(', ') || 'this account'
}

/** The cause of a failed STO answer. `status` is the HTTP status, `text` the body as received. */
export function classifyStoFailure(status: number, text: string, context: StoContext = {}): HarnessCause {
  const { message, code, json } = stoMessage(text)
  const harnessMessage = cleanRemoteText(message ?? '', 400)
  const what = context.operation ?? 'handle the request'
  const exemption = context.exemptionId ? `exemption ${context.exemptionId}` : 'the exemption'
  const cause = (id: HarnessCause['id'], title: string, explanation: string, fix: string): HarnessCause => ({ id, title, explanation, fix, status, harnessMessage })
  const m = message ?? ''

  if (status >= 300 && status < 400) {
    return { ...cause('redirect', 'STO answered with a redirect', `STO answered ${status}, a redirect; it is not followed, because the API key would go with it.`, 'Set {baseUrl} to the final Harness API address (for self-managed installs, your own domain).'), harnessMessage: '' }
  }
  // A page from a proxy or gateway is not STO speaking: say so whatever the status.
  if (!json && status !== 429 && status < 500) {
    if (status === 404) {
      return cause('not-found', 'STO endpoint not found', `The server answered 404 with a page that is not STO's when asked to ${what}: the base URL does not lead to the Harness API, or STO is not enabled there.`, 'Check {baseUrl} (SaaS: https://app.harness.io/gateway; self-managed: your domain) and that the STO module is enabled for the account.')
    }
    return cause('not-json', 'Unexpected answer from STO', `STO answered ${status} with a body that is not JSON (a proxy or gateway page?).`, 'Check {baseUrl} and any proxy between this runner and Harness (HTTPS_PROXY, NO_PROXY).')
  }
  // A path the service behind the gateway does not have: Jersey's 404 (or 405), which the Java services answer
  // as a 400 RESOURCE_NOT_FOUND_EXCEPTION and the gateway as itself; STO's own "not found" names the exemption.
  if (json && (isUnknownPathAnswer(status, message, code) || ([404, 405].includes(status) && /^HTTP 40[45] /.test(m)))) {
    return cause('wrong-base-url', 'STO API not found at this base URL', `The server has no such path when asked to ${what}: the base URL does not lead to the Harness API.`, BASE_URL_FIX)
  }
  switch (true) {
    case status === 400 && mentions(m, 'accountId parameter is required', 'harnessAccount param value is required'):
      return cause('missing-account', 'Harness account missing', 'STO did not receive the account id.', 'Set {accountId} (or use a pat./sat. key, from which it is read).')
    case status === 400 && SERVICE_ACCOUNT_HAS_NO_USER.test(m):
      return serviceAccountKeyCause(context.userIdInput ?? 'approverId', status, harnessMessage)
    case status === 400 && mentions(m, 'expired'):
      return cause('already-finished', 'Exemption expired', `${capital(exemption)} has expired, so it can no longer be approved or rejected.`, 'Ask the requester to create a new exemption (or extend it in Harness) if it is still needed.')
    case status === 400 && mentions(m, 'canceled', 'cancelled'):
      return cause('already-finished', 'Exemption canceled', `${capital(exemption)} was canceled, so it can no longer be approved or rejected.`, 'Ask the requester to create a new exemption if it is still needed.')
    case status === 400 && mentions(m, 'already'):
      return cause('already-finished', 'Exemption already decided', `STO says ${exemption} is already in that state.`, 'Look at the exemption in Harness (Security Tests > Exemptions).')
    case status === 400:
      return cause('invalid-inputs', 'STO refused a value', `STO refused to ${what}: a value in the request is invalid (its message names it).`, 'Correct the value STO names below; ids are 22 characters (letters, digits, - and _), org/project/pipeline are Harness identifiers.')
    case status === 401:
      return cause('bad-key', 'Harness API key refused', 'STO did not accept the API key: it is wrong, expired or revoked, or belongs to another account.', 'Create a new token in Harness for this account and update the secret given as {apiKey}; check {accountId}.')
    case status === 403:
      return cause('forbidden', 'STO permission missing', `The key's user or service account may not ${what} in ${scopeText(context)}.`, 'Grant a role with the STO exemption permissions at the exemption\'s scope: View (sto_exemption_view) to read, Create/Edit (sto_exemption_create) to create or update, Approve (sto_exemption_approve) to approve or reject.')
    case status === 404:
      return cause('not-found', 'Exemption not found in this scope', `STO has no ${exemption === 'the exemption' ? 'such exemption' : exemption} in ${scopeText(context)}: the id is wrong, it was deleted, or it belongs to another org or project.`, 'Check the exemption id (Security Tests > Exemptions in Harness) and {accountId}, {orgId} and {projectId}.')
    case status === 429:
      return cause('rate-limited', 'Harness rate limit reached', 'STO refused the request for too many calls with this key or from this address.', 'Wait a minute and try again, or spread runs out; Harness documents about 1000 requests per key per minute.')
    case status >= 500:
      return cause('server-error', 'STO server error', `STO (or a proxy in front of it) failed when asked to ${what} (HTTP ${status}).`, 'Check Harness status and try again; the exemption is read back before any decision is repeated.')
    default:
      return cause('unknown', 'STO refused the request', `STO answered ${status} when asked to ${what}.`, "Read STO's message below and check the exemption in Harness.")
  }
}


/** NG's answer when a service account key asks for its own user. */
export const SERVICE_ACCOUNT_HAS_NO_USER = /only by 'USER' principal type/i

/** A service account key names no user, so the user id must be given (`userIdInput`: approverId, requesterId). */
export function serviceAccountKeyCause(userIdInput: string, status = 0, harnessMessage = ''): HarnessCause {
  return {
    id: 'invalid-inputs',
    title: "Service account key has no user",
    explanation: `The API key is a service account key, which has no user of its own, so the user id cannot be read from it; nothing was changed in STO.`,
    fix: `Set {${userIdInput}} to the user's Harness id: exactly 22 characters: letters, digits, '-' and '_'.`,
    status,
    harnessMessage,
  }
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
