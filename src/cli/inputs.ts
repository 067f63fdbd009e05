// Turns flags and the environment into the inputs parseSettings reads by name, so the command line is
// validated by the very code (and with the very messages) the action uses. A flag wins over the
// environment, even when given empty; an empty environment variable counts as unset, as plugin steps
// pass settings that were left blank.
import { envNames, INPUT_OPTIONS, type InputOption } from './options.js'
import { labelOf } from './phrasing.js'

/** A mistake in how the command was called: exit code 2, nothing sent. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UsageError'
  }
}

export type FlagValues = Record<string, string | string[] | boolean | undefined>

export interface ResolvedInputs {
  /** Input name -> raw text ('' when unset), as the action would read it. */
  values: Record<string, string>
  /** Input name -> where the value came from (`--org-id`, `HARNESS_ORG_ID`), for the log. */
  sources: Record<string, string>
  /** Secret values seen while resolving, so they can be redacted even before validation runs. */
  secrets: string[]
}

export function resolveInputs(
  flags: FlagValues,
  env: NodeJS.ProcessEnv,
  readFile: (path: string) => string,
  options: readonly InputOption[] = INPUT_OPTIONS,
): ResolvedInputs {
  const values: Record<string, string> = {}
  const sources: Record<string, string> = {}
  const secrets: string[] = []
  for (const option of options) {
    const given = flags[option.flag]
    let text: string | undefined
    if (typeof given === 'boolean') {
      text = String(given)
      sources[option.input] = `--${option.flag}`
    } else if (given !== undefined) {
      const list = Array.isArray(given) ? given : [given]
      text = option.file ? list.map((path) => readInputFile(option, `--${option.flag}`, path, readFile)).join('\n') : list.join('\n')
      sources[option.input] = `--${option.flag}`
    } else {
      for (const name of envNames(option)) {
        const fromEnv = env[name]
        if (fromEnv === undefined || fromEnv.trim() === '') continue
        // A plugin setting may carry the PEM itself (from a secret) or name a file holding it.
        text = option.file && !fromEnv.includes('-----BEGIN') ? readInputFile(option, name, fromEnv.trim(), readFile) : fromEnv
        sources[option.input] = name
        break
      }
    }
    if (text === undefined) continue
    values[option.input] = text
    if (option.secret) secrets.push(...secretParts(option, text))
  }
  return { values, sources, secrets }
}

function readInputFile(option: InputOption, where: string, path: string, readFile: (path: string) => string): string {
  if (path.trim() === '') throw new UsageError(`${where} needs a file name.`)
  try {
    return readFile(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new UsageError(`Cannot read the ${labelOf(option)} file '${path}' given by ${where}${code ? ` (${code})` : ''}.`)
  }
}

/** The parts of a secret input worth redacting: the whole value, and each header's value on its own. */
function secretParts(option: InputOption, text: string): string[] {
  const parts = [text.trim()]
  if (option.input === 'statusHeaders') {
    for (const line of text.split('\n')) {
      const colon = line.indexOf(':')
      parts.push((colon >= 0 ? line.slice(colon + 1) : line).trim())
    }
  }
  return parts.filter((p) => p !== '')
}
