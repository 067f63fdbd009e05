// Loaded with `node --require` by the built-ins figure (CommonJS, so that it adds no ES-module loading of its
// own): at exit, writes the Node built-in modules the process has loaded, one per line, to the file named by
// HAG_BENCH_MODULES_FILE.
const { writeFileSync } = require('node:fs')

const file = process.env.HAG_BENCH_MODULES_FILE
if (file) {
  process.on('exit', () => {
    // Undocumented but present since Node's early days: "NativeModule <name>" for each built-in loaded.
    const loaded = /** @type {{ moduleLoadList?: string[] }} */ (/** @type {unknown} */ (process)).moduleLoadList ?? []
    const builtins = loaded.filter((m) => m.startsWith('NativeModule ')).map((m) => m.slice('NativeModule '.length))
    writeFileSync(file, `${builtins.join('\n')}\n`)
  })
}
