import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // Tests start real servers on 127.0.0.1; a hung socket must fail the test, not the run.
    testTimeout: 20_000,
    hookTimeout: 20_000,
    restoreMocks: true,
  },
})
