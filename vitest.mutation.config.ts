// Tests for `npm run mutation`: only those that run the decision modules inside the test process. The
// tests that spawn the built dist/ cannot see a mutated src/ and would only add minutes.
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: [
      'test/settings.test.ts',
      'test/approvals/approver-inputs.test.ts',
      'test/durations.test.ts',
      'test/gate/settings.test.ts',
      'test/gate/verdict.test.ts',
      'test/approvals/causes.test.ts',
      'test/approvals/decide.test.ts',
      'test/approvals/exactly-once.test.ts',
      'test/approvals/scope-and-rerun.test.ts',
      'test/approvals/dry-run-known-step.test.ts',
      'test/approvals/decide-instance.test.ts',
      'test/approvals/batch-order.test.ts',
      'test/approvals/stages.test.ts',
      'test/approvals/step-identity.test.ts',
      'test/gate/status-gate.test.ts',
      'test/hostile-output.test.ts',
      'test/bad-input.test.ts',
      'test/secrets.test.ts',
      'test/approvals/contract.test.ts',
      'test/github-context.test.ts',
      'test/exemptions/settings.test.ts',
      'test/exemptions/decide.test.ts',
      'test/approvals/follow-pipeline.test.ts',
      'test/approvals/dry-run.test.ts',
      'test/approvals/pattern-check.test.ts',
      'test/http/network-limits.test.ts',
      'test/http/network-redirects.test.ts',
      'test/http/connect-retry.test.ts',
      'test/secrets-split.test.ts',
      'test/run/run.test.ts',
      'test/**/mutation-*.test.ts',
    ],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 20_000,
    restoreMocks: true,
    // Each mutant reruns the property tests that cover it: fewer runs keep a full pass within minutes.
    env: { PROPERTY_RUNS: '12' },
  },
})
