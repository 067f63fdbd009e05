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
/** The one module that may load undici, and the one that loads it, with `import()`. */
const UNDICI_TRANSPORT = '^src/http/undici-transport\\.ts$'
const TRANSPORT = '^src/http/transport\\.ts$'
const WASM_TIERING = '^src/http/wasm-tiering\\.ts$'
const UNDICI = '(^|/)node_modules/undici/'
const FEATURES_AND_ABOVE = [FEATURES, RUN, FRONT_ENDS, ENTRY_POINTS]

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
        'Importing an entry point starts a run: nothing imports one.',
      severity: 'error',
      from: { pathNot: ENTRY_POINTS },
      to: { path: ENTRY_POINTS },
    },
    {
      name: 'action-entry-point-loads-only-the-action',
      comment: 'src/index.ts (dist/index.js) runs the action front end, nothing else of ours.',
      severity: 'error',
      from: { path: '^src/index\\.ts$' },
      to: { path: '^src/', pathNot: '^src/action/' },
    },
    {
      name: 'cli-entry-point-loads-only-the-cli',
      comment: 'src/cli.ts (dist/cli.js) runs the command line front end, nothing else of ours.',
      severity: 'error',
      from: { path: '^src/cli\\.ts$' },
      to: { path: '^src/', pathNot: '^src/cli/' },
    },
    {
      name: 'only-the-undici-transport-imports-undici',
      comment:
        'undici is loaded only for a proxy or a caCert, through src/http/undici-transport.ts: evaluating it was ' +
        'the largest single cost of a cold run. Everything else speaks HTTP through src/http/transport.ts.',
      severity: 'error',
      from: { pathNot: UNDICI_TRANSPORT },
      to: { path: UNDICI },
    },
    {
      name: 'undici-transport-only-by-dynamic-import',
      comment:
        'src/http/undici-transport.ts is loaded with import(), when a proxy or a caCert needs it: a static ' +
        'import (a type-only one included) would put undici back into every run, and into dist/index.js.',
      severity: 'error',
      from: {},
      to: { path: UNDICI_TRANSPORT, dynamic: false },
    },
    {
      name: 'undici-transport-only-from-transport',
      comment: 'Only src/http/transport.ts chooses between the transports, so only it loads the undici one.',
      severity: 'error',
      from: { pathNot: TRANSPORT },
      to: { path: UNDICI_TRANSPORT },
    },
    {
      name: 'wasm-tiering-imports-only-node-built-ins',
      comment:
        'src/http/wasm-tiering.ts sets V8 flags before undici compiles its parser; whatever it imported would ' +
        'load before them, so it imports nothing but Node built-ins.',
      severity: 'error',
      from: { path: WASM_TIERING },
      // What another rule already forbids (a feature, run/, a front end, an entry point) is reported there.
      to: { dependencyTypesNot: ['core'], pathNot: FEATURES_AND_ABOVE, couldNotResolve: false },
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
