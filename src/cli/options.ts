// The one table behind the command line: each flag, the action input it sets (by the camelCase name that
// parseSettings reads) and the environment variables that can set it instead. Flags, environment
// lookup, `--help` and the documentation's tables are all derived from it, so they cannot drift apart.
import { DEFAULT_FAILURE_VALUES, DEFAULT_SUCCESS_VALUES } from '../gate/settings.js'

export type OptionGroup = 'harness' | 'decision' | 'gate' | 'follow' | 'tuning'

export interface InputOption {
  /** The flag without its leading dashes, kebab-case. */
  flag: string
  /** The action input (action.yml) this flag sets. */
  input: string
  /** Extra environment variables, in order of preference, after `PLUGIN_<INPUT>`. */
  extraEnv?: readonly string[]
  /** May be given more than once; the values are passed on one per line. */
  repeatable?: boolean
  /** The flag names a file whose content is the value. */
  file?: boolean
  /** Never echoed; redacted wherever it could show up. */
  secret?: boolean
  /** A switch without a value (`--dry-run`): given, the input reads 'true'. */
  boolean?: boolean
  /** Placeholder for the value in `--help` ('' for a switch). */
  value: string
  /** How messages name it, when the flag in words (`org id`) would not do. */
  label?: string
  /** Refused when missing: by every command (`always`), or by approve and reject (`decide`). Help says so. */
  required?: 'always' | 'decide'
  group: OptionGroup
  help: string
}

