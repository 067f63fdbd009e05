// Tests for the transport's mutation run (`stryker.transport.config.mjs`): the suites that drive real sockets
// through the transports. Almost every in-process test sends a request, so with the whole mutation suite each
// transport mutant would rerun most of it, often to a real timeout; these suites are the ones that check the
// transport's own promises (deadlines, limits, redirects, proxies, TLS, connect retries, failure wording).
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: [
      'test/http/network-limits.test.ts',
      'test/http/network-transports.test.ts',
      'test/http/network-redirects.test.ts',
      'test/http/network-proxy.test.ts',
      'test/http/network-tls.test.ts',
      'test/http/connect-retry.test.ts',
      'test/http/rate-limit.test.ts',
      'test/http/mutation-transport-errors.test.ts',
      'test/http/mutation-node-transport.test.ts',
      'test/http/undici-modules.test.ts',
      'test/harness/base-url-origin.test.ts',
    ],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 20_000,
    restoreMocks: true,
  },
})
