// Whether the org and project an exemption command names exist. STO answers a list in a project that does
// not exist (a typo: `paymnets`) with no exemptions at all, which reads as "nothing to review"; Harness's NG
// project read says "not found" instead. Only a clear "not found" stops the command: a key without the
// permission to read projects (403) is let through, and STO's own answer decides.
import { HarnessApiError, harnessMessage, isUnknownPathAnswer, type HarnessCause } from '../harness/errors.js'
import { cleanRemoteText } from '../report/sanitize.js'
import { classifyStoFailure } from './causes.js'
import type { ExemptionsClient } from './exemptions-client.js'
import type { StoScope } from './types.js'

/**
 * The cause when the scope does not exist; undefined when it does, or when Harness would not say. Any other
 * failure is thrown, classified as a failure to do `operation` (the command's own, such as "list exemptions").
 */
export async function missingScope(client: Pick<ExemptionsClient, 'readScope' | 'accountId'>, scope: StoScope, operation: string, signal?: AbortSignal): Promise<HarnessCause | undefined> {
  if (!scope.orgId && !scope.projectId) return undefined
  const { status, text } = await client.readScope(scope, signal)
  if (status === 200 || status === 403) return undefined
  const { message, code } = harnessMessage(text)
  // Harness's own words for it ("Project with orgIdentifier [o] and identifier [p] not found"): a gateway's or
  // proxy's 404 is a wrong base URL, and is classified as such with every other failure.
  const notFound = (status === 404 || status === 400) && !isUnknownPathAnswer(status, message, code) && /^(project|organization) with .*\bnot found\b/i.test(message ?? '')
  if (!notFound) {
    throw new HarnessApiError(classifyStoFailure(status, text, { operation, ...scope }))
  }
  const what = scope.projectId ? `project '${scope.projectId}' in org '${scope.orgId ?? 'default'}'` : `org '${scope.orgId}'`
  return {
    id: 'wrong-scope',
    title: scope.projectId ? 'Project not found' : 'Organization not found',
    explanation: `Harness has no ${cleanRemoteText(what, 300)} in account ${client.accountId}; nothing was listed or changed.`,
    fix: scope.projectId ? 'Check {projectId} and {orgId}: identifiers, not display names, and case matters.' : 'Check {orgId}: an identifier, not a display name, and case matters.',
    status,
    harnessMessage: cleanRemoteText(message ?? '', 300),
  }
}
