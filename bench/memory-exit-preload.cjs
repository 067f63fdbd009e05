// Loaded with `node --require` by the memory breakdown (CommonJS, so that it adds no ES-module loading of
// its own): at exit, writes where the process's memory is, as JSON, to the file named by
// HAG_BENCH_MEMORY_FILE: peak RSS (kilobytes, as the kernel accounts it), process.memoryUsage() and the
// V8 heap's spaces (bytes in use and resident).
const { writeFileSync } = require('node:fs')

const file = process.env.HAG_BENCH_MEMORY_FILE
if (file) {
  process.on('exit', () => {
    // Required only now, so that loading node:v8 is no part of what the run measured before.
    const spaces = require('node:v8')
      .getHeapSpaceStatistics()
      .map((/** @type {import('node:v8').HeapSpaceInfo} */ s) => ({ name: s.space_name, used: s.space_used_size, physical: s.physical_space_size }))
    writeFileSync(file, JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS, usage: process.memoryUsage(), spaces }))
  })
}
