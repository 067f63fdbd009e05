// @ts-check
// A scriptable status endpoint on 127.0.0.1 for tests and benchmarks of the status gate. Plain JavaScript
// with Node built-ins only, so it runs without a build step. Run on its own (`node sim/status-server.js
// [--port N] [--polls N]`), every job URL reports `{"status": "running"}` for N polls (3), then
// `{"status": "success"}`; it prints its URL as one JSON line.
import { createServer } from 'node:http'
import { createServer as createHttpsServer } from 'node:https'
import { argValue, checkArgs, isMainModule, portFromArgs, stopOnSignals } from './standalone.js'

/**
 * One scripted answer. `status` defaults to 200; `json` is sent as JSON, `body` as text.
 * @typedef {object} Answer
 * @property {number} [status]
 * @property {unknown} [json]
 * @property {string} [body]
 * @property {Record<string, string>} [headers]
 * @property {string} [redirect] Sends a 302 (or `status`, when it is 3xx) with this Location.
 * @property {boolean} [reset] Destroys the connection without answering.
 * @property {boolean} [hang] Never answers (until close()).
 * @property {number} [slowBodyMs] Sends the headers and half the body, the rest after this long.
 * @property {number} [delayMs] Waits this long before answering at all.
 * @property {number} [trickleMs] Sends the headers at once, then the body one byte every this many ms.
 * @property {boolean} [endless] With `trickleMs`: after the body, one space every `trickleMs`, never ending
 *   (no Content-Length). A body that keeps coming resets any timeout that waits only for the next chunk.
 */

/**
 * @typedef {object} RecordedRequest
 * @property {string} method
 * @property {string} path
 * @property {Record<string, string | string[] | undefined>} headers
 */

/** @typedef {Answer | ((request: RecordedRequest) => Answer)} ScriptedAnswer */

/**
 * @typedef {object} StatusServer
 * @property {string} url Base URL, e.g. http://127.0.0.1:40123/
 * @property {(answers: ScriptedAnswer[]) => void} script Replaces the queue; answers are used in order and the last one repeats.
 * @property {RecordedRequest[]} requests Every request received, in order.
 * @property {number} connections TCP connections accepted so far.
 * @property {(answer: ScriptedAnswer) => void} setDefault The answer while nothing is scripted.
 * @property {() => Promise<void>} close Stops the server and destroys every open socket.
 */

/**
 * `tls` serves https with that key and certificate (PEM) instead of plain http; `url` then starts with `https://`.
 * @param {{ host?: string, port?: number, tls?: { key: string | Buffer, cert: string | Buffer } }} [options]
 * @returns {Promise<StatusServer>}
 */
