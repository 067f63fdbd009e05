// `exemptions list|get|create|update|approve|reject`: Harness STO exemptions from the command line. The
// connection (key, account, base URL, org and project defaults) is read and checked by the same code as
// the action's; each verb's own options are checked by the STO module before anything is sent.
import { parseArgs } from 'node:util'
import { createHttpClient, type HttpClient } from '../http/transport.js'
import { withConnectRetry } from '../http/connect-retry.js'
import { withRequestLog } from '../http/request-log.js'
import { RateLimiter, withRateLimit } from '../http/rate-limit.js'
import { parseCount } from '../settings/count.js'
import { parseRequestTimeout } from '../settings/request-timeout.js'
import { DEFAULT_EXEMPTION_TIMING } from '../exemptions/decide-exemption.js'
import { DEFAULT_MAX_REQUESTS_PER_MINUTE } from '../run/settings.js'
import { CancelledError, systemClock } from '../ports.js'
import { Problems, SettingsError } from '../settings/problems.js'
import { ACCOUNT_FROM_KEY, parseHarnessTarget } from '../harness/target.js'
import {
  approveExemption,
  createExemption,
  getExemption,
  listExemptions,
  rejectExemption,
  updateExemption,
  type CommandResult,
  type StoCommandDeps,
} from '../exemptions/commands.js'
import { checkStoId } from '../exemptions/exemption-settings.js'
import { ExemptionsAdminClient } from '../exemptions/admin-client.js'
import { EXEMPTION_STATUSES, EXEMPTION_TYPES } from '../exemptions/types.js'
import { commandGroup, usageError, type CliIo, type Command } from './command.js'
import { resolveInputs, UsageError, type FlagValues } from './inputs.js'
import { refuseRepeatedFlags } from './repeats.js'
import { envNames, INPUT_OPTIONS, normaliseAliases } from './options.js'
import { cliPhrasing } from './phrasing.js'
import { durationMeant, explainParseError } from './suggest.js'
import { Redactor, secretMasker, TextLogger } from './output.js'
import { entry, example, EXIT, helpWidth, paragraph, PROGRAM, REQUIRED_MARK, usage } from './render.js'

interface VerbFlag {
  flag: string
  /** The option's name in the STO command's options object. */
  key: string
  /** Placeholder for the value in the help; '' for a switch (`--reapprove-rejected`), which takes none. */
  value: string
  help: string
  /** Refused when missing; help marks it. */
  required?: boolean
}

const FIELDS: VerbFlag[] = [
  { flag: 'type', key: 'type', value: 'TYPE', help: `One of: ${EXEMPTION_TYPES.join(', ')} (any case).` },
  { flag: 'reason', key: 'reason', value: 'TEXT', help: 'Why the exemption is needed (at most 1024 characters).' },
  { flag: 'duration-days', key: 'durationDays', value: 'N', help: 'How many days it lasts once approved.' },
  { flag: 'expiration', key: 'expiration', value: 'DATE', help: 'Expiry: YYYY-MM-DD, an ISO date-time, or unix seconds.' },
  { flag: 'link', key: 'link', value: 'URL', help: 'A link to the justification (at most 1024 characters).' },
  { flag: 'pipeline-id', key: 'pipelineId', value: 'ID', help: 'Limit it to one pipeline (needs org and project).' },
  { flag: 'target-id', key: 'targetId', value: 'ID', help: 'Limit it to one target (not with project or pipeline).' },
  { flag: 'requester-id', key: 'requesterId', value: 'ID', help: "The requester's user id (default: the key's user)." },
]

type Runner = (deps: StoCommandDeps, options: never) => Promise<CommandResult<unknown>>

interface Verb {
  name: string
  summary: string
  /** Takes the exemption id as its one positional argument. */
  takesId: boolean
  /** Works in an org and project (--org-id, --project-id, or their environment variables). */
  scoped: boolean
  flags: VerbFlag[]
  run: Runner
  example: string
}

