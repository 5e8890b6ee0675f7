// POST /api/comments on D1: a handful of rows read whatever the thread's size, and no full scan of a big table.
import { describe, expect, it } from 'vitest'
import type { PostCommentResponse } from '../../../worker/api-types'
import { fanOutLatestComment } from '../../../worker/db/outbox'
import { listOverdueOutbox } from '../../../worker/db/outbox-delivery'
import { summarise } from '../../../worker/db/recording'
import { solvedChallenge } from '../support/api'
import { recordedCron } from '../support/cron'
import { newThreadKey } from '../support/ids'
import { busySite, fullScans, plansOf, statementsOf } from '../support/query-plans'
import { recordedRequest } from '../support/request'
import { seedComments, seedSite, seedThread } from '../support/seed'

const post = async (site: string, thread: string, fields: Record<string, unknown> = {}) =>
  recordedRequest('/api/comments', {
    method: 'POST',
    json: { site, thread, name: 'Ann', body: 'Hello', ...(await solvedChallenge(site)), ...fields },
  })

describe('POST /api/comments', () => {
  it('posts to a 2,000-comment thread reading a handful of rows, whatever the thread size', async () => {
    const site = await seedSite()
    const thread = newThreadKey()
    await seedComments(await seedThread(site, thread), 2000)
    const { res, calls } = await post(site, thread)
    expect(res.status).toBe(201)
    // 24: the digest statements (db/digests.ts) look the new comment up once each.
    expect(summarise(calls).rowsRead).toBeLessThanOrEqual(24)
  })

  it('posts, edits and deletes a comment without a full scan', async () => {
    const { site, thread } = await busySite()
    const posted = await post(site, thread, { email: 'ann@example.com', follow: true })
    expect(posted.res.status).toBe(201)
    const { comment, editToken } = (await posted.res.json()) as PostCommentResponse
    const auth = { authorization: `Bearer ${editToken}` }
    const edit = await recordedRequest(`/api/comments/${comment.id}`, {
      method: 'PATCH',
      headers: auth,
      json: { body: 'Hello again' },
    })
    expect(edit.res.status).toBe(200)
    const remove = await recordedRequest(`/api/comments/${comment.id}`, { method: 'DELETE', headers: auth })
    expect(remove.res.status).toBe(204)
    expect(await fullScans([...posted.calls, ...edit.calls, ...remove.calls])).toEqual([])
  })

  it("checks a returning author's earlier comments through the author index, without a full scan", async () => {
    const { site, thread } = await busySite('first_time')
    const first = await (await post(site, thread, { name: 'Bea' })).res.json<PostCommentResponse>()
    const posted = await post(site, thread, { name: 'Bea', body: 'Hi', authorToken: first.authorToken })
    expect(posted.res.status).toBe(201)
    const [plan] = await plansOf(posted.calls, /author_key = \?/)
    expect(plan).toContain('comments_by_author')
    expect(await fullScans(posted.calls)).toEqual([])
  })

  it('checks blocks on every post with the unique index, never a scan', async () => {
    const site = await seedSite()
    const { res, calls } = await post(site, newThreadKey(), { body: 'Hi' })
    expect(res.status).toBe(201)
    const [detail] = await plansOf(calls, /FROM blocks/)
    expect(detail).toContain('sqlite_autoindex_blocks_1')
    expect(detail).not.toMatch(/SCAN blocks(?! USING)/)
  })

  it('fans a comment out to its followers, and the cron re-drives the outbox, without a full scan', async () => {
    const { site, thread } = await busySite()
    const posted = await post(site, thread, { body: 'Hi' })
    expect(posted.res.status).toBe(201)
    // An hour on, every row the post queued is overdue, so the re-drive has work to plan for.
    const cron = await recordedCron(Date.now() + 60 * 60 * 1000)
    const statements = [...posted.calls, ...cron].flatMap((c) => c.statements).map((s) => s.sql)
    const [fanOut, overdue] = await statementsOf(async (db) => {
      await fanOutLatestComment(db, Date.now()).run()
      await listOverdueOutbox(db, 0, 1)
    })
    expect(statements).toContain(fanOut!.sql)
    expect(statements).toContain(overdue!.sql)
    expect(await fullScans([...posted.calls, ...cron])).toEqual([])
  })
})
