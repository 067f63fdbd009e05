// What Harness's pipeline service really does (read from its code, in two versions: `older` and `newest`),
// pinned on the simulator over real HTTP, so that the client is built against the server and not against our
// reading of its documents. Each fact and the test that pins it:
//
// | fact                                                                                    | test                      |
// |-----------------------------------------------------------------------------------------|---------------------------|
// | older: approvals look the execution up by account, org and project ("doesn't belong")   | scope › older             |
// | newest: by account and id only; a wrong project reaches another project's execution     | scope › newest: by…       |
// | newest: the URL's org and project serve only the permission check                       | scope › newest: the perm… |
// | the approval instance carries no org, project or pipeline                               | scope › newest: by…       |
// | execution read: `{status: SUCCESS, data: {pipelineExecutionSummary: {…}}}`              | execution › shape         |
// | older: the execution is looked up in the given org and project (a wrong one: 404)*     | execution › older         |
// | newest: a wrong project reads 200 with the real org and project                         | execution › newest        |
// | no view permission there: 403 NG_ACCESS_DENIED "Missing permission core_pipeline_view…" | execution › permission    |
// | a missing execution: 404 ENTITY_NOT_FOUND "Plan Execution Summary does not exist…"      | execution › missing       |
// | status display names; ApprovalWaiting while waiting; terminal ones                      | execution › statuses      |
// | after a decision the status moves on (Running, Success/Failed; ApprovalRejected)        | execution › after …       |
// | a terminal execution never waits again                                                  | execution › terminal      |
// | the UI link: POST …/execution/url answers `{status: SUCCESS, data: link}`               | execution › url           |
// | order of checks on POST: 403, account header, lookup, waiting, principal, state, inputs | order › ladder            |
// | 403 for a missing core_pipeline_execute comes before anything else                      | order › ladder (step 1)   |
// | "An unexpected error occurred while validating execution_id param"                      | order › lookup error      |
// | past deadline: GET still WAITING, POST "already expired"; completed: "…Status: S"       | order › ladder, state     |
// | approver inputs: names first on older, values first on newest                           | order › inputs            |
// | input values: first rule only, empty list no rule, [""] a rule, required untrimmed     | input values › table      |
// | selectManyFrom (since Aug 2025), inferred**: last rule, each comma-separated item      | input values › table      |
// | the exact messages, joined in "Approval inputs validation failed: {…}"                  | input values › joined     |
// | older: after an earlier approval the GET's defaults are that approver's values          | input values › older      |
// | pat keys through user groups; "User not authorized to approve/reject"                   | who › users               |
// | sat keys: newest only via approvers.serviceAccounts; older: not supported               | who › service accounts    |
// | "Invalid user: <id>", "Service account [<id>] does not exist."                          | who › deleted principals  |
// | principal: already acted, then executor not allowed, then disallowed (emails any case)  | who › step rules          |
// | the same user never approves twice, with any of its keys (minimumCount > 1)             | who › twice               |
// | expired token: 401 "Token expired."                                                     | who › expired token       |
// | auto-reject: an APPROVE rejects older WAITING runs of the same pipeline, step, service  | auto-reject               |
// | unknown path or method: 400 RESOURCE_NOT_FOUND_EXCEPTION "HTTP 404 Not Found" (405)     | unknown paths             |
//
// * The older server's answer to a wrong project on the execution read is inferred from its lookup by org and
//   project; the facts name the newest server's answers only.
// ** How the newest server checks `selectManyFrom` could not be read in Harness's published code; it is
//   inferred as the fifth rule in line, judged like `allowedValues`, so that the client never refuses what
//   Harness may accept.
//
// The STO facts of the same section are pinned in sto-simulator.test.ts.
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  EXECUTION_STATUSES,
  PERMISSION_EXECUTE,
  PERMISSION_VIEW,
  serviceAccountRef,
  startHarnessSimulator,
  TERMINAL_EXECUTION_STATUSES,
  type ApproverInputSpec,
  type HarnessSimulator,
  type SimulatorOptions,
} from '../sim/harness-simulator.js'
import { expectInvalidRequest, send, simulatorCalls } from './support/simulator-http.js'

const EXEC = 'execSSSSSSSSSSSSSSSSSS1'
const OTHER = 'execOOOOOOOOOOOOOOOOOO2'
const UNABLE = 'Unable to add Harness Approval Activity : '

let sim: HarnessSimulator

async function start(options?: SimulatorOptions) {
  await sim?.close()
  sim = await startHarnessSimulator({ accountId: 'acct123', orgId: 'default', projectId: 'proj', ...options })
  return sim
}

afterEach(async () => {
  vi.useRealTimers()
  await sim?.close()
})

const { call, approve, reject, execution } = simulatorCalls(() => sim, EXEC)

const belongs = (org: string, project: string) =>
  `execution_id param value provided doesn't belong to Account: acct123, Org: ${org}, Project: ${project} or the pipeline has been deleted`

