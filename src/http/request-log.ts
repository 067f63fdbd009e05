// One debug line per request (`--verbose` on the command line, step debug logging in the action): the
// method, the URL without query values (they may carry ids a user would rather not paste), the status or
// the failure, and the time taken. Header values never appear: they carry the key.
import type { Clock } from '../ports.js'
import { TransportError, type HttpClient } from './transport.js'

/** The URL as logged: origin and path, and the query's parameter names only. */
export function loggableUrl(url: URL): string {
  const names = [...new Set(url.searchParams.keys())]
  return `${url.origin}${url.pathname}${names.length ? `?${names.map((n) => `${n}=…`).join('&')}` : ''}`
}

export function withRequestLog(http: HttpClient, clock: Clock, debug: (line: string) => void): HttpClient {
  return {
    send: async (req) => {
      const started = clock.now()
      const took = () => `${Math.round(clock.now() - started)} ms`
      const what = `${req.method} ${loggableUrl(req.url)}`
      try {
        const response = await http.send(req)
        debug(`${what} -> ${response.status} in ${took()}`)
        return response
      } catch (error) {
        debug(`${what} -> ${error instanceof TransportError ? `${error.failure}${error.code ? ` (${error.code})` : ''}` : 'failed'} after ${took()}`)
        throw error
      }
    },
    close: () => http.close(),
    destroy: () => http.destroy(),
  }
}
