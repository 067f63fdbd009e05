// The one rule every command's arguments follow: parseArgs keeps the last of a repeated flag, and a repeated
// single-valued flag is more likely a mistake (`--project-id payments --project-id other` decided the other
// project's exemption), so it is a usage error. Switches and flags meant to repeat are exempt.
import type { parseArgs } from 'node:util'
import { UsageError } from './inputs.js'

type Options = NonNullable<NonNullable<Parameters<typeof parseArgs>[0]>['options']>
type Tokens = NonNullable<ReturnType<typeof parseArgs>['tokens']>

/** Throws a UsageError naming the first single-valued flag given twice (after aliases were normalised). */
export function refuseRepeatedFlags(tokens: Tokens | undefined, options: Options): void {
  const seen = new Set<string>()
  for (const token of tokens ?? []) {
    if (token.kind !== 'option' || options[token.name]?.multiple || options[token.name]?.type === 'boolean') continue
    if (seen.has(token.name)) throw new UsageError(`--${token.name} is given more than once; it takes one value.`)
    seen.add(token.name)
  }
}
