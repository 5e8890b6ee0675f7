// bench/RESULTS.md's section on the edge cache: cold against warm, and D1's rows per 1,000 views of a hot thread.
import { n0 } from './format.mjs'

export function cacheSection(rows, cache, views) {
  return `### The edge cache (\`npm run serve\`, CACHE_TTL_SECONDS = 30)

Cold: each request carries a bookmark header and goes past the cache to D1, as a reader who just wrote does. Warm: the
same request answered from the Workers Cache. Goal: warm list and counts at or above 1,500 req/s on this machine.

${rows([
  ['list, 200-comment thread, first page, cold', cache.listCold],
  ['list, 200-comment thread, first page, warm', cache.listWarm],
  ['counts, 20 threads, cold', cache.countsCold],
  ['counts, 20 threads, warm', cache.countsWarm],
])}

D1 rows read by 1,000 views of one thread's first page in one location, with no write between them: ${n0(views.rowsRead)}
(${n0(views.hits)} of the 1,000 answered by the cache, 0 rows each).
`
}
