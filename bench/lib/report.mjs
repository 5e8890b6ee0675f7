// bench/RESULTS.md from the figures of one run.
import { CONNECTIONS, SECONDS, WARM_UP_SECONDS } from './load.mjs'
import { FOLLOWERS } from './seed.mjs'

// The size test's budgets (test/widget/size.test.ts): before the first comment shows, and for the first form.
const BUDGET_GZIP = 12 * 1024
const FORMS_BUDGET_GZIP = 5 * 1024

const table = (head, rows) =>
  [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n')
const n0 = (x) => Math.round(x).toLocaleString('en-US')
const n1 = (x) => x.toFixed(1)
const n2 = (x) => (x === null ? 'n/a' : x.toFixed(2))

const loadRows = (runs) =>
  runs.map(([label, r]) => [
    label,
    n0(r.rps),
    n1(r.p50),
    n1(r.p99),
    n0(r.answered),
    n0(r.errors),
    n0(r.non2xx),
    n2(r.cpuMsPerRequest),
    n0(r.memory.rss),
  ])
const LOAD_HEAD = [
  'endpoint',
  'req/s',
  'p50 ms',
  'p99 ms',
  'answered',
  'errors',
  'non-2xx',
  'server CPU ms/req',
  'server RSS after, MB',
]

function d1Check(row) {
  if (row.allowance === undefined) return ''
  const limit = row.returned + row.allowance
  return row.rowsRead <= limit
    ? `ok: ${row.rowsRead} ≤ ${row.returned} + ${row.allowance}`
    : `**FAIL**: ${row.rowsRead} > ${row.returned} + ${row.allowance}`
}

const spare = (bytes, budget) =>
  bytes <= budget
    ? `within the ${n0(budget)}-byte budget (${n0(budget - bytes)} to spare)`
    : `**over the ${n0(budget)}-byte budget by ${n0(bytes - budget)}**`

/** One row per file: when it loads (before the first comment, for which readers; or on the first form), its sizes. */
function sizeTable({ first, forms }) {
  const when = new Map()
  for (const { lang, files } of first)
    for (const f of files) when.set(f.name, { ...f, langs: [...(when.get(f.name)?.langs ?? []), lang] })
  const all = first.length
  const rows = [...when.values()].map((f) => [
    f.name,
    `before the first comment${f.langs.length < all ? ` (${f.langs.join(', ')} readers)` : ''}`,
    n0(f.raw),
    n0(f.gzip),
    n0(f.brotli),
  ])
  for (const f of forms.files) rows.push([f.name, 'on first use of a form', n0(f.raw), n0(f.gzip), n0(f.brotli)])
  return table(['file', 'loaded', 'raw bytes', 'gzip bytes', 'brotli bytes'], rows)
}

/** The requests before the thread showed, in the order they started, from the page's start. */
const requestTable = (requests) =>
  table(
    ['#', 'request', 'start ms', 'end ms'],
    requests.map((q, i) => [i + 1, `\`${q.path}\``, n0(q.start), n0(q.end)]),
  )

/** Whether any request after parley.js waited for another one's answer before it started (a waterfall). */
function waterfall(requests) {
  const after = requests.filter((q) => q.path !== '/parley.js')
  const waited = after.filter((q) => after.some((o) => o !== q && o.end <= q.start))
  return waited.length === 0
    ? `Each of the ${after.length} requests after parley.js starts before any of them has its answer: none waits for another.`
    : `**A waterfall: ${waited.map((q) => q.path).join(', ')} started only after another request was answered.**`
}

export function report(r) {
  const m = r.machine
  return `# Parley benchmarks

Written by \`npm run bench\` on ${r.date.toISOString().slice(0, 16).replace('T', ' ')} UTC, in ${Math.round(r.seconds)} s. Figures
vary between machines and runs; run it again rather than trusting an old table.

## Machine

${table(['CPU', 'cores', 'memory', 'kernel', 'Node', 'workerd', 'Miniflare', 'wrangler'], [[m.cpu, m.cores, `${n1(m.memoryGb)} GB`, m.kernel, m.node, m.workerd, m.miniflare, m.wrangler]])}

Load average (1 min) when the run began: ${m.loadBefore}. Anything else running on the machine shows in the figures below.

## Widget

What a reader downloads (\`widget/dist\`), gzip level 9, brotli quality 11: before the first comment shows, parley.js
with the chunks it imports (the widget with Preact and its CSS, and the reader's words) and all they import; on the
first use of a form, the forms chunk. Followed through the files themselves, as the browser follows them.

${sizeTable(r.sizes)}

${r.sizes.first.map((g) => `Before the first comment (${g.lang}): ${n0(g.total.gzip)} bytes gzip in ${g.files.length} files, ${spare(g.total.gzip, BUDGET_GZIP)}.`).join('\n')}
First use of a form: ${n0(r.sizes.forms.total.gzip)} bytes gzip more, ${spare(r.sizes.forms.total.gzip, FORMS_BUDGET_GZIP)}.

## API under load

autocannon, ${CONNECTIONS} connections, ${SECONDS} s per row after a ${WARM_UP_SECONDS} s warm-up, on the same machine as the server (they
share the cores). Site \`bench\`, seeded by one INSERT … SELECT per table. Posting solves each challenge through the local
switch \`EXPOSE_CHALLENGE_ANSWER\`, with \`RATE_LIMIT_PER_10_MIN\` raised for the run (\`--var\`). "answered" counts every
HTTP answer; "errors" are connection errors and timeouts. Server CPU is user + system time of the server's whole
process tree (/proc), divided by the requests answered; n/a when a process of the tree restarted during the run (wrangler
dev restarts workerd whenever a source file changes), as its time left with it.

### \`npm run serve\`: the built Worker on workerd through Miniflare

${table(
  LOAD_HEAD,
  loadRows([
    ['list, 200-comment thread, first page', r.serve.listSmall],
    ['list, 2,000-comment thread, first page', r.serve.listLarge],
    ['counts, 20 threads', r.serve.counts],
    ['post a comment', r.serve.post],
  ]),
)}

### \`wrangler dev\`, for reference

${table(
  LOAD_HEAD,
  loadRows([
    ['list, 200-comment thread, first page', r.dev.listSmall],
    ['list, 2,000-comment thread, first page', r.dev.listLarge],
  ]),
)}

### Server memory (resident, whole process tree)

${table(
  ['mode', 'idle, MB', 'after the runs, MB', "peak, MB (sum of each process's VmHWM)"],
  [
    ['npm run serve', n0(r.serve.idle.rss), n0(r.serve.post.memory.rss), n0(r.serve.post.memory.peak)],
    ['wrangler dev', n0(r.dev.idle.rss), n0(r.dev.listLarge.memory.rss), n0(r.dev.listLarge.memory.peak)],
  ],
)}

## D1 work per request

From D1's result \`meta\`, recorded by the Worker for this run only (local switch \`EXPOSE_D1_STATS\`, header
\`X-Parley-D1-Stats\`). A round trip is one statement or one batch; D1 wait is the time the Worker spent awaiting D1 (local
D1, no network: production adds a network round trip to the nearest replica, or to the primary for writes, per round trip).

${table(
  ['request', 'round trips', 'rows read', 'rows written', 'returned', 'rows read check', 'D1 wait ms'],
  r.d1.map((row) => [
    row.label,
    row.roundTrips,
    n0(row.rowsRead),
    n0(row.rowsWritten),
    row.returned,
    d1Check(row),
    n0(row.waitMs),
  ]),
)}

## Mail fan-out

One comment posted to a thread with ${n0(FOLLOWERS)} active followers: the outbox rows are written by one INSERT … SELECT in
the same D1 batch as the comment.

${table(
  [
    'followers',
    'outbox rows written',
    'D1 rows written (with index entries)',
    'D1 SQL time ms',
    'D1 wait ms',
    'POST answered in ms',
  ],
  [
    [
      n0(FOLLOWERS),
      n0(r.fanOut.outboxRows),
      n0(r.fanOut.rowsWritten),
      n1(r.fanOut.sqlMs),
      n0(r.fanOut.waitMs),
      n0(r.fanOut.wallMs),
    ],
  ],
)}

D1 SQL time is D1's own execution time (\`meta.duration\`) of the request's statements; D1 wait is how long the Worker
waited for them; the answer time is the whole POST as the client saw it. The queue messages for these rows are sent
after the answer (\`waitUntil\`).

## Widget render

From \`parley.js\` loaded (its response complete) to the first page of the 200-comment thread in the page, in headless
Chromium, ${r.render.runs} fresh page loads against \`npm run serve\` (an English page: the English words).

${table(['median ms', 'min ms', 'max ms', 'median boot ms', 'median list request ms', 'median render ms'], [[n0(r.render.median), n0(r.render.min), n0(r.render.max), n0(r.render.boot), n0(r.render.api), n0(r.render.render)]])}

Boot: parley.js loaded → list request sent. Render: list answer complete → 50th comment in the shadow root.

${r.render.requests.length} requests come before the first comment on screen (at ${n0(r.render.rendered)} ms), in the
median run, in the order they started (Resource Timing, from the page's start; the page itself and the browser's
favicon not counted):

${requestTable(r.render.requests)}

${waterfall(r.render.requests)}
`
}
