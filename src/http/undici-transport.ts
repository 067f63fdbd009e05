// The path for a proxy (HTTP_PROXY / HTTPS_PROXY / NO_PROXY) or a custom CA (caCert): undici, whose agents
// bound connecting, headers and body silence themselves. transport.ts loads this module with `import()`,
// only when one of those is configured; the action's build puts it in a file of its own (dist/undici.js).
// First: the V8 flags must be set before undici compiles its parser.
import './wasm-tiering.js'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Dispatcher, EnvHttpProxyAgent } from 'undici'
// undici's own modules, not its index: the index builds fetch, WebSocket, the cache and the mocks, and
// loads about a hundred Node built-ins (http2, zlib, worker_threads, ...) that a run never uses.
// Their paths are undici internals: package.json pins its exact version, and test/http/undici-modules.test.ts
// fails when an update moves them.
import Agent from 'undici/lib/dispatcher/agent.js'
import Pool from 'undici/lib/dispatcher/pool.js'
import undiciRequest from 'undici/lib/api/api-request.js'
import { hasProxy, KEEP_ALIVE_MS, type Sender, type Timeouts } from './transport-types.js'

// For built-ins only some runs need: a static import would load them in every run.
const loadBuiltin = createRequire(import.meta.url)

export async function createUndiciSender(timeouts: Timeouts, caCert: string | undefined, env: NodeJS.ProcessEnv): Promise<Sender> {
  const dispatcher = await createDispatcher(timeouts, caCert, env)
  return {
    async request(raw) {
      const response = await undiciRequest.call(dispatcher, {
        origin: raw.url.origin,
        path: `${raw.url.pathname}${raw.url.search}`,
        method: raw.method as Dispatcher.HttpMethod,
        headers: raw.headers,
        body: raw.body,
        signal: raw.signal,
        headersTimeout: timeouts.headersMs,
        bodyTimeout: timeouts.bodyMs,
        maxRedirections: 0,
      })
      const flat: Record<string, string> = {}
      for (const [name, value] of Object.entries(response.headers)) {
        if (value !== undefined) flat[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value
      }
      return { status: response.statusCode, headers: flat, read: (maxBytes) => readBounded(response.body, maxBytes) }
    },
    close: () => dispatcher.close(),
    destroy: () => dispatcher.destroy(),
  }
}

async function readBounded(body: Dispatcher.ResponseData['body'], maxBytes: number): Promise<{ body: Buffer; truncated: boolean }> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of body) {
    const buf = chunk as Buffer
    if (size + buf.length > maxBytes) {
      chunks.push(buf.subarray(0, maxBytes - size))
      // Stop reading: destroying the stream drops the connection instead of downloading the rest.
      body.destroy()
      return { body: Buffer.concat(chunks), truncated: true }
    }
    chunks.push(buf)
    size += buf.length
  }
  return { body: Buffer.concat(chunks), truncated: false }
}

/** Setting `ca` replaces Node's trust store, so the roots and NODE_EXTRA_CA_CERTS are added back. */
export function trustedCas(caCert: string, env: NodeJS.ProcessEnv): string[] {
  const { rootCertificates } = loadBuiltin('node:tls') as typeof import('node:tls')
  const cas = [...rootCertificates]
  const extraPath = env.NODE_EXTRA_CA_CERTS
  if (extraPath) {
    try {
      cas.push(readFileSync(extraPath, 'utf8'))
    } catch {
      // Node itself only warns about an unreadable NODE_EXTRA_CA_CERTS; so do we, by ignoring it.
    }
  }
  cas.push(caCert)
  return cas
}

async function createDispatcher(timeouts: Timeouts, caCert: string | undefined, env: NodeJS.ProcessEnv): Promise<Dispatcher> {
  const tls = { timeout: timeouts.connectMs, ...(caCert ? { ca: trustedCas(caCert, env) } : {}) }
  const common = { connect: tls, keepAliveTimeout: KEEP_ALIVE_MS }
  if (hasProxy(env)) return createProxyAgent(timeouts, common, env)
  return new Agent(common)
}

/**
 * Only when a proxy is configured: the proxy agent is not loaded otherwise, and undici warns on stderr
 * each time one is constructed.
 */
async function createProxyAgent(
  timeouts: Timeouts,
  common: { connect: { timeout: number; ca?: string[] }; keepAliveTimeout: number },
  env: NodeJS.ProcessEnv,
): Promise<Dispatcher> {
  const [{ default: DispatcherClass }, { default: api }, { default: EnvAgent }] = await Promise.all([
    import('undici/lib/dispatcher/dispatcher.js'),
    import('undici/lib/api/index.js'),
    import('undici/lib/dispatcher/env-http-proxy-agent.js'),
  ])
  // The proxy agent opens its tunnel with `connect()`, a method undici's index adds to every dispatcher;
  // without the index, it is added here the same way.
  Object.assign(DispatcherClass.prototype, api)
  const tls = common.connect
  // The env agent hands its options on to each ProxyAgent, which reads the TLS settings for the target
  // (requestTls) and the proxy (proxyTls) from them; undici's type for the env agent omits those two.
  return new EnvAgent({
    ...common,
    requestTls: tls,
    proxyTls: tls,
    // The proxy settings come from the same environment that decided a proxy is needed (undici would
    // read process.env itself); '' means none.
    httpProxy: env.http_proxy || env.HTTP_PROXY || '',
    httpsProxy: env.https_proxy || env.HTTPS_PROXY || '',
    noProxy: env.no_proxy ?? env.NO_PROXY ?? '',
    // The proxy's answer to CONNECT is part of connecting: without this, a proxy that accepts the
    // connection and then says nothing holds the request for undici's default of five minutes.
    clientFactory: (origin: URL, opts: object) => new Pool(origin, { ...opts, headersTimeout: timeouts.connectMs }),
  } as EnvHttpProxyAgent.Options)
}
