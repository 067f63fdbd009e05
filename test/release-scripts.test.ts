// The release workflow's steps that run anywhere: the notes from CHANGELOG.md (scripts/release-notes.mjs)
// and the checks that stop a release (scripts/check-release.mjs), on this repository and on scratch
// repositories where each check is made to fail. And what lets them run where nothing was installed: the
// release scripts import Node built-ins only.
import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { isBuiltin } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import ts from 'typescript'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { checkSources } from '../scripts/check-release.mjs'
import { parseVersion, releaseBody, releaseNotes } from '../scripts/release-notes.mjs'
import { PLACEHOLDER } from '../scripts/set-owner.mjs'
import { ROOT } from './support/run-action.js'
import { npmEnv, run } from './support/npm-package.js'

const CHANGELOG = `# Changelog

Intro text.

## [Unreleased]

### Fixed
- Not released yet.

## [1.10.0] - 2027-03-02

### Added
- A later feature.

## [1.2.0] - 2027-01-15

### Added
- Something.

### Fixed
- A bug, with a [link](https://example.com).

## [1.1.0] - 2026-12-20

### Changed
- The last entry.

[Unreleased]: https://github.com/acme/harness-approval-gate/compare/v1.10.0...HEAD
[1.10.0]: https://github.com/acme/harness-approval-gate/compare/v1.2.0...v1.10.0
[1.2.0]: https://github.com/acme/harness-approval-gate/compare/v1.1.0...v1.2.0
[1.1.0]: https://github.com/acme/harness-approval-gate/releases/tag/v1.1.0
`

let scratch: string

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'hag-release-'))
})

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true })
})

describe('parseVersion', () => {
  it.each([
    ['1.2.3', { version: '1.2.3', major: 'v1', prerelease: false }],
    ['v1.2.3', { version: '1.2.3', major: 'v1', prerelease: false }],
    ['v12.0.10', { version: '12.0.10', major: 'v12', prerelease: false }],
    ['v2.0.0-rc.1', { version: '2.0.0-rc.1', major: 'v2', prerelease: true }],
  ])('%s', (tag, expected) => {
    expect(parseVersion(tag)).toEqual(expected)
  })

  it.each(['', '1.2', 'v1.2.3.4', 'v01.2.3', 'latest', 'v1', '1.2.3+build.5', 'vv1.2.3'])('refuses %j, naming it and the expected form', (tag) => {
    expect(() => parseVersion(tag)).toThrow(`version ${JSON.stringify(tag)} is not a release version. Expected MAJOR.MINOR.PATCH`)
  })
})

