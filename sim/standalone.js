// @ts-check
// What the simulators share when run on their own (`node sim/<name>.js`): knowing that they were, the port
// to listen on, and a clean stop on Ctrl-C or SIGTERM.
import { realpathSync } from 'node:fs'
import { pathToFileURL } from 'node:url'

/**
 * True when the module with this `import.meta.url` is the script node was started with.
 * @param {string} moduleUrl
 */
export function isMainModule(moduleUrl) {
  const script = process.argv[1]
  if (!script) return false
  try {
    return moduleUrl === pathToFileURL(realpathSync(script)).href
  } catch {
    return false
  }
}

/**
 * Checks the command line against the options a script knows (each takes a value): `--help` or `-h` prints
 * the usage and exits 0; anything else unknown, or an option without its value, is refused with the usage
 * (exit 2), so a mistyped option is never silently ignored.
 * @param {string[]} known option names without dashes
 * @param {string} usage
 */
export function checkArgs(known, usage) {
  const args = process.argv.slice(2)
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${usage}\n`)
    process.exit(0)
  }
  for (let i = 0; i < args.length; i += 2) {
    const [arg = '', value] = [args[i], args[i + 1]]
    const name = arg.startsWith('--') ? arg.slice(2) : undefined
    const problem =
      name === undefined || !known.includes(name)
        ? `Unknown argument '${arg}'`
        : value === undefined || value.startsWith('--')
          ? `--${name} needs a value`
          : undefined
    if (problem) {
      process.stderr.write(`${problem}.\n${usage}\n`)
      process.exit(2)
    }
  }
}

/**
 * The value after `--name` on the command line, else undefined.
 * @param {string} name
 */
export function argValue(name) {
  const index = process.argv.indexOf(`--${name}`)
  return index >= 0 ? process.argv[index + 1] : undefined
}

/**
 * The port from `--port N`, else the environment variable, else 0 (any free port). Exits on a bad value.
 * @param {string} envName
 */
export function portFromArgs(envName) {
  const raw = argValue('port') ?? process.env[envName] ?? '0'
  const port = Number(raw)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`Invalid port '${raw}': expected a number from 0 to 65535 (0: any free port).\n`)
    process.exit(2)
  }
  return port
}

/**
 * Runs `close` on the first SIGINT or SIGTERM, then exits 0.
 * @param {() => Promise<unknown>} close
 */
export function stopOnSignals(close) {
  const stop = () => {
    close().then(
      () => process.exit(0),
      (error) => {
        process.stderr.write(`${String(error)}\n`)
        process.exit(1)
      },
    )
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}
