// The command line's entry point (dist/cli.js, the `harness-approval-gate` bin).
import { main } from './cli/main.js'

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    // A bug, not a Harness or usage problem: say so plainly, without a stack full of bundle offsets.
    process.stderr.write(`error: unexpected failure: ${error instanceof Error ? error.message : String(error)}\n`)
    process.exitCode = 1
  },
)
