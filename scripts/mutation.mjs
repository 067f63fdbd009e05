// `npm run mutation [-- stryker options]`: both mutation runs, one after the other: the decision modules
// (stryker.config.mjs) and the transport against the network suites (stryker.transport.config.mjs). Options
// such as --force go to both. Exits non-zero if either run fails or scores below its break threshold.
import { spawnSync } from 'node:child_process'

const options = process.argv.slice(2)
let failed = false
for (const config of ['stryker.config.mjs', 'stryker.transport.config.mjs']) {
  const { status } = spawnSync('npx', ['stryker', 'run', config, ...options], { stdio: 'inherit' })
  if (status !== 0) failed = true
}
process.exit(failed ? 1 : 0)
