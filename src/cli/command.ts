// How commands plug into the command line: each is a name, a one-line summary and a function from its
// arguments to an exit code. A command with verbs of its own (`exemptions list`, …) is a group built by
// `commandGroup`, dispatched by the same code as the top level.
import type { ResultJson } from '../run/result.js'
import { Redactor, type Sink } from './output.js'
import { entry, EXIT, helpWidth, paragraph, PROGRAM, usage } from './render.js'
import { nearest } from './suggest.js'

export interface CliIo {
  env: NodeJS.ProcessEnv
  /** The verdict line, or with --json the one result object; nothing else. */
  stdout: Sink
  /** Progress, warnings, errors, help on bad usage. */
  stderr: Sink
  readFile(path: string): string
  /** Aborted on SIGINT/SIGTERM: every request and wait stops, nothing is posted after. */
  signal: AbortSignal
  /** The terminal's width, when known: help is wrapped to it. */
  columns?: number
}

export interface Command {
  name: string
  /** One line for the command list in --help. */
  summary: string
  /** Runs with the arguments after the command's name; resolves to the exit code. */
  run(args: string[], io: CliIo): Promise<number>
}

/** A command made of verbs, e.g. `exemptions list|approve|…`; `<name> --help` lists them. */
export function commandGroup(name: string, summary: string, verbs: readonly Command[]): Command {
  return { name, summary, run: (args, io) => dispatch(verbs, args, io, `${PROGRAM} ${name}`) }
}

export interface DispatchOptions {
  /** Used when the arguments name no command (e.g. the action from PLUGIN_ACTION). */
  fallback?: Command
  /** Extra lines for the help, after the command list. */
  help?: (commands: readonly Command[], width: number) => string
}

/** Runs the command named by the first argument; `help [name]` and `--help` show what exists. */
export async function dispatch(
  commands: readonly Command[],
  args: string[],
  io: CliIo,
  prefix: string,
  options: DispatchOptions = {},
): Promise<number> {
  const [first, ...rest] = args
  const width = helpWidth(io.columns)
  const listing = () => (options.help ? options.help(commands, width) : commandList(prefix, commands, width))
  if (first === 'help') {
    const named = rest[0] === undefined ? undefined : commands.find((c) => c.name === rest[0])
    if (rest[0] !== undefined && !named) return usageError(io, `Unknown command '${rest[0]}'.`, { json: false, prefix })
    if (named) return named.run(['--help', ...rest.slice(1)], io)
    io.stdout.write(`${listing()}\n`)
    return EXIT.decided
  }
  if (first !== undefined && !first.startsWith('-')) {
    const command = commands.find((c) => c.name === first)
    if (!command) {
      const meant = nearest(first, commands.map((c) => c.name))
      const hint = meant ? ` Did you mean '${meant}'?` : ''
      return usageError(io, `Unknown command '${first}'; expected ${commands.map((c) => c.name).join(', ')}.${hint}`, { json: args.includes('--json'), prefix })
    }
    return command.run(rest, io)
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout.write(`${listing()}\n`)
    return EXIT.decided
  }
  if (options.fallback) return options.fallback.run(args, io)
  if (first === undefined) {
    // Called bare: show what exists, but as a usage error, since nothing was asked for.
    io.stderr.write(`${listing()}\n`)
    return EXIT.usage
  }
  return usageError(io, `Missing command: ${commands.map((c) => c.name).join(', ')}.`, { json: args.includes('--json'), prefix })
}

function commandList(prefix: string, commands: readonly Command[], width: number): string {
  const column = Math.max(...commands.map((c) => c.name.length), 4) + 6
  return [
    ...usage(`${prefix} <command> [options]`, width),
    '',
    'Commands:',
    ...commands.map((c) => entry(c.name, c.summary, width, column)),
    '',
    ...paragraph(`Run '${prefix} <command> --help' for the options of a command.`, width),
  ].join('\n')
}

/**
 * Reports a mistake in how the command was called: one `error:` line and a pointer to --help on stderr,
 * and with --json the result object on stdout too, so a script always has something to parse.
 */
export function usageError(io: CliIo, message: string, options: { json: boolean; prefix: string; redactor?: Redactor }): number {
  const redactor = options.redactor ?? new Redactor()
  io.stderr.write(`${redactor.redact(`error: ${message}`)}\nRun '${options.prefix} --help' for usage.\n`)
  if (options.json) {
    const result: ResultJson = { outcome: 'invalid-settings', executions: [], problems: [message] }
    io.stdout.write(`${redactor.redact(JSON.stringify(result))}\n`)
  }
  return EXIT.usage
}
