// GET /api/comments with order=newest, before= and at=: newest first by top-level comment, cursors both ways, and the
// page of a permalink.
import { describe, expect, it } from 'vitest'
import type { ListResponse } from '../../../worker/api-types'
import { newThreadKey } from '../support/ids'
import { request, testEnv } from '../support/request'
import { seedComments, seedSite, seedThread } from '../support/seed'

/** `n` published replies to `parentId`, one after the other; their ids. */
async function seedReplies(threadId: number, parentId: number, n: number): Promise<number[]> {
  const ids: number[] = []
  for (let i = 0; i < n; i++) {
    const row = await testEnv.DB.prepare(
      `INSERT INTO comments (thread_id, parent_id, name, avatar, body, html, status, created_at)
       VALUES (?, ?, 'Replier', 'abcdef01', 'r', '<p>r</p>', 'published', ?) RETURNING id`,
    )
      .bind(threadId, parentId, Date.now())
      .first<{ id: number }>()
    ids.push(row!.id)
  }
  return ids
}

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

async function list(site: string, thread: string, query: string): Promise<ListResponse> {
  const res = await request(`/api/comments?site=${site}&thread=${encodeURIComponent(thread)}${query}`)
  expect(res.status).toBe(200)
  return (await res.json()) as ListResponse
}

const idsOf = (page: ListResponse) => page.comments.map((c) => c.id)

describe('GET /api/comments?order=newest', () => {
  it('lists top-level comments newest first, each followed by its replies in date order, a page at a time', async () => {
    const { site, thread, top, replies } = await threadWithReplies()
    const [c1, c2, c3, c4, c5, c6, c7] = top
    const first = await list(site, thread, '&order=newest&limit=3')
    expect(idsOf(first)).toEqual([c7, c6, replies.r6, c5])
    expect(first.nextCursor).toBe(String(c5))
    const second = await list(site, thread, `&order=newest&limit=3&cursor=${first.nextCursor}`)
    expect(idsOf(second)).toEqual([c4, c3, c2, replies.r1, replies.r2, replies.r3])
    const third = await list(site, thread, `&order=newest&limit=3&cursor=${second.nextCursor}`)
    expect(idsOf(third)).toEqual([c1])
    expect(third.nextCursor).toBeNull()
  })

  it('walks back with before= to the newest, each page once', async () => {
    const { site, thread, top, replies } = await threadWithReplies()
    const [, c2, c3, c4, c5, c6, c7] = top
    const back = await list(site, thread, `&order=newest&limit=3&before=${c2}`)
    expect(idsOf(back)).toEqual([c5, c4, c3])
    expect(back.prevCursor).toBe(String(c5))
    const newer = await list(site, thread, `&order=newest&limit=3&before=${back.prevCursor}`)
    expect(idsOf(newer)).toEqual([c7, c6, replies.r6])
    expect(newer.prevCursor).toBeNull()
  })

  it('keeps the replies of a deleted top-level comment, under its place', async () => {
    const { site, thread, top, replies } = await threadWithReplies()
    await testEnv.DB.prepare("UPDATE comments SET status = 'deleted' WHERE id = ?").bind(top[1]).run()
    await testEnv.DB.prepare("UPDATE comments SET status = 'deleted' WHERE id = ?").bind(top[0]).run()
    const page = await list(site, thread, '&order=newest')
    expect(idsOf(page).slice(-3)).toEqual([replies.r1, replies.r2, replies.r3])
  })
})

describe('GET /api/comments (oldest first)', () => {
  it('walks back with before= as it walks forward with cursor=', async () => {
    const site = await seedSite()
    const thread = newThreadKey()
    const ids = await seedComments(await seedThread(site, thread), 7)
    const back = await list(site, thread, `&limit=3&before=${ids[6]}`)
    expect(idsOf(back)).toEqual(ids.slice(3, 6))
    expect(back).toMatchObject({ nextCursor: null, prevCursor: String(ids[3]) })
    const earlier = await list(site, thread, `&limit=3&before=${back.prevCursor}`)
    expect(idsOf(earlier)).toEqual(ids.slice(0, 3))
    expect(earlier.prevCursor).toBeNull()
  })
})

describe('GET /api/comments?at=ID', () => {
  /** A thread of 3 pages of 50 (oldest first): 120 top-level comments, and a reply on page 3 to the 2nd. */
  async function threePages() {
    const site = await seedSite()
    const thread = newThreadKey()
    const threadId = await seedThread(site, thread)
    const top = await seedComments(threadId, 120)
    const [reply] = await seedReplies(threadId, top[1]!, 1)
    return { site, thread, top, reply: reply! }
  }

  it('answers the page of a comment on page 3, with the comments it answers and cursors both ways', async () => {
    const { site, thread, top } = await threePages()
    const target = top[110]!
    const page = await list(site, thread, `&at=${target}`)
    expect(idsOf(page)).toEqual([...top.slice(110), expect.any(Number)])
    expect(page).toMatchObject({ nextCursor: null, prevCursor: String(target) })
    const before = await list(site, thread, `&before=${page.prevCursor}`)
    expect(idsOf(before)).toEqual(top.slice(60, 110))
  })

  it('brings a reply on page 3 with the comment it answers, on page 1', async () => {
    const { site, thread, top, reply } = await threePages()
    const page = await list(site, thread, `&at=${reply}`)
    expect(idsOf(page)).toEqual([top[1], reply])
    expect(page.prevCursor).toBe(String(reply))
  })

  it('newest first: answers the page that starts at the comment\u2019s top-level comment', async () => {
    const { site, thread, top, reply } = await threePages()
    const page = await list(site, thread, `&order=newest&limit=50&at=${reply}`)
    expect(idsOf(page)).toEqual([top[1], reply, top[0]])
    expect(page).toMatchObject({ nextCursor: null, prevCursor: String(top[1]) })
    const newer = await list(site, thread, `&order=newest&limit=50&before=${page.prevCursor}`)
    expect(idsOf(newer)).toEqual(top.slice(2, 52).reverse())
  })

  it('answers the first page for a comment on it, in either order', async () => {
    const { site, thread, top } = await threePages()
    const oldest = await list(site, thread, `&at=${top[30]}`)
    expect(idsOf(oldest)).toEqual(top.slice(0, 50))
    expect(oldest).toMatchObject({ nextCursor: String(top[49]) })
    expect(oldest.prevCursor).toBeUndefined()
    const newest = await list(site, thread, `&order=newest&at=${top[100]}`)
    expect(idsOf(newest)).toEqual(idsOf(await list(site, thread, '&order=newest')))
  })

  it('answers the first page for a comment that is not in the thread', async () => {
    const { site, thread, top } = await threePages()
    const other = await seedComments(await seedThread(site), 1)
    const page = await list(site, thread, `&at=${other[0]}`)
    expect(idsOf(page)).toEqual(top.slice(0, 50))
    expect(page.prevCursor).toBeUndefined()
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
