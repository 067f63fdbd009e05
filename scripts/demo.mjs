// npm run demo: no Harness account needed. Starts the built-in Harness simulator (and a status server for
// the external job), runs the built action exactly as a GitHub runner would, and shows what the workflow
// run would show: the log with its annotations, the outputs, the job summary, and what Harness recorded.
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { startHarnessSimulator } from '../sim/harness-simulator.js'
import { startStatusServer } from '../sim/status-server.js'

const root = fileURLToPath(new URL('..', import.meta.url))
/** @param {string} s */
const bold = (s) => (process.stdout.isTTY ? `\u001b[1m${s}\u001b[22m` : s)
/** @param {string} s */
const dim = (s) => (process.stdout.isTTY ? `\u001b[2m${s}\u001b[22m` : s)

/**
 * Renders workflow commands the way the Actions log shows them.
 * @param {string} stdout
 */
function renderLog(stdout) {
  const lines = []
  for (const line of stdout.split('\n')) {
    if (line === '' || line.startsWith('::add-mask::')) continue
    const command = /^::(\w[\w-]*)(?: ([^:]*))?::(.*)$/.exec(line)
    if (!command) {
      lines.push(`  ${line}`)
      continue
    }
    const [, name, props = '', message = ''] = command
    const title = /title=([^,]*)/.exec(props)?.[1]
    const text = decodeURIComponent(message.replace(/%(?![0-9A-F]{2})/g, '%25'))
    if (name === 'group') lines.push(`  ▸ ${text}`)
    // Hidden on GitHub unless step debug logging is on.
    else if (name === 'endgroup' || name === 'debug') continue
    else if (name === 'error' || name === 'warning' || name === 'notice') {
      lines.push(`  ${name.toUpperCase()}${title ? ` [${decodeURIComponent(title)}]` : ''}: ${text.split('\n').join('\n    ')}`)
    } else lines.push(dim(`  (${name}) ${text}`))
  }
  return lines.join('\n')
}

/** @param {string} text */
function readOutputs(text) {
  /** @type {Record<string, string>} */
  const outputs = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i] ?? '')
    if (!m || !m[1]) continue
    const value = []
    while (++i < lines.length && lines[i] !== m[2]) value.push(lines[i])
    outputs[m[1]] = value.join('\n')
  }
  return outputs
}

/**
 * The summary is HTML; a terminal gets its text, one table row per line.
 * @param {string} html
 */
function summaryText(html) {
  return html
    .replace(/<\/(h\d|tr|p|li|summary)>/g, '\n')
    .replace(/<\/t[hd]>/g, ' | ')
    .replace(/<br>/g, ' · ')
    .replace(/<[^>]+>/g, '')
    .replace(/&#(\d+);/g, (_, /** @type {string} */ n) => String.fromCharCode(Number(n)))
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => `  ${l}`)
    .join('\n')
}

/**
 * @param {string} title
 * @param {Record<string, string>} inputs
 */
async function runAction(title, inputs) {
  const dir = mkdtempSync(join(tmpdir(), 'harness-approval-demo-'))
  const output = join(dir, 'output')
  const summary = join(dir, 'summary')
  writeFileSync(output, '')
  writeFileSync(summary, '')
  const env = {
    PATH: process.env.PATH,
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'acme/payments',
    GITHUB_RUN_ID: '1001',
    GITHUB_RUN_ATTEMPT: '1',
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
  }
  console.log(`\n${bold(`━━ ${title}`)}`)
  console.log(dim(`  node dist/index.js   (${Object.keys(inputs).filter((k) => k !== 'apiKey').join(', ')} set as INPUT_* variables)`))
  const child = spawn(process.execPath, [join(root, 'dist', 'index.js')], { env, stdio: ['ignore', 'pipe', 'inherit'] })
  let stdout = ''
  child.stdout.on('data', (d) => (stdout += d))
  const code = await new Promise((resolve) => child.on('close', resolve))
  console.log(`\n${bold('Log')}\n${renderLog(stdout)}`)
  const outputs = readOutputs(readFileSync(output, 'utf8'))
  delete outputs.result
  console.log(`\n${bold('Outputs')}`)
  for (const [k, v] of Object.entries(outputs)) console.log(`  ${k} = ${v}`)
  console.log(`\n${bold('Job summary')}\n${summaryText(readFileSync(summary, 'utf8'))}`)
  console.log(`\n${bold('Step result')}: ${code === 0 ? 'success' : `failure (exit code ${code})`}`)
  rmSync(dir, { recursive: true, force: true })
}

const sim = await startHarnessSimulator()
const status = await startStatusServer()
try {
  const common = { apiKey: sim.apiKey, orgId: sim.orgId, projectId: sim.projectId, baseUrl: sim.baseUrl }

  // 1. The external job runs for a moment, then passes: the action approves, filling the step's input defaults.
  sim.addInstance({
    executionId: 'Kx7dQeWlSbCnA1vX2mZp9Q',
    callbackId: 'deploy-prod',
    approverInputs: [
      { name: 'ticket', defaultValue: '', regex: 'CHG-[0-9]+', required: true },
      { name: 'region', defaultValue: 'eu-west-1' },
    ],
  })
  status.script([{ status: 200, json: { build: { result: 'running' } } }, { status: 200, json: { build: { result: 'running' } } }, { status: 200, json: { build: { result: 'success' } } }])
  await runAction('Gate on the job, then approve', {
    ...common,
    executionId: 'Kx7dQeWlSbCnA1vX2mZp9Q',
    callbackId: 'deploy-prod',
    approverInputs: 'ticket=CHG-4711',
    statusUrl: `${status.url}jobs/1`,
    statusField: 'build.result',
    pollInterval: '1s',
    maxPollInterval: '2s',
  })
  const post = sim.posts('Kx7dQeWlSbCnA1vX2mZp9Q')[0]
  if (post) console.log(`\n${bold('What Harness received')}\n  POST ${post.path}?callback_id=${post.query.callback_id}\n  ${JSON.stringify(post.body)}`)

  // 2. Two approval steps wait and no callback id is given: the documented cause, and its fix.
  sim.addInstance({ executionId: 'Zq3vB8yTRgu0kWf5LhN2sA', callbackId: 'qa' })
  sim.addInstance({ executionId: 'Zq3vB8yTRgu0kWf5LhN2sA', callbackId: 'prod' })
  await runAction('Two steps waiting, no callbackId', { ...common, executionId: 'Zq3vB8yTRgu0kWf5LhN2sA', waitForApproval: '0' })
  console.log(`\n${dim(`Requests the simulator received: ${sim.requests.length}; decisions recorded: ${sim.stats.decisionsApplied}.`)}`)
} finally {
  await status.close()
  await sim.close()
}
