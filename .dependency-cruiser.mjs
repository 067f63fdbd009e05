// The layering of src/, checked on every `npm test` (`npm run lint:layers`). Features stand on shared
// layers; run/ puts the features together; the front ends sit on top and only the entry points load them.
// CONTRIBUTING.md (Layout) maps each folder, and test/layers.test.ts holds that map to these rules.
// Type-only imports count: a type is a dependency too. Each forbidden import breaks exactly one rule.

/** The features: one folder each, none importing another. */
export const FEATURE_FOLDERS = ['approvals', 'exemptions', 'gate']
/** The shared layers (with src/ports.ts): what every feature stands on. */
export const SHARED_FOLDERS = ['harness', 'http', 'settings', 'report']
/** The front ends, each loaded by its entry point alone. */
export const FRONT_END_FOLDERS = ['action', 'cli']

const FEATURES = `^src/(${FEATURE_FOLDERS.join('|')})/`
const SHARED = [`^src/(${SHARED_FOLDERS.join('|')})/`, '^src/ports\\.ts$']
const RUN = '^src/run/'
const FRONT_ENDS = `^src/(${FRONT_END_FOLDERS.join('|')})/`
const ENTRY_POINTS = '^src/(index|cli)\\.ts$'
const STARTUP = '^src/startup\\.ts$'

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'shared-imports-no-feature',
      comment:
        'The shared layers (harness, http, settings, report, ports.ts) are what every feature stands on: they ' +
        'import no feature, nor run/, which puts the features together. Move the code down, or pass it in from above.',
      severity: 'error',
      from: { path: SHARED },
      to: { path: [FEATURES, RUN] },
    },
    {
      name: 'feature-imports-no-other-feature',
      comment:
        'A feature (approvals, exemptions, gate) imports no other feature: what two features share belongs in ' +
        'a shared layer, and putting them together is the job of run/.',
      severity: 'error',
      from: { path: FEATURES },
      to: { path: FEATURES, pathNot: '^src/$1/' },
    },
    {
      name: 'feature-imports-not-run',
      comment: 'A feature does not import run/, which imports it: a feature is called from above.',
      severity: 'error',
      from: { path: FEATURES },
      to: { path: RUN },
    },
    {
      name: 'nothing-imports-a-front-end',
      comment:
        'Only the entry points (src/index.ts, src/cli.ts) load a front end; no feature, shared layer or run/ ' +
        'imports one. What both front ends need lives in run/ or below.',
      severity: 'error',
      from: { pathNot: [ENTRY_POINTS, FRONT_ENDS] },
      to: { path: FRONT_ENDS },
    },
    {
      name: 'front-end-imports-no-other-front-end',
      comment: 'The action and the command line stand side by side: neither imports the other.',
      severity: 'error',
      from: { path: FRONT_ENDS },
      to: { path: FRONT_ENDS, pathNot: '^src/$1/' },
    },
    {
      name: 'nothing-imports-an-entry-point',
      comment:
        'Importing an entry point starts a run; src/startup.ts must run before anything else loads, so only the ' +
        'entry points import it, first.',
      severity: 'error',
      from: { pathNot: ENTRY_POINTS },
      to: { path: [ENTRY_POINTS, STARTUP] },
    },
    {
      name: 'action-entry-point-loads-only-the-action',
      comment: 'src/index.ts (dist/index.js) runs src/startup.ts and the action front end, nothing else of ours.',
      severity: 'error',
      from: { path: '^src/index\\.ts$' },
      to: { path: '^src/', pathNot: ['^src/action/', STARTUP] },
    },
    {
      name: 'cli-entry-point-loads-only-the-cli',
      comment: 'src/cli.ts (dist/cli.js) runs src/startup.ts and the command line front end, nothing else of ours.',
      severity: 'error',
      from: { path: '^src/cli\\.ts$' },
      to: { path: '^src/', pathNot: ['^src/cli/', STARTUP] },
    },
    {
      name: 'startup-imports-only-node-built-ins',
      comment:
        'src/startup.ts sets V8 flags before undici is loaded; whatever it imported would load before them, so it ' +
        'imports nothing but Node built-ins.',
      severity: 'error',
      from: { path: STARTUP },
      to: { dependencyTypesNot: ['core'], pathNot: [FRONT_ENDS, ENTRY_POINTS], couldNotResolve: false },
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
