// write/post-comment.ts: the whole pipeline of a new comment, and what it costs in D1.
import { describe, expect, it } from 'vitest'
import { summarise } from '../../../worker/db/recording'
import { solvedChallenge } from '../support/api'
import { newThreadKey } from '../support/ids'
import { recordedRequest } from '../support/request'
import { seedSite } from '../support/seed'

describe('postComment', () => {
  it('costs three D1 round trips on a thread nobody follows: the site, the preflight batch and the commit batch', async () => {
    const site = await seedSite()
    const thread = newThreadKey()
    const post = async () =>
      recordedRequest('/api/comments', {
        method: 'POST',
        json: { site, thread, name: 'Ann', body: 'Hi', ...(await solvedChallenge(site)) },
      })
    await post()
    const { res, calls } = await post()
    expect(res.status).toBe(201)
    const cost = summarise(calls)
    console.info(
      `[bench] post, no followers: ${cost.roundTrips} round trips, ${cost.rowsRead} rows read, ${cost.rowsWritten} written`,
    )
    expect(cost.roundTrips).toBe(3)
    // Before the pipeline: 6 round trips and 15 rows read for the same post (bench/RESULTS.md of 0.1); the site's and
    // the thread's ceilings (issue 12) read their counters: 3 more; the digest statements (issue 13) look the new comment
    // up once each: 4 more.
    expect(cost.rowsRead).toBeLessThanOrEqual(22)
    // The preflight counts the attempt and the site's and thread's comments this minute, and reads the spent code, the
    // thread and blocks; the commit writes no follow or owner mail (the two digest statements change nothing here).
    expect(calls.map((call) => call.statements.length)).toEqual([1, 6, 7])
  })
})