describe('scope', () => {
  it('older: approvals look the execution up by account, org and project', async () => {
    // The newest server is the default: the one a client must guard against.
    expect((await start()).mode).toBe('newest')
    await start({ mode: 'older' })
    sim.addInstance({ executionId: EXEC, orgId: 'default', projectId: 'payments' })
    expectInvalidRequest(await call({ project: 'proj' }), belongs('default', 'proj'))
    expectInvalidRequest(await approve({ project: 'proj' }), belongs('default', 'proj'))
    expectInvalidRequest(await approve({ org: 'other', project: 'payments' }), belongs('other', 'payments'))
    expect(sim.stats.decisionsApplied).toBe(0)
    expect((await approve({ project: 'payments' })).json.status).toBe('APPROVED')
  })

  it('newest: by account and id only, so a wrong project reaches (and approves) another project\'s execution', async () => {
    await start({ mode: 'newest' })
    const inst = sim.addInstance({ executionId: EXEC, orgId: 'default', projectId: 'payments' })
    const listed = await call({ org: 'elsewhere', project: 'proj' })
    expect(listed.status).toBe(200)
    expect(listed.json.map((i: { id: string }) => i.id)).toEqual([inst.id])
    // Nothing in the instance tells which project it belongs to.
    expect(Object.keys(listed.json[0]).sort()).toEqual(['created', 'deadline', 'details', 'id', 'status', 'type', 'updated'])
    expect(JSON.stringify(listed.json[0])).not.toMatch(/orgIdentifier|projectIdentifier|pipelineIdentifier|payments/)

    const posted = await approve({ project: 'proj' })
    expect(posted.status).toBe(200)
    expect(posted.json.status).toBe('APPROVED')
    // The account still counts.
    const { key } = sim.addKey({ key: 'pat.acct999.tok.secret', user: sim.defaultUser })
    expectInvalidRequest(await call({ key, account: 'acct999' }), belongs('default', 'proj').replace('acct123', 'acct999'))
  })

  it('newest: the permission is checked in the URL\'s org and project, not the execution\'s', async () => {
    await start({ mode: 'newest' })
    sim.addInstance({ executionId: EXEC, projectId: 'payments' })
    const onlyPayments = sim.addKey({ user: sim.defaultUser, projects: ['default/payments'] })
    const denied = await approve({ key: onlyPayments.key, project: 'proj' })
    expect(denied.status).toBe(403)
    expect(denied.json).toMatchObject({ status: 'ERROR', code: 'NG_ACCESS_DENIED', message: `Missing permission ${PERMISSION_EXECUTE} on pipeline` })
    expect((await approve({ key: onlyPayments.key, project: 'payments' })).json.status).toBe('APPROVED')
  })

  it('the mode can change between requests; anything else is refused', async () => {
    await start({ mode: 'newest' })
    sim.addInstance({ executionId: EXEC, projectId: 'payments' })
    expect((await call({ project: 'proj' })).status).toBe(200)
    sim.mode = 'older'
    expect((await call({ project: 'proj' })).status).toBe(400)
    await expect(start({ mode: 'latest' as never })).rejects.toThrow(/unknown mode latest/)
  })
})

