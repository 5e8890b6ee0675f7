// The widget as readers download it: parley.js and any CSS of its own, raw, gzip (level 9) and brotli (quality 11).
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'

/** `examples` holds the demo pages that the build copies beside parley.js; their files are not the widget's. */
export function widgetSizes(distDir, examplesDir) {
  const demo = new Set(readdirSync(examplesDir))
  const files = readdirSync(distDir).filter((name) => name === 'parley.js' || (name.endsWith('.css') && !demo.has(name)))
  const rows = files.map((name) => {
    const bytes = readFileSync(join(distDir, name))
    return {
      name,
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    }
  })
  const total = rows.reduce((t, r) => ({ name: 'total', raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { name: 'total', raw: 0, gzip: 0, brotli: 0 })
  return rows.length > 1 ? [...rows, total] : rows
}
