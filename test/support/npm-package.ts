// The npm package as users get it: packed from this checkout with `npm pack`, then installed or run with npm
// in a scratch folder. npm runs there with an environment of its own: a parent `npm test` passes npm_config_*
// variables (one names this checkout as the project to install into), and the machine may have a user
// config; none of it reaches these runs. The registry is unreachable unless a test serves one on 127.0.0.1.
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { delimiter, dirname, join } from 'node:path'
import { ROOT } from './run-action.js'

export interface PackedFile {
  path: string
  size: number
}

export interface PackedPackage {
  /** Absolute path of the .tgz. */
  tarball: string
  name: string
  version: string
  files: PackedFile[]
  /** Bytes of the .tgz, and of its files unpacked. */
  size: number
  unpackedSize: number
  integrity: string
  shasum: string
}

export interface NpmRun {
  code: number | null
  stdout: string
  stderr: string
}

/** Nothing listens on the discard port of 127.0.0.1: a fetch fails at once instead of leaving the machine. */
const NO_REGISTRY = 'http://127.0.0.1:9/'

/** PATH with Node's own directory first and no node_modules/.bin of this checkout. */
function cleanPath(): string {
  const entries = (process.env.PATH ?? '').split(delimiter).filter((entry) => entry !== '' && !entry.includes('node_modules'))
  return [dirname(process.execPath), ...entries].join(delimiter)
}

/** The environment of npm, and of what it runs, in `scratch`: its own home and an empty cache there. */
export function npmEnv(scratch: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    PATH: cleanPath(),
    HOME: join(scratch, 'home'),
    npm_config_userconfig: join(scratch, 'home', '.npmrc'),
    npm_config_cache: join(scratch, 'npm-cache'),
    npm_config_registry: NO_REGISTRY,
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
    npm_config_loglevel: 'warn',
    ...extra,
  }
}

/** Runs `command` (npm, npx, sh, a bin) in `cwd`; the result, whatever the exit code. */
export function run(command: string, args: string[], cwd: string, env: Record<string, string>, timeoutMs = 60_000): Promise<NpmRun> {
  const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`${command} ${args.join(' ')} did not finish in time\nstdout: ${stdout}\nstderr: ${stderr}`))
    }, timeoutMs)
    child.on('error', reject)
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({ code, stdout, stderr })
    })
  })
}

/** `npm pack` of this checkout into `scratch`, as `npm publish` would upload it. */
export async function packPackage(scratch: string): Promise<PackedPackage> {
  const destination = join(scratch, 'pack')
  await mkdir(join(scratch, 'home'), { recursive: true })
  await mkdir(destination, { recursive: true })
  const packed = await run('npm', ['pack', '--json', '--pack-destination', destination], ROOT, npmEnv(scratch))
  if (packed.code !== 0) throw new Error(`npm pack failed (exit ${packed.code}):\n${packed.stderr}`)
  const [report] = JSON.parse(packed.stdout) as [{ name: string; version: string; filename: string; files: PackedFile[]; size: number; unpackedSize: number; integrity: string; shasum: string }]
  return {
    tarball: join(destination, report.filename),
    name: report.name,
    version: report.version,
    files: report.files.map(({ path, size }) => ({ path, size })),
    size: report.size,
    unpackedSize: report.unpackedSize,
    integrity: report.integrity,
    shasum: report.shasum,
  }
}

export interface PackageRegistry {
  /** Ends in `/`, as npm's registry setting does. */
  readonly url: string
  /** Every path asked for, in order. */
  readonly requests: string[]
  close(): Promise<void>
}

/**
 * A package registry on 127.0.0.1 that knows one package: `pkg`, as the only version of its major, with
 * the metadata npm reads (the manifest, the tarball's address and integrity). Everything else is a 404,
 * so an install that needs any other package fails.
 */
export async function startPackageRegistry(pkg: PackedPackage): Promise<PackageRegistry> {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Record<string, unknown>
  const tarballPath = `/${pkg.name}/-/${pkg.name}-${pkg.version}.tgz`
  const requests: string[] = []
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://registry').pathname)
    requests.push(path)
    if (path === `/${pkg.name}`) {
      const { port } = server.address() as AddressInfo
      const version = { ...manifest, _id: `${pkg.name}@${pkg.version}`, dist: { tarball: `http://127.0.0.1:${port}${tarballPath}`, integrity: pkg.integrity, shasum: pkg.shasum } }
      response.writeHead(200, { 'content-type': 'application/json' })
      response.end(JSON.stringify({ name: pkg.name, 'dist-tags': { latest: pkg.version }, versions: { [pkg.version]: version } }))
    } else if (path === tarballPath) {
      response.writeHead(200, { 'content-type': 'application/octet-stream' })
      response.end(readFileSync(pkg.tarball))
    } else {
      response.writeHead(404, { 'content-type': 'application/json' })
      response.end('{"error":"not found"}')
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      }),
  }
}
