import { describe, expect, it } from 'vitest'
import type { ListResponse } from '../../worker/api-types'
import { addComments } from './d1-tools'
import { newThreadKey, postOk, request, seedSite, testEnv } from './helpers'

const get = (query: string) => request(`/api/comments?${query}`)

/** A thread of `n` comments: one posted through the API, the rest added in bulk; their ids in order. */
async function seedComments(site: string, thread: string, n: number): Promise<number[]> {
  await postOk(site, thread)
  const threadId = await addComments(site, thread, n - 1)
  const { results } = await testEnv.DB.prepare('SELECT id FROM comments WHERE thread_id = ? ORDER BY id')
    .bind(threadId)
    .all<{ id: number }>()
  return results.map((r) => r.id)
}

describe('GET /api/comments', () => {
  it('answers an unknown thread with an empty list, not 404', async () => {
    const site = await seedSite()
    const res = await get(`site=${site}&thread=/nothing-here`)
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({
      thread: { key: '/nothing-here', title: '', url: null, commentCount: 0 },
      comments: [],
      nextCursor: null,
    })
  })

  it('pages through a thread returning every comment exactly once, in order', async () => {
    const site = await seedSite()
    const thread = newThreadKey()
    const ids = await seedComments(site, thread, 123)
    const seen: number[] = []
    let cursor: string | null = ''
    let pages = 0
    while (cursor !== null) {
      const page = (await (
        await get(`site=${site}&thread=${encodeURIComponent(thread)}&limit=50&cursor=${cursor}`)
      ).json()) as ListResponse
      seen.push(...page.comments.map((c) => c.id))
      cursor = page.nextCursor
      pages++
    }
    expect(pages).toBe(3)
    expect(seen).toEqual(ids)
  })

  it('answers 404 for an unknown site', async () => {
    const res = await get('site=nope&thread=/a')
    expect(res.status).toBe(404)
    expect(await res.json()).toEqual({ error: { code: 'not_found', message: 'Unknown site "nope".', field: 'site' } })
  })

  it.each([
    ['a missing thread', 'thread', ''],
    ['a cursor that is not a number', 'cursor', '&thread=/a&cursor=abc'],
    ['a limit over 100', 'limit', '&thread=/a&limit=1000'],
    ['a limit of 0', 'limit', '&thread=/a&limit=0'],
  ])('refuses %s with 400', async (_label, field, query) => {
    const site = await seedSite()
    const res = await get(`site=${site}${query}`)
    expect(res.status).toBe(400)
    expect(await res.json()).toMatchObject({ error: { code: 'validation_failed', field } })
  })
})

describe('GET /api/counts', () => {
  it('counts published comments for many threads in one answer, zero for unknown ones', async () => {
    const site = await seedSite()
    const [a, b] = [newThreadKey(), newThreadKey()]
    await postOk(site, a)
    await postOk(site, a)
    await postOk(site, b)
    const res = await request(`/api/counts?site=${site}&thread=${a}&thread=${b}&thread=/none`)
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ counts: { [a]: 2, [b]: 1, '/none': 0 } })
  })

  it('refuses a request without threads', async () => {
    const site = await seedSite()
    expect((await request(`/api/counts?site=${site}`)).status).toBe(400)
  })
})
