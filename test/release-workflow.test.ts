// The shell steps of the release workflows that write, run as the runner runs them (bash -eo pipefail) in
// scratch git repositories, with a stand-in `gh` that answers as GitHub would and records its calls: moving
// the major tag to a chosen release, and creating a release or re-running over one that exists.
import { execFileSync, spawnSync } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { ROOT } from './support/run-action.js'

type Yaml = Record<string, any>

/** The `run:` of the step named `name` in a workflow. */
function stepScript(workflow: string, name: string): string {
  const doc = parse(readFileSync(join(ROOT, '.github/workflows', workflow), 'utf8')) as Yaml
  const steps = Object.values(doc.jobs as Record<string, Yaml>).flatMap((job) => job.steps as Yaml[])
  const step = steps.find((s) => s.name === name)
  if (!step) throw new Error(`${workflow}: no step named ${name}`)
  return step.run as string
}

/** A `gh` that answers from environment variables and appends each call to $FAKE_GH_LOG. */
const FAKE_GH = `#!/usr/bin/env bash
echo "$*" >> "$FAKE_GH_LOG"
case "$1 $2" in
  "release view")
    [ "$FAKE_GH_EXISTS" = true ] || { echo "release not found" >&2; exit 1; }
    echo "$FAKE_GH_STATE" ;;
  "release download")
    dir=.; while [ $# -gt 0 ]; do [ "$1" = --dir ] && dir=$2; shift; done
    mkdir -p "$dir" && printf '%s' "$FAKE_GH_SHA256" > "$dir/cli.js.sha256" ;;
  "release create") ;;
  *) echo "unexpected gh call: $*" >&2; exit 1 ;;
esac
`

let scratch: string
const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8' }).trim()

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'hag-release-'))
  mkdirSync(join(scratch, 'bin'))
  writeFileSync(join(scratch, 'bin', 'gh'), FAKE_GH)
  chmodSync(join(scratch, 'bin', 'gh'), 0o755)
})
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

function runStep(script: string, cwd: string, env: Record<string, string>) {
  const log = join(scratch, `gh-${Math.random().toString(36).slice(2)}.log`)
  writeFileSync(log, '')
  const summary = join(scratch, 'summary.md')
  const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
    cwd,
    encoding: 'utf8',
    env: {
      PATH: `${join(scratch, 'bin')}:${process.env.PATH}`,
      HOME: scratch,
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com',
      GITHUB_REPOSITORY: 'acme/harness-approval-gate',
      GITHUB_STEP_SUMMARY: summary,
      FAKE_GH_LOG: log,
      ...env,
    },
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, gh: readFileSync(log, 'utf8').split('\n').filter(Boolean) }
}

