// `npm run check-release -- v1.2.3`: what must hold before a tag becomes a release. The tag names the
// version in package.json; CHANGELOG.md has a dated entry for it; no placeholder owner is left (users would
// copy it from the README, and npm's provenance check compares package.json's repository with the real one);
// and dist/ is exactly what a fresh `npm run build` produces. Every failed check is reported, then it exits 1.
// On success it prints `version=`, `major=` and `prerelease=` lines, for $GITHUB_OUTPUT.
import { execFileSync, spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseVersion, releaseNotes } from './release-notes.mjs'
import { findPlaceholders, PLACEHOLDER } from './set-owner.mjs'

/** Checks that only read files; returns one sentence per problem. */
export function checkSources(/** @type {string} */ root, /** @type {string} */ tag) {
  /** @type {string[]} */
  const problems = []
  let version
  try {
    version = parseVersion(tag)
  } catch (error) {
    return [error instanceof Error ? error.message : String(error)]
  }
  if (!tag.startsWith('v')) problems.push(`tag ${JSON.stringify(tag)} does not start with v. Expected v${version.version}.`)
  const pkg = /** @type {{ version?: unknown }} */ (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')))
  if (pkg.version !== version.version) {
    problems.push(`tag ${tag} does not match package.json's version ${JSON.stringify(pkg.version)}. Set "version": "${version.version}" (or tag v${String(pkg.version)}).`)
  }
  try {
    releaseNotes(readFileSync(join(root, 'CHANGELOG.md'), 'utf8'), version.version)
  } catch (error) {
    problems.push(error instanceof Error ? error.message : String(error))
  }
  const placeholders = findPlaceholders(root)
  if (placeholders.length > 0) {
    const places = placeholders.map((p) => `  ${p.file}:${p.line}: ${p.text}`).join('\n')
    problems.push(`the ${PLACEHOLDER} placeholder is still in ${placeholders.length} place(s); run \`npm run set-owner -- ORG\` and commit:\n${places}`)
  }
  return problems
}

/** Rebuilds dist/ with `npm run build` and reports any difference from what is committed. */
export function checkFreshBuild(/** @type {string} */ root) {
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, encoding: 'utf8' })
  if (build.status !== 0) {
    return [`npm run build failed (exit ${build.status ?? build.signal}):\n${`${build.stdout}\n${build.stderr}`.trim()}`]
  }
  // --porcelain also lists new, untracked files (a chunk the committed build lacks), which git diff misses.
  const changed = execFileSync('git', ['status', '--porcelain', '--', 'dist/'], { cwd: root, encoding: 'utf8' }).trimEnd()
  return changed ? [`dist/ is not what a fresh build produces; run npm run build and commit dist/:\n${changed}`] : []
}

function main() {
  const root = fileURLToPath(new URL('..', import.meta.url))
  const args = process.argv.slice(2)
  if (args.length !== 1) {
    console.error(`check-release: one TAG expected, got ${args.length} arguments. Usage: npm run check-release -- v1.2.3`)
    return 2
  }
  const tag = args[0] ?? ''
  const problems = checkSources(root, tag)
  problems.push(...checkFreshBuild(root))
  if (problems.length > 0) {
    for (const problem of problems) console.error(`check-release: ${problem}`)
    console.error(`check-release: ${tag} is not ready to release (${problems.length} problem(s)).`)
    return 1
  }
  const { version, major, prerelease } = parseVersion(tag)
  console.log(`version=${version}\nmajor=${major}\nprerelease=${prerelease}`)
  return 0
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exitCode = main()
