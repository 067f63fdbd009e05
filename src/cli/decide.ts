// `approve` and `reject`: flags and environment -> the same settings, the same core and the same result
// as the action, printed for a terminal (or as JSON) and mapped to an exit code.
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { runApprovalGate } from '../run/run.js'
import { readWorkflowRun, runDefaults, runMarker } from '../run/github-context.js'
import { createHttpClient, type HttpClient } from '../http/transport.js'
import { withRequestLog } from '../http/request-log.js'
import { systemClock } from '../ports.js'
import { announceResult } from '../run/annotations.js'
import { settingsErrorJson, toResultJson, type ResultJson } from '../run/result.js'
import { cleanRemoteText, redactedJson } from '../report/sanitize.js'
import { SettingsError } from '../settings/problems.js'
import { parseSettings, type RunDefaults, type Settings } from '../run/settings.js'
import { usageError, type CliIo, type Command } from './command.js'
import { resolveInputs, UsageError, type FlagValues } from './inputs.js'
import { refuseRepeatedFlags } from './repeats.js'
import { ACTION_INPUT, GENERAL_FLAGS, INPUT_OPTIONS, normaliseAliases } from './options.js'
import { explainParseError } from './suggest.js'
import { Redactor, secretMasker, TextLogger } from './output.js'
import { verdictLine } from '../run/verdict.js'
import { decideHelp, EXIT, exitCodeFor, helpWidth, PROGRAM } from './render.js'
import { cliVersion } from './version.js'
import { cliPhrasing } from './phrasing.js'

export type DecideVerb = 'approve' | 'reject'

export function decideCommand(verb: DecideVerb): Command {
  return {
    name: verb,
    summary:
      verb === 'approve'
        ? 'Approve the waiting Harness Approval step of one or more executions (optionally after a status gate).'
        : 'Reject the waiting Harness Approval step of one or more executions.',
    run: (args, io) => runDecide(verb, args, io),
  }
}

/** parseArgs options, derived from the option table. */
export function decideArgsConfig(): NonNullable<ParseArgsConfig['options']> {
  const options: NonNullable<ParseArgsConfig['options']> = {}
  for (const o of INPUT_OPTIONS) options[o.flag] = { type: o.boolean ? 'boolean' : 'string', ...(o.repeatable ? { multiple: true } : {}) }
  for (const f of GENERAL_FLAGS) options[f.flag] = { type: 'boolean', ...(f.short ? { short: f.short } : {}) }
  return options
}

/** Flags that take a duration: `--timeout 5 minutes` gets a hint. */
const DURATION_FLAGS: ReadonlySet<string> = new Set(INPUT_OPTIONS.filter((o) => o.value === 'DURATION').map((o) => o.flag))

interface ParsedFlags {
  values: FlagValues
  json: boolean
  verbose: boolean
  help: boolean
  version: boolean
}

export function parseDecideArgs(args: string[]): ParsedFlags {
  let parsed: ReturnType<typeof parseArgs>
  const options = decideArgsConfig()
  try {
    const normalised = normaliseAliases(args, (flag) => options[flag]?.type)
    parsed = parseArgs({ args: normalised, options, strict: true, allowPositionals: false, tokens: true })
  } catch (error) {
    throw new UsageError(explainParseError(error as Error & { code?: string }, args, Object.keys(options), DURATION_FLAGS))
  }
  refuseRepeatedFlags(parsed.tokens, options)
  const values = parsed.values as FlagValues
  return {
    values,
    json: values.json === true,
    verbose: values.verbose === true,
    help: values.help === true,
    version: values.version === true,
  }
}

