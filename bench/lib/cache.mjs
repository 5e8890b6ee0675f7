// The edge cache (worker/middleware/edge-cache.ts) in figures: the thread list and counts read past it (cold: every
// request reads D1, as a reader who just wrote does) and answered by it (warm), and D1's rows per 1,000 views of one
// hot thread.
import { countsPath, listPath, withD1Stats } from './api.mjs'
import { measure } from './load.mjs'
import { COUNT_THREADS, THREADS } from './seed.mjs'

// Any bookmark header bypasses the cache; a malformed one is ignored by D1's session.
const PAST_THE_CACHE = { 'x-parley-bookmark': 'bench' }

/** Load runs on `npm run serve`: list and counts, cold then warm. */
export async function measureCache(server, origin) {
  const cold = { headers: PAST_THE_CACHE }
  return {
    listCold: await measure(server, { origin, path: listPath(THREADS.small), requests: [cold] }),
    listWarm: await measure(server, { origin, path: listPath(THREADS.small) }),
    countsCold: await measure(server, { origin, path: countsPath(COUNT_THREADS), requests: [cold] }),
    countsWarm: await measure(server, { origin, path: countsPath(COUNT_THREADS) }),
  }
}

/** D1 rows read by 1,000 views of one thread's first page in one location, on a server with EXPOSE_D1_STATS. */
export async function rowsPer1000Views(origin) {
  let rowsRead = 0
  let hits = 0
  for (let i = 0; i < 1000; i++) {
    const view = await withD1Stats(origin, listPath(THREADS.small), {}, { cached: true })
    rowsRead += view.rowsRead
    if (view.roundTrips === 0) hits++
  }
  return { rowsRead, hits }
}
