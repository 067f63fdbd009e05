// Every command's help against the parser behind it: each flag the help lists is one the command accepts,
// spelled as listed, and the flags marked "Required." are exactly those the command refuses to run without.
// Run in process (main() with its own streams), against the simulator where a command goes as far as Harness.
import { describe, expect, it } from 'vitest'
import { main } from '../../src/cli/main.js'
import { REQUIRED_MARK } from '../../src/cli/render.js'
import { useStoSimulator } from '../support/servers.js'

const servers = useStoSimulator('acctHELP00000000000001')

interface Captured {
  code: number
  stdout: string
  stderr: string
}

async function cli(args: string[], env: Record<string, string> = {}): Promise<Captured> {
  let stdout = ''
  let stderr = ''
  const code = await main(args, {
    env,
    stdout: { write: (text: string) => ((stdout += text), true) },
    stderr: { write: (text: string) => ((stderr += text), true) },
    signal: new AbortController().signal,
    // Wide enough that every flag's help starts on its own line.
    columns: 400,
  })
  return { code, stdout, stderr }
}

/** The flags a help lists (`--flag VALUE   help`), with whether the help marks them required. */
function listedFlags(help: string): { flag: string; value: boolean; required: boolean }[] {
  return [...help.matchAll(/^ {2}(?:-[A-Za-z], )?--([a-z][a-z-]*)( \S+)? {2,}(.*)$/gm)].map((m) => ({ flag: m[1]!, value: m[2] !== undefined, required: m[3]!.startsWith(REQUIRED_MARK) }))
}

/** The flags the settings' "missing …: set …" problems name, from a --json result. */
function missingFlags(stdout: string): string[] {
  const problems = (JSON.parse(stdout) as { problems?: string[] }).problems ?? []
  return problems.flatMap((p) => {
    const set = /^missing [^:]+: set (.*?)(?:; expected|$)/.exec(p)?.[1]
    return set ? [...set.matchAll(/--([a-z][a-z-]*)/g)].map((m) => m[1]!) : []
  })
}

const COMMANDS: { command: string[]; takesId: boolean }[] = [
  { command: ['approve'], takesId: false },
  { command: ['reject'], takesId: false },
  ...['list', 'get', 'create', 'update', 'approve', 'reject'].map((verb) => ({ command: ['exemptions', verb], takesId: ['get', 'update', 'approve', 'reject'].includes(verb) })),
]

describe.each(COMMANDS)('$command help', ({ command, takesId }) => {
  it('lists only flags the command accepts, spelled as listed', async () => {
    const help = await cli([...command, '--help'])
    expect(help.code).toBe(0)
    const flags = listedFlags(help.stdout)
    expect(flags.map((f) => f.flag)).toContain('api-key')
    const id = servers.sto.addExemption({}).id
    for (const { flag, value } of flags) {
      if (flag === 'help' || flag === 'version') continue
      // Accepted: with --help after it the command parses its arguments, then only prints its help.
      const run = await cli([...command, ...(takesId ? [id] : []), `--${flag}`, ...(value ? ['x'] : []), '--help'])
      expect(run.stderr, `${command.join(' ')} --${flag}`).toBe('')
      expect(run.code, `${command.join(' ')} --${flag}`).toBe(0)
    }
  })

  it('marks as required exactly the flags it refuses to run without', async () => {
    const marked = listedFlags((await cli([...command, '--help'])).stdout).filter((f) => f.required).map((f) => f.flag)
    const { sim, sto } = servers
    const args = [...command, ...(takesId ? [sto.addExemption({}).id] : []), '--json']
    // Without anything, then with the key and where Harness is: what is still missing then is required too.
    const bare = await cli(args)
    const keyed = await cli(args, { HARNESS_API_KEY: sim.apiKey, HARNESS_API_URL: sim.baseUrl })
    const refused = [...new Set([...missingFlags(bare.stdout), ...missingFlags(keyed.stdout)])]
    expect(refused.sort()).toEqual(marked.sort())
  })
})

it('--comment and --comments are one flag everywhere, and only --comments is documented', async () => {
  for (const { command } of COMMANDS.filter((c) => ['approve', 'reject'].includes(c.command.at(-1)!))) {
    const help = (await cli([...command, '--help'])).stdout
    expect(help, command.join(' ')).toMatch(/^ {2}--comments TEXT/m)
    expect(help, command.join(' ')).not.toMatch(/^ {2}--comment /m)
  }
  const { sim, sto } = servers
  const env = { HARNESS_API_KEY: sim.apiKey, HARNESS_API_URL: sim.baseUrl }
  const first = sto.addExemption({})
  expect((await cli(['exemptions', 'approve', first.id, '--comments', 'plural'], env)).code).toBe(0)
  const second = sto.addExemption({})
  const rejected = await cli(['exemptions', 'reject', second.id, '--comment', 'singular'], env)
  expect(rejected.code).toBe(0)
  // A rejection says so, even in the line naming who acts.
  expect(rejected.stderr).toContain("Rejecting as the key's own user")
  expect(rejected.stderr).not.toContain('Approving')
  expect([sto.exemption(first.id)!.comment, sto.exemption(second.id)!.comment]).toEqual(['plural', 'singular'])
  // Both spellings at once are one flag given twice, which approve refuses.
  const twice = await cli(['approve', '--execution-id', 'exec1', '--org-id', 'o', '--project-id', 'p', '--comment', 'a', '--comments', 'b'], env)
  expect(twice.code).toBe(2)
  expect(twice.stderr).toContain('--comments is given more than once')
})
