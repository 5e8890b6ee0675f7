// The content checks on D1: the repeat and the owner's spam marks are read in the preflight batch by index, so a post
// with a long text and links costs the same three round trips and a handful of rows, however many comments a site has.
import { describe, expect, it } from 'vitest'
import { summarise } from '../../../worker/db/recording'
import { solvedChallenge } from '../support/api'
import { busySite, fullScans, plansOf } from '../support/query-plans'
import { recordedRequest } from '../support/request'

const BODY = 'A long enough text to be hashed, with two links: https://a.example/x and https://b.example/y'

describe('content checks on D1', () => {
  it('looks up the repeat by comments_by_body_hash and the spam marks by their key, in the preflight batch', async () => {
    const { site, thread } = await busySite()
    const post = async () =>
      recordedRequest('/api/comments', {
        method: 'POST',
        json: { site, thread, name: 'Ann', body: BODY, ...(await solvedChallenge(site)) },
      })
    await post()
    const { res, calls } = await post()
    expect(res.status).toBe(201)
    const cost = summarise(calls)
    expect(cost.roundTrips).toBe(3)
    // A plain post on a busy site reads at most 24 rows (routes/comments-post-d1.test.ts); the repeat found adds its one.
    expect(cost.rowsRead).toBeLessThanOrEqual(28)
    expect(await plansOf(calls, /body_hash = \?/)).toEqual([expect.stringContaining('comments_by_body_hash')])
    expect(await plansOf(calls, /FROM spam_marks/)).toEqual([expect.stringContaining('PRIMARY KEY')])
    expect(await fullScans(calls)).toEqual([])
  })
})