describe('execution', () => {
  it('shape: the summary of the execution, wrapped in status SUCCESS', async () => {
    await start({ pipelineName: 'Deploy payments' })
    const t0 = Date.now()
    sim.addExecution({ executionId: EXEC, pipelineId: 'deploy_payments', runSequence: 42, modules: ['cd', 'pms'] })
    sim.addInstance({ executionId: EXEC })
    const answer = await execution()
    expect(answer.status).toBe(200)
    expect(answer.json).toMatchObject({ status: 'SUCCESS', metaData: null, correlationId: expect.any(String) })
    expect(answer.json.data).toEqual({
      pipelineExecutionSummary: {
        pipelineIdentifier: 'deploy_payments',
        name: 'Deploy payments',
        orgIdentifier: 'default',
        projectIdentifier: 'proj',
        planExecutionId: EXEC,
        runSequence: 42,
        status: 'ApprovalWaiting',
        startTs: expect.any(Number),
        modules: ['cd', 'pms'],
        executionTriggerInfo: { triggerType: 'MANUAL', triggeredBy: expect.objectContaining({ uuid: expect.any(String) }) },
      },
    })
    expect(answer.json.data.pipelineExecutionSummary.startTs).toBeGreaterThanOrEqual(t0)
    // Run numbers go on from the last one.
    expect(sim.addExecution({ executionId: OTHER }).runSequence).toBe(43)
    expect(sim.executionReads(EXEC)).toHaveLength(1)
  })

  it('older: a wrong project is not found', async () => {
    await start({ mode: 'older' })
    sim.addExecution({ executionId: EXEC, projectId: 'payments' })
    const answer = await execution({ project: 'proj' })
    expect(answer.status).toBe(404)
    expect(answer.json).toMatchObject({ code: 'ENTITY_NOT_FOUND' })
    expect((await execution({ project: 'payments' })).status).toBe(200)
  })

  it('newest: a wrong project reads 200 with the real org and project', async () => {
    await start({ mode: 'newest' })
    sim.addExecution({ executionId: EXEC, orgId: 'finance', projectId: 'payments' })
    const answer = await execution({ org: 'default', project: 'proj' })
    expect(answer.status).toBe(200)
    expect(answer.json.data.pipelineExecutionSummary).toMatchObject({ orgIdentifier: 'finance', projectIdentifier: 'payments' })
  })

  it('permission: 403 naming the pipeline where the key may not view, or for a key without view at all', async () => {
    await start({ mode: 'newest' })
    sim.addExecution({ executionId: EXEC, projectId: 'payments', pipelineId: 'deploy_payments' })
    const onlyPayments = sim.addKey({ projects: ['default/payments'] })
    const denied = await execution({ key: onlyPayments.key, project: 'proj' })
    expect(denied.status).toBe(403)
    expect(denied.json).toMatchObject({
      status: 'ERROR',
      code: 'NG_ACCESS_DENIED',
      message: `Missing permission ${PERMISSION_VIEW} on pipeline with identifier deploy_payments`,
    })
    expect((await execution({ key: onlyPayments.key, project: 'payments' })).status).toBe(200)
    const executeOnly = sim.addKey({ permissions: [PERMISSION_EXECUTE] })
    expect((await execution({ key: executeOnly.key, project: 'payments' })).status).toBe(403)
  })

  it('missing: 404 ENTITY_NOT_FOUND with Harness\'s text; 401 without a valid key', async () => {
    await start({ mode: 'newest' })
    const answer = await execution({ executionId: 'nope' })
    expect(answer.status).toBe(404)
    expect(answer.json).toMatchObject({
      status: 'ERROR',
      code: 'ENTITY_NOT_FOUND',
      message: 'Plan Execution Summary does not exist or has been deleted for planExecutionId: nope',
    })
    sim.addExecution({ executionId: EXEC })
    expect((await execution({ key: 'pat.acct123.x.y' })).status).toBe(401)
    const noAccount = await execution({ query: { accountIdentifier: '' } })
    expect(noAccount.status).toBe(400)
    expect(noAccount.json.message).toContain('accountIdentifier')
  })

  it('statuses: ApprovalWaiting while a Harness approval visibly waits, Running before; only known names', async () => {
    await start()
    sim.addInstance({ executionId: EXEC, appearAfterReads: 1 })
    expect((await execution()).json.data.pipelineExecutionSummary.status).toBe('Running')
    await call()
    expect((await execution()).json.data.pipelineExecutionSummary.status).toBe('ApprovalWaiting')
    expect(EXECUTION_STATUSES).toHaveLength(30)
    expect(EXECUTION_STATUSES).toEqual(expect.arrayContaining(['ApprovalWaiting', 'InterventionWaiting', 'QUEUED_PLAN_CREATION', 'PassedWithWarning']))
    expect([...TERMINAL_EXECUTION_STATUSES].sort()).toEqual(
      ['Aborted', 'AbortedByFreeze', 'ApprovalRejected', 'Errored', 'Expired', 'Failed', 'IgnoreFailed', 'PassedWithWarning', 'Skipped', 'Success', 'Suspended'],
    )
    expect(() => sim.addExecution({ executionId: 'x', status: 'Done' as never })).toThrow(/unknown execution status Done/)
  })

  it('after an APPROVE (default): Running, then Success after two more reads, with an end time', async () => {
    await start()
    sim.addInstance({ executionId: EXEC })
    const read = async () => (await execution()).json.data.pipelineExecutionSummary
    expect((await read()).status).toBe('ApprovalWaiting')
    await approve()
    expect(await read()).toMatchObject({ status: 'Running' })
    expect((await read()).status).toBe('Running')
    const done = await read()
    expect(done.status).toBe('Success')
    expect(done.endTs).toBeGreaterThanOrEqual(done.startTs)
  })

  it('after an APPROVE, as configured: stays ApprovalWaiting for a while, runs, then fails (by the clock)', async () => {
    await start()
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-01-01T00:00:00Z'))
    sim.addExecution({ executionId: EXEC, afterApprove: [{ status: 'Running', afterMs: 1000 }, { status: 'Failed', afterMs: 5000 }] })
    sim.addInstance({ executionId: EXEC })
    await approve()
    expect(sim.executionStatus(EXEC)).toBe('ApprovalWaiting')
    vi.advanceTimersByTime(999)
    expect((await execution()).json.data.pipelineExecutionSummary.status).toBe('ApprovalWaiting')
    vi.advanceTimersByTime(1)
    expect((await execution()).json.data.pipelineExecutionSummary.status).toBe('Running')
    vi.advanceTimersByTime(5000)
    expect((await execution()).json.data.pipelineExecutionSummary).toMatchObject({ status: 'Failed', endTs: Date.parse('2026-01-01T00:00:06Z') })
  })

  it('after a REJECT: ApprovalRejected; an approval that needs more approvers changes nothing', async () => {
    await start()
    const second = sim.addKey({ user: { name: 'Second', email: 'second@example.com' } })
    sim.addInstance({ executionId: EXEC, minimumCount: 2, approvers: [sim.defaultUser.name, 'Second'] })
    sim.addInstance({ executionId: OTHER })
    await approve()
    expect(sim.executionStatus(EXEC)).toBe('ApprovalWaiting')
    await reject({ key: second.key })
    expect(sim.executionStatus(EXEC)).toBe('ApprovalRejected')
    sim.addExecution({ executionId: 'slow', afterReject: [{ status: 'Aborted', afterReads: 1 }] })
    sim.addInstance({ executionId: 'slow' })
    await reject({ executionId: 'slow' })
    expect((await execution({ executionId: 'slow' })).json.data.pipelineExecutionSummary.status).toBe('ApprovalWaiting')
    expect((await execution({ executionId: 'slow' })).json.data.pipelineExecutionSummary.status).toBe('Aborted')
  })

  it('terminal: a fixed terminal status ends the waiting approvals, and nothing waits again', async () => {
    await start()
    sim.addInstance({ executionId: EXEC })
    sim.setExecutionStatus(EXEC, 'Aborted')
    expect((await execution()).json.data.pipelineExecutionSummary).toMatchObject({ status: 'Aborted', endTs: expect.any(Number) })
    expect((await call()).json.map((i: { status: string }) => i.status)).toEqual(['ABORTED'])
    expectInvalidRequest(await approve(), `Found no Harness Approval Instance waiting for pipeline execution id: ${EXEC} and callback id: null`)
    sim.addExecution({ executionId: OTHER, status: 'Success' })
    expect((await execution({ executionId: OTHER })).json.data.pipelineExecutionSummary.status).toBe('Success')
    expect(() => sim.setExecutionStatus('nope', 'Success')).toThrow(/unknown execution nope/)
  })

  it('url: POST answers the link to the execution in the UI, on the configured host', async () => {
    await start({ uiUrl: 'https://harness.example.com' })
    const query = { accountIdentifier: 'acct123', orgIdentifier: 'default', projectIdentifier: 'proj', pipelineIdentifier: 'deploy', planExecutionId: EXEC }
    const url = `${sim.baseUrl}/pipeline/api/pipelines/execution/url?${new URLSearchParams(query)}`
    const headers = { 'x-api-key': sim.apiKey, 'Harness-Account': 'acct123' }
    const answer = await send(url, { method: 'POST', headers })
    expect(answer.status).toBe(200)
    expect(answer.json).toMatchObject({
      status: 'SUCCESS',
      data: `https://harness.example.com/ng/#/account/acct123/cd/orgs/default/projects/proj/pipelines/deploy/executions/${EXEC}/pipeline`,
    })
    const viewless = sim.addKey({ permissions: [PERMISSION_EXECUTE] })
    expect((await send(url, { method: 'POST', headers: { ...headers, 'x-api-key': viewless.key } })).status).toBe(403)
    const { planExecutionId: _, ...partial } = query
    expect((await send(`${sim.baseUrl}/pipeline/api/pipelines/execution/url?${new URLSearchParams(partial)}`, { method: 'POST', headers })).status).toBe(400)
  })
})

