// The job summary's plumbing, shared by every part of it. Cells are HTML, which core.summary does not
// escape: each part escapes its own values (escapeHtml), remote text included.
import type { summary as coreSummary } from '@actions/core'

export type Summary = typeof coreSummary
/** The part of core.summary a feature's section uses, so a test can pass a stand-in. */
export type SummaryLike = Pick<Summary, 'addHeading' | 'addRaw' | 'addTable'>
