// `npm run set-owner -- ORG`: every OWNER placeholder in the tracked files is one the command replaces,
// and running it on a copy of the repository leaves none behind and changes nothing else.
import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { EXPLAINS_PLACEHOLDER, findPlaceholders, trackedFiles } from '../scripts/set-owner.mjs'
import { ROOT } from './support/run-action.js'
import { npmEnv, run } from './support/npm-package.js'

const SET_OWNER = join(ROOT, 'scripts', 'set-owner.mjs')

let scratch: string

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'hag-set-owner-'))
})

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true })
})

/** A git repository under the scratch folder holding `files`, all added (tracked). */
function repository(name: string, files: Record<string, string>): string {
  const root = join(scratch, name)
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), text)
  }
  execFileSync('git', ['init', '-q'], { cwd: root })
  execFileSync('git', ['add', '-A'], { cwd: root })
  return root
}

/** Runs set-owner with `root` as its repository: a copy of the script, placed where it looks for it. */
function setOwner(root: string, ...args: string[]) {
  mkdirSync(join(root, 'scripts'), { recursive: true })
  cpSync(SET_OWNER, join(root, 'scripts', 'set-owner.mjs'))
  return run(process.execPath, [join(root, 'scripts', 'set-owner.mjs'), ...args], root, npmEnv(scratch))
}

/** `git grep -w OWNER` in `root`: file:line of every occurrence, found independently of the script. */
function grepPlaceholder(root: string): string[] {
  try {
    const out = execFileSync('git', ['grep', '-n', '-w', '-I', 'OWNER'], { cwd: root, encoding: 'utf8' })
    return out.split('\n').filter(Boolean).map((line) => line.split(':').slice(0, 2).join(':')).filter((place) => !EXPLAINS_PLACEHOLDER.has(place.split(':')[0]!))
  } catch (error) {
    // git grep exits 1 when nothing matches.
    if ((error as { status?: number }).status === 1) return []
    throw error
  }
}

describe('the placeholders of this repository', () => {
  const found = findPlaceholders(ROOT)

  it('are every OWNER that git grep finds in the tracked files', () => {
    const places = [...new Set(found.map((p) => `${p.file}:${p.line}`))].sort()
    expect(places).toEqual([...new Set(grepPlaceholder(ROOT))].sort())
  })

  it('are all of the form OWNER/harness-approval-gate, which set-owner replaces', () => {
    const stray = found.filter((p) => !p.replaceable).map((p) => `${p.file}:${p.line}: ${p.text}`)
    expect(stray, 'rewrite these lines so that OWNER only appears in OWNER/harness-approval-gate').toEqual([])
  })

  it('are replaced, all of them and nothing else, in a copy of the repository', async () => {
    const copy = join(scratch, 'copy')
    const files = trackedFiles(ROOT)
    for (const file of files) cpSync(join(ROOT, file), join(copy, file), { recursive: true })
    execFileSync('git', ['init', '-q'], { cwd: copy })
    execFileSync('git', ['add', '-A'], { cwd: copy })

    const result = await setOwner(copy, 'acme-platform')
    expect(result.code, result.stderr).toBe(0)
    expect(grepPlaceholder(copy)).toEqual([])
    const expectedFiles = [...new Set(found.map((p) => p.file))].sort()
    for (const file of files) {
      const before = readFileSync(join(ROOT, file), 'utf8')
      const after = readFileSync(join(copy, file), 'utf8')
      if (EXPLAINS_PLACEHOLDER.has(file)) expect(after, file).toBe(before)
      else expect(after, file).toBe(before.replaceAll('OWNER/harness-approval-gate', 'acme-platform/harness-approval-gate'))
    }
    if (found.length > 0) {
      expect(result.stdout).toContain(`Replaced ${found.length} placeholder(s) in ${expectedFiles.length} file(s) with acme-platform/harness-approval-gate.`)
    }
  })
})