export async function startStatusServer(options = {}) {
  /** @type {ScriptedAnswer[]} */
  let queue = []
  /** @type {ScriptedAnswer} */
  let fallback = { status: 200, json: { status: 'running' } }
  /** @type {RecordedRequest[]} */
  const requests = []
  /** @type {Set<import('node:net').Socket>} */
  const sockets = new Set()
  /** @type {Set<NodeJS.Timeout>} */
  const timers = new Set()
  let connections = 0

  /** @param {() => void} fn @param {number} ms */
  const later = (fn, ms) => {
    const timer = setTimeout(() => {
      timers.delete(timer)
      fn()
    }, ms)
    timers.add(timer)
  }

  /** @returns {ScriptedAnswer} */
  const nextAnswer = () => {
    // The last scripted answer stays, so "pending, pending, success" ends on success for good.
    if (queue.length > 1) return /** @type {ScriptedAnswer} */ (queue.shift())
    return queue[0] ?? fallback
  }

  /** @type {import('node:http').RequestListener} */
  const listener = (req, res) => {
    /** @type {RecordedRequest} */
    const recorded = { method: req.method ?? '', path: req.url ?? '', headers: { ...req.headers } }
    requests.push(recorded)
    const scripted = nextAnswer()
    const answer = typeof scripted === 'function' ? scripted(recorded) : scripted
    // Drain any request body so the connection stays usable.
    req.resume()
    const respond = () => {
      if (answer.reset) {
        req.socket.destroy()
        return
      }
      if (answer.hang) return
      /** @type {Record<string, string>} */
      const headers = { ...answer.headers }
      let status = answer.status ?? 200
      let body = ''
      if (answer.redirect !== undefined) {
        if (status < 300 || status > 399) status = 302
        headers.location = answer.redirect
      }
      if (answer.json !== undefined) {
        body = JSON.stringify(answer.json)
        headers['content-type'] ??= 'application/json'
      } else if (answer.body !== undefined) {
        body = answer.body
        headers['content-type'] ??= 'text/plain; charset=utf-8'
      }
      const bytes = Buffer.from(body, 'utf8')
      if (!answer.endless) headers['content-length'] = String(bytes.length)
      res.writeHead(status, headers)
      if (answer.trickleMs !== undefined) {
        res.flushHeaders()
        let next = 0
        const drip = () => {
          if (res.destroyed) return
          if (next < bytes.length) res.write(bytes.subarray(next, ++next))
          else if (answer.endless) res.write(' ')
          else return void res.end()
          later(drip, /** @type {number} */ (answer.trickleMs))
        }
        later(drip, answer.trickleMs)
        return
      }
      if (answer.slowBodyMs !== undefined && bytes.length > 0) {
        const half = Math.floor(bytes.length / 2)
        res.write(bytes.subarray(0, half))
        later(() => res.end(bytes.subarray(half)), answer.slowBodyMs)
        return
      }
      res.end(bytes)
    }
    if (answer.delayMs !== undefined) later(respond, answer.delayMs)
    else respond()
  }
  const server = options.tls ? createHttpsServer({ key: options.tls.key, cert: options.tls.cert }, listener) : createServer(listener)
  server.on('connection', (socket) => {
    connections++
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })

  await new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve(undefined))
  })
  const address = server.address()
  if (!address || typeof address === 'string') throw new Error('the status server has no TCP address')
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address

  return {
    url: `${options.tls ? 'https' : 'http'}://${host}:${address.port}/`,
    script: (answers) => {
      queue = [...answers]
    },
    requests,
    get connections() {
      return connections
    },
    setDefault: (answer) => {
      fallback = answer
    },
    close: async () => {
      for (const timer of timers) clearTimeout(timer)
      timers.clear()
      for (const socket of sockets) socket.destroy()
      await new Promise((resolve) => server.close(() => resolve(undefined)))
    },
  }
}

/**
 * An answer for `setDefault`: each path (a job) reports `{"status": "running"}` for its first `polls` polls,
 * then `{"status": "success"}` for good. Paths are counted apart, so each job URL flips on its own.
 * @param {number} polls
 * @returns {(request: RecordedRequest) => Answer}
 */
export function flipsToSuccessAfter(polls) {
  /** @type {Map<string, number>} */
  const seen = new Map()
  return (request) => {
    const count = (seen.get(request.path) ?? 0) + 1
    seen.set(request.path, count)
    return { json: { status: count > polls ? 'success' : 'running' } }
  }
}

if (isMainModule(import.meta.url)) {
  checkArgs(['port', 'polls'], 'Usage: node sim/status-server.js [--port N] [--polls N]')
  const polls = Number(argValue('polls') ?? '3')
  if (!Number.isInteger(polls) || polls < 0) {
    process.stderr.write(`Invalid --polls '${argValue('polls')}': expected a whole number of polls (0 or more).\n`)
    process.exit(2)
  }
  const server = await startStatusServer({ port: portFromArgs('STATUS_SERVER_PORT') })
  server.setDefault(flipsToSuccessAfter(polls))
  process.stdout.write(`${JSON.stringify({ url: server.url, jobUrl: `${server.url}jobs/build-42`, pollsBeforeSuccess: polls })}\n`)
  stopOnSignals(() => server.close())
}
