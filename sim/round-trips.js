// Counts a client's round trips on its critical path from what the Harness simulator recorded, without
// timing anything: a request depends on every request answered before it arrived; it costs one round trip,
// and one more when it opened its connection. The longest chain is the count. Requests sent together
// (neither answered before the other arrived) share a round trip, as two connections opened together do.
// The count is only meaningful when every answer is delayed (`setLatency`) by much more than the client
// needs between an answer and its next request, so that "answered before it arrived" means "waited for".

/** @typedef {import('./harness-simulator.js').RecordedRequest} RecordedRequest */

/**
 * @typedef {object} RoundTrips
 * @property {number} count Round trips on the critical path.
 * @property {string[][]} waves What went out in each round trip, from the first: `connect` for a connection
 *   opened, `METHOD what` for a request.
 */

/**
 * @param {readonly RecordedRequest[]} requests In arrival order, as `sim.requests` holds them.
 * @param {(request: RecordedRequest) => string} [label] How a request is named in `waves` (default: method and path).
 * @returns {RoundTrips}
 */
export function roundTrips(requests, label = (r) => `${r.method} ${r.path}`) {
  /** @type {number[]} the round trip each request's answer arrived in */
  const ends = []
  /** @type {string[][]} */
  const waves = []
  const put = (/** @type {number} */ wave, /** @type {string} */ what) => {
    while (waves.length < wave) waves.push([])
    waves[wave - 1]?.push(what)
  }
  requests.forEach((request, i) => {
    let after = 0
    for (let j = 0; j < i; j++) {
      const earlier = requests[j]
      if (earlier?.answeredAt !== undefined && earlier.answeredAt <= request.at) after = Math.max(after, ends[j] ?? 0)
    }
    if (request.newConnection) put(after + 1, 'connect')
    const end = after + (request.newConnection ? 2 : 1)
    put(end, label(request))
    ends.push(end)
  })
  return { count: Math.max(0, ...ends), waves }
}