describe('releaseNotes', () => {
  it('takes one entry, without its heading, the next entries or the link definitions', () => {
    expect(releaseNotes(CHANGELOG, '1.2.0')).toEqual({
      date: '2027-01-15',
      notes: '### Added\n- Something.\n\n### Fixed\n- A bug, with a [link](https://example.com).',
    })
  })

  it('ends the last entry before the link definitions', () => {
    expect(releaseNotes(CHANGELOG, '1.1.0')).toEqual({ date: '2026-12-20', notes: '### Changed\n- The last entry.' })
  })

  it('does not take 1.10.0 for 1.1.0, nor the other way round', () => {
    expect(releaseNotes(CHANGELOG, '1.10.0').notes).toBe('### Added\n- A later feature.')
  })

  it('reads Windows line ends', () => {
    expect(releaseNotes(CHANGELOG.replace(/\n/g, '\r\n'), '1.1.0').notes).toBe('### Changed\n- The last entry.')
  })

  it('refuses a version without an entry, naming the heading it looked for', () => {
    expect(() => releaseNotes(CHANGELOG, '1.3.0')).toThrow('CHANGELOG.md has no entry for 1.3.0. Expected a heading "## [1.3.0] - YYYY-MM-DD".')
  })

  it('refuses an entry without a release date', () => {
    expect(() => releaseNotes(CHANGELOG.replace('## [1.2.0] - 2027-01-15', '## [1.2.0]'), '1.2.0')).toThrow('the entry for 1.2.0 has no release date')
    expect(() => releaseNotes(CHANGELOG.replace('## [1.2.0] - 2027-01-15', '## [1.2.0] - soon'), '1.2.0')).toThrow('found "## [1.2.0] - soon"')
  })

  it('refuses an empty entry', () => {
    const empty = CHANGELOG.replace('### Changed\n- The last entry.\n', '')
    expect(() => releaseNotes(empty, '1.1.0')).toThrow('the entry for 1.1.0 is empty')
  })

  it('reads this repository\'s CHANGELOG.md: a tagged version\'s notes, and nothing dated that no tag has', () => {
    const changelog = readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8')
    // What is not released yet stays under Unreleased, the first entry; a version is dated when it is tagged.
    expect(changelog.match(/^## .*$/m)?.[0]).toBe('## [Unreleased]')
    const dated = [...changelog.matchAll(/^## \[(\d[^\]]*)\] - \d{4}-\d{2}-\d{2}$/gm)].map((m) => m[1]!)
    for (const version of dated) {
      const { notes } = releaseNotes(changelog, version)
      expect(notes).toMatch(/^### (Added|Changed|Fixed|Removed|Deprecated|Security)$/m)
      expect(notes).not.toMatch(/^## /m)
      expect(notes).not.toMatch(/^\[[^\]]+\]: /m)
    }
    // A shallow clone (CI's checkout) has no tags to compare with.
    if (execFileSync('git', ['rev-parse', '--is-shallow-repository'], { cwd: ROOT, encoding: 'utf8' }).trim() === 'true') return
    const tags = execFileSync('git', ['tag', '--list', 'v*'], { cwd: ROOT, encoding: 'utf8' }).split('\n')
    for (const version of dated) expect(tags, `CHANGELOG.md dates ${version}, which is not tagged`).toContain(`v${version}`)
    // Until its tag exists, package.json's version has no dated entry, so a release of it is refused.
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }
    if (!tags.includes(`v${version}`)) expect(() => releaseNotes(changelog, version)).toThrow(`CHANGELOG.md has no entry for ${version}`)
  })
})

describe('package.json', () => {
  it('publishes with provenance and public access, also when someone runs npm publish by hand', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { publishConfig?: Record<string, unknown> }
    expect(pkg.publishConfig).toEqual({ access: 'public', provenance: true })
  })
})

describe('releaseBody', () => {
  it('appends the SHA-256 of each file', () => {
    const body = releaseBody(CHANGELOG, '1.1.0', [{ name: 'cli.js', content: Buffer.from('abc') }])
    // The SHA-256 of "abc" (FIPS 180-2, appendix B.1).
    expect(body).toBe('### Changed\n- The last entry.\n\n### SHA-256\n- `cli.js`: `ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad`\n')
  })

  it('is the notes alone without files', () => {
    expect(releaseBody(CHANGELOG, '1.1.0')).toBe('### Changed\n- The last entry.\n')
  })
})

describe('npm run release-notes', () => {
  it('prints the notes and the hash that sha256sum prints for the same file', async () => {
    const file = join(scratch, 'cli.js')
    writeFileSync(file, 'console.log("release")\n')
    const changelog = join(scratch, 'CHANGELOG.md')
    writeFileSync(changelog, CHANGELOG)
    const result = await run(process.execPath, [join(ROOT, 'scripts/release-notes.mjs'), 'v1.2.0', '--changelog', changelog, '--sha256', file], scratch, npmEnv(scratch))
    expect(result.code, result.stderr).toBe(0)
    const sha256sum = execFileSync('sha256sum', ['cli.js'], { cwd: scratch, encoding: 'utf8' }).split(' ')[0]
    expect(result.stdout).toBe(`${releaseNotes(CHANGELOG, '1.2.0').notes}\n\n### SHA-256\n- \`cli.js\`: \`${sha256sum}\`\n`)
  })

  it('fails on a version the CHANGELOG does not have, and on bad usage', async () => {
    const missing = await run(process.execPath, [join(ROOT, 'scripts/release-notes.mjs'), '9.9.9'], ROOT, npmEnv(scratch))
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain('release-notes: CHANGELOG.md has no entry for 9.9.9.')
    expect(missing.stdout).toBe('')
    const usage = await run(process.execPath, [join(ROOT, 'scripts/release-notes.mjs')], ROOT, npmEnv(scratch))
    expect(usage.code).toBe(2)
    expect(usage.stderr).toContain('Usage: npm run release-notes -- VERSION')
  })
})

/**
 * A scratch repository shaped like this one, with the release scripts, a committed dist/ and a build that
 * writes dist/ from src/ (so a stale dist/ is one where src/ changed after the last build).
 */
function releasable(name: string, options: { version?: string; changelog?: string; readme?: string } = {}): string {
  const root = join(scratch, name)
  const files: Record<string, string> = {
    'package.json': JSON.stringify({ name: 'harness-approval-gate', version: options.version ?? '1.2.0', scripts: { build: 'node build.mjs' } }, null, 2),
    'CHANGELOG.md': options.changelog ?? CHANGELOG,
    'README.md': options.readme ?? '- uses: acme/harness-approval-gate@v1\n',
    'build.mjs': "import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'\nmkdirSync('dist', { recursive: true })\nwriteFileSync('dist/cli.js', `// built\\n${readFileSync('src/cli.txt', 'utf8')}`)\n",
    'src/cli.txt': 'one\n',
    'dist/cli.js': '// built\none\n',
  }
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), text)
  }
  for (const script of ['check-release.mjs', 'release-notes.mjs', 'set-owner.mjs']) cpSync(join(ROOT, 'scripts', script), join(root, 'scripts', script))
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=release test', '-c', 'user.email=release@example.invalid', ...args], { cwd: root })
  git('init', '-q')
  git('add', '-A')
  git('commit', '-q', '-m', 'release')
  return root
}

