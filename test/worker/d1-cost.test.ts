import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import type { ListResponse } from '../../worker/api-types'
import { summarise } from '../../worker/db/recording'
import type { Env } from '../../worker/env'
import worker from '../../worker/index'
import { addComments, recordedRequest } from './d1-tools'
import { BASE, newThreadKey, postOk, request, seedSite, solvedChallenge, testEnv } from './helpers'

async function bigThread(comments: number): Promise<{ site: string; thread: string }> {
  const site = await seedSite()
  const thread = newThreadKey()
  await postOk(site, thread)
  await addComments(site, thread, comments - 1)
  return { site, thread }
}

describe('D1 cost of GET /api/comments', () => {
  it('reads the first page of a 2,000-comment thread in 2 round trips and at most the rows it returns plus 5', async () => {
    const { site, thread } = await bigThread(2000)
    const { res, calls } = await recordedRequest(`/api/comments?site=${site}&thread=${encodeURIComponent(thread)}`)
    const body = (await res.json()) as ListResponse
    expect(body.comments).toHaveLength(50)
    expect(body.thread.commentCount).toBe(2000)
    // The site, then the thread with its page in one batch: no count(*) over the thread, no reading past the page.
    expect(summarise(calls)).toMatchObject({ roundTrips: 2, rowsWritten: 0 })
    expect(summarise(calls).rowsRead).toBeLessThanOrEqual(body.comments.length + 5)
  })

  it('reads no more for a page deep in the thread than for the first', async () => {
    const { site, thread } = await bigThread(2000)
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
})

describe('D1 cost of POST /api/comments', () => {
  it('posts to a 2,000-comment thread reading a handful of rows, whatever the thread size', async () => {
    const { site, thread } = await bigThread(2000)
    const { res, calls } = await recordedRequest('/api/comments', {
      method: 'POST',
      json: { site, thread, name: 'Ann', body: 'Hello', ...(await solvedChallenge(site)) },
    })
    expect(res.status).toBe(201)
    expect(summarise(calls).rowsRead).toBeLessThanOrEqual(20)
  })
})

describe('X-Parley-D1-Stats', () => {
  it('reports round trips and rows when the local switch is on', async () => {
    const { site, thread } = await bigThread(200)
    const ctx = createExecutionContext()
    const env: Env = { ...testEnv, EXPOSE_D1_STATS: 'true' }
    const res = await worker.fetch(
      new Request(`${BASE}/api/comments?site=${site}&thread=${encodeURIComponent(thread)}`),
      env,
      ctx,
    )
    await waitOnExecutionContext(ctx)
    expect(res.status).toBe(200)
    expect(res.headers.get('X-Parley-D1-Stats')).toMatch(
      /^round-trips=2; rows-read=\d+; rows-written=0; sql-ms=[\d.]+; wait-ms=\d+$/,
    )
  })

  it('is absent when the switch is off', async () => {
    const site = await seedSite()
    const res = await request(`/api/comments?site=${site}&thread=/a`)
    expect(res.headers.get('X-Parley-D1-Stats')).toBeNull()
  })
})
