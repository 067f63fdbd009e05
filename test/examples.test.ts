// The reusable workflow and the examples are what users copy: they must parse, and every name in them
// (action inputs, workflow inputs and secrets, CLI flags, environment variables, payload fields, approver
// inputs) must be one the action, the command line or the Harness side actually knows.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { runDefaults } from '../src/run/github-context.js'
import { envNames, INPUT_OPTIONS } from '../src/cli/options.js'
import { DOCS_PAGES } from './support/docs.js'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const REUSABLE = '.github/workflows/harness-approval.yml'
const CALLER = 'examples/caller-workflow.yml'
const STEP_GROUP = 'examples/harness/approval-step-group.yaml'
const RUN_STEP = 'examples/harness/run-step.yaml'
const JENKINSFILE = 'examples/Jenkinsfile'

/** Inputs of the reusable workflow that configure the job, not the action. */
const WORKFLOW_ONLY_INPUTS = new Set(['runsOn'])
/** The workflow's secrets, and the action input each one feeds. */
const SECRET_INPUTS: Record<string, string> = { HARNESS_API_KEY: 'apiKey', STATUS_HEADERS: 'statusHeaders' }

type Yaml = Record<string, any>

function text(path: string): string {
  return readFileSync(join(ROOT, path), 'utf8')
}

function load(path: string): Yaml {
  // Strict: duplicate keys and any syntax error throw, as GitHub's and Harness's parsers would refuse them.
  return parse(text(path), { strict: true, uniqueKeys: true }) as Yaml
}

interface Step {
  uses?: string
  with?: Record<string, unknown>
}

/** `./`, or `owner/harness-approval-gate@ref`: this action (not the reusable workflow in its repository). */
function usesThisAction(uses: string | undefined): boolean {
  return uses !== undefined && (/^\.\/?$/.test(uses) || /^[\w.-]+\/harness-approval-gate@[\w.-]+$/.test(uses))
}

function usesReusableWorkflow(uses: string | undefined): boolean {
  return uses !== undefined && /^[\w.-]+\/harness-approval-gate\/\.github\/workflows\/harness-approval\.yml@[\w.-]+$/.test(uses)
}

function actionSteps(workflow: Yaml): Step[] {
  return Object.values((workflow.jobs ?? {}) as Record<string, { steps?: Step[] }>).flatMap((job) => (job.steps ?? []).filter((s) => usesThisAction(s.uses)))
}

interface ActionSpec {
  inputs: Record<string, { required?: boolean }>
  outputs: Record<string, unknown>
}

// Read when first needed, so a broken action.yml fails the tests that depend on it, not the whole file.
let actionSpec: ActionSpec | undefined
function action(): ActionSpec {
  actionSpec ??= load('action.yml') as ActionSpec
  return actionSpec
}
const actionInputs = () => Object.keys(action().inputs)
const requiredActionInputs = () => actionInputs().filter((name) => action().inputs[name]?.required === true)

describe('every file parses', () => {
  it.each([REUSABLE, CALLER, STEP_GROUP, RUN_STEP, 'action.yml', '.github/workflows/ci.yml', '.github/workflows/release.yml', '.github/dependabot.yml'])('%s', (path) => {
    expect(load(path)).toBeTypeOf('object')
  })
})

