// One line saying how the run ended: the CLI's last line on stdout, and the action's failure message.
import type { ResultJson } from './result.js'
import { alreadyText } from '../approvals/dry-run-summary.js'

/** Whether the run did what was asked: every execution decided (and followed), or a dry run that would have. */
export function succeeded(result: ResultJson): boolean {
  return result.outcome === 'decided' || result.outcome === 'dry-run'
}

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
      // A re-run that found the step already decided as asked.
      const already = rows.length > 0 && rows.every((r) => r.posts === 0) ? ' (already so; nothing was posted)' : ''
      return `Decided: ${result.decision} on ${which}${instance}; approval status ${result.approvalStatus ?? 'unknown'}${already}.`
    }
    case 'gate-rejected': {
      const why = result.statusVerdict === 'timeout' ? 'The job did not report success in time' : 'The job reported failure'
      if (result.dryRun) return `Dry run: ${why.charAt(0).toLowerCase()}${why.slice(1)}, so a real run would reject the Harness approval (${which}); nothing was posted.`
      const what = result.exemption ? 'the STO exemption was rejected' : 'the Harness approval was rejected'
      return `${why}, so ${what} (${which}).`
    }
    case 'dry-run': {
      const posting = rows.filter((r) => r.wouldPost)
      const already = rows.filter((r) => r.alreadyDecided)
      // The step is already as asked: a real run would leave it alone, and say so.
      if (posting.length === 0 && already.length === 1 && rows.length === 1) {
        return `Dry run: the approval step of ${which} was ${alreadyText(already[0]!.alreadyDecided!)}, so a real run would post nothing and succeed; nothing was posted.`
      }
      if (posting.length === 0) return `Dry run: the approval steps of ${which} are already as asked, so a real run would post nothing and succeed; nothing was posted.`
      const plan = posting[0]!.wouldPost!
      const instance = rows.length === 1 && plan.instanceId ? ` (approval instance ${plan.instanceId})` : ''
      const on = already.length > 0 ? `${posting.length} of ${rows.length} executions (the other ${already.length} already as asked: nothing to post)` : which
      return `Dry run: a real run would post ${plan.action} on ${on}${instance}; nothing was posted.`
    }
    case 'pipeline-failed': {
      const failed = rows.filter((r) => r.follow?.failed)
      const one = failed.length === 1 ? failed[0]! : undefined
      const what = one ? `${rows.length > 1 ? `execution ${one.executionId}: ` : ''}${one.follow!.message}` : `${failed.length} of ${rows.length} pipelines failed or were not followed to the end.`
      const why = result.statusVerdict && result.statusVerdict !== 'success' ? ' because the status gate did not pass' : ''
      return `Decided: ${result.decision}${why} on ${which}, but then: ${what}`
    }
    case 'gate-failed':
      return `Not decided: the status gate ended with '${result.statusVerdict}'; the Harness approval is still waiting.`
    case 'failed': {
      if (result.exemption) return `Failed: ${which} could not be decided${result.exemption.cause ? ` (${result.exemption.cause})` : ''}.`
      // What went wrong, counted by cause, and what went right: a batch's last line must not hide either.
      const failed = rows.filter((r) => r.outcome !== 'decided' && r.outcome !== 'dry-run')
      const byCause = new Map<string, number>()
      for (const r of failed) byCause.set(r.cause ?? r.outcome, (byCause.get(r.cause ?? r.outcome) ?? 0) + 1)
      const causes = [...byCause].map(([cause, n]) => `${n} ${cause}`).join(', ')
      const ok = rows.length - failed.length
      const done = ok > 0 ? `; ${ok} ${result.dryRun ? 'would be posted' : 'decided'}` : ''
      return `Failed: ${failed.length} of ${rows.length} execution(s) could not be decided (${causes})${done}${result.dryRun ? ' (dry run: nothing was posted)' : ''}.`
    }
    case 'unknown':
      return `Unknown: the decision state of ${result.exemption ? which : 'at least one execution'} is unknown; check Harness before running again.`
    case 'cancelled':
      if (result.exemption && result.exemption.puts > 0) return `Cancelled after the decision on ${which} was sent: it may have been recorded; check it in Harness before running again.`
      if (rows.some((r) => r.mayBeRecorded)) return `Cancelled while a decision was being posted: it may have been recorded on ${which}; check Harness before running again.`
      return 'Cancelled: no decision was posted after the cancellation.'
    case 'invalid-settings':
      return `Invalid settings (${result.problems?.length ?? 0} problem(s)); nothing was sent to Harness.`
    default:
      return `Error: ${result.message ?? 'the run failed'}.`
  }
}
