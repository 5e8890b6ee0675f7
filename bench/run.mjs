// `npm run bench`: the widget's size, the API under load on workerd (`npm run serve`) and under `wrangler dev`, D1 work per
// request, the mail fan-out and the widget's render time in Chromium; writes bench/RESULTS.md. Bounded to 5 minutes.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { prepareDatabase, root, writeDevVars } from '../scripts/local-setup.mjs'
import { countsPath, listPath, postBody, postWithD1Stats, solvedChallenges, withD1Stats } from './lib/api.mjs'
import { measure, SECONDS, warmUp } from './lib/load.mjs'
import { machine } from './lib/machine.mjs'
import { measureRender } from './lib/render.mjs'
import { report } from './lib/report.mjs'
import { COUNT_THREADS, LAST_OF_FIRST_PAGE, query, seed, SITE, THREADS } from './lib/seed.mjs'
import { memoryMb, startServer } from './lib/servers.mjs'
import { widgetSizes } from './lib/sizes.mjs'

const TMP = join(root, 'bench', '.tmp')
const STATE = join(TMP, 'state')
const SERVE_ORIGIN = 'http://127.0.0.1:8797'
const DEV_ORIGIN = 'http://127.0.0.1:8798'
// Local settings for the run only: posts from one IP far beyond the usual 10 per 10 minutes, and solved challenges.
const VARS = ['RATE_LIMIT_PER_10_MIN:1000000000', 'EXPOSE_CHALLENGE_ANSWER:true']
const BUDGET_MS = 290_000
// The first page of a thread may read, beyond what it returns: the site, the thread (for itself and for the page's
// lookup) and the one look-ahead row that tells whether more follow.
const LIST_ROW_ALLOWANCE = 5

const started = Date.now()
const step = (message) => console.log(`[bench] ${Math.round((Date.now() - started) / 1000)} s: ${message}`)
let running = null
const watchdog = setTimeout(async () => {
  console.error('[bench] over the 5-minute budget: stopping')
  await running?.stop()
  process.exit(1)
}, BUDGET_MS)

const serveArgs = (extraVars = []) => [
  join(root, 'scripts', 'serve.mjs'),
  ...['--port', '8797', '--persist-to', STATE],
  ...[...VARS, ...extraVars].flatMap((v) => ['--var', v]),
]
const devArgs = () => [
  join(root, 'node_modules', 'wrangler', 'bin', 'wrangler.js'),
  ...[
    'dev',
    '--ip',
    '127.0.0.1',
    '--port',
    '8798',
    '--persist-to',
    STATE,
    '--show-interactive-dev-session=false',
    '--log-level',
    'warn',
  ],
  ...VARS.flatMap((v) => ['--var', v]),
]
const start = async (name, args, origin) => {
  running = await startServer({ args, origin, cwd: root, logPath: join(TMP, `${name}.log`) })
  step(`${name} answering on ${origin}`)
  return running
}
const stop = async () => {
  await running.stop()
  running = null
}

async function measurePost(server, origin) {
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

async function d1Figures(origin) {
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

async function main() {
  rmSync(TMP, { recursive: true, force: true })
  mkdirSync(TMP, { recursive: true })
  writeDevVars()
  prepareDatabase({ persistTo: STATE, quiet: true })
  seed(STATE, TMP, [SERVE_ORIGIN, DEV_ORIGIN])
  step('local D1 seeded (bench/.tmp/state)')

  const results = { date: new Date(), machine: machine() }
  let server = await start('serve', serveArgs(), SERVE_ORIGIN)
  results.sizes = widgetSizes(join(root, 'widget', 'dist'))
  results.serve = { idle: memoryMb(server.pid) }
  results.serve.listSmall = await measure(server, { origin: SERVE_ORIGIN, path: listPath(THREADS.small) })
  results.serve.listLarge = await measure(server, { origin: SERVE_ORIGIN, path: listPath(THREADS.large) })
  results.serve.counts = await measure(server, { origin: SERVE_ORIGIN, path: countsPath(COUNT_THREADS) })
  results.serve.post = await measurePost(server, SERVE_ORIGIN)
  step('load on npm run serve done')
  results.render = await measureRender({
    origin: SERVE_ORIGIN,
    site: SITE,
    thread: THREADS.small,
    marker: LAST_OF_FIRST_PAGE,
  })
  step('render timing done')
  await stop()

  server = await start('wrangler-dev', devArgs(), DEV_ORIGIN)
  results.dev = { idle: memoryMb(server.pid) }
  results.dev.listSmall = await measure(server, { origin: DEV_ORIGIN, path: listPath(THREADS.small) })
  results.dev.listLarge = await measure(server, { origin: DEV_ORIGIN, path: listPath(THREADS.large) })
  step('load on wrangler dev done')
  await stop()

  // Last, on a server with the D1 recorder on: the recorder is not in the timed runs above, and the fan-out's 10,000
  // queue messages keep the consumer busy after it.
  await start('serve-d1-stats', serveArgs(['EXPOSE_D1_STATS:true']), SERVE_ORIGIN)
  results.d1 = await d1Figures(SERVE_ORIGIN)
  results.fanOut = await postWithD1Stats(SERVE_ORIGIN, THREADS.fanOut)
  await stop()
  const commentId = results.fanOut.body.comment.id
  results.fanOut.outboxRows = query(
    STATE,
    `SELECT count(*) AS n FROM outbox WHERE comment_id = ${Number(commentId)} AND kind = 'notify'`,
  )[0].n
  results.seconds = (Date.now() - started) / 1000

  return results
}

try {
  writeFileSync(join(root, 'bench', 'RESULTS.md'), report(await main()))
  step('wrote bench/RESULTS.md')
} finally {
  // Also on a failure: no server of ours outlives the run.
  await running?.stop()
  clearTimeout(watchdog)
}