describe('the reusable workflow', () => {
  const workflow = load(REUSABLE)
  const call = workflow.on.workflow_call as { inputs: Record<string, { type: string; required?: boolean; default?: unknown }>; secrets: Record<string, { required?: boolean }>; outputs: Record<string, { value: string }> }
  const steps = actionSteps(workflow)
  const step = steps[0]!

  it('has one step using the action by its published name (./ would be the caller\'s repository)', () => {
    expect(steps).toHaveLength(1)
    expect(step.uses).toMatch(/^[\w.-]+\/harness-approval-gate@v\d+$/)
  })

  it('passes only inputs the action declares, and every required one', () => {
    const given = Object.keys(step.with ?? {})
    for (const key of given) expect(actionInputs(), `with: ${key}`).toContain(key)
    for (const required of requiredActionInputs()) expect(given, `required input ${required}`).toContain(required)
  })

  it('maps every workflow input to the action input of the same name, and mirrors every action input', () => {
    const inputs = Object.keys(call.inputs)
    for (const name of inputs) {
      if (WORKFLOW_ONLY_INPUTS.has(name)) continue
      expect(actionInputs(), `workflow input ${name}`).toContain(name)
      expect(step.with?.[name], `with: ${name}`).toBe(`\${{ inputs.${name} }}`)
      expect(['string', 'number', 'boolean']).toContain(call.inputs[name]!.type)
    }
    const secretFed = Object.values(SECRET_INPUTS)
    for (const name of actionInputs()) expect([...inputs, ...secretFed], `action input ${name}`).toContain(name)
  })

  it("is described in Running anywhere with every input and output it has", () => {
    const page = text('docs/running-anywhere.md')
    const section = page.slice(page.indexOf('\n## Reusable workflow\n'), page.indexOf('\n## Harness step group\n'))
    expect(section).not.toBe('')
    const listed = (lead: string) => {
      const start = section.indexOf(lead)
      expect(start, lead).toBeGreaterThan(-1)
      return [...section.slice(start, section.indexOf(')', start)).matchAll(/`([A-Za-z]+)`/g)].map((m) => m[1])
    }
    const inputs = Object.keys(call.inputs).filter((name) => !WORKFLOW_ONLY_INPUTS.has(name))
    expect(listed("Its inputs mirror the action's (").sort()).toEqual(inputs.sort())
    for (const name of WORKFLOW_ONLY_INPUTS) expect(section).toContain(`plus \`${name}\``)
    expect(listed("Its outputs are the action's outputs (").sort()).toEqual(Object.keys(call.outputs).sort())
  })

  it('takes the key and the status headers as secrets, never as inputs', () => {
    expect(Object.keys(call.secrets).sort()).toEqual(Object.keys(SECRET_INPUTS).sort())
    expect(call.secrets.HARNESS_API_KEY!.required).toBe(true)
    for (const [secret, input] of Object.entries(SECRET_INPUTS)) {
      expect(call.inputs[input]).toBeUndefined()
      expect(step.with?.[input]).toBe(`\${{ secrets.${secret} }}`)
    }
  })

  it('keeps the action defaults that parseSettings would otherwise apply', () => {
    // A number input without a default is 0 in a called workflow, which the action refuses.
    for (const [name, input] of Object.entries(call.inputs)) if (input.type === 'number') expect(input.default, name).toBeGreaterThan(0)
    expect(call.inputs.orgId!.required).toBe(true)
    expect(call.inputs.projectId!.required).toBe(true)
  })

  it('re-exports every output of the action', () => {
    const jobs = workflow.jobs as Record<string, { outputs?: Record<string, string>; steps?: Step[] }>
    const [jobId, job] = Object.entries(jobs).find(([, j]) => (j.steps ?? []).some((s) => usesThisAction(s.uses)))!
    const stepId = (job.steps!.find((s) => usesThisAction(s.uses)) as Step & { id?: string }).id
    expect(stepId).toBeTruthy()
    for (const output of Object.keys(action().outputs)) {
      expect(call.outputs[output]?.value, output).toBe(`\${{ jobs.${jobId}.outputs.${output} }}`)
      expect(job.outputs?.[output], output).toBe(`\${{ steps.${stepId}.outputs.${output} }}`)
    }
  })
})

describe('the caller workflow', () => {
  const caller = load(CALLER)
  const reusable = load(REUSABLE).on.workflow_call as { inputs: Record<string, { required?: boolean }>; secrets: Record<string, { required?: boolean }> }
  const jobs = Object.values(caller.jobs as Record<string, { uses?: string; with?: Record<string, unknown>; secrets?: Record<string, unknown> }>)
  const calls = jobs.filter((j) => usesReusableWorkflow(j.uses))

  it('calls the reusable workflow with its declared inputs and secrets only', () => {
    expect(calls.length).toBeGreaterThan(0)
    for (const job of calls) {
      for (const key of Object.keys(job.with ?? {})) expect(Object.keys(reusable.inputs), `with: ${key}`).toContain(key)
      for (const [name, input] of Object.entries(reusable.inputs)) if (input.required) expect(Object.keys(job.with ?? {})).toContain(name)
      for (const key of Object.keys(job.secrets ?? {})) expect(Object.keys(reusable.secrets)).toContain(key)
      for (const [name, secret] of Object.entries(reusable.secrets)) if (secret.required) expect(Object.keys(job.secrets ?? {})).toContain(name)
    }
  })

  it('uses the action directly only with inputs it declares', () => {
    for (const step of actionSteps(caller)) for (const key of Object.keys(step.with ?? {})) expect(actionInputs()).toContain(key)
  })
})

