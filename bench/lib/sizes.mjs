// The widget as readers download it, raw, gzip (level 9) and brotli (quality 11): at load parley.js and any CSS of its
// own (the budget), and parley-form.js once a reader first uses a form.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'

/** `examples` holds the demo pages that the build copies beside parley.js; their files are not the widget's. */
export function widgetSizes(distDir, examplesDir) {
  const demo = new Set(readdirSync(examplesDir))
  const files = readdirSync(distDir).filter(
    (name) => name === 'parley.js' || name === 'parley-form.js' || (name.endsWith('.css') && !demo.has(name)),
  )
  const rows = files.map((name) => {
    const bytes = readFileSync(join(distDir, name))
    return {
      name,
      atLoad: name !== 'parley-form.js',
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    }
  })
  const atLoad = rows.filter((r) => r.atLoad)
  const total = atLoad.reduce(
    (t, r) => ({ ...t, raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }),
    { name: 'total', atLoad: true, raw: 0, gzip: 0, brotli: 0 },
  )
  return atLoad.length > 1 ? [...rows, total] : rows
}
