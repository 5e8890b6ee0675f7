// GET /api/comments with order=newest and before=: newest first by top-level comment, and cursors both ways.
import { describe, expect, it } from 'vitest'
import { newThreadKey } from '../support/ids'
import { listPage, idsOf } from '../support/api'
import { request, testEnv } from '../support/request'
import { seedComments, seedReplies, seedSite, seedThread } from '../support/seed'

/** A thread of 7 top-level comments; the 2nd has two replies (one of them answered), the 6th one, posted last. */
async function threadWithReplies() {
  const site = await seedSite()
  const thread = newThreadKey()
  const threadId = await seedThread(site, thread)
  const top = await seedComments(threadId, 7)
  const [r1, r2] = await seedReplies(threadId, top[1]!, 2)
  const [r3] = await seedReplies(threadId, r1!, 1)
  const [r6] = await seedReplies(threadId, top[5]!, 1)
  return { site, thread, threadId, top, replies: { r1: r1!, r2: r2!, r3: r3!, r6: r6! } }
}

describe('GET /api/comments?order=newest', () => {
  it('lists top-level comments newest first, each followed by its replies in date order, a page at a time', async () => {
    const { site, thread, top, replies } = await threadWithReplies()
    const [c1, c2, c3, c4, c5, c6, c7] = top
    const first = await listPage(site, thread, '&order=newest&limit=3')
    expect(idsOf(first)).toEqual([c7, c6, replies.r6, c5])
    expect(first.nextCursor).toBe(String(c5))
    const second = await listPage(site, thread, `&order=newest&limit=3&cursor=${first.nextCursor}`)
    expect(idsOf(second)).toEqual([c4, c3, c2, replies.r1, replies.r2, replies.r3])
    const third = await listPage(site, thread, `&order=newest&limit=3&cursor=${second.nextCursor}`)
    expect(idsOf(third)).toEqual([c1])
    expect(third.nextCursor).toBeNull()
  })

  it('walks back with before= to the newest, each page once', async () => {
    const { site, thread, top, replies } = await threadWithReplies()
    const [, c2, c3, c4, c5, c6, c7] = top
    const back = await listPage(site, thread, `&order=newest&limit=3&before=${c2}`)
    expect(idsOf(back)).toEqual([c5, c4, c3])
    expect(back.prevCursor).toBe(String(c5))
    const newer = await listPage(site, thread, `&order=newest&limit=3&before=${back.prevCursor}`)
    expect(idsOf(newer)).toEqual([c7, c6, replies.r6])
    expect(newer.prevCursor).toBeNull()
  })

  it('keeps the replies of a deleted top-level comment, under its place', async () => {
    const { site, thread, top, replies } = await threadWithReplies()
    await testEnv.DB.prepare("UPDATE comments SET status = 'deleted' WHERE id = ?").bind(top[1]).run()
    await testEnv.DB.prepare("UPDATE comments SET status = 'deleted' WHERE id = ?").bind(top[0]).run()
    const page = await listPage(site, thread, '&order=newest')
    expect(idsOf(page).slice(-3)).toEqual([replies.r1, replies.r2, replies.r3])
  })
})

describe('GET /api/comments (oldest first)', () => {
  it('walks back with before= as it walks forward with cursor=', async () => {
    const site = await seedSite()
    const thread = newThreadKey()
    const ids = await seedComments(await seedThread(site, thread), 7)
    const back = await listPage(site, thread, `&limit=3&before=${ids[6]}`)
    expect(idsOf(back)).toEqual(ids.slice(3, 6))
    expect(back).toMatchObject({ nextCursor: null, prevCursor: String(ids[3]) })
    const earlier = await listPage(site, thread, `&limit=3&before=${back.prevCursor}`)
    expect(idsOf(earlier)).toEqual(ids.slice(0, 3))
    expect(earlier.prevCursor).toBeNull()
  })
})

describe('GET /api/comments, bad paging', () => {
  it.each([
    ['an unknown order', '&order=random', 'order'],
    ['an order in capitals', '&order=NEWEST', 'order'],
    ['a cursor and at together', '&cursor=5&at=7', 'at'],
    ['before and cursor together', '&before=5&cursor=7', 'before'],
    ['at that is not a number', '&at=abc', 'at'],
    ['before of 0', '&before=0', 'before'],
  ])('refuses %s with 400', async (_label, query, field) => {
    const site = await seedSite()
    const res = await request(`/api/comments?site=${site}&thread=/a${query}`)
    expect(res.status).toBe(400)
    expect(await res.json()).toMatchObject({ error: { code: 'validation_failed', field } })
  })
})
