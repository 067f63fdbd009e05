// A reference point for the batch, not part of the product: the requests the action makes for each execution
// (learned from a probe run), for many executions, `concurrency` at a time, from the smallest possible Node
// program: node:http, one keep-alive connection per execution in flight, each answer read and parsed as JSON.
// Each execution's requests go one after the other, as a batch's do; `{instance}` is the id of the waiting
// approval that execution's approvals read listed (the decision posts to the instance it read).
// Its time is what Node, the simulator and the machine need for the batch; the difference to the action is
// what the action adds.
// Usage: node bench/floor-http-batch.mjs <requests as JSON, `{id}` for the execution id> <api key> <account id>
//   <concurrency> <execution ids as JSON>
import { createRequire } from 'node:module'

/** @type {typeof import('node:http')} */
const { Agent, request } = createRequire(import.meta.url)('node:http')

const [script = '[]', apiKey = '', accountId = '', concurrencyText = '1', idsText = '[]'] = process.argv.slice(2)
/** @type {Array<{ method: string, url: string, body?: string }>} */
const templates = JSON.parse(script)
/** @type {string[]} */
const ids = JSON.parse(idsText)
const concurrency = Number(concurrencyText)
const agent = new Agent({ keepAlive: true, maxSockets: concurrency })
const headers = { 'x-api-key': apiKey, 'Harness-Account': accountId, accept: 'application/json' }

/** @param {{ method: string, url: string, body?: string }} r @returns {Promise<{ status: number, answer: unknown }>} */
function send({ method, url, body }) {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, agent, headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' } }, (res) => {
      let text = ''
      res.setEncoding('utf8')
      res.on('data', (chunk) => (text += chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, answer: text ? JSON.parse(text) : undefined }))
    })
    req.on('error', reject)
    req.end(body)
  })
}

let next = 0
let ok = ids.length > 0 && templates.length > 0
async function worker() {
  while (next < ids.length) {
    const id = /** @type {string} */ (ids[next++])
    let instance = ''
    const fill = (/** @type {string} */ text) => text.replaceAll('{id}', id).replaceAll('{instance}', instance)
    for (const t of templates) {
      const { status, answer } = await send({ method: t.method, url: fill(t.url), ...(t.body !== undefined ? { body: fill(t.body) } : {}) })
      if (Array.isArray(answer)) instance = answer.find((i) => i?.status === 'WAITING')?.id ?? instance
      ok = status === 200 && ok
    }
  }
}
await Promise.all(Array.from({ length: concurrency }, worker))
agent.destroy()
process.exitCode = ok ? 0 : 1
