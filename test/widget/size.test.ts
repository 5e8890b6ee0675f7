// The size budget: what a reader downloads before using a form, parley.js (Preact and its CSS inlined) plus any CSS
// file of its own, must stay within 12 kB gzip; parley-form.js, fetched on first use of a form, is printed and kept in
// check too. `npm test` builds them first.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { brotliCompressSync, gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'

const dist = resolve(import.meta.dirname, '../../widget/dist')
const examples = resolve(import.meta.dirname, '../../examples')
const file = resolve(dist, 'parley.js')
const forms = resolve(dist, 'parley-form.js')
const LIMIT = 12 * 1024
const FORMS_LIMIT = 5 * 1024

const read = (path: string) => {
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run build\` first`)
  return readFileSync(path)
}
const gzip = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length

describe('widget/dist/parley.js and parley-form.js', () => {
  it('exist (run `npm run build` first)', () => {
    for (const path of [file, forms])
      expect(existsSync(path), `${path} is missing: run \`npm run build\` before this test`).toBe(true)
  })

  it(`is at most ${LIMIT} bytes gzipped for parley.js and its CSS, and prints both files' sizes`, () => {
    // The demo's own stylesheet is copied beside parley.js, but it is the page's, not the widget's.
    const demo = new Set(readdirSync(examples))
    const css = readdirSync(dist).filter((name) => name.endsWith('.css') && !demo.has(name))
    const size = [file, ...css.map((name) => resolve(dist, name))].reduce((sum, path) => sum + gzip(read(path)), 0)
    const form = read(forms)
    console.info(
      `parley.js + CSS: ${size} bytes gzip, ${brotliCompressSync(read(file)).length} brotli; ` +
        `parley-form.js: ${gzip(form)} bytes gzip, ${brotliCompressSync(form).length} brotli`,
    )
    expect(size, `parley.js (+ ${css.join(', ') || 'no CSS file'}) is ${size} bytes gzipped`).toBeLessThanOrEqual(LIMIT)
    expect(gzip(form), `parley-form.js is ${gzip(form)} bytes gzipped`).toBeLessThanOrEqual(FORMS_LIMIT)
  })

  it('are each one IIFE that leaves no globals behind', () => {
    for (const path of [file, forms]) {
      const code = read(path).toString('utf8').trim()
      expect(code.startsWith('(function(){'), path).toBe(true)
      expect(code.endsWith('})();'), path).toBe(true)
    }
  })

  it('holds one Preact, in parley.js: parley-form.js borrows it, and the forms stay out of parley.js', () => {
    // Symbol.for("pv") marks Preact's vnodes: it is in every copy of Preact.
    const preact = /Symbol\.for\(["'`]pv["'`]\)/
    expect(read(file).toString('utf8')).toMatch(preact)
    expect(read(forms).toString('utf8')).not.toMatch(preact)
    expect(read(file).toString('utf8')).not.toContain('Code from the image')
    expect(read(forms).toString('utf8')).toContain('Code from the image')
  })
})
