// Mutation testing of the decision modules, the first of the two runs of `npm run mutation` (the transport
// has its own: stryker.transport.config.mjs). Slow (about two hours from scratch), so not part of `npm test`
// nor of CI; the report lands in reports/mutation/.
import { fileURLToPath } from 'node:url'

// The tests run in a copy of the repository under .stryker-tmp/, where the contract tests' default place
// for the published API documents would not resolve: pin it from the real checkout.
process.env.HARNESS_OPENAPI_DIR ??= fileURLToPath(new URL('../shared/harness-api', import.meta.url))

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  coverageAnalysis: 'perTest',
  concurrency: 2,
  mutate: [
    // Input parsing
    'src/run/settings.ts',
    'src/harness/target.ts',
    'src/approvals/settings.ts',
    'src/approvals/approver-inputs.ts',
    'src/settings/count.ts',
    'src/settings/durations.ts',
    'src/settings/request-timeout.ts',
    'src/gate/settings.ts',
    'src/settings/problems.ts',
    'src/settings/urls.ts',
    // Gate verdicts
    'src/gate/verdict.ts',
    // Error classification
    'src/approvals/causes.ts',
    'src/harness/errors.ts',
    // Exactly-once logic, with the merge of approver inputs it relies on
    'src/approvals/decide-execution.ts',
    'src/approvals/find-step.ts',
    'src/approvals/read-back.ts',
    'src/approvals/stages.ts',
    'src/approvals/batch-order.ts',
    'src/approvals/scope-check.ts',
    'src/approvals/known-step.ts',
    'src/http/retry-reads.ts',
    'src/approvals/merge-inputs.ts',
    // Output cleaning
    'src/report/sanitize.ts',
    // What decides or waits: the exemption decision, the gate's polling, following the pipeline, the dry run,
    // the run that composes them, and the step's patterns run with a time bound. The transport's bounds have
    // their own run (stryker.transport.config.mjs): `npm run mutation` runs both.
    'src/exemptions/decide-exemption.ts',
    'src/exemptions/refusals.ts',
    'src/gate/status-gate.ts',
    'src/approvals/follow-pipeline.ts',
    'src/approvals/dry-run.ts',
    'src/run/run.ts',
    'src/approvals/pattern-check.ts',
  ],
  // Not needed by the in-process tests; the benchmark folder and the cache hold whole Node runtimes.
  ignorePatterns: ['bench', 'dist', 'examples', 'coverage', '.cache'],
  reporters: ['clear-text', 'progress', 'html'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  thresholds: { high: 90, low: 80, break: 80 },
  // Mutants whose code and covering tests are unchanged keep their last result (reports/stryker-incremental.json);
  // `npm run mutation -- --force` measures every mutant again.
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
}
