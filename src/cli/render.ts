// What the command line prints besides progress: the one-line verdict, the exit code a result maps to,
// and the help text, generated from the option table.
import type { ResultJson } from '../run/result.js'
import { envNames, GENERAL_FLAGS, INPUT_OPTIONS, type InputOption, type OptionGroup } from './options.js'

export const PROGRAM = 'harness-approval-gate'

export const EXIT = {
  /** Every execution decided. */
  decided: 0,
  /** A decision failed, the gate failed, or the state is unknown. */
  failed: 1,
  /** Bad usage or invalid settings: nothing was sent. */
  usage: 2,
  /** The gate failed (or timed out) and the approval was rejected for it: recorded, but not what was asked. */
  rejectedByGate: 3,
  /** SIGINT/SIGTERM: everything was aborted, nothing was posted after. */
  cancelled: 130,
} as const

export function exitCodeFor(result: ResultJson): number {
  switch (result.outcome) {
    case 'decided':
    case 'dry-run':
      return EXIT.decided
    case 'invalid-settings':
      return EXIT.usage
    case 'gate-rejected':
      return EXIT.rejectedByGate
    case 'cancelled':
      return EXIT.cancelled
    default:
      return EXIT.failed
  }
}

const GROUP_TITLES: Record<OptionGroup, string> = {
  decision: 'What to decide',
  harness: 'Harness',
  gate: 'Status gate (optional: decide only once an external job has finished)',
  follow: 'Following the pipeline (optional: after the decision)',
  tuning: 'Limits',
}

export const FLAG_COLUMN = 34
const COMMAND_COLUMN = 18

/** Help is wrapped at the terminal's width, or at this when it is not known (a pipe, a file). */
export const DEFAULT_HELP_WIDTH = 100
/** Narrower than this, the columns would not fit: wrap as if it were this wide. */
const MIN_HELP_WIDTH = 60

/** The width help is wrapped at: the terminal's columns when known. */
export function helpWidth(columns: number | undefined): number {
  return columns && columns > 0 ? Math.max(MIN_HELP_WIDTH, columns) : DEFAULT_HELP_WIDTH
}

export function wrap(text: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/)) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line)
      line = word
    } else line = line === '' ? word : `${line} ${word}`
  }
  if (line !== '') lines.push(line)
  return lines
}

/** Narrower than this, a help column is too cramped for a URL or a variable name: the help goes under its flag. */
const MIN_COLUMN_TEXT = 36
/** Where the help starts when it goes under its flag. */
const UNDER_COLUMN = 6

/** `  left    help…`, the help wrapped in its column; a long `left` gets a line of its own. */
export function entry(left: string, help: string, width: number, column = FLAG_COLUMN): string {
  // In a narrow terminal the help goes under the flag, indented a little, so that it keeps most of the width.
  if (width - column < MIN_COLUMN_TEXT) column = Math.min(column, UNDER_COLUMN)
  const body = wrap(help, width - column)
  const pad = ' '.repeat(column)
  const first = left.length + 2 < column ? `  ${left.padEnd(column - 2)}${body[0] ?? ''}` : `  ${left}\n${pad}${body[0] ?? ''}`
  return [first, ...body.slice(1).map((l) => `${pad}${l}`)].join('\n')
}

/** A `Usage:` line, its continuation lines indented under the command when it does not fit. */
export function usage(command: string, width: number): string[] {
  const indent = ' '.repeat('Usage: '.length)
  return wrap(command, width - indent.length).map((l, i) => (i === 0 ? `Usage: ${l}` : `${indent}${l}`))
}

/** A heading such as `Status gate (optional: …):`, wrapped when the terminal is narrow. */
export function heading(title: string, width: number): string[] {
  return wrap(`${title}:`, width)
}

/** A paragraph, wrapped and indented. */
export function paragraph(text: string, width: number, indent = ''): string[] {
  return wrap(text, width - indent.length).map((l) => `${indent}${l}`)
}

/** A command line for the help, continued with ` \` onto indented lines (at its flags) to fit `width`. */
export function example(command: string, width: number, indent = '  '): string[] {
  const [first = '', ...parts] = command.split(/ (?=--)/)
  const lines: string[] = []
  let line = `${indent}${first}`
  for (const part of parts) {
    if (line.length + part.length + 3 > width) {
      lines.push(`${line} \\`)
      line = `${indent}    ${part}`
    } else line += ` ${part}`
  }
  return [...lines, line]
}

/** How help marks a flag the command refuses to run without. */
export const REQUIRED_MARK = 'Required.'

function optionHelp(option: InputOption, width: number): string {
  const env = envNames(option).join(', ')
  const repeat = option.repeatable ? ' Repeatable.' : ''
  // approve and reject need every option marked required, the key included.
  const required = option.required ? `${REQUIRED_MARK} ` : ''
  return entry(`--${option.flag}${option.value ? ` ${option.value}` : ''}`, `${required}${option.help}${repeat} Env: ${env}.`, width)
}

