// The README is the page users finish: short, with the rest one click away in docs/. Every link between the
// Markdown files must lead somewhere (a file that exists, a heading that exists), and the paths SECURITY.md
// gives as evidence must be files of this repository.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, posix } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DOCS_PAGES } from './support/docs.js'
import { ROOT } from './support/run-action.js'

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8')
const MARKDOWN = ['README.md', ...DOCS_PAGES, 'CONTRIBUTING.md', 'SECURITY.md', 'CHANGELOG.md']

/** Markdown without its fenced code blocks, where a `](` is code, not a link. */
const prose = (text: string) => text.replace(/^( *)```[\s\S]*?^\1```$/gm, '')

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens; repeats get -1, -2. */
function anchors(text: string): Set<string> {
  const seen = new Map<string, number>()
  const found = new Set<string>()
  for (const m of prose(text).matchAll(/^#{1,6} (.+)$/gm)) {
    const slug = m[1]!.trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-')
    const n = seen.get(slug) ?? 0
    seen.set(slug, n + 1)
    found.add(n === 0 ? slug : `${slug}-${n}`)
  }
  return found
}

/** The relative links of a Markdown file: `[text](target)`, without web addresses and mail. */
function links(path: string): { target: string; file: string; anchor: string }[] {
  return [...prose(read(path)).matchAll(/\]\(([^)\s]+)\)/g)]
    .map((m) => m[1]!)
    .filter((target) => !/^[a-z]+:/i.test(target))
    .map((target) => {
      const [file = '', anchor = ''] = target.split('#')
      return { target, file: file === '' ? path : posix.normalize(posix.join(dirname(path), file)), anchor }
    })
}

describe('the README', () => {
  const readme = read('README.md')

  it('is at most 20 KB', () => {
    expect(Buffer.byteLength(readme)).toBeLessThanOrEqual(20 * 1024)
  })

  it('opens with what it is, a workflow step using the action, and the two commands to try it', () => {
    const hook = readme.slice(0, readme.indexOf('\n## '))
    expect(hook).toMatch(/^# harness-approval-gate\n\n\S/)
    expect(hook).toMatch(/```yaml\n- uses: [\w.-]+\/harness-approval-gate@v\d+\n/)
    expect(hook).toContain('npm run demo')
    expect(hook).toContain('npm test')
  })

  it('links every docs page, directly', () => {
    expect(DOCS_PAGES.length).toBeGreaterThanOrEqual(8)
    const linked = new Set(links('README.md').map((l) => l.file))
    for (const page of DOCS_PAGES) expect(linked, page).toContain(page)
  })
})

describe('links between the Markdown files', () => {
  it.each(MARKDOWN)('%s: every relative link names a file that exists, and a heading it has', (path) => {
    const broken: string[] = []
    for (const { target, file, anchor } of links(path)) {
      if (!existsSync(join(ROOT, file))) broken.push(`${target}: no such file`)
      else if (anchor && !(file.endsWith('.md') && anchors(read(file)).has(anchor))) broken.push(`${target}: no such heading`)
    }
    expect(broken).toEqual([])
  })

  it('the anchor rule is GitHub\'s', () => {
    expect([...anchors('## Networks: proxies and private CAs\n## `caCert` and `NO_PROXY`\n## Inputs\n## Inputs\n```\n# not a heading\n```\n')]).toEqual([
      'networks-proxies-and-private-cas',
      'cacert-and-no_proxy',
      'inputs',
      'inputs-1',
    ])
  })
})

describe('SECURITY.md', () => {
  /** The file paths it names in code spans; `*` stands for any part of a file name. */
  const paths = [...read('SECURITY.md').matchAll(/`((?:test|src|sim|scripts)\/[^`\s]+)`/g)].map((m) => m[1]!)

  it('names the tests behind its promises', () => {
    expect(paths.filter((p) => p.startsWith('test/')).length).toBeGreaterThanOrEqual(3)
  })

  it.each(paths)('%s exists', (path) => {
    const dir = dirname(path)
    const name = new RegExp(`^${path.slice(dir.length + 1).replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`)
    const matches = existsSync(join(ROOT, dir)) ? readdirSync(join(ROOT, dir)).filter((entry) => name.test(entry)) : []
    expect(matches.length, path).toBeGreaterThan(0)
    for (const entry of matches) expect(statSync(join(ROOT, dir, entry)).isFile()).toBe(true)
  })
})
