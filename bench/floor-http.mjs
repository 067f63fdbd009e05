// A reference point for the cold run, not part of the product: the requests one approval makes (learned
// from a probe run of the action: today the execution and its approvals read together, then the decision
// POST to the instance the approvals read named), sent by the smallest possible Node program, with node:http
// and keep-alive. Requests of one wave go together, each on its own connection as the action's do; a
// `{instance}` in a later request is the id of the waiting approval an earlier answer listed, so the floor
// reads what it posts to, as the action does. Its time is what Node itself needs for the job; the
// difference to the action is what the action adds.
// Usage: node bench/floor-http.mjs <requests as JSON: [{ method, url, body?, wave }]> <api key> <account id>
import { createRequire } from 'node:module'

// Loaded the way the bundles load built-ins (through require): an ES-module `import` of a built-in makes
// Node build its ES-module face, which costs more and would say nothing about the action.
/** @type {typeof import('node:http')} */
const { Agent, request } = createRequire(import.meta.url)('node:http')

const [script = '[]', apiKey = '', accountId = ''] = process.argv.slice(2)
/** @type {Array<{ method: string, url: string, body?: string, wave?: number }>} */
const requests = JSON.parse(script)
const agent = new Agent({ keepAlive: true })
const headers = { 'x-api-key': apiKey, 'Harness-Account': accountId, accept: 'application/json' }
/** The waiting approval instance an answer listed (the approvals read answers a bare array). */
let instance = ''

/** @param {{ method: string, url: string, body?: string }} r @returns {Promise<number>} */
function send({ method, url, body }) {
  return new Promise((resolve, reject) => {
    const req = request(url.replaceAll('{instance}', instance), { method, agent, headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' } }, (res) => {
      let text = ''
      res.setEncoding('utf8')
      res.on('data', (chunk) => (text += chunk))
      res.on('end', () => {
        const answer = text ? JSON.parse(text) : undefined
        if (Array.isArray(answer)) instance = answer.find((i) => i?.status === 'WAITING')?.id ?? instance
        resolve(res.statusCode ?? 0)
      })
    })
    req.on('error', reject)
    req.end(body)
  })
}

let ok = requests.length > 0
const waves = [...new Set(requests.map((r) => r.wave ?? 1))].sort((a, b) => a - b)
for (const wave of waves) {
  const statuses = await Promise.all(requests.filter((r) => (r.wave ?? 1) === wave).map(send))
  ok = statuses.every((s) => s === 200) && ok
}
agent.destroy()
process.exitCode = ok ? 0 : 1
