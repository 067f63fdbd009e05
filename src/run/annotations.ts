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
  if (result.outcome === 'cancelled') logger.error('The run was cancelled; no decision was posted after that.', 'Cancelled')
  announceExecutions(result.executions, logger, result)
  announceDryRun(result.executions, logger)
  announcePipelines(result.executions, logger)
}
