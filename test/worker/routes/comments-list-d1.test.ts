// GET /api/comments on D1: the round trips and rows a page costs, whatever the thread's size, and its query plan.
import { describe, expect, it } from 'vitest'
import type { ListResponse } from '../../../worker/api-types'
import { summarise } from '../../../worker/db/recording'
import { newThreadKey } from '../support/ids'
import { busySite, fullScans, queryPlan } from '../support/query-plans'
import { recordedRequest, request } from '../support/request'
import { seedComments, seedSite, seedThread } from '../support/seed'

/** A thread of 2,000 published comments. */
async function bigThread(): Promise<{ site: string; thread: string }> {
  const site = await seedSite()
  const thread = newThreadKey()
  await seedComments(await seedThread(site, thread), 2000)
  return { site, thread }
}

describe('GET /api/comments', () => {
  it('reads the first page of a 2,000-comment thread in 2 round trips and at most the rows it returns plus 5', async () => {
    const { site, thread } = await bigThread()
    const { res, calls } = await recordedRequest(`/api/comments?site=${site}&thread=${encodeURIComponent(thread)}`)
    const body = (await res.json()) as ListResponse
    expect(body.comments).toHaveLength(50)
    expect(body.thread.commentCount).toBe(2000)
    // The site, then the thread with its page in one batch: no count(*) over the thread, no reading past the page.
    expect(summarise(calls)).toMatchObject({ roundTrips: 2, rowsWritten: 0 })
    expect(summarise(calls).rowsRead).toBeLessThanOrEqual(body.comments.length + 5)
  })

  it('reads no more for a page deep in the thread than for the first', async () => {
    const { site, thread } = await bigThread()
    const first = (await (
      await request(`/api/comments?site=${site}&thread=${encodeURIComponent(thread)}`)
    ).json()) as ListResponse
    const cursor = first.comments.at(-1)!.id + 1500
    const { res, calls } = await recordedRequest(
      `/api/comments?site=${site}&thread=${encodeURIComponent(thread)}&cursor=${cursor}`,
    )
    expect(((await res.json()) as ListResponse).comments).toHaveLength(50)
    expect(summarise(calls).rowsRead).toBeLessThanOrEqual(50 + 5)
  })

  it('lists a thread (site, thread lookup, page) without a full scan, in index order', async () => {
    const { site, thread } = await busySite()
    const { res, calls } = await recordedRequest(
      `/api/comments?site=${site}&thread=${encodeURIComponent(thread)}&cursor=100`,
    )
    expect(res.status).toBe(200)
    expect(await fullScans(calls)).toEqual([])
    const page = await queryPlan(calls.flatMap((c) => c.statements).find((s) => s.sql.includes('FROM comments'))!)
    expect(page).toContain('SEARCH comments USING INDEX comments_by_thread (thread_id=? AND status=? AND id>?)')
    expect(page.filter((line) => line.includes('TEMP B-TREE'))).toEqual([])
  })
})

describe('GET /api/comments?order=newest and at=', () => {
  it('reads rows in proportion to the page, not the thread, newest first and at a permalink deep in it', async () => {
    const { site, thread } = await bigThread()
    const base = `/api/comments?site=${site}&thread=${encodeURIComponent(thread)}`
    const first = ((await (await request(base)).json()) as ListResponse).comments[0]!.id
    const at = (n: number) => first + n
    for (const query of [
      '&order=newest',
      `&order=newest&cursor=${at(600)}`,
      `&at=${at(1500)}`,
      `&order=newest&at=${at(700)}`,
      `&before=${at(900)}`,
    ]) {
      const { res, calls } = await recordedRequest(base + query)
      const body = (await res.json()) as ListResponse
      expect(body.comments.length, query).toBeGreaterThanOrEqual(40)
      // A handful of rows per comment shown (the top-level ones are read for the page and to know whether another
      // follows; the replies' walk reads the tree it builds), whatever the thread's size.
      expect(summarise(calls).rowsRead, query).toBeLessThanOrEqual(8 * body.comments.length + 10)
      expect(await fullScans(calls), query).toEqual([])
    }
  })

  it('walks the top-level comments by their own index, in both directions, without sorting them', async () => {
    const { site, thread } = await busySite()
    const base = `/api/comments?site=${site}&thread=${encodeURIComponent(thread)}&order=newest`
    for (const query of ['', '&before=1']) {
      const { calls } = await recordedRequest(base + query)
      expect(await fullScans(calls)).toEqual([])
      const statements = calls.flatMap((c) => c.statements).filter((s) => s.sql.includes('parent_id IS NULL'))
      expect(statements.length).toBe(2)
      for (const statement of statements) {
        const plan = await queryPlan(statement)
        expect(plan.join('\n')).toMatch(/SEARCH r USING INDEX comments_top_level \(thread_id=\? AND id[<>]\?\)/)
        // The walk itself is in index order; only the tree of the page's comments is sorted, into reading order.
        if (!statement.sql.includes('WITH RECURSIVE')) expect(plan.filter((l) => l.includes('TEMP B-TREE'))).toEqual([])
      }
    }
  })
})