describe('order of the checks on POST', () => {
  it.each(['older', 'newest'] as const)('ladder (%s): a request with every fault gets the first; fixing each reveals the next', async (mode) => {
    await start({ mode })
    const viewer = sim.addKey({ user: { name: 'Viewer', email: 'viewer@example.com' }, permissions: [PERMISSION_VIEW] })
    const { key } = sim.addKey({ user: { name: 'Stranger', email: 'stranger@example.com' } })
    const inst = sim.addInstance({ executionId: EXEC, deadline: Date.now() - 1, approverInputs: [{ name: 'ticket', regex: 'CHG-[0-9]+' }] })
    const bad = { inputs: [{ name: 'ticket', value: 'nope' }] }

    // 1. The permission, even without the account header and for an unknown execution.
    const denied = await approve({ ...bad, key: viewer.key, account: null, executionId: 'unknown' })
    expect(denied.status).toBe(403)
    expect(denied.json).toMatchObject({ code: 'NG_ACCESS_DENIED', message: `Missing permission ${PERMISSION_EXECUTE} on pipeline` })
    // 2. The account header, then the execution.
    expectInvalidRequest(await approve({ ...bad, key, account: null, executionId: 'unknown' }), 'harnessAccount param value is required')
    expectInvalidRequest(await approve({ ...bad, key, executionId: 'unknown' }), belongs('default', 'proj'))
    // 3. Something waiting (the callback id names none).
    expectInvalidRequest(
      await approve({ ...bad, key, query: { callback_id: 'cb' } }),
      `Found no Harness Approval Instance waiting for pipeline execution id: ${EXEC} and callback id: cb`,
    )
    // 4. The principal.
    expectInvalidRequest(await approve({ ...bad, key }), 'User not authorized to approve/reject')
    // 5. The state: past its deadline, although a GET still shows it WAITING.
    expect((await call()).json[0]).toMatchObject({ id: inst.id, status: 'WAITING' })
    expectInvalidRequest(await approve(bad), `${UNABLE}Harness approval instance has already expired`)
    // 6. The inputs.
    inst.deadline = Date.now() + 60_000
    expectInvalidRequest(await approve(bad), `${UNABLE}Approval inputs validation failed: {ticket=nope does not match the regex pattern CHG-[0-9]+}`)
    expect((await approve({ inputs: [{ name: 'ticket', value: 'CHG-1' }] })).json.status).toBe('APPROVED')
    expect(sim.stats.decisionsApplied).toBe(1)
  })

  it('state: a step completed in the meantime answers "already completed. Status: S" (after the principal check)', async () => {
    await start()
    const stranger = sim.addKey({ user: { name: 'Stranger', email: 'stranger@example.com' } })
    sim.addInstance({ executionId: EXEC })
    sim.fault({ on: 'POST', kind: 'finish-before-post' })
    expectInvalidRequest(await approve({ key: stranger.key }), 'User not authorized to approve/reject')
    sim.reset()
    sim.addInstance({ executionId: EXEC })
    sim.fault({ on: 'POST', kind: 'finish-before-post' })
    expectInvalidRequest(await approve(), `${UNABLE}Harness approval instance has already completed. Status: APPROVED`)
  })

  it('lookup error: "An unexpected error occurred while validating execution_id param"', async () => {
    await start()
    sim.addExecution({ executionId: EXEC, lookupError: true })
    sim.addInstance({ executionId: EXEC })
    expectInvalidRequest(await approve(), 'An unexpected error occurred while validating execution_id param')
    expectInvalidRequest(await call(), 'An unexpected error occurred while validating execution_id param')
  })

  it('inputs: names first on the older server, values first on the newest', async () => {
    const inputs = [
      { name: 'ticket', value: 'nope' },
      { name: 'extra', value: 'x' },
    ]
    for (const [mode, expected] of [
      ['older', `${UNABLE}Invalid approver inputs`],
      ['newest', `${UNABLE}Approval inputs validation failed: {ticket=nope does not match the regex pattern CHG-[0-9]+}`],
    ] as const) {
      await start({ mode })
      sim.addInstance({ executionId: EXEC, approverInputs: [{ name: 'ticket', regex: 'CHG-[0-9]+' }] })
      expectInvalidRequest(await approve({ inputs }), expected)
      // With good values, the name check still refuses the unknown name on both.
      expectInvalidRequest(await approve({ inputs: [{ name: 'ticket', value: 'CHG-1' }, { name: 'extra', value: 'x' }] }), `${UNABLE}Invalid approver inputs`)
    }
  })
})

