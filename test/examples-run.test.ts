// The Harness Run step and the Jenkinsfile, run as written: their shell commands, with the environment
// they set, against the Harness simulator. `npx --yes harness-approval-gate@1` really fetches the package,
// from a registry on 127.0.0.1 that serves this checkout's `npm pack` and nothing else, into an empty
// cache: what a fresh node image or Jenkins agent does, minus the internet.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { startHarnessSimulator, type HarnessSimulator } from '../sim/harness-simulator.js'
import { ROOT } from './support/run-action.js'
import { npmEnv, packPackage, run, startPackageRegistry, type PackageRegistry, type PackedPackage } from './support/npm-package.js'

const ACCOUNT = 'acctExamples'
const ORG = 'default'
const PROJECT = 'payments'

let scratch: string
let pkg: PackedPackage
let registry: PackageRegistry
let sim: HarnessSimulator
/** A fresh working directory (a Harness step's workspace, a Jenkins workspace) per test. */
let workspace: string

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'hag-examples-'))
  pkg = await packPackage(scratch)
  registry = await startPackageRegistry(pkg)
}, 120_000)

afterAll(async () => {
  await registry?.close()
  if (scratch) rmSync(scratch, { recursive: true, force: true })
})

beforeEach(async (context) => {
  sim = await startHarnessSimulator({ accountId: ACCOUNT, orgId: ORG, projectId: PROJECT })
  workspace = join(scratch, context.task.id)
  mkdirSync(workspace)
})

afterEach(async () => {
  await sim.close()
})

/** npm as the image or agent has it: an empty cache (per test), and the registry on 127.0.0.1. */
function shellEnv(vars: Record<string, string>): Record<string, string> {
  return npmEnv(scratch, { npm_config_cache: join(workspace, '.npm'), npm_config_registry: registry.url, ...vars })
}

function expectFetchedThisPackageOnly(): void {
  expect(registry.requests.length).toBeGreaterThan(0)
  for (const path of registry.requests) expect(path.startsWith(`/${pkg.name}`), path).toBe(true)
}

describe('the Harness Run step', () => {
  type RunStep = { type: string; spec: { image: string; shell: string; command: string; envVariables: Record<string, string> } }
  const step = (parse(readFileSync(join(ROOT, 'examples/harness/run-step.yaml'), 'utf8')) as { step: RunStep }).step

  /** What Harness puts in place of each expression the step uses; an unknown one fails the test. */
  function resolveExpressions(value: string, values: Record<string, string>): string {
    return value.replace(/<\+([^>]+)>/g, (expression, name: string) => {
      if (!(name in values)) throw new Error(`the Run step uses ${expression}: give it a value in this test`)
      return values[name]!
    })
  }

  /** The step's environment as Harness sets it for `execution`, with the base URL pointed at the simulator. */
  function runStepEnv(execution: string): Record<string, string> {
    const values: Record<string, string> = {
      'secrets.getValue("harness_approver_api_key")': sim.apiKey,
      'account.identifier': ACCOUNT,
      'org.identifier': ORG,
      'project.identifier': PROJECT,
      'pipeline.executionId': execution,
      'pipeline.variables.approvalCallbackId': 'run-step-gate',
      'stage.name': 'Checks',
    }
    const env: Record<string, string> = {}
    for (const [name, value] of Object.entries(step.spec.envVariables)) env[name] = resolveExpressions(String(value), values)
    // The one setting the step leaves to its default: Harness SaaS, here the simulator.
    env.PLUGIN_BASE_URL = sim.baseUrl
    return env
  }

  it('runs on an image with Node.js and npm, and installs the package pinned to a major version', () => {
    expect(step.spec.image).toMatch(/^node:\d+(-alpine)?$/)
    expect(Number(/^node:(\d+)/.exec(step.spec.image)![1])).toBeGreaterThanOrEqual(20)
    expect(step.spec.shell).toBe('Sh')
    expect(step.spec.command).toMatch(/npx --yes harness-approval-gate@\d+ /)
  })

  it('approves the waiting step, writes result.json and exports approval_status', async () => {
    const execution = 'execRunStepAAAAAAAAAAA1'
    sim.addInstance({ executionId: execution, callbackId: 'run-step-gate', approverInputs: [{ name: 'checkedBy' }] })
    const env = runStepEnv(execution)
    // Harness reads output variables from the shell's environment when the script ends.
    const script = `trap 'printf %s "$approval_status" > .approval_status' EXIT\n${step.spec.command}\n`
    const result = await run('sh', ['-c', script], workspace, shellEnv(env), 120_000)

    expect(result.code, result.stderr).toBe(0)
    expect(`${result.stdout}${result.stderr}`).not.toContain(sim.apiKey)
    const posts = sim.posts(execution)
    expect(posts).toHaveLength(1)
    const body = posts[0]!.body as { action: string; comments: string; approverInputs: { name: string; value: string }[] }
    expect(body.action).toBe('APPROVE')
    expect(body.comments).toContain('Checks passed in stage Checks')
    expect(body.approverInputs).toEqual([{ name: 'checkedBy', value: 'harness-run-step' }])
    const json = JSON.parse(readFileSync(join(workspace, 'result.json'), 'utf8')) as { approvalStatus: string }
    expect(json.approvalStatus).toBe('APPROVED')
    expect(readFileSync(join(workspace, '.approval_status'), 'utf8')).toBe('APPROVED')
    expectFetchedThisPackageOnly()
  })

  it('fails the step with the command line\'s exit code when nothing is waiting', async () => {
    // Running, with no approval step yet (a decided step the callback id names would answer otherwise).
    sim.addExecution({ executionId: 'execNothingWaitingAAAA1' })
    const env = runStepEnv('execNothingWaitingAAAA1')
    env.PLUGIN_WAIT_FOR_APPROVAL = '0'
    const result = await run('sh', ['-c', step.spec.command], workspace, shellEnv(env), 120_000)
    expect(result.code, result.stderr).toBe(1)
    expect(result.stderr).toMatch(/^error: No approval step is waiting/m)
    expect(sim.posts('execNothingWaitingAAAA1')).toHaveLength(0)
    // The result is kept for the next step even when nothing was decided.
    const json = JSON.parse(readFileSync(join(workspace, 'result.json'), 'utf8')) as { outcome: string; decision?: string }
    expect(json.outcome).toBe('failed')
    expect(json.decision).toBeUndefined()
  })
})

