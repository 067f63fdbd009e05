// The command line's front end: wires the process (arguments, environment, streams, signals) to the
// command table and returns the exit code. It never calls process.exit itself, except on a second
// Ctrl-C, when the user asks to stop waiting for the cleanup too.
import { readFileSync } from 'node:fs'
import { CancelledError } from '../ports.js'
import { dispatch, type CliIo, type Command } from './command.js'
import { COMMANDS } from './commands.js'
import { generalHelp, EXIT, PROGRAM } from './render.js'
import { pluginExemption } from './plugin-exemption.js'
import { cliVersion } from './version.js'

export async function main(argv: string[], io: Partial<CliIo> = {}): Promise<number> {
  const controller = new AbortController()
  let signals = 0
  const onSignal = (signal: NodeJS.Signals) => {
    signals++
    if (signals > 1) process.exit(EXIT.cancelled)
    controller.abort(new CancelledError(`Cancelled by ${signal}.`))
  }
  const listen = io.signal === undefined
  if (listen) {
    process.on('SIGINT', onSignal)
    process.on('SIGTERM', onSignal)
  }
  const full: CliIo = {
    env: io.env ?? process.env,
    stdout: io.stdout ?? process.stdout,
    stderr: io.stderr ?? process.stderr,
    readFile: io.readFile ?? ((path) => readFileSync(path, 'utf8')),
    signal: io.signal ?? controller.signal,
    columns: io.columns ?? terminalColumns(io.env ?? process.env),
  }
  try {
    return await run(argv, full)
  } finally {
    if (listen) {
      process.removeListener('SIGINT', onSignal)
      process.removeListener('SIGTERM', onSignal)
    }
  }
}

async function run(argv: string[], io: CliIo): Promise<number> {
  const first = argv[0]
  if ((first === undefined || first.startsWith('-')) && (argv.includes('--version') || argv.includes('-V'))) {
    io.stdout.write(`${cliVersion()}\n`)
    return EXIT.decided
  }
  return dispatch(COMMANDS, argv, io, PROGRAM, {
    fallback: pluginAction(io.env, COMMANDS),
    help: (commands, width) => generalHelp(commands, width),
  })
}

/** The terminal's width: stdout's when it is one, else COLUMNS when the shell exports it. */
function terminalColumns(env: NodeJS.ProcessEnv): number | undefined {
  if (process.stdout.isTTY && process.stdout.columns) return process.stdout.columns
  const columns = Number(env.COLUMNS)
  return Number.isInteger(columns) && columns > 0 ? columns : undefined
}

/** A plugin step passes its settings only as PLUGIN_*: PLUGIN_ACTION then names the command. */
function pluginAction(env: NodeJS.ProcessEnv, commands: readonly Command[]): Command | undefined {
  const action = env.PLUGIN_ACTION?.trim().toLowerCase()
  if (!action) return undefined
  const exemptions = commands.find((c) => c.name === 'exemptions')
  const exemption = exemptions && pluginExemption(action, env, exemptions)
  if (exemption) return exemption
  return (
    commands.find((c) => c.name === action) ?? {
      name: action,
      summary: '',
      run: async (_args, cio) => {
        cio.stderr.write(`error: PLUGIN_ACTION must be approve or reject, not '${action.slice(0, 40)}'.\n`)
        return EXIT.usage
      },
    }
  )
}
