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
  tuning: 'Batches',
}

const WIDTH = 100
const FLAG_COLUMN = 34
const COMMAND_COLUMN = 18

function wrap(text: string, width: number): string[] {
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

function entry(left: string, help: string, column = FLAG_COLUMN): string {
  const body = wrap(help, WIDTH - column)
  const pad = ' '.repeat(column)
  const first = left.length + 2 < column ? `  ${left.padEnd(column - 2)}${body[0] ?? ''}` : `  ${left}\n${pad}${body[0] ?? ''}`
  return [first, ...body.slice(1).map((l) => `${pad}${l}`)].join('\n')
}

function optionHelp(option: InputOption): string {
  const env = envNames(option).join(', ')
  const repeat = option.repeatable ? ' Repeatable.' : ''
  return entry(`--${option.flag}${option.value ? ` ${option.value}` : ''}`, `${option.help}${repeat} Env: ${env}.`)
}

export interface CommandSummary {
  name: string
  summary: string
}

export function generalHelp(commands: readonly CommandSummary[]): string {
  return [
    `Usage: ${PROGRAM} <command> [options]`,
    '',
    'Approves or rejects a waiting Harness pipeline approval, exactly once: from a terminal, Jenkins, a',
    'Harness Run step or any CI. The same checks and messages as the GitHub Action.',
    '',
    'Commands:',
    ...commands.map((c) => entry(c.name, c.summary, COMMAND_COLUMN)),
    entry('help [command]', 'Show help (for one command).', COMMAND_COLUMN),
    '',
    `Run '${PROGRAM} <command> --help' for the options of a command.`,
    '',
    ...exitCodes(),
  ].join('\n')
}

/** Help for approve/reject: every option of the table, grouped, with its environment variables. */
export function decideHelp(command: string): string {
  const groups: OptionGroup[] = ['decision', 'harness', 'gate', 'follow', 'tuning']
  const sections = groups.flatMap((group) => ['', `${GROUP_TITLES[group]}:`, ...INPUT_OPTIONS.filter((o) => o.group === group).map(optionHelp)])
  return [
    `Usage: ${PROGRAM} ${command} --execution-id ID [options]`,
    '',
    ...wrap(
      `${command === 'approve' ? 'Approves' : 'Rejects'} the waiting Harness Approval step of one or more pipeline executions, each ` +
        'exactly once. With --status-url, first waits for an external job to finish.',
      WIDTH,
    ),
    ...sections,
    '',
    'Output:',
    ...GENERAL_FLAGS.map((f) => entry(f.short ? `-${f.short}, --${f.flag}` : `--${f.flag}`, f.help)),
    '',
    'Environment:',
    ...wrap(
      'Each option can come from the environment instead: PLUGIN_<NAME> (the upper snake case of the input, as Harness and ' +
        'Drone plugin steps pass settings) or the HARNESS_* variables listed. A flag wins over the environment; ' +
        'PLUGIN_* wins over HARNESS_*; empty variables count as unset. PLUGIN_ACTION (approve or reject) stands in ' +
        'for a missing command.',
      WIDTH - 2,
    ).map((l) => `  ${l}`),
    '',
    ...exitCodes(),
    '',
    'Examples:',
    '  export HARNESS_API_KEY=pat.…   # from your secret store',
    `  ${PROGRAM} ${command} --execution-id Kq3x9 --org-id default --project-id payments`,
    `  ${PROGRAM} approve --execution-id Kq3x9 --callback-id deploy-gate --approver-input ticket=CHG-1042 \\`,
    "      --comments 'Smoke tests passed' --org-id default --project-id payments --json",
    `  ${PROGRAM} approve --execution-id Kq3x9 --org-id default --project-id payments \\`,
    "      --status-url https://ci.example.com/job/42/api/json --status-field result \\",
    '      --status-header "Authorization: Bearer $CI_TOKEN" --timeout 20m',
    `  ${PROGRAM} approve --execution-id Kq3x9 --org-id default --project-id payments --dry-run`,
    `  ${PROGRAM} approve --execution-id Kq3x9 --org-id default --project-id payments \\`,
    '      --wait-for-pipeline 30m --wait-for-pipeline-until finished',
  ].join('\n')
}

function exitCodes(): string[] {
  return [
    'Exit codes:',
    entry(String(EXIT.decided), 'Decided (every execution; with --wait-for-pipeline, and each pipeline got as far as awaited). With --dry-run: a real run would post.', COMMAND_COLUMN),
    entry(String(EXIT.failed), 'Not decided: a decision failed, the status gate failed, or the state is unknown; or a followed pipeline failed or the wait ran out.', COMMAND_COLUMN),
    entry(String(EXIT.usage), 'Bad usage or invalid settings; nothing was sent to Harness.', COMMAND_COLUMN),
    entry(String(EXIT.cancelled), 'Cancelled (SIGINT/SIGTERM); nothing was posted after.', COMMAND_COLUMN),
  ]
}
