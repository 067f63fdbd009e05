// The common path: Node's own http/https, with one keep-alive agent per scheme for the whole run. It enforces
// the same bounds as undici does on the other path (connecting including TLS, waiting for the headers,
// silence inside the body), reports them under undici's codes, and follows no redirect (node:http never
// does). NODE_EXTRA_CA_CERTS is part of Node's default trust, which this path never replaces.
import { Agent as HttpAgent, request as httpRequest, type Agent, type ClientRequest, type IncomingMessage } from 'node:http'
import { createRequire } from 'node:module'
import { BODY_TIMEOUT, CONNECT_TIMEOUT, codedError, HEADERS_TIMEOUT, SOCKET_CLOSED } from './transport-errors.js'
import { KEEP_ALIVE_MS, type RawRequest, type RawResponse, type Sender, type Timeouts } from './transport-types.js'

// node:https (and with it node:tls) only when a URL is https: a static import would load it in every run.
const loadBuiltin = createRequire(import.meta.url)

type Scheme = 'http:' | 'https:'

export function createNodeSender(timeouts: Timeouts): Sender {
  const agents = new Map<Scheme, { agent: Agent; request: typeof httpRequest }>()
  const inFlight = new Set<Promise<void>>()

  function agentFor(scheme: Scheme): { agent: Agent; request: typeof httpRequest } {
    let made = agents.get(scheme)
    if (!made) {
      // `timeout` closes a kept-alive connection after that long idle (the agent destroys only free sockets).
      const options = { keepAlive: true, timeout: KEEP_ALIVE_MS }
      if (scheme === 'https:') {
        const https = loadBuiltin('node:https') as typeof import('node:https')
        made = { agent: new https.Agent(options), request: https.request }
      } else {
        made = { agent: new HttpAgent(options), request: httpRequest }
      }
      agents.set(scheme, made)
    }
    return made
  }

  const destroyAll = () => {
    for (const { agent } of agents.values()) agent.destroy()
  }

  return {
    request(raw) {
      const scheme = raw.url.protocol
      if (scheme !== 'http:' && scheme !== 'https:') return Promise.reject(codedError('ERR_INVALID_PROTOCOL', `${scheme} is not http or https`))
      const { agent, request } = agentFor(scheme)
      let done!: () => void
      const finished = new Promise<void>((resolve) => (done = resolve))
      inFlight.add(finished)
      void finished.then(() => inFlight.delete(finished))
      return exchange(request, agent, scheme === 'https:', raw, timeouts, done)
    },
    async close() {
      await Promise.allSettled([...inFlight])
      destroyAll()
    },
    async destroy() {
      destroyAll()
    },
  }
}

/** Node's words for a connection closed before the answer was complete, as undici names it. */
function asUndiciCode(error: unknown): unknown {
  const e = error as { code?: unknown; message?: unknown } | undefined
  if (e?.code === 'ECONNRESET' && (e.message === 'socket hang up' || e.message === 'aborted')) {
    return codedError(SOCKET_CLOSED, `other side closed (${e.message})`)
  }
  return error
}

function exchange(
  request: typeof httpRequest,
  agent: Agent,
  secure: boolean,
  raw: RawRequest,
  timeouts: Timeouts,
  done: () => void,
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { ...raw.headers }
    if (raw.body !== undefined) headers['content-length'] = String(Buffer.byteLength(raw.body))
    let req: ClientRequest
    try {
      req = request(raw.url, { method: raw.method, headers, agent })
    } catch (error) {
      // A header Node refuses to send (a line break in a value, say), as undici refuses it too.
      done()
      return reject(error)
    }
    let response: IncomingMessage | undefined
    let timer: NodeJS.Timeout | undefined
    const stop = (error: Error) => (response ? response.destroy(error) : req.destroy(error))
    const bound = (ms: number, code: string, what: string) => {
      clearTimeout(timer)
      timer = setTimeout(() => stop(codedError(code, `${what} after ${ms} ms`)), ms)
    }
    const onAbort = () => stop(raw.signal.reason instanceof Error ? raw.signal.reason : codedError('ABORT_ERR', 'aborted'))
    const settle = () => {
      clearTimeout(timer)
      raw.signal.removeEventListener('abort', onAbort)
      done()
    }
    raw.signal.addEventListener('abort', onAbort, { once: true })
    req.once('close', () => {
      // Without a response, the exchange ends here; with one, when its body ends or is dropped.
      if (!response) settle()
    })
    req.on('error', (error) => {
      reject(asUndiciCode(error))
    })
    req.once('socket', (socket) => {
      const headersBound = () => bound(timeouts.headersMs, HEADERS_TIMEOUT, 'headers timeout')
      if (req.reusedSocket) return headersBound()
      bound(timeouts.connectMs, CONNECT_TIMEOUT, 'connect timeout')
      socket.once(secure ? 'secureConnect' : 'connect', headersBound)
    })
    req.once('response', (res) => {
      response = res
      bound(timeouts.bodyMs, BODY_TIMEOUT, 'body timeout')
      res.once('close', settle)
      resolve({ status: res.statusCode ?? 0, headers: flatHeaders(res), read: (maxBytes) => readBounded(res, maxBytes, () => timer?.refresh()) })
    })
    if (raw.signal.aborted) onAbort()
    req.end(raw.body)
  })
}

function flatHeaders(res: IncomingMessage): Record<string, string> {
  const flat: Record<string, string> = {}
  for (const [name, value] of Object.entries(res.headers)) {
    if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(', ') : value
  }
  return flat
}

/**
 * The body, at most `maxBytes` of it, read with events (cheaper per request than an async iterator, which
 * counts in a batch); each chunk restarts the silence bound.
 */
function readBounded(res: IncomingMessage, maxBytes: number, chunkArrived: () => void): Promise<{ body: Buffer; truncated: boolean }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    res.on('data', (chunk: Buffer) => {
      chunkArrived()
      if (size + chunk.length > maxBytes) {
        chunks.push(chunk.subarray(0, maxBytes - size))
        // Stop reading: destroying the stream drops the connection instead of downloading the rest.
        res.destroy()
        resolve({ body: Buffer.concat(chunks), truncated: true })
        return
      }
      chunks.push(chunk)
      size += chunk.length
    })
    res.once('end', () => resolve({ body: Buffer.concat(chunks), truncated: false }))
    res.once('error', (error) => reject(asUndiciCode(error)))
    // Closed before the end, and without an error of its own: the connection went (a no-op once settled).
    res.once('close', () => reject(codedError(SOCKET_CLOSED, 'other side closed')))
  })
}
