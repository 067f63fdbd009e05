// Imported first by both entry points, so it runs before undici is loaded and compiles its parser.
import { createRequire } from 'node:module'

// Node 20 waits at exit for V8 to finish optimising undici's WebAssembly HTTP parser in the background:
// measured at about 60 ms and 30 MB on a run that makes two requests. Baseline (Liftoff) code is plenty
// for a handful of small answers, so on Node 20 and 21 the optimising tier is turned off before the parser
// is compiled. Node 24 does not wait, and is slower with the flag, so it is left alone, and does not load
// node:v8 at all (a static import would, on every Node).
if (Number(process.versions.node.split('.')[0]) < 22) {
  const { setFlagsFromString } = createRequire(import.meta.url)('node:v8') as typeof import('node:v8')
  setFlagsFromString('--liftoff-only')
}