describe('input values, as the newest server checks them', () => {
  // [rule, value, reason or undefined when accepted]
  const rows: Array<[string, ApproverInputSpec, string, string | undefined]> = [
    ['required: empty is refused', { name: 'n', required: true }, '', 'Value was required but not provided'],
    ['required: no trimming, a blank passes', { name: 'n', required: true }, ' ', undefined],
    ['not required: empty passes even with a rule', { name: 'n', regex: '[0-9]+' }, '', undefined],
    ['regex: a full match passes', { name: 'n', regex: 'CHG-[0-9]+' }, 'CHG-12', undefined],
    ['regex: a partial match is refused', { name: 'n', regex: 'CHG-[0-9]+' }, 'xCHG-12', 'xCHG-12 does not match the regex pattern CHG-[0-9]+'],
    ['regex: alternatives are anchored as a whole', { name: 'n', regex: 'a|b' }, 'ab', 'ab does not match the regex pattern a|b'],
    ['regex first: allowedValues is then ignored', { name: 'n', regex: '[a-z]+', allowedValues: ['x'] }, 'abc', undefined],
    ['regex first: selectOneFrom is then ignored', { name: 'n', regex: '[a-z]+', selectOneFrom: ['x'] }, 'zz', undefined],
    ['an empty regex is no rule', { name: 'n', regex: '', allowedValues: ['x'] }, 'y', 'y is not among allowed values'],
    ['allowedValues: every comma-separated item allowed', { name: 'n', allowedValues: ['eu', 'us'] }, 'eu,us', undefined],
    ['allowedValues: one item not allowed', { name: 'n', allowedValues: ['eu', 'us'] }, 'eu,mars', 'eu,mars is not among allowed values'],
    ['allowedValues first: selectOneFrom is then ignored', { name: 'n', allowedValues: ['a', 'b'], selectOneFrom: ['a'] }, 'a,b', undefined],
    ['an empty allowedValues is no rule: selectOneFrom applies', { name: 'n', allowedValues: [], selectOneFrom: ['gold'] }, 'silver', 'silver is not among allowed values'],
    ['allowedValues [""] is a rule: it refuses any value', { name: 'n', allowedValues: [''], selectOneFrom: ['x'] }, 'x', 'x is not among allowed values'],
    ['selectOneFrom: exactly one', { name: 'n', selectOneFrom: ['gold', 'silver'] }, 'silver', undefined],
    ['selectOneFrom: two are not one', { name: 'n', selectOneFrom: ['gold', 'silver'] }, 'gold,silver', 'gold,silver is not among allowed values'],
    ['an empty selectOneFrom is no rule', { name: 'n', selectOneFrom: [] }, 'anything', undefined],
    ['selectManyFrom (inferred): one or more options, comma-separated', { name: 'n', selectManyFrom: ['eu', 'us', 'ap'] }, 'eu,ap', undefined],
    ['selectManyFrom (inferred): an item not an option', { name: 'n', selectManyFrom: ['eu', 'us'] }, 'eu,mars', 'eu,mars is not among allowed values'],
    ['selectManyFrom is last: selectOneFrom first', { name: 'n', selectOneFrom: ['eu'], selectManyFrom: ['eu', 'us'] }, 'eu,us', 'eu,us is not among allowed values'],
    ['no rule at all', { name: 'n' }, 'anything', undefined],
  ]

  it.each(rows)('table: %s', async (_rule, spec, value, reason) => {
    await start({ mode: 'newest' })
    sim.addInstance({ executionId: EXEC, approverInputs: [spec] })
    const answer = await approve({ inputs: [{ name: 'n', value }] })
    if (reason === undefined) {
      expect(answer.status).toBe(200)
      expect(answer.json.status).toBe('APPROVED')
    } else {
      expectInvalidRequest(answer, `${UNABLE}Approval inputs validation failed: {n=${reason}}`)
    }
  })

  it('joined: every failing input in one message, in the step\'s order; a missing one counts as empty', async () => {
    await start({ mode: 'newest' })
    sim.addInstance({
      executionId: EXEC,
      approverInputs: [
        { name: 'reason', required: true },
        { name: 'ticket', regex: 'CHG-[0-9]+' },
        { name: 'tier', selectOneFrom: ['gold'] },
      ],
    })
    expectInvalidRequest(
      await approve({ inputs: [{ name: 'ticket', value: 'x' }, { name: 'tier', value: 'lead' }] }),
      `${UNABLE}Approval inputs validation failed: {reason=Value was required but not provided, ticket=x does not match the regex pattern CHG-[0-9]+, tier=lead is not among allowed values}`,
    )
  })

  it('older: after an approval that leaves the step WAITING, the defaults are that approver\'s values, without constraints', async () => {
    for (const mode of ['older', 'newest'] as const) {
      await start({ mode })
      const second = sim.addKey({ user: { name: 'Second', email: 'second@example.com' } })
      const spec = { name: 'ticket', defaultValue: 'CHG-0', regex: 'CHG-[0-9]+', required: true, description: 'change ticket' }
      sim.addInstance({ executionId: EXEC, minimumCount: 2, approvers: [sim.defaultUser.name, 'Second'], approverInputs: [spec] })
      expect((await approve({ inputs: [{ name: 'ticket', value: 'CHG-77' }] })).json.status).toBe('WAITING')
      const [read] = (await call()).json
      if (mode === 'older') {
        expect(read.details.approverInputs).toEqual([{ name: 'ticket', defaultValue: 'CHG-77' }])
        // Without the constraint, the older server takes any value from the next approver.
        expect((await approve({ key: second.key, inputs: [{ name: 'ticket', value: 'anything' }] })).json.status).toBe('APPROVED')
      } else {
        expect(read.details.approverInputs).toEqual([spec])
        expect((await approve({ key: second.key, inputs: [{ name: 'ticket', value: 'anything' }] })).status).toBe(400)
      }
    }
  })
})

