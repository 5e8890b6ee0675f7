// The widget as readers download it (widget/dist), raw, gzip (level 9) and brotli (quality 11): every file that loads
// before the first comment shows, for a reader of each language, and what the first use of a form adds to those
// (followed through the files themselves: bench/lib/widget-files.ts).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import { widgetFiles } from './widget-files.ts'

function measure(dist, name) {
  const bytes = readFileSync(join(dist, name))
  return {
    name,
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  }
}

const total = (files) =>
  files.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip, brotli: t.brotli + f.brotli }), {
    raw: 0,
    gzip: 0,
    brotli: 0,
  })

/** `first`: per language, the files before the first comment and their total; `forms`: what a first form adds. */
export function widgetSizes(dist) {
  const { first, forms } = widgetFiles(dist)
  const group = (names) => {
    const files = names.map((name) => measure(dist, name))
    return { files, total: total(files) }
  }
  return {
    first: Object.entries(first).map(([lang, names]) => ({ lang, ...group(names) })),
    forms: group(forms),
  }
}
