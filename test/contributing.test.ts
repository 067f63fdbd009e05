// CONTRIBUTING.md's Commands table and package.json's scripts, kept in step: a row for every script, and no
// row for a script that is gone.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from './support/run-action.js'

const scripts = Object.keys((JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts)

/** The Commands section's rows: the script each runs (`npm test`, `npm run NAME …`), and the whole row. */
function commandRows(): { script: string; row: string }[] {
  const text = readFileSync(join(ROOT, 'CONTRIBUTING.md'), 'utf8')
  const start = text.indexOf('\n## Commands\n')
  expect(start, 'CONTRIBUTING.md has a "## Commands" section').toBeGreaterThan(0)
  const section = text.slice(start + 1, text.indexOf('\n## ', start + 1))
  return section
    .split('\n')
    .filter((line) => line.startsWith('| `npm '))
    .map((row) => {
      const command = /^\| `npm (?:run ([^ `]+)|([a-z]+))/.exec(row)
      if (!command) throw new Error(`not a command row: ${row}`)
      return { script: command[1] ?? command[2]!, row }
    })
}

/** npm runs `preNAME` and `postNAME` around NAME by itself: those are told in NAME's row. */
const hookOf = (script: string) => /^(pre|post)(.+)$/.exec(script)?.[2]

describe('CONTRIBUTING.md, Commands', () => {
  const rows = commandRows()

  it('has one row for each script of package.json, and only those', () => {
    const named = rows.map((r) => r.script)
    expect(named.filter((script, index) => named.indexOf(script) !== index), 'scripts with two rows').toEqual([])
    const own = scripts.filter((script) => {
      const base = hookOf(script)
      return base === undefined || !scripts.includes(base)
    })
    expect([...named].sort()).toEqual([...own].sort())
  })

  it('tells in the row of a script what npm runs before or after it', () => {
    for (const hook of scripts.filter((script) => scripts.includes(hookOf(script) ?? ''))) {
      expect(rows.find((r) => r.script === hookOf(hook))!.row, hook).toContain(`\`${hook}\``)
    }
  })
})