describe('who may approve', () => {
  it('users: members of the step\'s user groups; anyone else is not authorized', async () => {
    await start({ mode: 'newest' })
    const member = sim.addKey({ user: { name: 'Member', email: 'member@example.com' } })
    const stranger = sim.addKey({ user: { name: 'Stranger', email: 'stranger@example.com' } })
    sim.addInstance({ executionId: EXEC, approvers: ['member@example.com'] })
    expectInvalidRequest(await approve({ key: stranger.key }), 'User not authorized to approve/reject')
    expect((await approve({ key: member.key })).json.status).toBe('APPROVED')
  })

  it('service accounts on the newest server: only those listed in approvers.serviceAccounts, in scope', async () => {
    await start({ mode: 'newest' })
    const bot = sim.addKey({ serviceAccount: { identifier: 'deploy_bot' }, user: { name: 'deploy_bot', email: 'deploy_bot@service.harness.io' } })
    expect(bot.key).toMatch(/^sat\.acct123\./)
    expect(bot.principal).toBe('SERVICE_ACCOUNT')
    const orgBot = sim.addKey({ serviceAccount: { identifier: 'org_bot', orgId: 'finance' } })
    const projectBot = sim.addKey({ serviceAccount: { identifier: 'proj_bot', orgId: 'default', projectId: 'proj' } })
    expect([bot, orgBot, projectBot].map((k) => serviceAccountRef(k.serviceAccount!))).toEqual(['account.deploy_bot', 'org.org_bot', 'proj_bot'])
    const refused = 'The service account configured in the request is not authorized to approve/reject'

    // User groups are not consulted for a service account, even when they let anyone in.
    sim.addInstance({ executionId: EXEC, approvers: '*', serviceAccounts: [] })
    expectInvalidRequest(await approve({ key: bot.key }), refused)
    sim.reset()
    sim.addInstance({ executionId: EXEC, approvers: [], serviceAccounts: ['account.deploy_bot', 'org.org_bot'] })
    expectInvalidRequest(await approve({ key: orgBot.key }), refused) // an account of another org
    expect((await approve({ key: bot.key })).json).toMatchObject({ status: 'APPROVED', details: { approvers: { serviceAccounts: ['account.deploy_bot', 'org.org_bot'] } } })
    sim.reset()
    sim.addInstance({ executionId: EXEC, approvers: [], serviceAccounts: ['proj_bot'] })
    expect((await approve({ key: projectBot.key })).json.status).toBe('APPROVED')
  })

  it('service accounts on the older server: not supported, whatever the step lists', async () => {
    await start({ mode: 'older' })
    const bot = sim.addKey({ key: 'sat.acct123.tok.secret' })
    sim.addInstance({ executionId: EXEC, approvers: '*', serviceAccounts: [serviceAccountRef(bot.serviceAccount!)] })
    expectInvalidRequest(await approve({ key: bot.key }), 'SERVICE_ACCOUNT is not supported for Harness Approval Step yet')
  })

  it('deleted principals: "Invalid user: <id>" and "Service account [<id>] does not exist."', async () => {
    await start({ mode: 'newest' })
    const gone = sim.addKey({ userId: 'Kx9YfP2aQmS3bTc4dUe5vW', deleted: true })
    const goneBot = sim.addKey({ serviceAccount: { identifier: 'old_bot' }, deleted: true })
    sim.addInstance({ executionId: EXEC, approvers: '*', serviceAccounts: ['account.old_bot'] })
    expectInvalidRequest(await approve({ key: gone.key }), 'Invalid user: Kx9YfP2aQmS3bTc4dUe5vW')
    expectInvalidRequest(await approve({ key: goneBot.key }), 'Service account [old_bot] does not exist.')
  })

  it('step rules: already acted, then executor not allowed, then disallowed emails (any case), in that order', async () => {
    await start({ mode: 'newest' })
    const user = { name: 'Pat', email: 'Pat.Ops@Example.com' }
    const pat = sim.addKey({ user })
    const inst = sim.addInstance({ executionId: EXEC, approvers: '*', minimumCount: 2, disallowedUserEmails: ['pat.ops@example.com'], disallowPipelineExecutor: true, pipelineExecutor: 'Pat' })
    // All three at once: the first rule answers; lifting each reveals the next.
    inst.approvalActivities.push({ user, action: 'APPROVE', approverInputs: [], comments: '', approvedAt: Date.now() })
    expectInvalidRequest(await approve({ key: pat.key }), 'You have already approved/rejected the pipeline')
    inst.approvalActivities.length = 0
    expectInvalidRequest(await approve({ key: pat.key }), 'Pipeline executor is not allowed to approve/reject')
    inst.disallowPipelineExecutor = false
    expectInvalidRequest(
      await approve({ key: pat.key }),
      'Action not permitted: You [Pat.Ops@Example.com] are on the disallowed user list and do not have permission to approve or reject.',
    )
    inst.disallowedUserEmails = []
    expect((await approve({ key: pat.key })).json.status).toBe('WAITING')
  })

  it('twice: the same user never approves a step twice, with any of its keys; another approver releases it', async () => {
    for (const [options, refusal] of [
      // Newer servers give the reason; older builds the one generic sentence for every refusal.
      [{ mode: 'newest' }, 'You have already approved/rejected the pipeline'],
      [{ olderBuild: true }, 'User not authorized to approve/reject'],
    ] as const) {
      await start(options)
      const secondKey = sim.addKey({ user: sim.defaultUser })
      const other = sim.addKey({ user: { name: 'Other', email: 'other@example.com' } })
      sim.addInstance({ executionId: EXEC, approvers: '*', minimumCount: 2 })
      expect((await approve()).json.status).toBe('WAITING')
      expectInvalidRequest(await approve(), refusal)
      expectInvalidRequest(await approve({ key: secondKey.key }), refusal)
      expectInvalidRequest(await reject(), refusal)
      expect(sim.stats.decisionsApplied).toBe(1)
      expect((await approve({ key: other.key })).json.status).toBe('APPROVED')
    }
  })

  it('expired token: 401 EXPIRED_TOKEN "Token expired."', async () => {
    await start()
    const old = sim.addKey({ expired: true })
    for (const answer of [await call({ key: old.key }), await approve({ key: old.key }), await execution({ key: old.key })]) {
      expect(answer.status).toBe(401)
      expect(answer.json).toMatchObject({ status: 'ERROR', code: 'EXPIRED_TOKEN', message: 'Token expired.' })
    }
  })
})

