// GET /api/comments?at=ID: the page of a permalink, with cursors both ways, in either order.
import { describe, expect, it } from 'vitest'
import { idsOf, listPage } from '../support/api'
import { newThreadKey } from '../support/ids'
import { seedComments, seedReplies, seedSite, seedThread } from '../support/seed'

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
    const page = await listPage(site, thread, `&at=${target}`)
    expect(idsOf(page)).toEqual([...top.slice(110), expect.any(Number)])
    expect(page).toMatchObject({ nextCursor: null, prevCursor: String(target) })
    const before = await listPage(site, thread, `&before=${page.prevCursor}`)
    expect(idsOf(before)).toEqual(top.slice(60, 110))
  })

  it('brings a reply on page 3 with the comment it answers, on page 1', async () => {
    const { site, thread, top, reply } = await threePages()
    const page = await listPage(site, thread, `&at=${reply}`)
    expect(idsOf(page)).toEqual([top[1], reply])
    expect(page.prevCursor).toBe(String(reply))
  })

  it('newest first: answers the page that starts at the comment\u2019s top-level comment', async () => {
    const { site, thread, top, reply } = await threePages()
    const page = await listPage(site, thread, `&order=newest&limit=50&at=${reply}`)
    expect(idsOf(page)).toEqual([top[1], reply, top[0]])
    expect(page).toMatchObject({ nextCursor: null, prevCursor: String(top[1]) })
    const newer = await listPage(site, thread, `&order=newest&limit=50&before=${page.prevCursor}`)
    expect(idsOf(newer)).toEqual(top.slice(2, 52).reverse())
  })

  it('answers the first page for a comment on it, in either order', async () => {
    const { site, thread, top } = await threePages()
    const oldest = await listPage(site, thread, `&at=${top[30]}`)
    expect(idsOf(oldest)).toEqual(top.slice(0, 50))
    expect(oldest).toMatchObject({ nextCursor: String(top[49]) })
    expect(oldest.prevCursor).toBeUndefined()
    const newest = await listPage(site, thread, `&order=newest&at=${top[100]}`)
    expect(idsOf(newest)).toEqual(idsOf(await listPage(site, thread, '&order=newest')))
  })

  it('answers the first page for a comment that is not in the thread', async () => {
    const { site, thread, top } = await threePages()
    const other = await seedComments(await seedThread(site), 1)
    const page = await listPage(site, thread, `&at=${other[0]}`)
    expect(idsOf(page)).toEqual(top.slice(0, 50))
    expect(page.prevCursor).toBeUndefined()
  })
})
