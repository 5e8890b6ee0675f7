// Time from parley.js loaded (its response complete) to the thread's first page rendered, in headless Chromium, and the
// requests that come before that, in the order they start (Resource Timing).
import { chromium } from 'playwright-core'

export const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

export const page = ({ site, thread }) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Parley bench</title></head>
<body><main><h1>An article</h1><p>Some text above the comments.</p></main>
<div id="parley"></div>
<script src="/parley.js" data-site="${site}" data-thread="${thread}" async></script>
</body></html>`

// Runs before any page script: watches every shadow root the widget attaches and notes when `marker` first shows.
function watchRender(marker) {
  const attach = Element.prototype.attachShadow
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init)
    const seen = () => {
      if (window.__parleyRendered === undefined && root.textContent.includes(marker))
        window.__parleyRendered = performance.now()
    }
    new MutationObserver(seen).observe(root, { childList: true, subtree: true, characterData: true })
    return root
  }
}

/**
 * Median, min and max over `runs` fresh page loads (a new browser context each, so nothing is cached), with the median
 * of each part: script loaded → list request sent (boot), the request itself (api), its answer → thread shown (render);
 * and, from the median run, every request before the thread showed with its start and end.
 */
export async function measureRender({ origin, site, thread, marker, runs = 10 }) {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS })
  const times = []
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext()
      const tab = await context.newPage()
      // The page comes from the server's own origin, which the bench site allows, as a real embedding page would.
      await tab.route(`${origin}/bench.html`, (route) =>
        route.fulfill({ contentType: 'text/html', body: page({ site, thread }) }),
      )
      await tab.addInitScript(watchRender, marker)
      await tab.goto(`${origin}/bench.html`)
      await tab.waitForFunction(() => window.__parleyRendered !== undefined, null, { timeout: 15_000 })
      times.push(
        await tab.evaluate(() => {
          const rendered = window.__parleyRendered
          const entries = performance.getEntriesByType('resource')
          const script = entries.find((e) => e.name.endsWith('/parley.js'))
          const list = entries.find((e) => e.name.includes('/api/comments?'))
          return {
            total: rendered - script.responseEnd,
            boot: list.startTime - script.responseEnd,
            api: list.responseEnd - list.startTime,
            render: rendered - list.responseEnd,
            // Everything asked for before the first comment showed, from the page's start (ms).
            // The browser's own favicon request is not the widget's.
            requests: entries
              .filter((e) => e.startTime < rendered && !e.name.endsWith('/favicon.ico'))
              .sort((a, b) => a.startTime - b.startTime)
              .map((e) => ({ path: new URL(e.name).pathname, start: e.startTime, end: e.responseEnd })),
            rendered,
          }
        }),
      )
      await context.close()
    }
  } finally {
    await browser.close()
  }
  const median = (key) => {
    const sorted = times.map((t) => t[key]).sort((a, b) => a - b)
    const mid = sorted.length / 2
    return sorted.length % 2 ? sorted[Math.floor(mid)] : (sorted[mid - 1] + sorted[mid]) / 2
  }
  const totals = times.map((t) => t.total)
  // The requests of the run whose total is the median one (the upper of two, for an even count).
  const typical = [...times].sort((a, b) => a.total - b.total)[Math.floor(times.length / 2)]
  return {
    median: median('total'),
    min: Math.min(...totals),
    max: Math.max(...totals),
    boot: median('boot'),
    api: median('api'),
    render: median('render'),
    requests: typical.requests,
    rendered: typical.rendered,
    runs,
  }
}
