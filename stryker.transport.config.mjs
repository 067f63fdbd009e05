// Mutation testing of the transport (deadlines, limits, redirects, proxies, failure codes) against the network
// suites alone; the second half of `npm run mutation`. See stryker.config.mjs for the rest.
import base from './stryker.config.mjs'

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...base,
  vitest: { configFile: 'vitest.mutation-transport.config.ts' },
  mutate: [
    'src/http/transport.ts',
    'src/http/node-transport.ts',
    'src/http/undici-transport.ts',
    'src/http/transport-errors.ts',
  ],
  htmlReporter: { fileName: 'reports/mutation-transport/index.html' },
  incrementalFile: 'reports/stryker-incremental-transport.json',
  tempDirName: '.stryker-tmp-transport',
}
