// The version printed by --version: the one in the package.json of the installed package. Found from
// the running script's own path (through the npx/bin symlink), since the bundle carries no metadata.
import { readFileSync, realpathSync } from 'node:fs'
import { dirname, join } from 'node:path'

const PACKAGE_NAME = 'harness-approval-gate'

export function cliVersion(script: string | undefined = process.argv[1]): string {
  if (!script) return 'unknown'
  let dir: string
  try {
    dir = dirname(realpathSync(script))
  } catch {
    return 'unknown'
  }
  for (let depth = 0; depth < 4; depth++) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: unknown; version?: unknown }
      if (pkg.name === PACKAGE_NAME && typeof pkg.version === 'string') return pkg.version
    } catch {
      // No (readable) package.json here: look one level up.
    }
    const parent = dirname(dir)
    if (parent === dir) break
    dir = parent
  }
  return 'unknown'
}
