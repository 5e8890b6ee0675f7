// The size budget: the built parley.js (Preact included) must stay small. `npm test` builds it first.
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'

const file = resolve(import.meta.dirname, '../../widget/dist/parley.js')
const LIMIT = 15 * 1024

describe('widget/dist/parley.js', () => {
  it('exists (run `npm run build` first)', () => {
    expect(existsSync(file), `${file} is missing: run \`npm run build\` before this test`).toBe(true)
  })

  it(`is at most ${LIMIT} bytes gzipped`, () => {
    if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first`)
    const size = gzipSync(readFileSync(file), { level: 9 }).length
    expect(size, `parley.js is ${size} bytes gzipped`).toBeLessThanOrEqual(LIMIT)
  })

  it('is one IIFE that leaves no globals behind', () => {
    if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first`)
    const code = readFileSync(file, 'utf8').trim()
    expect(code.startsWith('(function(){')).toBe(true)
    expect(code.endsWith('})();')).toBe(true)
  })
})
