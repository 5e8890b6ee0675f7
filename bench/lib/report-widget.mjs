// The widget's parts of bench/RESULTS.md: what a reader downloads, and how soon the thread shows in Chromium.
import { n0, table } from './format.mjs'

// The size test's budgets (test/widget/size.test.ts): before the first comment shows, and for the first form.
const BUDGET_GZIP = 12 * 1024
const FORMS_BUDGET_GZIP = 5 * 1024

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

export const sizeSection = (sizes) => `## Widget

What a reader downloads (\`widget/dist\`), gzip level 9, brotli quality 11: before the first comment shows, parley.js
with the chunks it imports (the widget with Preact and its CSS, and the reader's words) and all they import; on the
first use of a form, the forms chunk. Followed through the files themselves, as the browser follows them.

${sizeTable(sizes)}

${sizes.first.map((g) => `Before the first comment (${g.lang}): ${n0(g.total.gzip)} bytes gzip in ${g.files.length} files, ${spare(g.total.gzip, BUDGET_GZIP)}.`).join('\n')}
First use of a form: ${n0(sizes.forms.total.gzip)} bytes gzip more, ${spare(sizes.forms.total.gzip, FORMS_BUDGET_GZIP)}.`

export const renderSection = (render) => `## Widget render

From \`parley.js\` loaded (its response complete) to the first page of the 200-comment thread in the page, in headless
Chromium, ${render.runs} fresh page loads against \`npm run serve\` (an English page: the English words).

${table(['median ms', 'min ms', 'max ms', 'median boot ms', 'median list request ms', 'median render ms'], [[n0(render.median), n0(render.min), n0(render.max), n0(render.boot), n0(render.api), n0(render.render)]])}

Boot: parley.js loaded → list request sent. Render: list answer complete → 50th comment in the shadow root.

${render.requests.length} requests come before the first comment on screen (at ${n0(render.rendered)} ms), in the
median run, in the order they started (Resource Timing, from the page's start; the page itself and the browser's
favicon not counted):

${requestTable(render.requests)}

${waterfall(render.requests)}
`
