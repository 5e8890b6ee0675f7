// The figures that need more than a load run: posting under load (one solved code per post), and D1's work per request.
import { countsPath, listPath, postBody, postWithD1Stats, solvedChallenges, withD1Stats } from './api.mjs'
import { measure, SECONDS, warmUp } from './load.mjs'
import { COUNT_THREADS, SITE, THREADS } from './seed.mjs'

// The first page of a thread may read, beyond what it returns: the site, the thread (for itself and for the page's
// lookup) and the one look-ahead row that tells whether more follow.
const LIST_ROW_ALLOWANCE = 5

export async function measurePost(server, origin) {
  const pool = await solvedChallenges(origin, 1000)
  // A spent pool shows up as 403s (non-2xx) in the figures rather than hiding.
  const spent = { challengeToken: 'spent', challengeAnswer: '' }
  const requests = [
    {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      setupRequest: (req) => ({ ...req, body: postBody(THREADS.post, pool.pop() ?? spent) }),
    },
  ]
  const warm = await warmUp({ origin, path: '/api/comments', method: 'POST', requests })
  // One challenge per post: enough for the rate seen while warming up, with room to spare.
  const needed = Math.ceil((warm['2xx'] / warm.duration) * SECONDS * 1.5) - pool.length
  if (needed > 0) pool.push(...(await solvedChallenges(origin, needed)))
  return measure(server, { origin, path: '/api/comments', method: 'POST', requests, warm: true })
}

export async function d1Figures(origin) {
  // A fresh server's first D1 call also opens the database: keep that out of the wait times.
  await withD1Stats(origin, listPath(THREADS.small))
  const small = await withD1Stats(origin, listPath(THREADS.small))
  const large = await withD1Stats(origin, listPath(THREADS.large))
  const deep = await withD1Stats(origin, listPath(THREADS.large, large.body.comments[0].id + 1500))
  const counts = await withD1Stats(origin, countsPath(COUNT_THREADS))
  const challenge = await withD1Stats(origin, `/api/challenge?site=${SITE}`)
  const post = await postWithD1Stats(origin, THREADS.post)
  return [
    { label: 'GET /api/comments, 200-comment thread, first page', ...small, returned: small.body.comments.length },
    {
      label: 'GET /api/comments, 2,000-comment thread, first page',
      ...large,
      returned: large.body.comments.length,
      allowance: LIST_ROW_ALLOWANCE,
    },
    {
      label: 'GET /api/comments, 2,000-comment thread, page after #1,500',
      ...deep,
      returned: deep.body.comments.length,
      allowance: LIST_ROW_ALLOWANCE,
    },
    { label: 'GET /api/counts, 20 threads', ...counts, returned: Object.keys(counts.body.counts).length },
    { label: 'GET /api/challenge', ...challenge, returned: 1 },
    { label: 'POST /api/comments (no followers)', ...post, returned: 1 },
  ]
}
