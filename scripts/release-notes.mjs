// `npm run release-notes -- 1.2.3 [--sha256 dist/cli.js]`: prints the CHANGELOG.md entry of a version, as
// the body of its GitHub release. With --sha256, a last line gives the file's SHA-256, so a user who pins
// the downloaded file can copy the hash from the notes rather than from a file next to the download.
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

/** `1.2.3`, or a pre-release such as `1.2.3-rc.1`: semantic versioning without build metadata. */
const VERSION = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$/

/**
 * @typedef {object} Version
 * @property {string} version E.g. `1.2.3`.
 * @property {string} major The moving tag of its major version, e.g. `v1`.
 * @property {boolean} prerelease
 */

/** Reads `1.2.3` or `v1.2.3`; throws a message naming the value and the expected form. */
export function parseVersion(/** @type {string | undefined} */ value) {
  const version = (value ?? '').replace(/^v/, '')
  const match = VERSION.exec(version)
  if (!match) {
    throw new Error(`version ${JSON.stringify(value ?? '')} is not a release version. Expected MAJOR.MINOR.PATCH, optionally with a v and a pre-release suffix (1.2.3, v1.2.3, v1.3.0-rc.1).`)
  }
  return /** @type {Version} */ ({ version, major: `v${match[1]}`, prerelease: match[4] !== undefined })
}

const escape = (/** @type {string} */ text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * The entry `## [1.2.3] - 2026-12-01` of a Keep a Changelog file: its date and its text up to the next
 * entry (or the link definitions at the end), without the heading.
 * @returns {{ date: string, notes: string }}
 */
export function releaseNotes(/** @type {string} */ changelog, /** @type {string} */ version) {
  const lines = changelog.replace(/\r\n/g, '\n').split('\n')
  const heading = new RegExp(`^## \\[${escape(version)}\\](.*)$`)
  const start = lines.findIndex((line) => heading.test(line))
  if (start < 0) throw new Error(`CHANGELOG.md has no entry for ${version}. Expected a heading "## [${version}] - YYYY-MM-DD".`)
  const date = /^ - (\d{4}-\d{2}-\d{2})\s*$/.exec(heading.exec(lines[start] ?? '')?.[1] ?? '')?.[1]
  if (!date) throw new Error(`CHANGELOG.md: the entry for ${version} has no release date. Expected "## [${version}] - YYYY-MM-DD", found "${lines[start]}".`)
  let end = lines.findIndex((line, index) => index > start && /^## /.test(line))
  if (end < 0) end = lines.length
  const body = lines.slice(start + 1, end)
  // The link definitions ("[1.2.3]: https://…") close the file, after the last entry.
  while (body.length > 0 && /^(\[[^\]]+\]:\s*\S+)?\s*$/.test(body.at(-1) ?? '')) body.pop()
  while (body.length > 0 && (body[0] ?? '').trim() === '') body.shift()
  if (body.length === 0) throw new Error(`CHANGELOG.md: the entry for ${version} is empty. Describe what changed under "### Added", "### Changed", "### Fixed"….`)
  return { date, notes: body.join('\n') }
}

/** The notes of `version`, with the SHA-256 of each of `files` appended. */
export function releaseBody(/** @type {string} */ changelog, /** @type {string} */ version, /** @type {{ name: string, content: Buffer }[]} */ files = []) {
  const { notes } = releaseNotes(changelog, version)
  if (files.length === 0) return `${notes}\n`
  const hashes = files.map(({ name, content }) => `- \`${name}\`: \`${createHash('sha256').update(content).digest('hex')}\``)
  return `${notes}\n\n### SHA-256\n${hashes.join('\n')}\n`
}

function main() {
  const root = fileURLToPath(new URL('..', import.meta.url))
  const usage = 'Usage: npm run release-notes -- VERSION [--sha256 FILE]… [--changelog FILE]'
  let parsed
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: { sha256: { type: 'string', multiple: true }, changelog: { type: 'string' } },
    })
  } catch (error) {
    console.error(`release-notes: ${error instanceof Error ? error.message : String(error)}. ${usage}`)
    return 2
  }
  const { values, positionals } = parsed
  if (positionals.length !== 1) {
    console.error(`release-notes: one VERSION expected, got ${positionals.length}. ${usage}`)
    return 2
  }
  try {
    const { version } = parseVersion(positionals[0])
    const changelog = readFileSync(values.changelog ?? join(root, 'CHANGELOG.md'), 'utf8')
    const files = (values.sha256 ?? []).map((path) => ({ name: basename(path), content: readFileSync(path) }))
    process.stdout.write(releaseBody(changelog, version, files))
    return 0
  } catch (error) {
    console.error(`release-notes: ${error instanceof Error ? error.message : String(error)}`)
    return 1
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exitCode = main()