export const INPUT_OPTIONS: readonly InputOption[] = [
  // Where Harness is and who acts.
  {
    flag: 'api-key', label: 'API key', input: 'apiKey', extraEnv: ['HARNESS_API_KEY'], secret: true, value: 'KEY', group: 'harness', required: 'always',
    help: 'Harness API key (pat.… or sat.…). Prefer the HARNESS_API_KEY environment variable: a flag shows up in the process list and shell history.',
  },
  {
    flag: 'account-id', input: 'accountId', extraEnv: ['HARNESS_ACCOUNT_ID'], value: 'ID', group: 'harness',
    help: 'Harness account id. Default: read from the key (pat.<accountId>.…).',
  },
  {
    flag: 'org-id', input: 'orgId', extraEnv: ['HARNESS_ORG_ID', 'HARNESS_DEFAULT_ORG'], value: 'ID', group: 'harness', required: 'decide',
    help: 'Harness organization identifier.',
  },
  {
    flag: 'project-id', input: 'projectId', extraEnv: ['HARNESS_PROJECT_ID', 'HARNESS_DEFAULT_PROJECT'], value: 'ID', group: 'harness', required: 'decide',
    help: 'Harness project identifier.',
  },
  {
    flag: 'base-url', label: 'base URL', input: 'baseUrl', extraEnv: ['HARNESS_API_URL', 'HARNESS_URL'], value: 'URL', group: 'harness',
    help: 'Harness API base URL. Default https://app.harness.io/gateway; self-managed installs use their own domain.',
  },
  {
    flag: 'ca-cert', label: 'CA certificate', input: 'caCert', file: true, value: 'FILE', group: 'harness',
    help: 'PEM file of extra trusted CA certificate(s), for a private CA (PLUGIN_CA_CERT may hold the PEM itself or a file path). NODE_EXTRA_CA_CERTS is honoured too.',
  },

  // What to decide.
  {
    flag: 'execution-id', input: 'executionId', repeatable: true, value: 'ID', group: 'decision', required: 'decide',
    help: 'Harness pipeline execution id (<+pipeline.executionId>); repeat it (or separate by commas) to decide several, each on its own.',
  },
  {
    flag: 'callback-id', input: 'callbackId', value: 'ID', group: 'decision',
    help: 'Callback id of the Harness Approval step; needed when several approval steps may wait at once.',
  },
  {
    flag: 'stage', input: 'stage', value: 'STAGE', group: 'decision',
    help: 'The stage (identifier or name) whose approval to decide: when another stage waits, fail naming both and post nothing.',
  },
  {
    flag: 'approver-input', input: 'approverInputs', repeatable: true, value: 'NAME=VALUE', group: 'decision',
    help: "An approver input (or one JSON object of them). Inputs not given take the step's default.",
  },
  {
    flag: 'comments', input: 'comments', value: 'TEXT', group: 'decision',
    help: 'Comments recorded with the decision (--comment is accepted too). Default: a line naming where it was decided (a Jenkins BUILD_URL, a GitHub run).',
  },
  {
    flag: 'wait-for-approval', input: 'waitForApproval', value: 'DURATION', group: 'decision',
    help: 'How long to wait for the approval step to start waiting when it has not yet (5m by default; 0 does not wait).',
  },
  {
    flag: 'dry-run', input: 'dryRun', boolean: true, value: '', group: 'decision',
    help: 'Check everything (inputs, the status gate, the execution, the waiting step, the merged approver inputs) and print what would be posted (nothing, for a step already decided as asked); post nothing. Exit code 0 when a real run would succeed.',
  },

  // The optional status gate.
  {
    flag: 'status-url', label: 'status URL', input: 'statusUrl', value: 'URL', group: 'gate',
    help: 'Poll this URL until the external job succeeds or fails, then decide (success: the command; failure: see --on-failure).',
  },
  {
    flag: 'status-header', input: 'statusHeaders', repeatable: true, secret: true, value: "'NAME: VALUE'", group: 'gate',
    help: 'A header sent with every poll. Values are treated as secrets.',
  },
  {
    flag: 'status-field', input: 'statusField', value: 'PATH', group: 'gate',
    help: 'Dot path of the status in the JSON answer (status, build.result, items.0.state). Empty: the HTTP status decides.',
  },
  {
    flag: 'success-values', input: 'successValues', value: 'LIST', group: 'gate',
    help: `Comma-separated status values meaning success (case-insensitive). Default: ${DEFAULT_SUCCESS_VALUES.join(', ')}.`,
  },
  {
    flag: 'failure-values', input: 'failureValues', value: 'LIST', group: 'gate',
    help: `Comma-separated status values meaning failure (case-insensitive). Default: ${DEFAULT_FAILURE_VALUES.join(', ')}.`,
  },
  {
    flag: 'poll-interval', input: 'pollInterval', value: 'DURATION', group: 'gate',
    help: 'First wait between polls (10s by default); it grows with back-off.',
  },
  {
    flag: 'max-poll-interval', input: 'maxPollInterval', value: 'DURATION', group: 'gate',
    help: 'Longest wait between polls (60s by default).',
  },
  {
    flag: 'timeout', input: 'timeout', value: 'DURATION', group: 'gate',
    help: 'How long the status gate polls before giving up (30m by default).',
  },
  {
    flag: 'on-failure', input: 'onFailure', value: 'reject|fail', group: 'gate',
    help: 'When the job fails: reject the approval (default), or fail without deciding.',
  },
  {
    flag: 'on-timeout', input: 'onTimeout', value: 'fail|reject', group: 'gate',
    help: 'When the gate times out: fail without deciding (default), or reject.',
  },

  // Following the pipeline after the decision.
  {
    flag: 'wait-for-pipeline', input: 'waitForPipeline', value: 'DURATION', group: 'follow',
    help: 'After deciding, follow the pipeline for at most this long (e.g. 30m; off by default). Fails when it ends Failed, Errored, Aborted, Expired or ApprovalRejected (after an approve), or when the wait runs out.',
  },
  {
    flag: 'wait-for-pipeline-until', input: 'waitForPipelineUntil', value: 'past-approval|finished', group: 'follow',
    help: 'How far to follow: past-approval (default) until the pipeline has left the approval step; finished until it has ended.',
  },

  // Limits: batches, request rate and time.
  {
    flag: 'concurrency', input: 'concurrency', value: 'N', group: 'tuning',
    help: 'How many executions are decided at the same time (4 by default, at most 32).',
  },
  {
    flag: 'max-requests-per-minute', input: 'maxRequestsPerMinute', value: 'N', group: 'tuning',
    help: 'Client-side cap on Harness requests per minute (300 by default); keeps a batch clear of Harness rate limits.',
  },
  {
    flag: 'request-timeout', input: 'requestTimeout', value: 'DURATION', group: 'tuning',
    help: 'The longest one request (to Harness, STO or the status URL) may take, connecting to the last byte of the answer (60s by default, from 1s to 10m); a failed read is retried for as long.',
  },
]

