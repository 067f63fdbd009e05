// Tests for `npm run mutation`: only those that run the decision modules inside the test process. The
// tests that spawn the built dist/ cannot see a mutated src/ and would only add minutes.
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: [
      'test/settings.test.ts',
      'test/approver-inputs.test.ts',
      'test/durations.test.ts',
      'test/gate-settings.test.ts',
      'test/gate-verdict.test.ts',
      'test/causes.test.ts',
      'test/decide.test.ts',
      'test/exactly-once.test.ts',
      'test/status-gate.test.ts',
      'test/hostile-output.test.ts',
      'test/bad-input.test.ts',
      'test/secrets.test.ts',
      'test/contract.test.ts',
      'test/github-context.test.ts',
      'test/sto-settings.test.ts',
      'test/mutation-*.test.ts',
    ],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 20_000,
    restoreMocks: true,
    // Each mutant reruns the property tests that cover it: fewer runs keep a full pass within minutes.
    env: { PROPERTY_RUNS: '12' },
  },
})
