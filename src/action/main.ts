// The GitHub Action front end: the one place that reads the runner's environment, calls the core, and
// turns its result into outputs, annotations and the job summary. It never calls process.exit.
import * as core from '@actions/core'
import { runApprovalGate } from '../run/run.js'
import { readWorkflowRun, runDefaults, runMarker } from '../run/github-context.js'
import { createHttpClient, type HttpClient } from '../http/transport.js'
import { withRequestLog } from '../http/request-log.js'
import { CancelledError, systemClock, type Logger } from '../ports.js'
import { announceResult } from '../run/annotations.js'
import { settingsErrorJson, toResultJson, type ResultJson } from '../run/result.js'
import { cleanRemoteText, redactedJson, redactSecrets, registerSecret } from '../report/sanitize.js'
import { addResultToSummary } from '../run/summary.js'
import { JobSummary } from '../report/summary.js'
import { succeeded, verdictLine } from '../run/verdict.js'
import { SettingsError } from '../settings/problems.js'
import { wouldPostOutput } from '../approvals/dry-run-summary.js'
import { parseSettings, type Settings } from '../run/settings.js'
import { writeStepOutputs } from './step-outputs.js'

/** Where tests and other callers have always found it. */
export { runMarker }

// Every sink redacts once more, whatever was cleaned before: log lines and annotations here, the outputs
// and the job summary where they are written.
export const actionsLogger: Logger = {
  debug: (message) => core.debug(redactSecrets(message)),
  info: (message) => core.info(redactSecrets(message)),
  warning: (message, title) => core.warning(redactSecrets(message), title ? { title: redactSecrets(title) } : {}),
  error: (message, title) => core.error(redactSecrets(message), title ? { title: redactSecrets(title) } : {}),
  group: (name, body) => core.group(redactSecrets(name), body),
}

/** Masks a secret in the runner's log and cuts it out of any text a server sends back. */
function maskSecret(secret: string): void {
  core.setSecret(secret)
  registerSecret(secret)
}

export async function run(): Promise<void> {
  // The runner cancels a step with SIGINT, then SIGTERM: abort every request and sleep, post nothing after.
  const controller = new AbortController()
  const cancel = () => controller.abort(new CancelledError('The run was cancelled.'))
  process.once('SIGINT', cancel)
  process.once('SIGTERM', cancel)

  let http: HttpClient | undefined
  let settings: Settings | undefined
  let result: ResultJson | undefined
  try {
    const workflow = readWorkflowRun()
    settings = parseSettings((name) => core.getInput(name), maskSecret, runDefaults(workflow))
    const transport = createHttpClient({ timeouts: { totalMs: settings.requestTimeoutMs }, ...(settings.caCert ? { caCert: settings.caCert } : {}) })
    // Request lines are debug output: without step debug logging the runner drops them, so skip their cost.
    http = core.isDebug() ? withRequestLog(transport, systemClock, (line) => core.debug(line)) : transport
    const outcome = await runApprovalGate(settings, {
      http,
      clock: systemClock,
      logger: actionsLogger,
      signal: controller.signal,
      marker: runMarker(workflow.runId, workflow.runAttempt, workflow.job, workflow.step),
    })
    result = toResultJson(outcome)
  } catch (error) {
    result =
      error instanceof SettingsError
        ? settingsErrorJson(error)
        : { outcome: 'error', executions: [], message: cleanRemoteText(error instanceof Error ? error.message : String(error), 500) }
  } finally {
    if (controller.signal.aborted) await http?.destroy()
    else await http?.close()
    process.removeListener('SIGINT', cancel)
    process.removeListener('SIGTERM', cancel)
  }

  setOutputs(result)
  announceResult(result, actionsLogger)
  // Anything but what was asked fails the step, a rejection for a failed job included: a green check must
  // never stand for failed tests. A dry run that a real run would post passes. The outputs above are set either way.
  if (!succeeded(result)) core.setFailed(redactSecrets(verdictLine(result)))
  try {
    const summary = new JobSummary()
    addResultToSummary(summary, result, { ...(settings?.callbackId ? { callbackId: settings.callbackId } : {}) })
    summary.write()
  } catch (error) {
    // A missing or unwritable summary file must not hide the outcome above.
    core.warning(`Could not write the job summary: ${(error as Error).message}`)
  }
}

function setOutputs(result: ResultJson): void {
  const outputs: Array<[string, string]> = []
  if (result.decision) outputs.push(['decision', result.decision])
  if (result.requestedDecision) outputs.push(['requestedDecision', result.requestedDecision])
  if (result.stage) outputs.push(['stage', result.stage])
  if (result.approvalStatus) outputs.push(['approvalStatus', result.approvalStatus])
  if (result.approvalInstanceId) outputs.push(['approvalInstanceId', result.approvalInstanceId])
  if (result.statusVerdict) outputs.push(['statusVerdict', result.statusVerdict])
  if (result.statusValue !== undefined) outputs.push(['statusValue', result.statusValue])
  if (result.attempts !== undefined) outputs.push(['attempts', String(result.attempts)])
  if (result.exemptionStatus) outputs.push(['exemptionStatus', result.exemptionStatus])
  if (result.pipelineStatus) outputs.push(['pipelineStatus', result.pipelineStatus])
  if (result.pipelineName) outputs.push(['pipelineName', result.pipelineName])
  if (result.pipelineUrl) outputs.push(['pipelineUrl', result.pipelineUrl])
  const wouldPost = wouldPostOutput(result.executions)
  if (wouldPost) outputs.push(['wouldPost', wouldPost])
  outputs.push(['result', redactedJson(result)])
  // Every runner names an output file, written here in one append. Without one (GitHub's local-action tool,
  // which intercepts @actions/core, or an old runner) the outputs go through core.setOutput, which such a
  // tool shows and an old runner reads from its `::set-output` command. Outputs reach later steps unmasked:
  // each is redacted as it is written.
  const redacted = outputs.map(([name, value]) => [name, redactSecrets(value)] as [string, string])
  if (!writeStepOutputs(redacted)) for (const [name, value] of redacted) core.setOutput(name, value)
}
