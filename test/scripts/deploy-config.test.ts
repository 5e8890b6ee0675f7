// What `npm run deploy` accepts as PUBLIC_URL and MAIL_FROM, and how it reads and writes them in wrangler.toml
// (scripts/deploy/config.mjs).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkMailFrom, checkPublicUrl, readVars, writeVars } from '../../scripts/deploy/config.mjs'

describe('checkPublicUrl and checkMailFrom', () => {
  it.each([
    ['https://comments.ann.nl', 'https://comments.ann.nl'],
    ['https://parley.ann.workers.dev/', 'https://parley.ann.workers.dev'],
    ['https://comments.ann.nl:8443', 'https://comments.ann.nl:8443'],
  ])('takes %s as %s', (given, value) => expect(checkPublicUrl(given)).toEqual({ value }))

  it.each([
    ['http://comments.ann.nl', /must start with https/],
    ['https://comments.ann.nl/blog', /only the origin, https:\/\/comments\.ann\.nl/],
    ['https://comments.ann.nl/?x=1', /only the origin/],
    ['https://user:pw@comments.ann.nl', /only the origin/],
    ['https://localhost:8787', /placeholder/],
    ['https://comments.example.com', /placeholder/],
    ['https://192.0.2.1', /IP address/],
    ['comments.ann.nl', /not a URL/],
  ])('refuses PUBLIC_URL %s, saying why', (given, reason) => expect(checkPublicUrl(given).reason).toMatch(reason))

  it.each([
    ['comments@ann.nl', { value: 'comments@ann.nl' }],
    [' comments@ann.nl ', { value: 'comments@ann.nl' }],
    ['comments@example.com', { reason: 'example.com is a placeholder domain; mail from it would never arrive' }],
    [
      'Ann <comments@ann.nl>',
      { reason: '"Ann <comments@ann.nl>" is not an email address, such as comments@example.org' },
    ],
    ['comments@ann', { reason: '"comments@ann" is not an email address, such as comments@example.org' }],
  ])('checks MAIL_FROM %s', (given, answer) => expect(checkMailFrom(given)).toEqual(answer))
})

describe('readVars and writeVars', () => {
  it('change only the named values of [vars], keeping every comment and every other table', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-vars-'))
    const path = join(dir, 'wrangler.toml')
    const toml = `name = "parley"\n\n[vars]\n# The sender.\nMAIL_FROM = "comments@example.com"\nPUBLIC_URL = "http://localhost:8787"\n\n[triggers]\ncrons = ["*/5 * * * *"]\n`
    writeFileSync(path, toml)
    writeVars(path, { PUBLIC_URL: 'https://c.ann.nl', ACCESS_AUD: 'abc' })
    expect(readFileSync(path, 'utf8')).toBe(
      `name = "parley"\n\n[vars]\n# The sender.\nMAIL_FROM = "comments@example.com"\nPUBLIC_URL = "https://c.ann.nl"\nACCESS_AUD = "abc"\n\n[triggers]\ncrons = ["*/5 * * * *"]\n`,
    )
    expect(readVars(path)).toEqual({
      MAIL_FROM: 'comments@example.com',
      PUBLIC_URL: 'https://c.ann.nl',
      ACCESS_AUD: 'abc',
    })
    rmSync(dir, { recursive: true })
  })
})