describe('the Jenkinsfile', () => {
  const jenkinsfile = readFileSync(join(ROOT, 'examples/Jenkinsfile'), 'utf8')

  /** `NAME = 'value'` lines of the environment block; credentials(...) are left to the test. */
  function environment(): Record<string, string> {
    const block = /^\s*environment\s*\{([\s\S]*?)^\s*\}/m.exec(jenkinsfile)![1]!
    const env: Record<string, string> = {}
    for (const match of block.matchAll(/^\s*(\w+)\s*=\s*'([^']*)'\s*$/gm)) env[match[1]!] = match[2]!
    return env
  }

  /**
   * The shell script of the `sh '''…'''` step in `post { <condition> { … } }`, as Jenkins hands it to sh:
   * Groovy joins a line ending in a backslash with the next.
   */
  function postScript(condition: string): string {
    const post = jenkinsfile.slice(jenkinsfile.indexOf('post {'))
    const section = post.slice(post.indexOf(`${condition} {`))
    const script = /sh\s+'''([\s\S]*?)'''/.exec(section)![1]!
    return script.replace(/\\\n/g, '')
  }

  function jenkinsEnv(execution: string): Record<string, string> {
    return shellEnv({
      ...environment(),
      HARNESS_API_KEY: sim.apiKey,
      HARNESS_EXECUTION_ID: execution,
      HARNESS_CALLBACK_ID: 'jenkins-gate',
      // Jenkins sets it for every build; the command line records it as the default comments.
      BUILD_URL: 'https://jenkins.example.com/job/deploy-checks/42/',
      // The example uses Harness SaaS through the default base URL; here, the simulator.
      HARNESS_API_URL: sim.baseUrl,
      HARNESS_ACCOUNT_ID: ACCOUNT,
    })
  }

  it('installs the package pinned to a major version, and takes the key from the credential store', () => {
    expect(environment().GATE).toMatch(/^npx --yes harness-approval-gate@\d+$/)
    expect(jenkinsfile).toMatch(/HARNESS_API_KEY\s*=\s*credentials\(/)
  })

  it('approves in post { success }, with the approver inputs it names', async () => {
    const execution = 'execJenkinsOkAAAAAAAAA1'
    sim.addInstance({ executionId: execution, callbackId: 'jenkins-gate', approverInputs: [{ name: 'checkedBy' }, { name: 'smokeTests' }] })
    const result = await run('sh', ['-c', postScript('success')], workspace, jenkinsEnv(execution), 120_000)
    expect(result.code, result.stderr).toBe(0)
    expect(result.stdout).toMatch(/^Decided: APPROVE on execution execJenkinsOk\w+ .*APPROVED\.\n$/)
    const posts = sim.posts(execution)
    expect(posts).toHaveLength(1)
    const body = posts[0]!.body as { action: string; comments: string; approverInputs: { name: string; value: string }[] }
    expect(body.action).toBe('APPROVE')
    expect(body.comments).toContain('https://jenkins.example.com/job/deploy-checks/42/')
    expect(body.approverInputs).toEqual(expect.arrayContaining([{ name: 'checkedBy', value: 'jenkins' }, { name: 'smokeTests', value: 'passed' }]))
    expect(sim.gets(execution)[0]!.query.callback_id).toBe('jenkins-gate')
    expectFetchedThisPackageOnly()
  })

  it('rejects in post { failure }, and leaves the JSON result for archiveArtifacts', async () => {
    const execution = 'execJenkinsBadAAAAAAAA1'
    sim.addInstance({ executionId: execution, callbackId: 'jenkins-gate' })
    const result = await run('sh', ['-c', postScript('failure')], workspace, jenkinsEnv(execution), 120_000)
    expect(result.code, result.stderr).toBe(0)
    expect(sim.posts(execution).map((p) => (p.body as { action: string }).action)).toEqual(['REJECT'])
    const json = JSON.parse(readFileSync(join(workspace, 'harness-result.json'), 'utf8')) as { decision: string; approvalStatus: string }
    expect(json.decision).toBe('REJECT')
    expect(json.approvalStatus).toBe('REJECTED')
    expect(jenkinsfile).toContain("archiveArtifacts artifacts: 'harness-result.json'")
  })
})
