// Imported with `node --import` when GNU time is not available: at exit, writes the process's peak resident
// set size (kilobytes, as the kernel accounts it) to the file named by HAG_BENCH_RSS_FILE.
import { writeFileSync } from 'node:fs'

const file = process.env.HAG_BENCH_RSS_FILE
if (file) {
  process.on('exit', () => {
    writeFileSync(file, `${process.resourceUsage().maxRSS}\n`)
  })
}
