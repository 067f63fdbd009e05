// A reference point for the cold run, not part of the product: the same two requests (read, then decide)
// made by the smallest possible Node program, with node:http and one keep-alive connection. Its time is
// what Node itself needs for the job; the difference to the action is what the action adds.
// Usage: node bench/floor-http.mjs <approval URL> <api key> <account id>
import { createRequire } from 'node:module'

// Loaded the way the bundles load built-ins (ncc emits createRequire): on Node 24 a static
// `import ... from 'node:http'` alone costs about 20 ms more, which would say nothing about the action.
/** @type {typeof import('node:http')} */
const { Agent, request } = createRequire(import.meta.url)('node:http')

const [url = '', apiKey = '', accountId = ''] = process.argv.slice(2)
const agent = new Agent({ keepAlive: true, maxSockets: 1 })
const headers = { 'x-api-key': apiKey, 'Harness-Account': accountId, accept: 'application/json' }

/** @param {'GET' | 'POST'} method @param {string} [body] @returns {Promise<number>} */
function send(method, body) {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, agent, headers: body ? { ...headers, 'content-type': 'application/json' } : headers }, (res) => {
      res.resume()
      res.on('end', () => resolve(res.statusCode ?? 0))
    })
    req.on('error', reject)
    req.end(body)
  })
}

const read = await send('GET')
const decided = await send('POST', JSON.stringify({ action: 'APPROVE', comments: 'bench', approver_inputs: [] }))
agent.destroy()
process.exitCode = read === 200 && decided === 200 ? 0 : 1
