// Where a Harness request goes, built one way for every Harness API: path segments appended to a copy of
// the base URL. Resolving a path string against the origin instead would read one that starts with '//'
// (a base URL such as https://app.harness.io//gateway) as another host, which would then receive the key.
import type { HttpClient } from '../http/transport.js'

/**
 * `baseUrl` with each segment appended, percent-encoded; the origin is the base URL's whatever the
 * segments hold. A segment that is empty, '.' or '..' is refused: the URL parser would drop or climb it.
 */
export function harnessUrl(baseUrl: URL, ...segments: string[]): URL {
  const url = new URL(baseUrl.href)
  url.search = ''
  url.hash = ''
  const encoded = segments.map((segment) => {
    if (segment === '' || segment === '.' || segment === '..') throw new Error(`A Harness request path cannot hold the segment '${segment}'`)
    return encodeURIComponent(segment)
  })
  url.pathname = `${baseUrl.pathname.replace(/\/+$/, '')}/${encoded.join('/')}`
  return url
}

/**
 * The last guard: a request carrying the API key that would leave the base URL's origin is refused before
 * anything is sent. URLs built with `harnessUrl` never do; this keeps it so whatever builds them.
 */
export function keyStaysAtOrigin(http: HttpClient, baseUrl: URL): HttpClient {
  return {
    send: async (req) => {
      const carriesKey = Object.keys(req.headers ?? {}).some((name) => name.toLowerCase() === 'x-api-key')
      if (carriesKey && req.url.origin !== baseUrl.origin) {
        throw new Error(`Refused to send the API key to ${req.url.origin}: Harness requests go to ${baseUrl.origin} only`)
      }
      return http.send(req)
    },
    close: () => http.close(),
    destroy: () => http.destroy(),
  }
}
