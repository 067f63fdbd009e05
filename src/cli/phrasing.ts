// The command line's terms for inputs: a fix says `--wait-for-approval`, not `waitForApproval`, and a
// missing or invalid setting names the flag and the environment variables that set it, and where a bad
// value came from. Derived from the option table, like everything else the command line says about flags.
import type { InputProblem, Phrasing } from '../settings/problems.js'
import { phrase } from '../settings/problems.js'
import { envNames, INPUT_OPTIONS, type InputOption } from './options.js'

/** The terms for inputs with no flag of their own. */
const OTHER_TERMS: Record<string, string> = { action: 'the command (approve or reject)', exemptionId: "an exemption id ('exemptions approve|reject <ID>')" }

/**
 * `sources`: input -> where its value came from (`--org-id`, `HARNESS_ORG_ID`). `extraTerms`: names the
 * command's own options use in problems (an exemption verb's `durationDays`, say) -> how to say them.
 */
export function cliPhrasing(sources: Record<string, string> = {}, extraTerms: Record<string, string> = {}, options: readonly InputOption[] = INPUT_OPTIONS): Phrasing {
  const optionFor = (name: string) => options.find((o) => o.input === name)
  const input = (name: string): string => {
    const option = optionFor(name)
    // A key belongs in the environment, not on the command line (nor in shell history).
    if (option) return option.secret ? preferredEnv(option) : `--${option.flag}`
    return extraTerms[name] ?? OTHER_TERMS[name] ?? name
  }
  const phrasing: Phrasing = {
    input,
    // A flag is a switch on the command line: added, not set (`--dry-run true` is a usage error).
    switchOn: (name) => {
      const term = input(name)
      return term.startsWith('--') ? `add ${term}` : `set ${term} to true`
    },
    problem: (p: InputProblem) => {
      const option = optionFor(p.input)
      const expected = phrase(p.expected, phrasing)
      const term = input(p.input)
      const label = option ? labelOf(option) : term
      if (p.value === "''" && option) return `missing ${label}: set ${ways(option)}; expected ${expected}.`
      // A command's own flag (`--approver-id`), missing: said in words, then how to set it.
      if (p.value === "''" && term.startsWith('--')) return `missing ${term.slice(2).replace(/-/g, ' ')}: set ${term}; expected ${expected}.`
      if (p.value === "''") return `missing ${label}: expected ${expected}.`
      // Not given, but read from another setting: say which, as it was given (the variable or flag).
      if (p.from) {
        const source = optionFor(p.from.input)
        const where = sources[p.from.input] ?? input(p.from.input)
        return `invalid ${p.from.what} ${p.value}, read from the ${source ? labelOf(source) : p.from.input} in ${where} (${term} is not set): expected ${expected}.`
      }
      const from = sources[p.input] ? ` (from ${sources[p.input]})` : ''
      return `invalid ${label} ${p.value}${from}: expected ${expected}.`
    },
  }
  return phrasing
}

function preferredEnv(option: InputOption): string {
  return option.extraEnv?.[0] ?? envNames(option)[0]!
}

/** Every way to set an option, the preferred first: `HARNESS_API_KEY (or PLUGIN_API_KEY, --api-key)`. */
function ways(option: InputOption): string {
  const env = envNames(option)
  const all = option.secret ? [preferredEnv(option), ...env.filter((e) => e !== preferredEnv(option)), `--${option.flag}`] : [`--${option.flag}`, ...env]
  return `${all[0]} (or ${all.slice(1).join(', ')})`
}

/** `API key`, `org id`: the option's label, or its flag in words. */
export function labelOf(option: InputOption): string {
  return option.label ?? option.flag.replace(/-/g, ' ')
}