/** The input the command (approve/reject) sets; it has no flag of its own. */
export const ACTION_INPUT = 'action'

/** `executionId` -> `EXECUTION_ID`, as Drone and Harness plugin steps name their settings. */
export function upperSnake(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase()
}

/** The environment variables that can set an input, most preferred first. */
export function envNames(option: Pick<InputOption, 'input' | 'extraEnv'>): string[] {
  // A plugin setting is configured for this very step; HARNESS_* may be ambient (set for every step).
  return [`PLUGIN_${upperSnake(option.input)}`, ...(option.extraEnv ?? [])]
}

/** Spellings accepted but not documented, mapped to the documented flag (`--org` for `--org-id`). */
export const FLAG_ALIASES: Readonly<Record<string, string>> = { org: 'org-id', project: 'project-id', comment: 'comments' }

/**
 * An id as Harness issues them (22 characters of base64url) that starts with '-': parseArgs would take it
 * for a cluster of short options, or, with two dashes, for a long option (it is one only if it is known).
 */
const DASH_ID = /^-[A-Za-z0-9_-]{21}$/

export type OptionType = 'string' | 'boolean' | undefined

/**
 * The arguments with each alias replaced by its documented flag (`--org x`, `--org=x`); values are left
 * alone. An id that starts with '-' and is not a flag's value is a positional argument: when there is one,
 * every positional argument moves, in order, behind a `--`, where parseArgs takes none for an option.
 */
export function normaliseAliases(args: readonly string[], optionType: (flag: string) => OptionType): string[] {
  const given: { text: string; positional: boolean }[] = []
  // What follows a `--` the user gave: positional, whatever it looks like.
  let rest: string[] | undefined
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!
    if (arg === '--') {
      rest = args.slice(i + 1)
      break
    }
    const match = /^--([^=]+)(=[\s\S]*)?$/.exec(arg)
    if (!match || (match[2] === undefined && DASH_ID.test(arg) && !FLAG_ALIASES[match[1]!] && !optionType(match[1]!))) {
      given.push({ text: arg, positional: !arg.startsWith('-') || arg === '-' || DASH_ID.test(arg) })
      continue
    }
    const flag = FLAG_ALIASES[match[1]!] ?? match[1]!
    given.push({ text: `--${flag}${match[2] ?? ''}`, positional: false })
    // The next argument is this flag's value, whatever it looks like.
    if (match[2] === undefined && optionType(flag) === 'string' && i + 1 < args.length) given.push({ text: args[++i]!, positional: false })
  }
  const texts = (positional: boolean) => given.filter((g) => g.positional === positional).map((g) => g.text)
  // Without such an id, the order stays as given, so parseArgs reports anything odd where the user put it.
  if (!given.some((g) => g.positional && DASH_ID.test(g.text))) return [...given.map((g) => g.text), ...(rest ? ['--', ...rest] : [])]
  return [...texts(false), '--', ...texts(true), ...(rest ?? [])]
}

/** Flags of the output and the program itself, shared by every command. */
export interface GeneralFlag {
  flag: string
  short?: string
  help: string
}

export const GENERAL_FLAGS: readonly GeneralFlag[] = [
  { flag: 'json', help: 'Print exactly one JSON result object on stdout (progress still goes to stderr).' },
  { flag: 'verbose', help: 'Also print debug lines on stderr.' },
  { flag: 'help', short: 'h', help: 'Show this help.' },
  { flag: 'version', short: 'V', help: 'Print the version.' },
]
