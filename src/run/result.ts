// The run's result as plain data: the `result` output, the CLI's --json, and the source of the summary.
// Only enumerated values and cleaned, bounded text go in: it is printed and parsed by other tools. Each
// feature gives its own fields (cleaned there); this puts them together in one fixed order.
import { approvalFields, executionRow } from '../approvals/summary.js'
import { pipelineFields, withPipeline, type PipelineRow } from '../approvals/follow-summary.js'
import { exemptionFields, type ExemptionResultJson } from '../exemptions/summary.js'
import { gateResultJson, type GateResultJson } from '../gate/summary.js'
import { ACTION_PHRASING, type Phrasing, type SettingsError } from '../settings/problems.js'
import type { RunResult } from './run.js'

export interface ResultJson extends Partial<GateResultJson> {
  outcome: RunResult['outcome'] | 'invalid-settings' | 'error'
  /** The decision recorded (or found in place); unset when none was. */
  decision?: string
  /** The decision sent to Harness, recorded or not. */
  requestedDecision?: string
  /** The stage (identifier) of the only execution's step, when the stage graph told it. */
  stage?: string
  approvalStatus?: string
  approvalInstanceId?: string
  executions: PipelineRow[]
  /** The org and project decided in (when the settings were valid). */
  orgId?: string
  projectId?: string
  /** The pipeline's status (MIXED for a batch that differs); the first (or only) execution's pipeline name and link. */
  pipelineStatus?: string
  pipelineName?: string
  pipelineUrl?: string
  /** A dry run: nothing was posted. */
  dryRun?: true
  /** Exemption mode: the exemption's status as last seen, and the decision's details. */
  exemptionStatus?: string
  exemption?: ExemptionResultJson
  problems?: string[]
  message?: string
}

/** `phrasing`: how the front end names inputs in fixes (the action's input names by default). */
export function toResultJson(result: RunResult, phrasing: Phrasing = ACTION_PHRASING): ResultJson {
  const executions = result.executions.map((e) =>
    withPipeline(
      executionRow(e, phrasing),
      result.follows?.find((f) => f.executionId === e.executionId),
    ),
  )
  return {
    outcome: result.outcome,
    ...(result.dryRun ? { dryRun: true } : {}),
    ...(result.scope.orgId ? { orgId: result.scope.orgId } : {}),
    ...(result.scope.projectId ? { projectId: result.scope.projectId } : {}),
    ...approvalFields(result.decision, executions),
    ...pipelineFields(executions),
    ...(result.gate ? gateResultJson(result.gate, phrasing) : {}),
    executions,
    ...(result.exemption ? exemptionFields(result.exemption, phrasing) : {}),
  }
}

export function settingsErrorJson(error: SettingsError, phrasing: Phrasing = ACTION_PHRASING): ResultJson {
  return { outcome: 'invalid-settings', executions: [], problems: error.problems.map((p) => phrasing.problem(p)) }
}
