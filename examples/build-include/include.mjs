// Build-time include: puts each page's thread, as Parley renders it (GET /embed), into its <div id="parley"></div>, so
// readers and search engines see the comments in the HTML itself. Run it after your site's build (Eleventy, Hugo,
// Astro…): `node include.mjs https://comments.example.com my-site dist/blog/post/index.html /blog/post/`.
import { readFile, writeFile } from 'node:fs/promises'

/** `html` with the thread `thread` of `site` in its target; unchanged if Parley cannot be reached (the widget still loads it). */
export async function includeThread(html, { parley, site, thread }) {
  const res = await fetch(`${parley}/embed/${encodeURIComponent(site)}?${new URLSearchParams({ thread })}`)
  if (!res.ok) return html
  return html.replace('<div id="parley"></div>', `<div id="parley">${await res.text()}</div>`)
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [parley, site, file, thread] = process.argv.slice(2)
  await writeFile(file, await includeThread(await readFile(file, 'utf8'), { parley, site, thread }))
}