describe('set-owner', () => {
  const files = {
    'README.md': '- uses: OWNER/harness-approval-gate@v1\nnpx --yes github:OWNER/harness-approval-gate#v1\nThe OWNERS file is unrelated; so is a repository_owner.\n',
    'package.json': '{ "repository": { "url": "git+https://github.com/OWNER/harness-approval-gate.git" } }\n',
    '.github/workflows/harness-approval.yml': 'jobs:\n  a:\n    steps:\n      - uses: OWNER/harness-approval-gate@v1\n',
    'CONTRIBUTING.md': 'set-owner replaces OWNER in OWNER/harness-approval-gate.\n',
  }

  it('replaces every form, in every tracked file, and says where', async () => {
    const root = repository('forms', files)
    const result = await setOwner(root, 'acme')
    expect(result.code, result.stderr).toBe(0)
    expect(readFileSync(join(root, 'README.md'), 'utf8')).toBe('- uses: acme/harness-approval-gate@v1\nnpx --yes github:acme/harness-approval-gate#v1\nThe OWNERS file is unrelated; so is a repository_owner.\n')
    expect(readFileSync(join(root, 'package.json'), 'utf8')).toContain('https://github.com/acme/harness-approval-gate.git')
    expect(readFileSync(join(root, '.github/workflows/harness-approval.yml'), 'utf8')).toContain('uses: acme/harness-approval-gate@v1')
    // The file that explains the placeholder keeps it.
    expect(readFileSync(join(root, 'CONTRIBUTING.md'), 'utf8')).toBe(files['CONTRIBUTING.md'])
    expect(result.stdout).toContain('README.md: 2\n')
    expect(result.stdout).toContain('Replaced 4 placeholder(s) in 3 file(s) with acme/harness-approval-gate.')

    const again = await setOwner(root, 'acme')
    expect(again.code).toBe(0)
    expect(again.stdout).toContain('the owner is already set')
  })

  it('leaves untracked files alone', async () => {
    const root = repository('untracked', { 'README.md': 'OWNER/harness-approval-gate\n' })
    writeFileSync(join(root, 'notes.md'), 'OWNER/harness-approval-gate\n')
    expect((await setOwner(root, 'acme')).code).toBe(0)
    expect(readFileSync(join(root, 'notes.md'), 'utf8')).toBe('OWNER/harness-approval-gate\n')
  })

  it('refuses a placeholder it would not replace, names its place, and changes nothing', async () => {
    const root = repository('stray', { ...files, 'examples/Jenkinsfile': "// OWNER is the account\nGATE = 'npx OWNER/harness-approval-gate'\n" })
    const result = await setOwner(root, 'acme')
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('examples/Jenkinsfile:1: // OWNER is the account')
    expect(result.stderr).not.toContain('examples/Jenkinsfile:2')
    expect(readFileSync(join(root, 'README.md'), 'utf8')).toBe(files['README.md'])
  })

  it.each([
    ['', 'ORG is missing'],
    ['acme corp', 'ORG "acme corp" is not a GitHub account name'],
    ['-acme', 'ORG "-acme" is not a GitHub account name'],
    ['acme--corp', 'ORG "acme--corp" is not a GitHub account name'],
    ['a'.repeat(40), `ORG "${'a'.repeat(40)}" is not a GitHub account name`],
    ['OWNER', 'ORG "OWNER" is not a GitHub account name'],
  ])('refuses ORG %j with the expected form, and changes nothing', async (org, message) => {
    const root = repository(`bad-${org.length}-${org.replace(/\W/g, '_')}`, files)
    const result = await setOwner(root, ...(org === '' ? [] : [org]))
    expect(result.code).toBe(2)
    expect(result.stderr).toContain(message)
    expect(result.stderr).toContain('Expected a GitHub user or organisation name')
    expect(readFileSync(join(root, 'README.md'), 'utf8')).toBe(files['README.md'])
  })
})