const VERBS: Verb[] = [
  {
    name: 'list',
    summary: 'List exemptions (every page), optionally only those with one status.',
    takesId: false,
    scoped: true,
    flags: [{ flag: 'status', key: 'status', value: 'STATUS', help: `One of: ${EXEMPTION_STATUSES.join(', ')}.` }, { flag: 'page-size', key: 'pageSize', value: 'N', help: 'Page size while reading (1-100).' }],
    run: listExemptions as Runner,
    example: 'exemptions list --status Pending --org default --project payments',
  },
  { name: 'get', summary: 'Show one exemption.', takesId: true, scoped: true, flags: [], run: getExemption as Runner, example: 'exemptions get <ID>' },
  {
    name: 'create',
    summary: 'Request an exemption for a security issue.',
    takesId: false,
    scoped: true,
    // A request names the issue, the type and the reason; the rest is optional, as for an update.
    flags: [{ flag: 'issue-id', key: 'issueId', value: 'ID', help: 'The STO issue to exempt (22 characters).', required: true }, ...FIELDS.map((f) => (f.flag === 'type' || f.flag === 'reason' ? { ...f, required: true } : f))],
    run: createExemption as Runner,
    example: "exemptions create --issue-id <ID> --type 'Acceptable Risk' --reason 'Not reachable' --duration-days 30",
  },
  { name: 'update', summary: 'Change an exemption.', takesId: true, scoped: true, flags: [...FIELDS], run: updateExemption as Runner, example: 'exemptions update <ID> --reason "Mitigated by WAF rule 12"' },
  {
    name: 'approve',
    summary: 'Approve a pending exemption, or renew an expired one.',
    takesId: true,
    scoped: true,
    flags: [
      { flag: 'approver-id', key: 'approverId', value: 'ID', help: "The approver's user id (default: the key's user; required with a service account key, sat.…)." },
      { flag: 'comments', key: 'comment', value: 'TEXT', help: 'Comments recorded with the decision (--comment is accepted too).' },
      {
        flag: 'reapprove-rejected',
        key: 'reapproveRejected',
        value: '',
        help: "Approve the exemption even if it was rejected, where STO allows the key to (canReApprove). Without it a rejected exemption is refused and nothing is sent.",
      },
    ],
    run: approveExemption as Runner,
    example: "exemptions approve <ID> --comments 'Accepted by security review'",
  },
  {
    name: 'reject',
    summary: 'Reject a pending exemption.',
    takesId: true,
    scoped: true,
    flags: [
      { flag: 'approver-id', key: 'approverId', value: 'ID', help: "The approver's user id (default: the key's user; required with a service account key, sat.…)." },
      { flag: 'comments', key: 'comment', value: 'TEXT', help: 'Comments recorded with the decision (--comment is accepted too).' },
    ],
    run: rejectExemption as Runner,
    example: "exemptions reject <ID> --comments 'Fix is available'",
  },
]

/** The connection options every verb shares: the same flags and environment as approve/reject. */
const CONNECTION = INPUT_OPTIONS.filter((o) => o.group === 'harness')
/** The request rate limit and the request timeout, which every command keeps to (a listing reads many pages). */
const TUNING = INPUT_OPTIONS.filter((o) => o.input === 'maxRequestsPerMinute' || o.input === 'requestTimeout')
const DURATION_FLAGS: ReadonlySet<string> = new Set(TUNING.filter((o) => o.value === 'DURATION').map((o) => o.flag))

export function exemptionsCommand(): Command {
  return commandGroup(
    'exemptions',
    'Harness STO exemptions: list, get, create, update, approve, reject.',
    VERBS.map((verb) => ({ name: verb.name, summary: verb.summary, run: (args, io) => runVerb(verb, args, io) })),
  )
}

function verbHelp(verb: Verb, width: number): string {
  const line = (flag: string, value: string, help: string, required = false) => entry(`--${flag}${value ? ` ${value}` : ''}`, `${required ? `${REQUIRED_MARK} ` : ''}${help}`, width)
  return [
    ...usage(`${PROGRAM} exemptions ${verb.name}${verb.takesId ? ' <ID>' : ''} [options]`, width),
    '',
    ...paragraph(verb.summary, width),
    '',
    ...(verb.flags.length ? ['Options:', ...verb.flags.map((f) => line(f.flag, f.value, f.help, f.required)), ''] : []),
    'Connection:',
    // Only the key is needed by every verb; an org and project, when given, are where the verb works.
    ...CONNECTION.map((o) => line(o.flag, o.value, `${o.help}${verb.scoped || !['orgId', 'projectId'].includes(o.input) ? '' : ' Not needed here.'} Env: ${envNames(o).join(', ')}.`, o.required === 'always')),
    ...TUNING.map((o) => line(o.flag, o.value, `${o.help} Env: ${envNames(o).join(', ')}.`)),
    '',
    line('json', '', 'Print the data as JSON on stdout.'),
    line('verbose', '', "Also print debug lines on stderr: each request's method, URL (without query values), status and time."),
    '',
    'Example:',
    ...example(`${PROGRAM} ${verb.example}`, width),
  ].join('\n')
}

/** How this verb's own options are named in messages: their flags. */
function verbTerms(verb: Verb): Record<string, string> {
  return { id: 'exemption id', ...Object.fromEntries(verb.flags.map((f) => [f.key, `--${f.flag}`])), org: '--org-id', project: '--project-id' }
}