describe('auto-reject', () => {
  it('an APPROVE rejects the older WAITING runs of the same pipeline, step and service; nothing else', async () => {
    await start()
    const older = sim.addInstance({ executionId: 'run1', autoRejectEnabled: true, serviceIdentifier: 'api' })
    const otherStep = sim.addInstance({ executionId: 'run2', autoRejectEnabled: true, serviceIdentifier: 'api', stepIdentifier: 'qa_gate' })
    const otherService = sim.addInstance({ executionId: 'run3', autoRejectEnabled: true, serviceIdentifier: 'web' })
    const otherPipeline = sim.addInstance({ executionId: 'run4', autoRejectEnabled: true, serviceIdentifier: 'api', pipelineId: 'other_pipeline' })
    const current = sim.addInstance({ executionId: EXEC, autoRejectEnabled: true, serviceIdentifier: 'api' })
    const newer = sim.addInstance({ executionId: 'run6', autoRejectEnabled: true, serviceIdentifier: 'api' })

    expect((await call()).json[0].details.autoRejectEnabled).toBe(true)
    expect((await approve()).json.status).toBe('APPROVED')
    expect(sim.instance(older.id)).toMatchObject({ status: 'REJECTED' })
    expect(sim.instance(older.id)?.approvalActivities[0]).toMatchObject({ user: sim.defaultUser, action: 'REJECT' })
    expect(sim.executionStatus('run1')).toBe('ApprovalRejected')
    for (const untouched of [otherStep, otherService, otherPipeline, newer]) expect(sim.instance(untouched.id)?.status).toBe('WAITING')
    expect(sim.instance(current.id)?.status).toBe('APPROVED')
    expect(sim.stats).toMatchObject({ decisionsApplied: 1, autoRejected: 1 })
  })

  it('not without autoRejectEnabled on the approved step, and not on a REJECT', async () => {
    await start()
    const older = sim.addInstance({ executionId: 'run1' })
    sim.addInstance({ executionId: EXEC })
    await approve()
    expect(sim.instance(older.id)?.status).toBe('WAITING')

    sim.reset()
    const olderAgain = sim.addInstance({ executionId: 'run1', autoRejectEnabled: true })
    sim.addInstance({ executionId: EXEC, autoRejectEnabled: true })
    await reject()
    expect(sim.instance(olderAgain.id)?.status).toBe('WAITING')
    expect(sim.stats.autoRejected).toBe(0)
  })
})