function checkRelease(root: string, tag: string) {
  return run(process.execPath, [join(root, 'scripts', 'check-release.mjs'), tag], root, npmEnv(scratch), 60_000)
}

describe('npm run check-release', () => {
  it('passes a releasable tag, and prints what the workflow needs', async () => {
    const result = await checkRelease(releasable('ready'), 'v1.2.0')
    expect(result.code, result.stderr).toBe(0)
    expect(result.stdout).toBe('version=1.2.0\nmajor=v1\nprerelease=false\n')
  })

  it('names a pre-release as one', async () => {
    const changelog = CHANGELOG.replace('## [1.10.0] - 2027-03-02', '## [2.0.0-rc.1] - 2027-04-01')
    const result = await checkRelease(releasable('rc', { version: '2.0.0-rc.1', changelog }), 'v2.0.0-rc.1')
    expect(result.code, result.stderr).toBe(0)
    expect(result.stdout).toBe('version=2.0.0-rc.1\nmajor=v2\nprerelease=true\n')
  })

  it('refuses a dist/ that is not a fresh build, and lists what differs', async () => {
    const root = releasable('stale')
    writeFileSync(join(root, 'src/cli.txt'), 'two\n')
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', 'commit', '-qam', 'source only'], { cwd: root })
    const result = await checkRelease(root, 'v1.2.0')
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('check-release: dist/ is not what a fresh build produces; run npm run build and commit dist/:\n M dist/cli.js')
    expect(result.stdout).toBe('')
  })

  it('refuses a build that adds a file the commit lacks', async () => {
    const root = releasable('new-chunk')
    writeFileSync(join(root, 'build.mjs'), `${readFileSync(join(root, 'build.mjs'), 'utf8')}writeFileSync('dist/chunk.js', '// more\\n')\n`)
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', 'commit', '-qam', 'a new chunk'], { cwd: root })
    const result = await checkRelease(root, 'v1.2.0')
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('?? dist/chunk.js')
  })

  it('refuses when the build fails', async () => {
    const root = releasable('broken-build')
    writeFileSync(join(root, 'build.mjs'), "console.error('cannot bundle'); process.exit(3)\n")
    const result = await checkRelease(root, 'v1.2.0')
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('check-release: npm run build failed (exit 3)')
    expect(result.stderr).toContain('cannot bundle')
  })

  it('reports every problem at once: tag, CHANGELOG and placeholder', async () => {
    const root = releasable('unready', { version: '1.3.0', readme: `- uses: ${PLACEHOLDER}/harness-approval-gate@v1\n` })
    const result = await checkRelease(root, 'v1.3.0-beta')
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('check-release: tag v1.3.0-beta does not match package.json\'s version "1.3.0". Set "version": "1.3.0-beta" (or tag v1.3.0).')
    expect(result.stderr).toContain('check-release: CHANGELOG.md has no entry for 1.3.0-beta.')
    expect(result.stderr).toContain(`check-release: the ${PLACEHOLDER} placeholder is still in 1 place(s); run \`npm run set-owner -- ORG\` and commit:\n  README.md:1: - uses: ${PLACEHOLDER}/harness-approval-gate@v1`)
    expect(result.stderr).toContain('check-release: v1.3.0-beta is not ready to release (3 problem(s)).')
  })

  it('refuses a tag that is not a version, and bad usage', async () => {
    const root = releasable('bad-tag')
    const result = await checkRelease(root, 'release-1')
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('version "release-1" is not a release version.')
    const usage = await run(process.execPath, [join(root, 'scripts', 'check-release.mjs')], root, npmEnv(scratch))
    expect(usage.code).toBe(2)
    expect(usage.stderr).toContain('Usage: npm run check-release -- v1.2.3')
  })
})

