// The user documentation beyond the README: the pages under docs/, found on disk so that a new page is
// checked (linked from the README, its links resolving, its snippets parsing) without being listed anywhere.
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))

/** Every Markdown page under docs/, as a path from the repository's root (`docs/troubleshooting.md`). */
export const DOCS_PAGES: string[] = readdirSync(join(ROOT, 'docs'))
  .filter((name) => name.endsWith('.md'))
  .sort()
  .map((name) => `docs/${name}`)