describe('the Harness side', () => {
  const group = load(STEP_GROUP).template as Yaml
  const steps = (group.spec.steps as { step: Yaml }[]).map((s) => s.step)
  const byType = (type: string) => steps.find((s) => s.type === type)!

  it('is a step group template: callback id, then the dispatch, then the approval', () => {
    expect(group.type).toBe('StepGroup')
    expect(steps.map((s) => s.type)).toEqual(['ShellScript', 'Http', 'HarnessApproval'])
  })

  it('dispatches the payload the action reads, with the callback id the approval step waits on', () => {
    const http = byType('Http')
    expect(http.spec.method).toBe('POST')
    expect(http.spec.url).toMatch(/^https:\/\/api\.github\.com\/repos\/.+\/dispatches$/)
    const body = JSON.parse(http.spec.requestBody as string) as { event_type: string; client_payload: Record<string, string> }
    // The same field names the action takes its defaults from.
    const defaults = runDefaults({ eventName: 'repository_dispatch', payload: { client_payload: body.client_payload } })
    expect(defaults.executionId).toBe('<+pipeline.executionId>')
    const approval = byType('HarnessApproval')
    expect(defaults.callbackId).toBe(approval.spec.callbackId)
    const callbackStep = byType('ShellScript')
    expect(approval.spec.callbackId).toBe(`<+stepGroup.steps.${callbackStep.identifier}.output.outputVariables.callback_id>`)
    expect((callbackStep.spec.outputVariables as { name: string }[]).map((v) => v.name)).toContain('callback_id')
    // The event type the caller workflow listens for.
    expect(load(CALLER).on.repository_dispatch.types).toContain(body.event_type)
  })

  it('declares every approver input the examples send', () => {
    const declared = (byType('HarnessApproval').spec.approverInputs as { name: string }[]).map((i) => i.name)
    const sent = new Set<string>()
    for (const job of Object.values(load(CALLER).jobs as Record<string, { with?: { approverInputs?: string } }>)) {
      for (const line of (job.with?.approverInputs ?? '').split('\n')) if (line.includes('=')) sent.add(line.split('=')[0]!.trim())
    }
    for (const match of text(JENKINSFILE).matchAll(/--approver-input\s+(\w+)=/g)) sent.add(match[1]!)
    const runStep = load(RUN_STEP).step as Yaml
    for (const name of Object.keys(JSON.parse(runStep.spec.envVariables.PLUGIN_APPROVER_INPUTS as string))) sent.add(name)
    expect(sent.size).toBeGreaterThan(0)
    for (const name of sent) expect(declared, `approver input ${name}`).toContain(name)
  })

})

