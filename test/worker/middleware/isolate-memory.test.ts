// The edge cache's memory in each isolate: a hot read costs no I/O; a write in the same isolate purges it at once, a
// write that another isolate of the location served within a second; memory stays within its bytes.
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import type { ListResponse } from '../../../worker/api-types'
import { createApp } from '../../../worker/app'
import { IsolateMemory, type StoredAnswer } from '../../../worker/middleware/isolate-memory'
import { solvedChallenge } from '../support/api'
import { newThreadKey } from '../support/ids'
import { buildRequest, testEnv, type RequestOptions } from '../support/request'
import { seedSite } from '../support/seed'

const env = { ...testEnv, CACHE_TTL_SECONDS: '30' }

/** One isolate: one app, kept across requests, on a clock the test moves. */
function isolate(clock: { now: number }) {
  const app = createApp(() => clock.now)
  return async (path: string, options: RequestOptions = {}) => {
    const ctx = createExecutionContext()
    const res = await app.fetch(buildRequest(path, options), env, ctx)
    await waitOnExecutionContext(ctx)
    return res
  }
}

const names = async (res: Response) => ((await res.json()) as ListResponse).comments.map((c) => c.name)

describe('the edge cache in an isolate’s memory', () => {
  it('shows a write served by another isolate of the location within a second, and one it served at once', async () => {
    const clock = { now: Date.now() }
    const [reader, writer] = [isolate(clock), isolate(clock)]
    const site = await seedSite()
    const thread = newThreadKey()
    const path = `/api/comments?site=${site}&thread=${encodeURIComponent(thread)}`
    const post = async (via: typeof reader, name: string) => {
      const json = { site, thread, name, body: `${name} was here`, ...(await solvedChallenge(site, clock.now)) }
      expect((await via('/api/comments', { method: 'POST', json })).status).toBe(201)
    }

    expect((await reader(path)).headers.get('x-parley-cache')).toBe('miss')
    clock.now += 100
    await post(writer, 'Ann')
    clock.now += 500
    const within = await reader(path)
    expect([within.headers.get('x-parley-cache'), await names(within)]).toEqual(['hit', []])
    clock.now += 600
    const after = await reader(path)
    expect([after.headers.get('x-parley-cache'), await names(after)]).toEqual(['miss', ['Ann']])

    await post(reader, 'Bob')
    const own = await reader(path)
    expect([own.headers.get('x-parley-cache'), await names(own)]).toEqual(['miss', ['Ann', 'Bob']])
  })
})

describe('IsolateMemory', () => {
  const answer = (bytes: number, storedAt = 0): StoredAnswer => ({
    body: new ArrayBuffer(bytes),
    status: 200,
    headers: [],
    storedAt,
  })

  it('lets the entry used longest ago go when it is over its bytes, and keeps none larger than a sixteenth', () => {
    const memory = new IsolateMemory(1600)
    const keys = Array.from({ length: 16 }, (_, i) => `k${i}`)
    for (const key of keys) memory.set(key, answer(100))
    expect(memory.get('k0', 0, 1000)).toBeDefined()
    memory.set('k16', answer(100))
    const kept = [...keys, 'k16'].filter((key) => memory.get(key, 0, 1000))
    expect(kept).toEqual([...keys.filter((key) => key !== 'k1'), 'k16'])
    memory.set('big', answer(101))
    expect(memory.get('big', 0, 1000)).toBeUndefined()
  })

  it('forgets an entry once it is older than the age asked for', () => {
    const memory = new IsolateMemory(1600)
    memory.set('a', answer(10, 1000))
    expect(memory.get('a', 1999, 1000)).toBeDefined()
    expect(memory.get('a', 2000, 1000)).toBeUndefined()
    expect(memory.get('a', 1500, 1000)).toBeUndefined()
  })
})
