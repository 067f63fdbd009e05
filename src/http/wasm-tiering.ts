// Imported first by undici-transport.ts, so it runs before undici is evaluated and compiles its parser; the
// common path (node:http, whose parser is native) never loads it, nor the node:v8 it needs.
import { createRequire } from 'node:module'

// Node waits at exit for V8 to finish optimising undici's WebAssembly HTTP parser in the background:
// measured on Node 20 at about 60 ms and 30 MB on a run that makes two requests, and on Node 24 at about
// 30 ms and 9 MB once an approval made three. Baseline (Liftoff) code is plenty for a few small answers,
// so the optimising tier is kept from starting before the parser is compiled. Node 20 and 21 turn it off
// (`--liftoff-only`); on Node 22 and later that flag makes a run slower, so the parser's functions get a
// tier-up budget no run reaches instead. Either costs loading node:v8 (2-3 ms), far less than the wait.
const { setFlagsFromString } = createRequire(import.meta.url)('node:v8') as typeof import('node:v8')
setFlagsFromString(Number(process.versions.node.split('.')[0]) < 22 ? '--liftoff-only' : '--wasm-tiering-budget=1000000000')