describe('the command line examples', () => {
  const knownEnv = new Set([...INPUT_OPTIONS.flatMap((o) => envNames(o)), 'PLUGIN_ACTION'])
  const knownFlags = new Set([...INPUT_OPTIONS.map((o) => o.flag), 'json', 'verbose', 'help', 'version'])

  it('the Run step sets only environment variables the command line reads, and no key in the clear', () => {
    const step = load(RUN_STEP).step as Yaml
    expect(step.type).toBe('Run')
    const env = step.spec.envVariables as Record<string, string>
    for (const name of Object.keys(env)) expect(knownEnv, name).toContain(name)
    expect(env.HARNESS_API_KEY).toMatch(/^<\+secrets\.getValue\("[\w.-]+"\)>$/)
    expect(step.spec.command).toMatch(/harness-approval-gate\S* approve/)
    for (const match of (step.spec.command as string).matchAll(/\s--([a-z][a-z-]*)/g)) {
      if (match[1] !== 'yes') expect(knownFlags, `--${match[1]}`).toContain(match[1])
    }
  })

  it('the Jenkinsfile uses only known flags and environment variables, and the key from credentials', () => {
    const jenkins = text(JENKINSFILE)
    const flags = [...jenkins.matchAll(/\s--([a-z][a-z-]*)/g)].map((m) => m[1]!).filter((f) => f !== 'yes')
    expect(flags).toContain('execution-id')
    for (const flag of flags) expect(knownFlags, `--${flag}`).toContain(flag)
    for (const match of jenkins.matchAll(/^\s*(HARNESS_\w+|PLUGIN_\w+)\s*=/gm)) expect(knownEnv, match[1]).toContain(match[1])
    expect(jenkins).toMatch(/HARNESS_API_KEY\s*=\s*credentials\(/)
    expect(jenkins).not.toMatch(/--api-key/)
  })

  it('the Command line page names every flag and environment variable', () => {
    const docs = text('docs/command-line.md')
    for (const option of INPUT_OPTIONS) {
      // A switch stands alone (`--dry-run`); any other flag is shown with its value.
      expect(docs, `--${option.flag}`).toContain(option.boolean ? `\`--${option.flag}\`` : `\`--${option.flag} `)
      for (const name of envNames(option)) expect(docs, name).toContain(name)
    }
  })
})

describe('action.yml and the README stay in step', () => {
  const readme = () => text('README.md')
  const table = (heading: string) => readme().split(`## ${heading}`)[1]?.split('\n## ')[0] ?? ''

  it('the Inputs table names every input action.yml declares, and no other', () => {
    const documented = new Set([...table('Inputs').matchAll(/^\| `([^`]+)`(?:, `([^`]+)`)?(?:, `([^`]+)`)?/gm)].flatMap((m) => m.slice(1).filter(Boolean)))
    expect([...documented].sort()).toEqual([...actionInputs()].sort())
  })

  it('the Outputs table names every output action.yml declares, and no other', () => {
    const documented = [...table('Outputs').matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1])
    expect(documented.sort()).toEqual(Object.keys(action().outputs).sort())
  })

  it('defaults in the README match action.yml', () => {
    const inputs = action().inputs as Record<string, { default?: string }>
    for (const [name, spec] of Object.entries(inputs)) {
      if (spec.default === undefined) continue
      const row = table('Inputs').split('\n').find((line) => line.includes(`\`${name}\``))
      expect(row, name).toContain(spec.default.split(',')[0]!.trim())
    }
  })

  it('action.yml states every default the README states: the same value, or in words in its description', () => {
    const inputs = action().inputs as Record<string, { default?: string; description: string }>
    let literal = 0
    for (const line of table('Inputs').split('\n').filter((l) => /^\| `/.test(l))) {
      const [, names = '', defaults = ''] = line.split(/(?<!\\)\|/)
      const named = [...names.matchAll(/`([^`]+)`/g)].map((m) => m[1]!)
      const values = [...defaults.matchAll(/`([^`]+)`/g)].map((m) => m[1]!)
      if (values.length > 0) {
        // One value per name, in order (`10s`, `60s`, `30m` for pollInterval, maxPollInterval, timeout).
        expect(values, line).toHaveLength(named.length)
        named.forEach((name, i) => expect(inputs[name]?.default, name).toBe(values[i]))
        literal += values.length
      } else if (defaults.trim() !== '') {
        for (const name of named) expect(inputs[name]?.description, `${name}: README says "${defaults.trim()}"`).toMatch(/\bDefault/i)
      }
    }
    expect(literal).toBeGreaterThanOrEqual(10)
  })
})

describe('what users install and pin', () => {
  const major = () => (JSON.parse(text('package.json')) as { version: string }).version.split('.')[0]!
  const documents = ['README.md', ...DOCS_PAGES, RUN_STEP, JENKINSFILE, CALLER, REUSABLE]

  it('action.yml names its authors, not the package', () => {
    const author = (load('action.yml') as { author?: string }).author
    expect(author).toBe('The harness-approval-gate authors')
  })

  it('no example installs from a git source, which needs git on the machine', () => {
    for (const path of documents) expect(text(path), path).not.toMatch(/npx[^\n]*github:|git\+https:\/\/[^\n]*#v/)
  })

  it('every npx names the npm package at the current major version, or an exact version', () => {
    for (const path of documents) {
      for (const match of text(path).matchAll(/npx --yes ([^\s'"]+)/g)) {
        expect(match[1], path).toMatch(new RegExp(`^harness-approval-gate@${major()}(\\.\\d+\\.\\d+)?$`))
      }
    }
    expect(text(RUN_STEP)).toContain(`npx --yes harness-approval-gate@${major()} `)
    expect(text(JENKINSFILE)).toContain(`'npx --yes harness-approval-gate@${major()}'`)
  })

  it('every uses: of the action or the reusable workflow names the current major tag, or a commit id', () => {
    for (const path of documents) {
      for (const match of text(path).matchAll(/uses: ([\w.-]+\/harness-approval-gate[^\s@]*@(?:<[^>]*>|\S+))/g)) {
        expect(match[1], path).toMatch(new RegExp(`@(v${major()}|<40-character commit id>)$`))
      }
    }
  })

  it('the docs say how to pin exactly: a commit id, an exact npm version, or the release file and its SHA-256', () => {
    const pinning = text('docs/running-anywhere.md').split('\n## Pinning a version\n')[1]?.split('\n## ')[0] ?? ''
    expect(pinning).toMatch(/uses: [\w.-]+\/harness-approval-gate@<40-character commit id>/)
    expect(pinning).toMatch(new RegExp(`npx --yes harness-approval-gate@${major()}\\.\\d+\\.\\d+ `))
    expect(pinning).toMatch(/releases\/download\/v\d+\.\d+\.\d+\/cli\.js/)
    expect(pinning).toContain('| sha256sum -c -')
  })
})

describe('workflows that run safely', () => {
  /** Every `run:` script and `uses:` of a workflow's jobs. */
  function steps(path: string): { run?: string; uses?: string }[] {
    const jobs = Object.values(load(path).jobs ?? {}) as Yaml[]
    return jobs.flatMap((job) => (job.steps ?? []) as { run?: string; uses?: string }[])
  }

  it('puts no expression into a run script: values arrive as quoted variables', () => {
    const scripts = [CALLER, REUSABLE].flatMap((path) => steps(path)).flatMap((s) => (s.run ? [s.run] : []))
    expect(scripts.length).toBeGreaterThan(1)
    for (const script of scripts) expect(script).not.toContain('${{')
  })
})
