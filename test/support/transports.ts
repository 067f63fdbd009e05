// The two ways to the network (src/http/transport.ts): Node's own http/https, which a run takes unless a
// proxy or a caCert is configured, and undici, which those choose. Every network suite runs over both, with
// `describe.each(TRANSPORTS)`, so that neither path can drift from the other.
import type { HttpClientOptions } from '../../src/http/transport.js'

export interface TransportUnderTest {
  /** For the suite's title. */
  name: string
  /** Spread into createHttpClient's options. */
  options: Pick<HttpClientOptions, 'transport'>
}

export const TRANSPORTS: TransportUnderTest[] = [
  { name: 'node:http', options: {} },
  { name: 'undici', options: { transport: 'undici' } },
]
