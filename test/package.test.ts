// The npm package, packed as `npm publish` would and installed from the tarball into an empty folder with
// no registry to reach: it holds the bundle and the documents only, installs nothing but itself, and its
// bin decides an approval.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startHarnessSimulator, type HarnessSimulator } from '../sim/harness-simulator.js'
import { ROOT } from './support/run-action.js'
import { CLI } from './support/run-cli.js'
import { npmEnv, packPackage, run, type PackedPackage } from './support/npm-package.js'

const EXEC = 'execPackAAAAAAAAAAAAAAA1'
/** What users need: the command line, the licences of what it bundles, and the documents. */
const PACKAGE_FILES = ['CHANGELOG.md', 'LICENSE', 'README.md', 'dist/cli.js', 'dist/licenses.txt', 'package.json']

let scratch: string
let pkg: PackedPackage
/** The folder the tarball was installed into. */
let app: string
let install: { code: number | null; stdout: string; stderr: string }

beforeAll(async () => {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run build` before these tests')
  scratch = mkdtempSync(join(tmpdir(), 'hag-package-'))
  pkg = await packPackage(scratch)
  app = join(scratch, 'app')
  mkdirSync(app)
  // An empty folder and an empty cache: --offline makes any fetch fail, and the registry is unreachable too.
  install = await run('npm', ['install', '--offline', '--no-audit', '--no-fund', pkg.tarball], app, npmEnv(scratch), 120_000)
}, 180_000)

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true })
})

describe('npm pack', () => {
  it(`holds only what users need: ${PACKAGE_FILES.length} files`, () => {
    expect(pkg.files.map((f) => f.path).sort()).toEqual(PACKAGE_FILES)
    // The bound the package promises, whatever the list above grows to.
    expect(pkg.files.length).toBeLessThanOrEqual(6)
  })

  it('carries the committed bundle, byte for byte in size, and is far smaller than the repository', () => {
    expect(pkg.files.find((f) => f.path === 'dist/cli.js')?.size).toBe(statSync(CLI).size)
    // The bundle is most of it; tests, sources and benchmarks are not in it.
    expect(pkg.unpackedSize).toBeLessThan(statSync(CLI).size + 200_000)
  })

  it('declares no dependency of any kind, a bin, and the Node versions it runs on', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Record<string, unknown>
    for (const field of ['dependencies', 'optionalDependencies', 'peerDependencies', 'bundleDependencies', 'bundledDependencies']) {
      expect(manifest[field], field).toBeUndefined()
    }
    expect(manifest.private).toBeUndefined()
    expect(manifest.bin).toEqual({ 'harness-approval-gate': 'dist/cli.js' })
    expect(manifest.engines).toEqual({ node: '>=20' })
    expect(manifest.license).toBe('MIT')
  })
})

describe('installed from the tarball, offline, into an empty folder', () => {
  let sim: HarnessSimulator | undefined
  afterAll(async () => {
    await sim?.close()
  })

  const bin = () => join(app, 'node_modules', '.bin', 'harness-approval-gate')

  it('installs', () => {
    expect(install.code, install.stderr).toBe(0)
  })

  it('installs nothing but itself', () => {
    const installed = readdirSync(join(app, 'node_modules')).filter((name) => !name.startsWith('.'))
    expect(installed).toEqual(['harness-approval-gate'])
    expect(readdirSync(join(app, 'node_modules', '.bin'))).toEqual(['harness-approval-gate'])
    const lock = JSON.parse(readFileSync(join(app, 'package-lock.json'), 'utf8')) as { packages: Record<string, unknown> }
    expect(Object.keys(lock.packages).sort()).toEqual(['', 'node_modules/harness-approval-gate'])
    const files = readdirSync(join(app, 'node_modules', 'harness-approval-gate'), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name).slice(join(app, 'node_modules', 'harness-approval-gate').length + 1))
    expect(files.sort()).toEqual(PACKAGE_FILES)
  })

  it('prints the package version from its bin', async () => {
    const version = await run(bin(), ['--version'], app, npmEnv(scratch))
    expect(version.code, version.stderr).toBe(0)
    expect(version.stdout).toBe(`${pkg.version}\n`)
  })

  it('approves a waiting step in the simulator from its bin', async () => {
    sim = await startHarnessSimulator({ accountId: 'acctPack', orgId: 'default', projectId: 'proj' })
    sim.addInstance({ executionId: EXEC, callbackId: 'gate-1', approverInputs: [{ name: 'ticket', defaultValue: 'CHG-0' }] })
    const env = npmEnv(scratch, { HARNESS_API_KEY: sim.apiKey })
    const approve = await run(bin(), ['approve', '--execution-id', EXEC, '--callback-id', 'gate-1', '--base-url', sim.baseUrl, '--org-id', 'default', '--project-id', 'proj'], app, env)
    expect(approve.code, approve.stderr).toBe(0)
    expect(approve.stdout).toMatch(/^Decided: APPROVE on execution execPack\w+ .*APPROVED\.\n$/)
    expect(`${approve.stdout}${approve.stderr}`).not.toContain(sim.apiKey)
    const posts = sim.posts(EXEC)
    expect(posts).toHaveLength(1)
    expect((posts[0]!.body as { action: string }).action).toBe('APPROVE')
  })
})
