// The layering of src/, checked on every `npm test` (`npm run lint:layers`). Features stand on shared
// layers; run/ puts the features together; the front ends sit on top and only the entry points load them.
// CONTRIBUTING.md (Layout) maps each folder. Type-only imports count: a type is a dependency too.

const FEATURES = '^src/(approvals|exemptions|gate)/'
const SHARED = ['^src/(harness|http|settings|report)/', '^src/ports\\.ts$']
const COMPOSITION = '^src/run/'
const FRONT_ENDS = '^src/(action|cli)/'
const ENTRY_POINTS = '^src/(index|cli|startup)\\.ts$'

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'shared-imports-no-feature',
      comment:
        'The shared layers (harness, http, settings, report, ports.ts) are what every feature stands on: they ' +
        'import no feature, nor run/, a front end or an entry point. Move the code down, or pass it in from above.',
      severity: 'error',
      from: { path: SHARED },
      to: { path: [FEATURES, COMPOSITION, FRONT_ENDS, ENTRY_POINTS] },
    },
    {
      name: 'feature-imports-no-other-feature',
      comment:
        'A feature (approvals, exemptions, gate) imports no other feature: what two features share belongs in ' +
        'a shared layer, and putting them together is the job of run/.',
      severity: 'error',
      from: { path: '^src/(approvals|exemptions|gate)/' },
      to: { path: FEATURES, pathNot: '^src/$1/' },
    },
    {
      name: 'feature-imports-no-front-end',
      comment: 'A feature imports neither run/ nor a front end (action, cli) nor an entry point: it is called from above.',
      severity: 'error',
      from: { path: FEATURES },
      to: { path: [COMPOSITION, FRONT_ENDS, ENTRY_POINTS] },
    },
    {
      name: 'nothing-imports-a-front-end',
      comment: 'Only the entry points (src/index.ts, src/cli.ts) load a front end; what both front ends need lives in run/ or below.',
      severity: 'error',
      from: { pathNot: ['^src/(index|cli)\\.ts$', FRONT_ENDS] },
      to: { path: FRONT_ENDS },
    },
    {
      name: 'front-end-imports-no-other-front-end',
      comment: 'The action and the command line stand side by side: neither imports the other.',
      severity: 'error',
      from: { path: '^src/(action|cli)/' },
      to: { path: FRONT_ENDS, pathNot: '^src/$1/' },
    },
    {
      name: 'no-circular',
      comment: 'No import cycles: each module can be read, and tested, after what it imports.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'Every import resolves, so no import escapes the rules above unseen.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
  },
}