describe('this repository', () => {
  it('passes the release checks that read files, except for the placeholder owner until set-owner is run and the entry until it is dated', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }
    const problems = checkSources(ROOT, `v${version}`)
    const placeholder = problems.filter((p) => p.startsWith(`the ${PLACEHOLDER} placeholder is still in`))
    // Dating the entry is the release's own step (CONTRIBUTING, Releasing): until then the check says so.
    const undated = problems.filter((p) => p.includes(`CHANGELOG.md has no entry for ${version}`))
    expect(problems.filter((p) => !placeholder.includes(p) && !undated.includes(p))).toEqual([])
  })
})

/** `node scripts/X.mjs` and `npm run X` in a shell step, as the script files they run. */
function scriptsRunBy(step: string, packageScripts: Record<string, string>): string[] {
  const files = [...step.matchAll(/\bnode\s+(scripts\/[\w.-]+\.mjs)/g)].map((m) => m[1]!)
  for (const [, name] of step.matchAll(/\bnpm\s+run\s+(?:--silent\s+)?([\w:-]+)/g)) {
    const file = /^node (scripts\/[\w.-]+\.mjs)\b/.exec(packageScripts[name!] ?? '')?.[1]
    if (file === undefined) throw new Error(`the release workflow runs npm run ${name}, which is not a script of scripts/`)
    files.push(file)
  }
  return files
}

/** The scripts each job of the release workflow runs before it installs anything (`npm ci`, `.ci/run`). */
function runBeforeInstall(): string[] {
  const workflow = parse(readFileSync(join(ROOT, '.github/workflows/release.yml'), 'utf8')) as { jobs: Record<string, { steps: { run?: string }[] }> }
  const { scripts: packageScripts } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
  const found: string[] = []
  for (const job of Object.values(workflow.jobs)) {
    for (const { run: step } of job.steps) {
      if (step === undefined) continue
      if (/\bnpm\s+(ci|install|i)\b|\.ci\/run\b/.test(step)) break
      found.push(...scriptsRunBy(step, packageScripts))
    }
  }
  return [...new Set(found)].sort()
}

/** Every module specifier `file` and the modules of ours it imports load, by the TypeScript scanner. */
function importsOf(file: string, seen = new Set<string>()): { from: string; specifier: string }[] {
  if (seen.has(file)) return []
  seen.add(file)
  const { importedFiles } = ts.preProcessFile(readFileSync(join(ROOT, file), 'utf8'), true, true)
  return importedFiles.flatMap(({ fileName: specifier }) =>
    specifier.startsWith('.') ? [{ from: file, specifier }, ...importsOf(relative(ROOT, resolve(ROOT, dirname(file), specifier)), seen)] : [{ from: file, specifier }],
  )
}

describe('the scripts a release runs where nothing may be installed', () => {
  const beforeInstall = runBeforeInstall()
  // set-owner runs right after a fork, check-release before the tag is pushed: CONTRIBUTING says all three
  // need nothing but Node.
  const scripts = [...new Set([...beforeInstall, 'scripts/release-notes.mjs', 'scripts/check-release.mjs', 'scripts/set-owner.mjs'])].sort()

  it('include the release notes, which the job that holds the write token builds without installing', () => {
    expect(beforeInstall).toContain('scripts/release-notes.mjs')
  })

  it.each(scripts)('%s imports Node built-ins only, itself and through the modules of ours it imports', (script) => {
    const imports = importsOf(script)
    expect(imports.length).toBeGreaterThan(0)
    const foreign = imports.filter(({ specifier }) => !specifier.startsWith('.') && !isBuiltin(specifier))
    expect(foreign.map(({ from, specifier }) => `${from}: ${specifier}`)).toEqual([])
  })

  it('the scanner sees a library however it is imported', () => {
    const text = "import a from 'yaml'\nimport 'esbuild'\nexport * from 'undici'\nconst b = await import('p-retry')\nconst c = require('ajv')\n"
    expect(ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName)).toEqual(['yaml', 'esbuild', 'undici', 'p-retry', 'ajv'])
  })

  it('release-notes runs, as the release job runs it, in a checkout with no node_modules anywhere above it', async () => {
    const root = releasable('notes-alone')
    const result = await run(process.execPath, ['scripts/release-notes.mjs', 'v1.2.0', '--sha256', 'dist/cli.js'], root, npmEnv(scratch))
    expect(result.code, result.stderr).toBe(0)
    expect(result.stdout).toContain(releaseNotes(CHANGELOG, '1.2.0').notes)
    expect(result.stdout).toMatch(/### SHA-256\n- `cli\.js`: `[0-9a-f]{64}`\n$/)
  })
})