async function runDecide(verb: DecideVerb, args: string[], io: CliIo): Promise<number> {
  const redactor = new Redactor()
  const prefix = `${PROGRAM} ${verb}`
  let flags: ParsedFlags
  try {
    flags = parseDecideArgs(args)
  } catch (error) {
    return usageError(io, (error as Error).message, { json: args.includes('--json'), prefix, redactor })
  }
  if (flags.help) {
    io.stdout.write(`${decideHelp(verb, helpWidth(io.columns))}\n`)
    return EXIT.decided
  }
  if (flags.version) {
    io.stdout.write(`${cliVersion()}\n`)
    return EXIT.decided
  }

  const logger = new TextLogger(io.stderr, redactor, flags.verbose)
  const finish = (result: ResultJson): number => {
    announceResult(result, logger)
    io.stdout.write(`${redactor.redact(flags.json ? redactedJson(result) : verdictLine(result))}\n`)
    // A run cut short by a signal is "cancelled", whatever else it got to (unless it was all decided).
    if (io.signal.aborted && result.outcome !== 'decided') return EXIT.cancelled
    return exitCodeFor(result)
  }

  let settings: Settings
  let sources: Record<string, string> = {}
  try {
    const resolved = resolveInputs(flags.values, io.env, io.readFile)
    // Known before validation, so not even a usage message can show them.
    const mask = secretMasker(redactor, io.env, io.stderr)
    for (const secret of resolved.secrets) mask(secret)
    sources = resolved.sources
    const read = (name: string) => (name === ACTION_INPUT ? verb.toUpperCase() : (resolved.values[name] ?? ''))
    settings = parseSettings(read, mask, cliDefaults(io.env))
  } catch (error) {
    if (error instanceof UsageError) return usageError(io, error.message, { json: flags.json, prefix, redactor })
    if (error instanceof SettingsError) return finish(settingsErrorJson(error, cliPhrasing(sources)))
    throw error
  }

  logger.info(describeRun(settings, sources))
  let http: HttpClient | undefined
  let result: ResultJson
  try {
    http = withRequestLog(createHttpClient({ timeouts: { totalMs: settings.requestTimeoutMs }, ...(settings.caCert ? { caCert: settings.caCert } : {}), env: io.env }), systemClock, (line) => logger.debug(line))
    const outcome = await runApprovalGate(settings, { http, clock: systemClock, logger, signal: io.signal, marker: cliMarker(io.env) })
    result = toResultJson(outcome, cliPhrasing(sources))
  } catch (error) {
    result = { outcome: 'error', executions: [], message: cleanRemoteText(error instanceof Error ? error.message : String(error), 500) }
  } finally {
    // After a cancellation nothing may linger: drop connections instead of waiting for them.
    if (io.signal.aborted) await http?.destroy()
    else await http?.close()
  }
  return finish(result)
}

/** Defaults from where the command runs: a GitHub workflow run (event payload too), a Jenkins build. */
export function cliDefaults(env: NodeJS.ProcessEnv): RunDefaults {
  if (env.GITHUB_ACTIONS === 'true') return runDefaults(readWorkflowRun(env))
  const buildUrl = env.BUILD_URL?.trim()
  if (buildUrl && /^https?:\/\/\S+$/.test(buildUrl)) return { comments: `Decided by build ${buildUrl}` }
  return { comments: `Decided with the ${PROGRAM} command line.` }
}

/**
 * Unique per invocation, so a recorded decision can be recognised as this run's own; inside a GitHub workflow
 * run, the action's marker, so a re-run of the job recognises an earlier attempt's decision (see runMarker).
 */
function cliMarker(env: NodeJS.ProcessEnv): string {
  if (env.GITHUB_ACTIONS === 'true' && env.GITHUB_RUN_ID) return runMarker(env.GITHUB_RUN_ID, env.GITHUB_RUN_ATTEMPT, env.GITHUB_JOB, env.GITHUB_ACTION)
  return `hag-cli.${Date.now().toString(36)}-${Math.floor(Math.random() * 0x1000000).toString(16).padStart(6, '0')}`
}

/** One line saying what is about to happen and where each part came from; never the key itself. */
function describeRun(settings: Settings, sources: Record<string, string>): string {
  const { baseUrl, accountId, orgId, projectId } = settings.harness
  const ids = settings.executionIds
  const what = ids.length === 1 ? `execution ${ids[0]}` : `${ids.length} executions`
  const keyFrom = sources.apiKey ? ` (API key from ${sources.apiKey})` : ''
  const gate = settings.gate ? `, after the status gate at ${settings.gate.statusUrl.origin}` : ''
  return `${settings.dryRun ? 'Dry run (nothing will be posted)' : 'Deciding'}: ${settings.action} ${what} in ${accountId}/${orgId}/${projectId} at ${baseUrl.href}${gate}${keyFrom}.`
}
