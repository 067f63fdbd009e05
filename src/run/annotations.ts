// Turns a result into the lines a person reads: the run's own (invalid inputs, cancellation), then each
// feature's (the gate that stopped the decision, the exemption, the executions). Shared by the action and the CLI.
import { announceExecutions } from '../approvals/summary.js'
import { announceDryRun } from '../approvals/dry-run-summary.js'
import { announcePipelines } from '../approvals/follow-summary.js'
import { announceExemptionResult } from '../exemptions/summary.js'
import { announceGateFailure } from '../gate/summary.js'
import type { Logger } from '../ports.js'
import type { ResultJson } from './result.js'

export function announceResult(result: ResultJson, logger: Logger): void {
  // Each problem is a whole sentence naming the input: a title would only repeat 'invalid'.
  for (const problem of result.problems ?? []) logger.error(problem)
  if (result.outcome === 'gate-failed') announceGateFailure(result, logger)
  if (result.exemption) return announceExemptionResult(result.exemption, logger)
  if (result.outcome === 'cancelled') {
    const mayBe = result.executions.filter((e) => e.mayBeRecorded)
    if (mayBe.length === 0) logger.error('The run was cancelled; no decision was posted after that.', 'Cancelled')
    else {
      const which = mayBe.map((e) => e.executionId).join(', ')
      logger.error(`The run was cancelled while a decision was being posted (execution ${which}): it may have been recorded. Check the execution in Harness before running this again.`, 'Decision may have been recorded')
    }
  }
  announceExecutions(result.executions, logger, result)
  announceDryRun(result.executions, logger)
  announcePipelines(result.executions, logger)
}
