// One line saying how the run ended: the CLI's last line on stdout, and the action's failure message.
import type { ResultJson } from './result.js'

export function verdictLine(result: ResultJson): string {
  const rows = result.executions
  const which = result.exemption ? `exemption ${result.exemption.exemptionId}` : rows.length === 1 ? `execution ${rows[0]!.executionId}` : `${rows.length} executions`
  switch (result.outcome) {
    case 'decided': {
      if (result.exemption) {
        const already = result.exemption.alreadyInState ? ' (already so; nothing was sent)' : ''
        return `Decided: ${result.exemption.decision} on ${which}; exemption status ${result.exemptionStatus ?? 'unknown'}${already}.`
      }
      if (result.approvalStatus === 'WAITING') return `Recorded: ${result.decision} on ${which}; the step waits for more approvers.`
      const instance = result.approvalInstanceId ? ` (approval instance ${result.approvalInstanceId})` : ''
      return `Decided: ${result.decision} on ${which}${instance}; approval status ${result.approvalStatus ?? 'unknown'}.`
    }
    case 'gate-rejected': {
      const why = result.statusVerdict === 'timeout' ? 'The job did not report success in time' : 'The job reported failure'
      const what = result.exemption ? 'the STO exemption was rejected' : 'the Harness approval was rejected'
      return `${why}, so ${what} (${which}).`
    }
    case 'gate-failed':
      return `Not decided: the status gate ended with '${result.statusVerdict}'; the Harness approval is still waiting.`
    case 'failed': {
      if (result.exemption) return `Failed: ${which} could not be decided.`
      const failed = rows.filter((r) => r.outcome !== 'decided').length
      return `Failed: ${failed} of ${rows.length} execution(s) could not be decided.`
    }
    case 'unknown':
      return `Unknown: the decision state of ${result.exemption ? which : 'at least one execution'} is unknown; check Harness before running again.`
    case 'cancelled':
      return 'Cancelled: no decision was posted after the cancellation.'
    case 'invalid-settings':
      return `Invalid settings (${result.problems?.length ?? 0} problem(s)); nothing was sent to Harness.`
    default:
      return `Error: ${result.message ?? 'the run failed'}.`
  }
}
