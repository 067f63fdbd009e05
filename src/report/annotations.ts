// Turns a result into the lines a person reads: one error annotation per failure naming the cause and
// the fix, a warning for a decision that is recorded but not released. Shared by the action and the CLI.
import type { Logger } from '../ports.js'
import { announceExemptionResult } from '../sto/summary.js'
import { failureText } from './failure.js'
import type { ResultJson } from './result.js'

export function announceResult(result: ResultJson, logger: Logger): void {
  for (const problem of result.problems ?? []) logger.error(problem, 'Invalid input')
  if (result.outcome === 'gate-failed') {
    logger.error(`${result.gateReason ?? 'The status gate did not pass'}. No decision was posted; the Harness approval is still waiting.`, `Status gate: ${result.statusVerdict}`)
  }
  if (result.exemption) return announceExemptionResult(result.exemption, logger)
  if (result.outcome === 'cancelled') logger.error('The run was cancelled; no decision was posted after that.', 'Cancelled')
  for (const row of result.executions) {
    const where = result.executions.length > 1 ? `Execution ${row.executionId}: ` : ''
    if (row.outcome === 'failed' || row.outcome === 'unknown') {
      logger.error(`${where}${failureText(row)}`, row.title)
    } else if (row.outcome === 'decided') {
      if (row.approvalStatus === 'WAITING') {
        logger.warning(
          `${where}the approval was recorded, but the step needs more approvers (its minimum count is not reached yet), so the pipeline keeps waiting. This key cannot approve twice: another approver must act.`,
          'Recorded but not released',
        )
      } else {
        logger.info(`${where}Harness approval ${row.approvalStatus === 'APPROVED' ? 'approved' : 'rejected'} (instance ${row.approvalInstanceId}).`)
      }
      if (row.note) logger.warning(`${where}${row.note}`, 'Check the approval')
    }
  }
}
