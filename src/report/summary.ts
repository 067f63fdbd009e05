// The job summary's plumbing, shared by every part of it. Cells are HTML, which the summary does not
// escape: each part escapes its own values (escapeHtml), remote text included.
import { appendFileSync } from 'node:fs'
import { redactSecrets } from './sanitize.js'

/** A table cell: plain HTML text, or a header cell or one that spans several columns or rows. */
export interface SummaryTableCell {
  data: string
  header?: boolean
  colspan?: string
  rowspan?: string
}
export type SummaryTableRow = Array<SummaryTableCell | string>

/**
 * What a feature's section adds to the job summary. @actions/core's `summary` has the same methods and
 * writes the same HTML (test/report/summary.test.ts compares the two), so a test may pass either.
 */
export interface Summary {
  addHeading(text: string, level?: number | string): Summary
  addRaw(text: string, addEOL?: boolean): Summary
  addEOL(): Summary
  addList(items: string[], ordered?: boolean): Summary
  addTable(rows: SummaryTableRow[]): Summary
  addDetails(label: string, content: string): Summary
  stringify(): string
}
/** The part of the summary a feature's section uses, so a test can pass a stand-in. */
export type SummaryLike = Pick<Summary, 'addHeading' | 'addRaw' | 'addTable'>

// The runner appends the summary file to the job's page; core.summary ends each element with the OS's EOL.
const EOL = process.platform === 'win32' ? '\r\n' : '\n'
const HEADINGS = new Set(['1', '2', '3', '4', '5', '6'])

/** `<tag attrs>content</tag>`, or the opening tag alone when there is no content. */
function element(tag: string, content: string, attrs: Record<string, string> = {}): string {
  const attributes = Object.entries(attrs).map(([name, value]) => ` ${name}="${value}"`).join('')
  return content ? `<${tag}${attributes}>${content}</${tag}>` : `<${tag}${attributes}>`
}

/**
 * The job summary, built in memory and appended to the runner's summary file in one synchronous write.
 * core.summary writes the same HTML, but loading it loads node:fs/promises (and on Node 24 readline and
 * fs watchers with it) for a single append at the end of the run.
 */
export class JobSummary implements Summary {
  private html = ''

  addRaw(text: string, addEOL = false): this {
    this.html += text
    return addEOL ? this.addEOL() : this
  }

  addEOL(): this {
    return this.addRaw(EOL)
  }

  addHeading(text: string, level: number | string = 1): this {
    return this.addRaw(element(HEADINGS.has(String(level)) ? `h${level}` : 'h1', text), true)
  }

  addList(items: string[], ordered = false): this {
    return this.addRaw(element(ordered ? 'ol' : 'ul', items.map((item) => element('li', item)).join('')), true)
  }

  addTable(rows: SummaryTableRow[]): this {
    const cells = (row: SummaryTableRow) =>
      row
        .map((cell) => {
          if (typeof cell === 'string') return element('td', cell)
          const spans: Record<string, string> = {}
          if (cell.colspan) spans.colspan = cell.colspan
          if (cell.rowspan) spans.rowspan = cell.rowspan
          return element(cell.header ? 'th' : 'td', cell.data, spans)
        })
        .join('')
    return this.addRaw(element('table', rows.map((row) => element('tr', cells(row))).join('')), true)
  }

  addDetails(label: string, content: string): this {
    return this.addRaw(element('details', element('summary', label) + content), true)
  }

  stringify(): string {
    return this.html
  }

  /** Appends the summary to the file GITHUB_STEP_SUMMARY names; throws when it names none or cannot be written. */
  write(env: NodeJS.ProcessEnv = process.env): void {
    const file = env.GITHUB_STEP_SUMMARY
    if (!file) throw new Error('GITHUB_STEP_SUMMARY is not set (not on a GitHub runner?)')
    // The last sink of the summary: whatever was cleaned on the way, secrets are cut once more.
    appendFileSync(file, redactSecrets(this.html), 'utf8')
    this.html = ''
  }
}

/**
 * The rows with every empty cell given a dash: an empty cell is written as an unclosed `<td>`, which breaks
 * the table after it.
 */
export function closedCells(rows: SummaryTableRow[]): SummaryTableRow[] {
  return rows.map((row) => row.map((cell) => (typeof cell === 'string' ? cell || '–' : { ...cell, data: cell.data || '–' })))
}
