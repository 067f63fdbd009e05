// `npm run set-owner -- ORG`: names the GitHub account this repository is published under, in every
// tracked file that says `OWNER/harness-approval-gate` (README, examples, the reusable workflow,
// package.json, CHANGELOG links). A bare `OWNER` elsewhere would be missed by that replacement, so it is
// refused with its place instead of being left behind.
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const PLACEHOLDER = 'OWNER'
const REPOSITORY = 'harness-approval-gate'

/** Files that explain the placeholder (and so must keep the word), not ones that hold one. */
export const EXPLAINS_PLACEHOLDER = new Set(['CONTRIBUTING.md', 'scripts/set-owner.mjs', 'test/set-owner.test.ts'])

/** A GitHub user or organisation name: letters, digits and single inner hyphens, at most 39. */
const ACCOUNT = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/

const WORD = new RegExp(`\\b${PLACEHOLDER}\\b`, 'g')

/**
 * @typedef {object} Placeholder
 * @property {string} file Path relative to the repository root.
 * @property {number} line 1-based.
 * @property {string} text The line, trimmed.
 * @property {boolean} replaceable Part of `OWNER/harness-approval-gate`, which setOwner rewrites.
 */

/** Tracked files, relative to `root`. */
export function trackedFiles(/** @type {string} */ root) {
  const out = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' })
  return out.split('\0').filter(Boolean)
}

/** The text of a tracked file, or undefined for a binary (or since deleted) one. */
function readText(/** @type {string} */ root, /** @type {string} */ file) {
  let buffer
  try {
    buffer = readFileSync(join(root, file))
  } catch {
    return undefined
  }
  return buffer.includes(0) ? undefined : buffer.toString('utf8')
}

/**
 * Every `OWNER` word in the tracked files (outside the few that explain it), and whether setOwner
 * replaces it.
 * @returns {Placeholder[]}
 */
export function findPlaceholders(/** @type {string} */ root) {
  /** @type {Placeholder[]} */
  const found = []
  for (const file of trackedFiles(root)) {
    if (EXPLAINS_PLACEHOLDER.has(file)) continue
    const text = readText(root, file)
    if (text === undefined || !text.includes(PLACEHOLDER)) continue
    for (const [index, line] of text.split('\n').entries()) {
      for (const match of line.matchAll(WORD)) {
        const rest = line.slice((match.index ?? 0) + PLACEHOLDER.length)
        found.push({ file, line: index + 1, text: line.trim(), replaceable: rest.startsWith(`/${REPOSITORY}`) })
      }
    }
  }
  return found
}

/** Why `owner` cannot be used, or undefined when it can. */
export function ownerProblem(/** @type {string | undefined} */ owner) {
  const expected = 'Expected a GitHub user or organisation name: 1-39 letters, digits or single hyphens, not starting or ending with a hyphen (e.g. `npm run set-owner -- acme`).'
  if (owner === undefined || owner === '') return `ORG is missing. ${expected}`
  if (!ACCOUNT.test(owner) || owner === PLACEHOLDER) return `ORG ${JSON.stringify(owner)} is not a GitHub account name. ${expected}`
  return undefined
}

/**
 * Replaces every placeholder under `root` with `owner`.
 * @returns {{ file: string, count: number }[]} The files changed and how many placeholders each held.
 */
export function setOwner(/** @type {string} */ root, /** @type {string} */ owner) {
  const problem = ownerProblem(owner)
  if (problem) throw new Error(problem)
  const found = findPlaceholders(root)
  const stray = found.filter((p) => !p.replaceable)
  if (stray.length > 0) {
    const places = stray.map((p) => `  ${p.file}:${p.line}: ${p.text}`).join('\n')
    throw new Error(`${PLACEHOLDER} appears outside \`${PLACEHOLDER}/${REPOSITORY}\`, where it would not be replaced; rewrite these lines first:\n${places}`)
  }
  const target = new RegExp(`\\b${PLACEHOLDER}/${REPOSITORY}\\b`, 'g')
  /** @type {Map<string, number>} */
  const counts = new Map()
  for (const p of found) counts.set(p.file, (counts.get(p.file) ?? 0) + 1)
  for (const file of counts.keys()) {
    const path = join(root, file)
    writeFileSync(path, readFileSync(path, 'utf8').replace(target, `${owner}/${REPOSITORY}`))
  }
  return [...counts].map(([file, count]) => ({ file, count }))
}

function main() {
  const root = fileURLToPath(new URL('..', import.meta.url))
  const args = process.argv.slice(2)
  if (args.length > 1) {
    console.error(`set-owner: one ORG expected, got ${args.length} arguments. Usage: npm run set-owner -- ORG`)
    return 2
  }
  const problem = ownerProblem(args[0])
  if (problem) {
    console.error(`set-owner: ${problem}`)
    return 2
  }
  try {
    const changed = setOwner(root, args[0] ?? '')
    if (changed.length === 0) {
      console.log(`No ${PLACEHOLDER} placeholder left: the owner is already set.`)
      return 0
    }
    for (const { file, count } of changed) console.log(`${file}: ${count}`)
    const total = changed.reduce((sum, c) => sum + c.count, 0)
    console.log(`Replaced ${total} placeholder(s) in ${changed.length} file(s) with ${args[0]}/${REPOSITORY}.`)
    return 0
  } catch (error) {
    console.error(`set-owner: ${error instanceof Error ? error.message : String(error)}`)
    return 1
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exitCode = main()
