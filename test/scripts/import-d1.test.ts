// `npm run import` and `npm run export` end to end against a real local D1 (wrangler, --persist-to a temporary state):
// the rows land where readers see them, a second run adds nothing, a Parley export gives an empty site back the same.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { d1Query } from '../../scripts/d1-command.mjs'
import { prepareDatabase, root } from '../../scripts/local-setup.mjs'
import { startServer } from '../../bench/lib/servers.mjs'
import { comparable, fieldsOf, fixture, npm, ownerCookie, SCHEMA } from './import-support'

// Each command starts wrangler (seconds each, more on a busy machine); the round trip starts it a dozen times.
const SLOW = 300_000
const state = mkdtempSync(join(tmpdir(), 'parley-import-d1-'))
const persist = ['--persist-to', state]
const BLOG = ['--site', 'blog', '--trailing-slash', 'add', ...persist]
const query = (sql: string) => d1Query(sql, { persistTo: state })

const commentsOf = (site: string) =>
  query(`SELECT t.key, c.source_id, p.source_id AS parent, c.name, c.email_normalized, c.status, c.created_at
    FROM comments c JOIN threads t ON t.id = c.thread_id LEFT JOIN comments p ON p.id = c.parent_id
    WHERE t.site_id = '${site}' ORDER BY c.source_id`)

beforeAll(() => {
  prepareDatabase({ persistTo: state, quiet: true })
  for (const site of ['blog', 'copy']) {
    expect(npm('site', '--', 'add', site, '--name', site, '--origin', 'https://ann.example', ...persist).code).toBe(0)
  }
}, 180_000)
afterAll(() => rmSync(state, { recursive: true, force: true }))

