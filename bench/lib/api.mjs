// The bench's calls to the API: solved challenges (local switch EXPOSE_CHALLENGE_ANSWER), posts, and D1 figures per
// request (local switch EXPOSE_D1_STATS, header X-Parley-D1-Stats).
import { SITE } from './seed.mjs'

export const listPath = (thread, cursor) =>
  `/api/comments?site=${SITE}&thread=${encodeURIComponent(thread)}${cursor ? `&cursor=${cursor}` : ''}`
export const countsPath = (threads) =>
  `/api/counts?site=${SITE}&${threads.map((k) => `thread=${encodeURIComponent(k)}`).join('&')}`

/** `n` fresh challenges with their answers, fetched 20 at a time. Each is good for one post. */
export async function solvedChallenges(origin, n) {
  const pool = []
  const worker = async () => {
    while (pool.length < n) {
      const challenge = await (await fetch(`${origin}/api/challenge?site=${SITE}`)).json()
      pool.push({ challengeToken: challenge.token, challengeAnswer: challenge.answer })
    }
  }
  await Promise.all(Array.from({ length: 20 }, worker))
  return pool.slice(0, n)
}

let posted = 0
// A text of its own each time: the content checks hold the same text twice on a site within a day, and a held comment
// is neither the path nor the cost of an ordinary post (nor does it mail anyone).
export const postBody = (thread, challenge) =>
  JSON.stringify({
    site: SITE,
    thread,
    name: 'Bench',
    body: `Comment ${++posted} from the bench, with **some** Markdown and a [link](https://example.com).`,
    ...challenge,
  })

const STATS = /round-trips=(\d+); rows-read=(\d+); rows-written=(\d+); sql-ms=([\d.]+); wait-ms=(\d+)/

/** One request with its D1 figures from the server, its wall time and its JSON answer. */
export async function withD1Stats(origin, path, init = {}, { cached = false } = {}) {
  const started = performance.now()
  // Past the edge cache unless asked (any bookmark header bypasses it; a malformed one is ignored by D1's session):
  // these figures are D1's work for a read the cache does not answer.
  const headers = cached ? init.headers : { ...init.headers, 'x-parley-bookmark': 'bench' }
  const res = await fetch(`${origin}${path}`, { ...init, headers })
  const body = await res.json()
  const wallMs = performance.now() - started
  const m = STATS.exec(res.headers.get('x-parley-d1-stats') ?? '')
  if (!m) throw new Error(`no D1 stats on ${path} (${res.status}): is EXPOSE_D1_STATS on?`)
  return {
    status: res.status,
    body,
    wallMs,
    roundTrips: Number(m[1]),
    rowsRead: Number(m[2]),
    rowsWritten: Number(m[3]),
    sqlMs: Number(m[4]),
    waitMs: Number(m[5]),
  }
}

/** A post with its D1 figures; the challenge is fetched first and is not part of the figures. */
export async function postWithD1Stats(origin, thread) {
  const [challenge] = await solvedChallenges(origin, 1)
  return withD1Stats(origin, '/api/comments', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: postBody(thread, challenge),
  })
}