export interface CommandSummary {
  name: string
  summary: string
}

export function generalHelp(commands: readonly CommandSummary[], width = DEFAULT_HELP_WIDTH): string {
  return [
    ...usage(`${PROGRAM} <command> [options]`, width),
    '',
    ...paragraph(
      'Approves or rejects a waiting Harness pipeline approval, exactly once: from a terminal, Jenkins, a ' +
        'Harness Run step or any CI. The same checks and messages as the GitHub Action.',
      width,
    ),
    '',
    'Commands:',
    ...commands.map((c) => entry(c.name, c.summary, width, COMMAND_COLUMN)),
    entry('help [command]', 'Show help (for one command).', width, COMMAND_COLUMN),
    '',
    ...paragraph(`Run '${PROGRAM} <command> --help' for the options of a command.`, width),
    '',
    ...exitCodes(width),
  ].join('\n')
}

/** Help for approve/reject: every option of the table, grouped, with its environment variables. */
export function decideHelp(command: string, width = DEFAULT_HELP_WIDTH): string {
  const groups: OptionGroup[] = ['decision', 'harness', 'gate', 'follow', 'tuning']
  const sections = groups.flatMap((group) => ['', ...heading(GROUP_TITLES[group], width), ...INPUT_OPTIONS.filter((o) => o.group === group).map((o) => optionHelp(o, width))])
  return [
    ...usage(`${PROGRAM} ${command} --execution-id ID [options]`, width),
    '',
    ...paragraph(
      `${command === 'approve' ? 'Approves' : 'Rejects'} the waiting Harness Approval step of one or more pipeline executions, each ` +
        'exactly once. With --status-url, first waits for an external job to finish.',
      width,
    ),
    ...sections,
    '',
    'Output:',
    ...GENERAL_FLAGS.map((f) => entry(f.short ? `-${f.short}, --${f.flag}` : `--${f.flag}`, f.help, width)),
    '',
    'Environment:',
    ...paragraph(
      'Each option can come from the environment instead: PLUGIN_<NAME> (the upper snake case of the input, as Harness and ' +
        'Drone plugin steps pass settings) or the HARNESS_* variables listed. A flag wins over the environment; ' +
        'PLUGIN_* wins over HARNESS_*; empty variables count as unset. PLUGIN_ACTION (approve or reject) stands in ' +
        'for a missing command.',
      width,
      '  ',
    ),
    '',
    ...exitCodes(width),
    '',
    'Examples:',
    '  export HARNESS_API_KEY=pat.…   # from your secret store',
    ...example(`${PROGRAM} ${command} --execution-id Kq3x9 --org-id default --project-id payments`, width),
    ...example(
      `${PROGRAM} approve --execution-id Kq3x9 --callback-id deploy-gate --approver-input ticket=CHG-1042 ` +
        "--comments 'Smoke tests passed' --org-id default --project-id payments --json",
      width,
    ),
    ...example(
      `${PROGRAM} approve --execution-id Kq3x9 --org-id default --project-id payments --timeout 20m ` +
        '--status-url https://ci.example.com/job/42/api/json --status-field result --status-header "Authorization: Bearer $CI_TOKEN"',
      width,
    ),
    ...example(`${PROGRAM} approve --execution-id Kq3x9 --org-id default --project-id payments --dry-run`, width),
    ...example(`${PROGRAM} approve --execution-id Kq3x9 --org-id default --project-id payments --wait-for-pipeline 30m --wait-for-pipeline-until finished`, width),
  ].join('\n')
}

/** The exit codes, as --help lists them. */
export function exitCodes(width: number): string[] {
  return [
    'Exit codes:',
    entry(
      String(EXIT.decided),
      'Decided as asked (every execution; with --wait-for-pipeline, each pipeline got as far as awaited). With --dry-run: a real run would succeed.',
      width,
      COMMAND_COLUMN,
    ),
    entry(
      String(EXIT.failed),
      'Not decided: a decision failed, the status gate failed, or the state is unknown; or a followed pipeline failed or the wait ran out.',
      width,
      COMMAND_COLUMN,
    ),
    entry(String(EXIT.usage), 'Bad usage or invalid settings; nothing was sent to Harness.', width, COMMAND_COLUMN),
    entry(
      String(EXIT.rejectedByGate),
      'Rejected because the status gate reported failure (or timed out with --on-timeout reject): recorded in Harness, but not the decision asked for.',
      width,
      COMMAND_COLUMN,
    ),
    entry(String(EXIT.cancelled), 'Cancelled (SIGINT/SIGTERM); nothing was posted after.', width, COMMAND_COLUMN),
  ]
}