describe('npm run import -- disqus, into local D1', () => {
  it(
    'writes every comment under its parent with its date, state and author, and counts the threads',
    () => {
      const run = npm('import', '--', 'disqus', fixture('disqus.xml'), ...BLOG)
      expect(run.code, run.err).toBe(0)
      expect(run.out).toContain('rows written (rows already there are left alone): 2 threads, 6 comments')
      const rows = commentsOf('blog').map((c: any) => [
        c.key,
        c.source_id,
        c.parent,
        c.name,
        c.email_normalized,
        c.status,
      ])
      expect(rows).toEqual([
        ['/blog/canals/', '1001', null, 'Femke', null, 'published'],
        ['/blog/canals/', '1002', '1001', 'Joost', 'joost@example.org', 'published'],
        ['/blog/canals/', '1003', null, 'Watches', 'spam@spam.example', 'spam'],
        ['/blog/ferry/', '1004', null, 'Kim', 'kim@example.org', 'deleted'],
        ['/blog/ferry/', '1005', null, 'Anonymous', null, 'published'],
        [
          '/blog/ferry/',
          '1008',
          null,
          "Wilhelmina Johanna Maria van der Berg-Vandenbroucke de la Tour d'Auvergne-Laurag",
          'long@example.org',
          'published',
        ],
      ])
      expect(commentsOf('blog').map((c: any) => new Date(c.created_at).toISOString())).toEqual([
        '2014-03-03T09:00:00.000Z',
        '2014-03-03T10:15:30.000Z',
        '2014-03-04T00:00:00.000Z',
        '2015-06-11T00:00:00.000Z',
        '2015-06-12T00:00:00.000Z',
        '2015-06-11T12:00:00.000Z',
      ])
      expect(query(`SELECT key, comment_count FROM threads WHERE site_id = 'blog' ORDER BY key`)).toEqual([
        { key: '/blog/canals/', comment_count: 2 },
        { key: '/blog/ferry/', comment_count: 2 },
      ])
      expect(query('SELECT count(*) AS n FROM followers')).toEqual([{ n: 0 }])
      expect(query('SELECT count(*) AS n FROM outbox')).toEqual([{ n: 0 }])
    },
    SLOW,
  )

  it(
    'adds nothing when run again',
    () => {
      const before = commentsOf('blog')
      expect(npm('import', '--', 'disqus', fixture('disqus.xml'), ...BLOG).code).toBe(0)
      expect(commentsOf('blog')).toEqual(before)
    },
    SLOW,
  )

  it(
    'shows readers the imported thread, replies under their parents, and its count',
    async () => {
      const origin = 'http://127.0.0.1:8793'
      const logPath = join(state, 'serve.log')
      const args = [join(root, 'scripts', 'serve.mjs'), '--port', '8793', '--no-build', ...persist]
      const server = await startServer({ args, origin, cwd: root, logPath })
      try {
        const get = (path: string) => fetch(origin + path, { headers: { origin: 'https://ann.example' } })
        const list = await (await get('/api/comments?site=blog&thread=/blog/canals/')).json()
        const byName = (name: string) => list.comments.find((c: { name: string }) => c.name === name)
        const [femke, joost] = [byName('Femke'), byName('Joost')]
        expect([femke.name, femke.createdAt]).toEqual(['Femke', '2014-03-03T09:00:00.000Z'])
        expect([joost.name, joost.parentId]).toEqual(['Joost', femke.id])
        // Listed by date although the export has them the other way round.
        const ferry = await (await get('/api/comments?site=blog&thread=/blog/ferry/')).json()
        expect(ferry.comments.map((c: { createdAt: string }) => c.createdAt)).toEqual([
          '2015-06-11T12:00:00.000Z',
          '2015-06-12T00:00:00.000Z',
        ])
        const counts = await (await get('/api/counts?site=blog&thread=/blog/canals/&thread=/blog/ferry/')).json()
        expect(counts).toEqual({ counts: { '/blog/canals/': 2, '/blog/ferry/': 2 } })
        const feed = await (await get('/feed/blog.atom?thread=/blog/canals/')).text()
        expect(feed.match(/<name>[^<]*<\/name>/g)).toEqual(
          expect.arrayContaining(['<name>Femke</name>', '<name>Joost</name>']),
        )
        expect(feed).toContain('<published>2014-03-03T09:00:00.000Z</published>')
        const own = { origin, cookie: await ownerCookie(origin) } // the admin page lists them, the spam one too
        const admin = await fetch(`${origin}/api/admin/comments?site=blog`, { headers: own })
        const names = (await admin.json()).items.map((c: { name: string }) => c.name)
        expect(names).toEqual(expect.arrayContaining(['Femke', 'Joost', 'Watches', 'Kim', 'Anonymous']))
      } finally {
        await server.stop()
      }
    },
    SLOW,
  )
})

describe('npm run export, and import -- parley', () => {
  it(
    'gives an empty site back the same threads, comments and followers, field by field',
    () => {
      const [thread] = query(`SELECT id FROM threads WHERE site_id = 'blog' AND key = '/blog/ferry/'`)
      query(`INSERT INTO followers (thread_id, email, email_normalized, state, created_at, updated_at)
      VALUES (${thread.id}, 'Kim@Example.org', 'kim@example.org', 'active', 1000, 2000),
             (${thread.id}, 'lee@example.org', 'lee@example.org', 'unsubscribed', 3000, 4000)`)
      const exported = npm('export', '--', '--site', 'blog', ...persist)
      expect(exported.code, exported.err).toBe(0)
      const file = join(state, 'blog.json')
      writeFileSync(file, exported.out)
      expect(npm('import', '--', 'parley', file, '--site', 'copy', ...persist).code).toBe(0)
      const copy = JSON.parse(npm('export', '--', '--site', 'copy', ...persist).out)
      const blog = JSON.parse(exported.out)
      expect(copy.comments).toHaveLength(6)
      expect(fieldsOf(blog)).toEqual(fieldsOf(SCHEMA))
      expect(comparable(copy)).toEqual(comparable(blog))
    },
    SLOW,
  )
})
