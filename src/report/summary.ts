// The job summary's plumbing, shared by every part of it. Cells are HTML, which core.summary does not
// escape: each part escapes its own values (escapeHtml), remote text included.
import type { summary as coreSummary } from '@actions/core'

export type Summary = typeof coreSummary
/** The part of core.summary a feature's section uses, so a test can pass a stand-in. */
export type SummaryLike = Pick<Summary, 'addHeading' | 'addRaw' | 'addTable'>

type TableRows = Parameters<Summary['addTable']>[0]

/**
 * The rows with every empty cell given a dash: core.summary writes an empty cell as an unclosed `<td>`,
 * which breaks the table after it.
 */
export function closedCells(rows: TableRows): TableRows {
  return rows.map((row) => row.map((cell) => (typeof cell === 'string' ? cell || '–' : { ...cell, data: cell.data || '–' })))
}
