// A small strict check of the job summary's HTML: every element that is opened is closed, in order, and
// table cells sit inside rows. Enough to catch an unclosed cell, which a browser forgives and GitHub shows
// as a broken table.
const VOID = new Set(['br', 'hr', 'img', 'wbr'])

/** The problems found; empty when the markup is well formed. */
export function htmlProblems(html: string): string[] {
  const problems: string[] = []
  const open: string[] = []
  for (const match of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)(\s[^<>]*)?>|<|>/g)) {
    const [whole, closing, rawName] = match
    if (!rawName) {
      problems.push(`a bare '${whole}' at ${match.index} (text must be escaped)`)
      continue
    }
    const name = rawName.toLowerCase()
    if (VOID.has(name)) continue
    if (!closing) {
      if ((name === 'td' || name === 'th') && open.at(-1) !== 'tr') problems.push(`<${name}> outside a row at ${match.index}`)
      open.push(name)
    } else if (open.at(-1) === name) open.pop()
    else problems.push(`</${name}> at ${match.index} closes <${open.at(-1) ?? 'nothing'}>`)
  }
  if (open.length > 0) problems.push(`never closed: ${open.map((n) => `<${n}>`).join(' ')}`)
  return problems
}