/** A bare origin with three releases of major 1 (v1 on the newest) and a clone of it, as checkout leaves it. */
function repositories(name: string): { origin: string; clone: string; commits: Record<string, string> } {
  const origin = join(scratch, `${name}-origin.git`)
  const work = join(scratch, `${name}-work`)
  const env = { GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' }
  execFileSync('git', ['init', '--quiet', '--bare', origin])
  execFileSync('git', ['clone', '--quiet', origin, work], { stdio: 'ignore' })
  const commits: Record<string, string> = {}
  for (const version of ['v1.0.0', 'v1.1.0', 'v1.2.0']) {
    execFileSync('git', ['commit', '--quiet', '--allow-empty', '-m', version], { cwd: work, env: { ...process.env, ...env } })
    execFileSync('git', ['tag', version], { cwd: work })
    commits[version] = git(work, 'rev-parse', 'HEAD')
  }
  execFileSync('git', ['tag', 'v1', 'v1.2.0'], { cwd: work })
  execFileSync('git', ['push', '--quiet', 'origin', 'HEAD:refs/heads/main', '--tags'], { cwd: work, stdio: 'ignore' })
  // actions/checkout fetches the commit, not the tags.
  const clone = join(scratch, `${name}-clone`)
  execFileSync('git', ['clone', '--quiet', '--no-tags', origin, clone], { stdio: 'ignore' })
  return { origin, clone, commits }
}

const tagOf = (origin: string, tag: string) => git(origin, 'rev-parse', `refs/tags/${tag}^{commit}`)

describe('Move major tag', () => {
  const script = stepScript('move-major-tag.yml', 'Move the major tag')

  it('moves v1 back to an earlier published release, and forward again', () => {
    const { origin, clone, commits } = repositories('back')
    const back = runStep(script, clone, { RELEASE: 'v1.0.0', FAKE_GH_EXISTS: 'true', FAKE_GH_STATE: 'false false' })
    expect(back.code, back.stderr).toBe(0)
    expect(tagOf(origin, 'v1')).toBe(commits['v1.0.0'])
    expect(back.stdout).toContain(`v1 now names v1.0.0 (${commits['v1.0.0']}).`)
    expect(back.gh).toEqual(['release view v1.0.0 --repo acme/harness-approval-gate --json isDraft,isPrerelease --jq [.isDraft, .isPrerelease] | map(tostring) | join(" ")'])
    const forward = runStep(script, clone, { RELEASE: 'v1.2.0', FAKE_GH_EXISTS: 'true', FAKE_GH_STATE: 'false false' })
    expect(forward.code, forward.stderr).toBe(0)
    expect(tagOf(origin, 'v1')).toBe(commits['v1.2.0'])
  })

  it('refuses what is not a release tag, a release that does not exist, a draft and a pre-release, moving nothing', () => {
    const { origin, clone, commits } = repositories('refused')
    const cases: Array<[Record<string, string>, string]> = [
      [{ RELEASE: 'v1' }, "'v1' is not a release tag"],
      [{ RELEASE: 'v1.0.0; rm -rf /' }, 'is not a release tag'],
      [{ RELEASE: 'v1.0.0-rc.1' }, 'is not a release tag'],
      [{ RELEASE: 'v1.9.0', FAKE_GH_EXISTS: 'false' }, 'There is no release v1.9.0.'],
      [{ RELEASE: 'v1.1.0', FAKE_GH_EXISTS: 'true', FAKE_GH_STATE: 'true false' }, 'is a draft or a pre-release'],
      [{ RELEASE: 'v1.1.0', FAKE_GH_EXISTS: 'true', FAKE_GH_STATE: 'false true' }, 'is a draft or a pre-release'],
    ]
    for (const [env, message] of cases) {
      const run = runStep(script, clone, env)
      expect(run.code, env.RELEASE).toBe(1)
      expect(run.stdout).toMatch(new RegExp(`^::error title=Major tag::.*${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'm'))
      expect(tagOf(origin, 'v1')).toBe(commits['v1.2.0'])
    }
  })
})

describe('Release: the GitHub release step', () => {
  const script = stepScript('release.yml', 'GitHub release')

  function releaseDir(name: string): string {
    const dir = join(scratch, name)
    mkdirSync(join(dir, 'release'), { recursive: true })
    writeFileSync(join(dir, 'release', 'cli.js'), 'console.log(1)\n')
    writeFileSync(join(dir, 'release', 'cli.js.sha256'), 'abc  cli.js\n')
    writeFileSync(join(dir, 'release', 'notes.md'), 'notes\n')
    return dir
  }

  it('creates the release with both files attached at creation', () => {
    const dir = releaseDir('create')
    const run = runStep(script, dir, { RUNNER_TEMP: dir, TAG: 'v1.3.0', PRERELEASE: 'false', FAKE_GH_EXISTS: 'false' })
    expect(run.code, run.stderr).toBe(0)
    expect(run.gh[1]).toBe('release create v1.3.0 cli.js cli.js.sha256 --verify-tag --title v1.3.0 --notes-file notes.md --repo acme/harness-approval-gate')
    expect(run.gh.join('\n')).not.toMatch(/upload|edit|clobber/)
    const pre = runStep(script, releaseDir('create-pre'), { RUNNER_TEMP: join(scratch, 'create-pre'), TAG: 'v1.3.0-rc.1', PRERELEASE: 'true', FAKE_GH_EXISTS: 'false' })
    expect(pre.gh[1]).toContain('--notes-file notes.md --prerelease --repo')
  })

  it('on a re-run over an existing release, changes nothing: goes on when its files are these, stops when not', () => {
    const same = releaseDir('rerun-same')
    const ok = runStep(script, same, { RUNNER_TEMP: same, TAG: 'v1.3.0', PRERELEASE: 'false', FAKE_GH_EXISTS: 'true', FAKE_GH_SHA256: 'abc  cli.js\n' })
    expect(ok.code, ok.stderr).toBe(0)
    expect(ok.stdout).toContain('::notice title=Release::v1.3.0 already exists with this cli.js.')
    expect(ok.gh.map((c) => c.split(' ').slice(0, 2).join(' '))).toEqual(['release view', 'release download'])

    const other = releaseDir('rerun-other')
    const stopped = runStep(script, other, { RUNNER_TEMP: other, TAG: 'v1.3.0', PRERELEASE: 'false', FAKE_GH_EXISTS: 'true', FAKE_GH_SHA256: 'def  cli.js\n' })
    expect(stopped.code).toBe(1)
    expect(stopped.stdout).toContain('::error title=Release::v1.3.0 already exists with another cli.js')
    expect(stopped.gh.join('\n')).not.toMatch(/create|upload|edit/)
  })
})
