// The step's outputs as the runner reads them from its GITHUB_OUTPUT file, written in one append.
import { appendFileSync } from 'node:fs'
import { EOL } from 'node:os'

/**
 * The runner's multi-line format for each output: `name<<DELIMITER`, the value, `DELIMITER`. A value ends at
 * the first line equal to its delimiter, so no value may contain it. core.setOutput draws a random UUID for
 * the delimiter (and checks the value); the UUID is what loads node:crypto, several milliseconds of a cold
 * run. Here the delimiter is chosen so that no name or value contains it, which is all the format needs.
 */
export function outputFileText(outputs: ReadonlyArray<readonly [name: string, value: string]>): string {
  const texts = outputs.flat()
  let n = 0
  while (texts.some((text) => text.includes(`HAG_OUTPUT_END_${n}`))) n++
  const delimiter = `HAG_OUTPUT_END_${n}`
  return outputs.map(([name, value]) => `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`).join('')
}

/** Appends the outputs to the runner's output file; false when GITHUB_OUTPUT names none. */
export function writeStepOutputs(outputs: ReadonlyArray<readonly [name: string, value: string]>, env: NodeJS.ProcessEnv = process.env): boolean {
  const file = env.GITHUB_OUTPUT
  if (!file) return false
  appendFileSync(file, outputFileText(outputs), 'utf8')
  return true
}
