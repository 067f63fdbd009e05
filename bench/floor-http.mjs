// A reference point for the cold run, not part of the product: the requests one approval makes (learned
// from a probe run of the action: today a read and the decision), sent by the smallest possible Node
// program, with node:http and one keep-alive connection. Its time is what Node itself needs for the job;
// the difference to the action is what the action adds.
// Usage: node bench/floor-http.mjs <requests as JSON: [{ method, url, body? }]> <api key> <account id>
import { createRequire } from 'node:module'

// Loaded the way the bundles load built-ins (through require): an ES-module `import` of a built-in makes
// Node build its ES-module face, which costs more and would say nothing about the action.
/** @type {typeof import('node:http')} */
const { Agent, request } = createRequire(import.meta.url)('node:http')

const [script = '[]', apiKey = '', accountId = ''] = process.argv.slice(2)
/** @type {Array<{ method: string, url: string, body?: string }>} */
const requests = JSON.parse(script)
const agent = new Agent({ keepAlive: true, maxSockets: 1 })
const headers = { 'x-api-key': apiKey, 'Harness-Account': accountId, accept: 'application/json' }

/** @param {{ method: string, url: string, body?: string }} r @returns {Promise<number>} */
function send({ method, url, body }) {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, agent, headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' } }, (res) => {
      res.resume()
      res.on('end', () => resolve(res.statusCode ?? 0))
    })
    req.on('error', reject)
    req.end(body)
  })
}

let ok = requests.length > 0
for (const r of requests) ok = (await send(r)) === 200 && ok
agent.destroy()
process.exitCode = ok ? 0 : 1
