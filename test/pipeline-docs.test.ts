// The dry run and following the pipeline are described in four places a user reads: action.yml, the reusable
// workflow, the command line's help and their pages in docs/. They must say the same: the same inputs and flags, the
// same defaults, the same two ways to follow (past-approval, finished), the statuses that fail the step, and
// the outputs that report it.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { FAILING_PIPELINE_STATUSES, FOLLOW_UNTIL_VALUES } from '../src/approvals/follow-pipeline.js'
import { decideHelp } from '../src/cli/render.js'
import { ROOT } from './support/run-action.js'

type Yaml = Record<string, any>
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8')
const action = parse(read('action.yml')) as { inputs: Yaml; outputs: Yaml }
const reusable = (parse(read('.github/workflows/harness-approval.yml')) as Yaml).on.workflow_call as { inputs: Yaml; outputs: Yaml }
// Wide enough that no flag name is broken across lines.
const help = decideHelp('approve', 400)

/** The statuses every description lists; AbortedByFreeze is Aborted's variant, named where there is room. */
const LISTED = FAILING_PIPELINE_STATUSES.filter((s) => s !== 'AbortedByFreeze')

describe('dryRun, described alike everywhere', () => {
  it('action.yml: a boolean defaulting to false, that posts nothing and reports through wouldPost', () => {
    expect(action.inputs.dryRun.default).toBe('false')
    expect(action.inputs.dryRun.description).toMatch(/Nothing is posted, ever/)
    expect(action.inputs.dryRun.description).toContain('wouldPost')
    expect(action.outputs.wouldPost).toBeDefined()
  })

  it('the reusable workflow: the same input, the same default, and the wouldPost output', () => {
    expect(reusable.inputs.dryRun).toMatchObject({ type: 'boolean', default: false })
    expect(reusable.inputs.dryRun.description).toMatch(/post nothing/)
    expect(reusable.outputs.wouldPost).toBeDefined()
  })

  it('the help: --dry-run, its environment variable, and its exit code', () => {
    expect(help).toMatch(/--dry-run +Check everything .* post nothing\. Exit code 0 when a real run would succeed\. Env: PLUGIN_DRY_RUN\./)
    expect(help).toMatch(/With --dry-run: a real run would succeed\./)
  })

  it('its page: the input, the flag, the output, and that nothing is posted', () => {
    const dry = read('docs/dry-run.md')
    for (const word of ['`dryRun: true`', '`--dry-run`', '`wouldPost`', 'Nothing is posted, whatever happens', 'exit code `0`']) expect(dry, word).toContain(word)
  })
})

describe('waitForPipeline and waitForPipelineUntil, described alike everywhere', () => {
  it('action.yml: a duration defaulting to 0, how far to follow, the failing statuses and the outputs', () => {
    expect(action.inputs.waitForPipeline.default).toBe('0')
    for (const status of LISTED) expect(action.inputs.waitForPipeline.description, status).toContain(status)
    expect(action.inputs.waitForPipeline.description).toMatch(/pipelineStatus and pipelineUrl/)
    for (const value of FOLLOW_UNTIL_VALUES) expect(action.inputs.waitForPipelineUntil.description, value).toContain(value)
    expect(action.inputs.waitForPipelineUntil.description).toMatch(/past-approval \(.*the default\)/)
    expect(action.outputs.pipelineStatus).toBeDefined()
    expect(action.outputs.pipelineUrl).toBeDefined()
  })

  it('the reusable workflow: the same inputs and defaults, and pipelineStatus and pipelineUrl among its outputs', () => {
    expect(reusable.inputs.waitForPipeline).toMatchObject({ type: 'string', default: '0' })
    for (const value of FOLLOW_UNTIL_VALUES) expect(reusable.inputs.waitForPipelineUntil.description, value).toContain(value)
    expect(reusable.outputs.pipelineStatus.value).toBe('${{ jobs.decide.outputs.pipelineStatus }}')
    expect(reusable.outputs.pipelineUrl.value).toBe('${{ jobs.decide.outputs.pipelineUrl }}')
  })

  it('the help: both flags, both ways to follow, the failing statuses and the exit code', () => {
    expect(help).toMatch(/--wait-for-pipeline DURATION +After deciding, follow the pipeline/)
    expect(help).toContain(`--wait-for-pipeline-until ${FOLLOW_UNTIL_VALUES.join('|')}`)
    const line = help.split('\n').find((l) => l.includes('--wait-for-pipeline DURATION'))!
    for (const status of LISTED) expect(line, status).toContain(status)
    expect(help).toMatch(/or a followed pipeline failed or the wait ran out/)
  })

  it('its page: both inputs and flags, both ways, every failing status and the outputs', () => {
    const follow = read('docs/following-the-pipeline.md')
    for (const word of ['`waitForPipeline`', '`--wait-for-pipeline`', '`waitForPipelineUntil`', '`--wait-for-pipeline-until`', '`pipelineStatus`', '`pipelineUrl`', 'every 3 s', '×1.5', '30 s', '`concurrency`']) {
      expect(follow, word).toContain(word)
    }
    for (const value of FOLLOW_UNTIL_VALUES) expect(follow, value).toContain(`\`${value}\``)
    for (const status of FAILING_PIPELINE_STATUSES) expect(follow, status).toContain(`\`${status}\``)
  })
})
