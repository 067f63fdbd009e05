// @ts-check
// `npm run sim`: a Harness to try the command line against, with no account. Starts the Harness simulator
// (pipeline approvals and STO exemptions) and a status server on 127.0.0.1, seeds a few waiting executions
// and exemptions, and prints the key and three commands to copy. Stops on Ctrl-C or SIGTERM.
//
//   node sim/start.js [--port N] [--status-port N] [--mode older|newest]
import { startHarnessSimulator } from './harness-simulator.js'
import { flipsToSuccessAfter, startStatusServer } from './status-server.js'
import { argValue, checkArgs, portFromArgs, stopOnSignals } from './standalone.js'
import { installStoRoutes } from './sto-simulator.js'

// A made-up account id of the real form (22 characters), so STO's id checks pass.
const ACCOUNT_ID = 'px7xd_BFRCi-pfWPYXVjvw'
const ORG_ID = 'default'
const PROJECT_ID = 'payments'
const POLLS_BEFORE_SUCCESS = 3

checkArgs(['port', 'status-port', 'mode'], 'Usage: node sim/start.js [--port N] [--status-port N] [--mode older|newest]')
const mode = argValue('mode') ?? 'older'
if (mode !== 'older' && mode !== 'newest') {
  process.stderr.write(`Invalid --mode '${mode}': expected older or newest.\n`)
  process.exit(2)
}

const sim = await startHarnessSimulator({
  port: portFromArgs('HARNESS_SIM_PORT'),
  accountId: ACCOUNT_ID,
  orgId: ORG_ID,
  projectId: PROJECT_ID,
  pipelineId: 'deploy_payments',
  pipelineName: 'Deploy payments',
  mode,
})
const sto = installStoRoutes(sim)
const status = await startStatusServer({ port: Number(argValue('status-port') ?? '0') })
status.setDefault(flipsToSuccessAfter(POLLS_BEFORE_SUCCESS))
stopOnSignals(async () => {
  await status.close()
  await sim.close()
})

const second = sim.addKey({ user: { name: 'Second Approver', email: 'second.approver@example.com' } })
const approvers = [sim.defaultUser.name, second.user.name]
// The pipeline runs for a few seconds after an approval, so following it shows Running, then Success.
const afterApprove = /** @type {import('./harness-simulator.js').StatusChange[]} */ ([{ status: 'Running', afterMs: 2000 }, { status: 'Success', afterMs: 5000 }])
const executions = [
  { executionId: 'Dq7mR2xVTkq1nWc8JpL4sA', what: 'one approver', approvalMessage: 'Deploy build 41 to production?' },
  {
    executionId: 'Hb5tY9zQWmr3kXd0FsN6uE',
    what: 'approver inputs: ticket (CHG-<digits>, required), environment (staging or production; default production)',
    approvalMessage: 'Deploy build 42 to production?',
    approverInputs: [
      { name: 'ticket', defaultValue: '', regex: 'CHG-[0-9]+', required: true, description: 'Change ticket' },
      { name: 'environment', defaultValue: 'production', selectOneFrom: ['staging', 'production'] },
    ],
  },
  { executionId: 'Lc2wP8vKSjt6hZe4GqM1yB', what: 'needs two approvers (the second key is below)', approvalMessage: 'Release 43: two approvals needed', minimumCount: 2 },
  { executionId: 'Nf4xJ7uHRpw9cVb2TkS5oD', what: 'one approver', approvalMessage: 'Deploy build 44 to production?' },
]
for (const { what: _, ...instance } of executions) {
  sim.addExecution({ executionId: instance.executionId, afterApprove })
  sim.addInstance({ ...instance, approvers })
}
const exemptions = [
  sto.addExemption({ type: 'Acceptable Risk', reason: 'Internal tool, not reachable from outside' }),
  sto.addExemption({ type: 'Fix Unavailable', reason: 'No patched release yet', pendingChanges: { durationDays: 14 } }),
]

const base = `node dist/cli.js approve --base-url ${sim.baseUrl} --org-id ${ORG_ID} --project-id ${PROJECT_ID}`
const [plain, withInputs, twoApprovers, other] = executions.map((e) => e.executionId)
const jobUrl = `${status.url}jobs/build-41`
process.stdout.write(
  [
    `Harness simulator (${mode} server) at ${sim.baseUrl}: pipeline approvals and STO exemptions.`,
    `Status server at ${status.url}: each job URL reports {"status":"running"} for ${POLLS_BEFORE_SUCCESS} polls, then {"status":"success"}.`,
    '',
    `Account ${ACCOUNT_ID}, org ${ORG_ID}, project ${PROJECT_ID}, pipeline "Deploy payments".`,
    'API key (made up; valid only on this simulator):',
    `  export HARNESS_API_KEY=${sim.apiKey}`,
    '',
    'Waiting for approval:',
    ...executions.map((e) => `  ${e.executionId}  ${e.what}`),
    `  The second approver's key: ${second.key}`,
    `STO exemptions waiting (Pending): ${exemptions.map((e) => e.id).join(', ')}`,
    '',
    'Try, from the repository root in another terminal, after the export above:',
    `  ${base} --execution-id ${plain} --status-url ${jobUrl} --status-field status --poll-interval 1s`,
    `  ${base} --execution-id ${withInputs} --approver-input ticket=CHG-1234`,
    `  ${base} --execution-id ${twoApprovers}`,
    `(${other} is left for your own tries: reject it, or approve it twice.)`,
    'Stop with Ctrl-C.',
    '',
  ].join('\n'),
)
