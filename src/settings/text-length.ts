// Lengths as Harness counts them, in code points: 600 emoji are 600 characters, not the 1200 UTF-16 units
// JavaScript's `length` gives. Shortening cuts between whole characters as a reader sees them (an emoji
// with its modifiers, a letter with its accents), never inside one.

/** The number of code points in `text`. */
export function codePointLength(text: string): number {
  let count = 0
  for (const _ of text) count++
  return count
}

let segmenter: Intl.Segmenter | undefined

/**
 * `text` when it has at most `max` code points; otherwise its longest start of whole characters that, with
 * `ellipsis` after it, stays within `max`.
 */
export function shortenText(text: string, max: number, ellipsis = '…'): string {
  if (codePointLength(text) <= max) return text
  const room = max - codePointLength(ellipsis)
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' })
  let kept = ''
  let used = 0
  for (const { segment } of segmenter.segment(text)) {
    const size = codePointLength(segment)
    if (used + size > room) break
    kept += segment
    used += size
  }
  return `${kept}${ellipsis}`
}