describe('unknown paths', () => {
  it('under a service: 400 RESOURCE_NOT_FOUND_EXCEPTION "HTTP 404 Not Found", and "HTTP 405 …" for a wrong method', async () => {
    await start()
    sim.addInstance({ executionId: EXEC })
    const headers = { 'x-api-key': sim.apiKey, 'Harness-Account': 'acct123' }
    // A base URL that repeats a segment, as a wrong baseUrl does.
    for (const path of ['/gateway/pipeline/pipeline/api/v1/orgs/default/projects/proj/approvals/execution/x', '/gateway/ng/api/nothing', '/gateway/pipeline']) {
      const answer = await send(`${sim.url}${path}`, { headers })
      expect(answer.status).toBe(400)
      expect(answer.json).toEqual({ status: 'FAILURE', code: 'RESOURCE_NOT_FOUND_EXCEPTION', message: 'HTTP 404 Not Found' })
    }
    const wrongMethod = await send(`${sim.baseUrl}/pipeline/api/v1/orgs/default/projects/proj/approvals/execution/${EXEC}`, { method: 'PUT', headers })
    expect(wrongMethod.status).toBe(400)
    expect(wrongMethod.json).toEqual({ status: 'FAILURE', code: 'RESOURCE_NOT_FOUND_EXCEPTION', message: 'HTTP 405 Method Not Allowed' })
    // A path no service owns is the gateway's own 404.
    expect((await send(`${sim.baseUrl}/nowhere`, { headers })).status).toBe(404)
  })
})
