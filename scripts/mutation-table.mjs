// `node scripts/mutation-table.mjs [report.json ...]`: the per-file table of StrykerJS runs, as CONTRIBUTING
// quotes it, from the runs' reports (by default the two incremental files `npm run mutation` keeps, one per
// config). Scores as Stryker counts them: killed and timed out over every valid mutant (survived and not
// covered included).
import { readFileSync } from 'node:fs'

const files = process.argv.length > 2
  ? process.argv.slice(2)
  : ['reports/stryker-incremental.json', 'reports/stryker-incremental-transport.json']
/** @type {{ files: Record<string, { mutants: Array<{ status: string }> }> }} */
const report = { files: {} }
for (const file of files) {
  /** @type {typeof report} */
  const one = JSON.parse(readFileSync(file, 'utf8'))
  Object.assign(report.files, one.files)
}

/** @typedef {{ Killed: number, Timeout: number, Survived: number, NoCoverage: number }} Counts */
const VALID = /** @type {const} */ (['Killed', 'Timeout', 'Survived', 'NoCoverage'])
const none = () => /** @type {Counts} */ ({ Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0 })
/** @type {Array<[string, Counts]>} */
const rows = []
const total = none()
for (const [path, { mutants }] of Object.entries(report.files).sort(([a], [b]) => a.localeCompare(b))) {
  const n = none()
  for (const m of mutants) {
    const status = VALID.find((k) => k === m.status)
    if (status) n[status]++
  }
  for (const k of VALID) total[k] += n[k]
  rows.push([path, n])
}

const valid = (/** @type {Counts} */ n) => n.Killed + n.Timeout + n.Survived + n.NoCoverage
const score = (/** @type {Counts} */ n) => (valid(n) === 0 ? 'n/a' : `${((100 * (n.Killed + n.Timeout)) / valid(n)).toFixed(1)}%`)
const line = (/** @type {string} */ name, /** @type {Counts} */ n) =>
  `| ${name} | ${valid(n)} | ${n.Killed} | ${n.Timeout} | ${n.Survived} | ${n.NoCoverage} | ${score(n)} |`

const out = ['| file | mutants | killed | timed out | survived | not covered | score |', '|---|---|---|---|---|---|---|']
for (const [path, n] of rows) out.push(line(`\`${path}\``, n))
out.push(line('**all**', total))
process.stdout.write(`${out.join('\n')}\n`)