async function runVerb(verb: Verb, args: string[], io: CliIo): Promise<number> {
  const redactor = new Redactor()
  const prefix = `${PROGRAM} exemptions ${verb.name}`
  const options: NonNullable<Parameters<typeof parseArgs>[0]>['options'] = { json: { type: 'boolean' }, verbose: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }
  for (const f of verb.flags) options[f.flag] = { type: f.value === '' ? 'boolean' : 'string' }
  for (const o of [...CONNECTION, ...TUNING]) options[o.flag] = { type: 'string' }
  let values: FlagValues
  let positionals: string[]
  try {
    const normalised = normaliseAliases(args, (flag) => options[flag]?.type)
    const parsed = parseArgs({ args: normalised, options, strict: true, allowPositionals: true, tokens: true })
    refuseRepeatedFlags(parsed.tokens, options)
    values = parsed.values as FlagValues
    positionals = parsed.positionals
    if (values.help) {
      io.stdout.write(`${verbHelp(verb, helpWidth(io.columns))}\n`)
      return EXIT.decided
    }
    // `--request-timeout 5 minutes` leaves `minutes` behind as a positional: say what was meant.
    for (const word of positionals) {
      const meant = durationMeant(args, word, DURATION_FLAGS)
      if (meant) throw new UsageError(`Unexpected argument '${word}': a duration is one word. Did you mean ${meant}?`)
    }
    if (verb.takesId && positionals.length !== 1) throw new UsageError(`exemptions ${verb.name} takes one exemption id.`)
    if (!verb.takesId && positionals.length > 0) throw new UsageError(`exemptions ${verb.name} takes no positional argument (got '${positionals[0]}').`)
  } catch (error) {
    const message = error instanceof UsageError ? error.message : explainParseError(error as Error & { code?: string }, args, Object.keys(options), DURATION_FLAGS)
    return usageError(io, message, { json: args.includes('--json'), prefix, redactor })
  }
  const json = values.json === true
  const logger = new TextLogger(io.stderr, redactor, values.verbose === true)

  let http: HttpClient | undefined
  let phrasing = cliPhrasing({}, verbTerms(verb))
  try {
    const resolved = resolveInputs(values, io.env, io.readFile, [...CONNECTION, ...TUNING])
    phrasing = cliPhrasing(resolved.sources, verbTerms(verb))
    const mask = secretMasker(redactor, io.env, io.stderr)
    resolved.secrets.forEach(mask)
    const problems = new Problems()
    const target = parseHarnessTarget((name) => resolved.values[name] ?? '', problems, mask, { scopeRequired: false })
    if (target.accountId) checkStoId(problems, 'accountId', target.accountId, target.accountFromKey ? ACCOUNT_FROM_KEY : undefined)
    const perMinute = parseCount(problems, (name) => resolved.values[name] ?? '', 'maxRequestsPerMinute', DEFAULT_MAX_REQUESTS_PER_MINUTE, 1, 5000)
    const requestTimeoutMs = parseRequestTimeout((name) => resolved.values[name] ?? '', problems)
    problems.throwIfAny()

    const commandOptions: Record<string, unknown> = { json }
    if (verb.takesId) commandOptions.id = positionals[0]
    for (const f of verb.flags) if (typeof values[f.flag] === 'string' || values[f.flag] === true) commandOptions[f.key] = values[f.flag]
    if (verb.scoped) {
      commandOptions.org = target.orgId || undefined
      commandOptions.project = target.projectId || undefined
    }

    http = withRequestLog(createHttpClient({ timeouts: { totalMs: requestTimeoutMs }, ...(resolved.values.caCert ? { caCert: resolved.values.caCert } : {}), env: io.env }), systemClock, (line) => logger.debug(line))
    const client = new ExemptionsAdminClient(withRateLimit(withConnectRetry(http, systemClock, logger), new RateLimiter(perMinute, systemClock)), target)
    const result = await verb.run({ client, clock: systemClock, logger, signal: io.signal, phrasing, timing: { ...DEFAULT_EXEMPTION_TIMING, readBudgetMs: requestTimeoutMs } }, commandOptions as never)
    // A failure is told once: on stderr, or as the JSON on stdout; a cancellation too, as a PUT it cut short
    // may have been recorded.
    if (result.ok || json) io.stdout.write(`${redactor.redact(result.text)}\n`)
    else logger.error(result.text)
    if (io.signal.aborted && !result.ok) return EXIT.cancelled
    return result.ok ? EXIT.decided : EXIT.failed
  } catch (error) {
    if (error instanceof SettingsError) {
      const problems = error.problems.map((p) => phrasing.problem(p))
      for (const problem of problems) logger.error(problem)
      if (json) io.stdout.write(`${redactor.redact(JSON.stringify({ outcome: 'invalid-settings', problems }))}\n`)
      return EXIT.usage
    }
    if (error instanceof UsageError) return usageError(io, error.message, { json, prefix, redactor })
    if (io.signal.aborted || error instanceof CancelledError) return EXIT.cancelled
    throw error
  } finally {
    if (io.signal.aborted) await http?.destroy()
    else await http?.close()
  }
}
