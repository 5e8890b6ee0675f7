// The size budget, and the shape that keeps parley.js one classic script: every file a reader downloads before the
// first comment shows (parley.js, the widget's chunk with Preact and its CSS, the reader's words) stays within 12 kB
// gzip together; the first use of a form adds at most 5 kB. `npm test` builds widget/dist first.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { Script } from 'node:vm'
import { brotliCompressSync, gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { chunkName, widgetFiles } from '../../bench/lib/widget-files.ts'

const dist = resolve(import.meta.dirname, '../../widget/dist')
const FIRST_LOAD = 12 * 1024
const FIRST_FORM = 5 * 1024

const read = (file: string) => {
  const path = resolve(dist, file)
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run build\` first`)
  return readFileSync(path)
}
const gzip = (file: string) => gzipSync(read(file), { level: 9 }).length
const sum = (files: string[]) => files.reduce((total, file) => total + gzip(file), 0)
const files = () => widgetFiles(dist)

describe('widget/dist', () => {
  it(`loads at most ${FIRST_LOAD} bytes gzip before the first comment shows, in every language`, () => {
    const { first, forms } = files()
    expect(Object.keys(first).sort()).toEqual(['de', 'en', 'fr', 'nl'])
    for (const [lang, loaded] of Object.entries(first)) {
      const split = loaded.map((f) => `${f} ${gzip(f)}`).join(' + ')
      console.info(`first load (${lang}): ${split} = ${sum(loaded)} bytes gzip, ${loaded.length} files`)
      expect(sum(loaded), `${lang}: ${split}`).toBeLessThanOrEqual(FIRST_LOAD)
    }
    const brotli = forms.map((f) => brotliCompressSync(read(f)).length)
    console.info(`first form: ${forms.join(', ')}: ${sum(forms)} bytes gzip, ${brotli.join(' + ')} brotli`)
  })

  it(`adds at most ${FIRST_FORM} bytes gzip on the first use of a form, in every language`, () => {
    const { forms } = files()
    expect(forms.length).toBeGreaterThan(0)
    expect(sum(forms)).toBeLessThanOrEqual(FIRST_FORM)
    // The budget's files are counted in Dutch; a reader of another language gets that language's form words instead.
    const withoutWords = forms.filter((f) => chunkName(f) !== 'wordsnl')
    const words = readdirSync(resolve(dist, 'chunks')).filter((f) => f.startsWith('words'))
    expect(words.map((f) => chunkName(f)).sort()).toEqual(['wordsde', 'wordsen', 'wordsfr', 'wordsnl'])
    for (const f of words) expect(sum([...withoutWords, `chunks/${f}`]), f).toBeLessThanOrEqual(FIRST_FORM)
  })

  it('keeps parley.js a classic script: no static import or export, no import.meta', () => {
    const code = read('parley.js').toString('utf8')
    // A module's syntax is a SyntaxError in a classic script, which is how the embed's <script> runs it.
    expect(() => new Script(code, { filename: 'parley.js' })).not.toThrow()
    expect(code).not.toContain('import.meta')
  })

  it('imports each chunk against parley.js’s own URL, as a page on another origin needs', () => {
    const code = read('parley.js').toString('utf8')
    const imports = [...code.matchAll(/\bimport\(([^)]*\))/g)].map((m) => m[1])
    expect(imports.length).toBe(5)
    for (const spec of imports) expect(spec).toMatch(/^new URL\(["'`]\.\/chunks\/[\w-]+\.js["'`],\s*\w+\.src\)$/)
  })

  it('names every chunk by its content, so that a deploy never mixes versions, and grants them CORS and caching', () => {
    for (const file of readdirSync(resolve(dist, 'chunks'))) expect(file).toMatch(/^[a-z]+-[\w-]{6}\.js$/)
    const headers = read('_headers').toString('utf8')
    expect(headers).toMatch(
      /^\/chunks\/\*\n {2}Access-Control-Allow-Origin: \*\n {2}Cache-Control: public, max-age=31536000, immutable\n/,
    )
    expect(headers).not.toContain('parley.js')
  })

  it('holds one Preact, in the first load, and leaves the forms’ code to the forms chunk', () => {
    const { first, forms } = files()
    const all = readdirSync(resolve(dist, 'chunks')).map((f) => `chunks/${f}`)
    // Symbol.for("pv") marks Preact's vnodes: it is in every copy of Preact.
    const preact = all.filter((f) => /Symbol\.for\(["'`]pv["'`]\)/.test(read(f).toString('utf8')))
    expect(preact).toHaveLength(1)
    expect(first.nl).toContain(preact[0])
    const firstCode = (first.nl ?? []).map((f) => read(f).toString('utf8')).join('\n')
    expect(firstCode).not.toContain('/api/challenge')
    expect(forms.map((f) => read(f).toString('utf8')).join('\n')).toContain('/api/challenge')
  })
})
