// GET /api/comments: a thread's published comments, a page at a time, for the widget.
import { describe, expect, it } from 'vitest'
import type { ListResponse } from '../../../worker/api-types'
import { newThreadKey } from '../support/ids'
import { request } from '../support/request'
import { seedComments, seedSite, seedThread } from '../support/seed'

const get = (query: string) => request(`/api/comments?${query}`)

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
    const ids = await seedComments(await seedThread(site, thread), 123)
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
