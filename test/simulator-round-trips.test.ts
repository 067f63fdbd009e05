// The simulator's record of connections and answers, and the round-trip count built on it: a request
// depends on every request answered before it arrived, and a new connection costs a round trip of its own.
import { describe, expect, it } from 'vitest'
import { Agent, request } from 'undici'
import { startHarnessSimulator, type RecordedRequest } from '../sim/harness-simulator.js'
import { roundTrips } from '../sim/round-trips.js'

const at = (over: Partial<RecordedRequest> & Pick<RecordedRequest, 'at'>): RecordedRequest =>
  ({ method: 'GET', path: '/x', query: {}, headers: {}, body: undefined, rawBody: '', fault: undefined, status: 200, connection: 1, newConnection: false, answeredAt: over.at + 100, ...over }) as RecordedRequest

describe('roundTrips', () => {
  const rows: Array<[string, RecordedRequest[], number, string[][]]> = [
    ['nothing sent', [], 0, []],
    ['one request on a new connection: connect, then the request', [at({ at: 0, newConnection: true, path: '/a' })], 2, [['connect'], ['GET /a']]],
    [
      'two at once on two new connections, then one after both',
      [at({ at: 0, newConnection: true, path: '/a' }), at({ at: 1, connection: 2, newConnection: true, path: '/b' }), at({ at: 150, method: 'POST', path: '/c' })],
      3,
      [['connect', 'connect'], ['GET /a', 'GET /b'], ['POST /c']],
    ],
    [
      'one after another on one connection',
      [at({ at: 0, newConnection: true, path: '/a' }), at({ at: 100, path: '/b' }), at({ at: 200, path: '/c' })],
      4,
      [['connect'], ['GET /a'], ['GET /b'], ['GET /c']],
    ],
    ['a dropped answer is waited on by nobody', [at({ at: 0, answeredAt: undefined, path: '/a' }), at({ at: 500, path: '/b' })], 1, [['GET /a', 'GET /b']]],
  ]
  it.each(rows)('%s', (_name, requests, count, waves) => {
    expect(roundTrips(requests)).toEqual({ count, waves })
  })
})

describe('the simulator records connections and answers', () => {
  it('numbers connections in accept order, marks the first request on each, and when each was answered', async () => {
    const sim = await startHarnessSimulator()
    sim.setLatency(30, 60)
    const agent = new Agent({ keepAliveTimeout: 10_000 })
    const get = async () => (await request(`${sim.baseUrl}/ng/api/user/currentUser?accountIdentifier=${sim.accountId}`, { dispatcher: agent, headers: { 'x-api-key': sim.apiKey } })).body.text()
    try {
      await Promise.all([get(), get()])
      // undici hands a connection back to its pool a turn after the body ends.
      await new Promise((resolve) => setImmediate(resolve))
      await get()
      const [a, b, c] = sim.requests
      expect([a, b, c].map((r) => r!.newConnection)).toEqual([true, true, false])
      expect(new Set([a!.connection, b!.connection])).toEqual(new Set([1, 2]))
      // The first answer on a new connection waits for the connection's delay too.
      expect(a!.answeredAt! - a!.at).toBeGreaterThanOrEqual(85)
      expect(c!.answeredAt! - c!.at).toBeGreaterThanOrEqual(25)
      expect(roundTrips(sim.requests).count).toBe(3)
      sim.reset()
      await new Promise((resolve) => setImmediate(resolve))
      await get()
      expect(sim.requests[0]).toMatchObject({ newConnection: false })
      expect(sim.requests[0]!.answeredAt! - sim.requests[0]!.at).toBeLessThan(25)
    } finally {
      await agent.close()
      await sim.close()
    }
  })
})
