// `npm run import -- wxr | isso | remark42`: the report of each hand-made fixture, one exact date per format, and files
// of the wrong kind or broken refused with the place where they go wrong.
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { dryRun, fixture, issoFile, recordsOf, tempFile } from './import-support'

const iso = (ms: number) => new Date(ms).toISOString()
const issoFixture = () => issoFile(readFileSync(fixture('isso.sql'), 'utf8'))

describe('import wxr', () => {
  it('reports states, pingbacks left out, a missing parent and two links of one page', async () => {
    const { lines } = await dryRun('wxr', fixture('wordpress.xml'))
    expect(lines.slice(1, 16)).toEqual([
      'threads: 2 found, 1 key to import',
      '  with no link (not imported, nor their comments): 0',
      '  with a key over 200 characters (not imported): 0',
      '  whose URLs map to the same key (imported as one thread): 2',
      'comments: 6 found; 3 published, 1 pending, 1 deleted, 1 spam',
      '  replies whose parent is missing (imported as top-level comments): 1',
      '  in threads that do not exist (not imported): 0',
      '  in threads with no usable link (not imported): 0',
      '  without an email (they follow nothing): 2',
      '  without a name (shown as anonymous): 1',
      "  cut to Parley's limits: 0 names, 0 bodies; websites left out (no http(s) link, or too long): 1",
      '  pingbacks and trackbacks (not imported; --with-pingbacks): 2',
      'rows to write (rows already there are left alone): 1 threads, 6 comments',
      'same key /2014/03/canals/:',
      '  https://ann.example/2014/03/canals/',
    ])
  })

  it('takes pingbacks and trackbacks when asked', async () => {
    const { lines } = await dryRun('wxr', fixture('wordpress.xml'), { withPingbacks: true })
    expect(lines).toContain('rows to write (rows already there are left alone): 1 threads, 8 comments')
  })

  it('reads comment_date_gmt as UTC, and a held comment without one by its own date', async () => {
    const records = await recordsOf('wxr', fixture('wordpress.xml'))
    const byId = (id: string) => records.find((r) => r.sourceId === id)
    expect(iso(byId('12').createdAt)).toBe('2014-03-03T10:15:30.000Z')
    expect(iso(byId('13').createdAt)).toBe('2014-03-04T10:00:00.000Z')
    expect(byId('12').html).toBe('<p>Yes, <strong>every</strong> day.</p><p>Bring a coin<br>\nand a bike.</p>')
  })

  it('refuses an RSS feed, and a state WordPress does not have', async () => {
    const feed = '<?xml version="1.0"?>\n<rss><channel>\n<item><title>x</title></item></channel></rss>'
    await expect(dryRun('wxr', tempFile('feed.xml', feed))).rejects.toThrow(
      'line 3: <item> has no <wp:post_id>: this is an RSS feed, not a WordPress export',
    )
    const odd = readFileSync(fixture('wordpress.xml'), 'utf8').replace('[CDATA[spam]]', '[CDATA[maybe]]')
    await expect(dryRun('wxr', tempFile('odd.xml', odd))).rejects.toThrow(
      'line 64: comment_approved "maybe" is none of 1, 0, spam, trash',
    )
  })
})

describe('import isso', () => {
  it('reports modes, a thread with no URI, a thread that is gone and a missing parent', async () => {
    const { lines } = await dryRun('isso', await issoFixture())
    expect(lines.slice(1)).toEqual([
      'threads: 3 found, 2 keys to import',
      '  with no link (not imported, nor their comments): 1',
      '  with a key over 200 characters (not imported): 0',
      '  whose URLs map to the same key (imported as one thread): 0',
      'comments: 6 found; 2 published, 1 pending, 1 deleted, 0 spam',
      '  replies whose parent is missing (imported as top-level comments): 1',
      '  in threads that do not exist (not imported): 1',
      '  in threads with no usable link (not imported): 1',
      '  without an email (they follow nothing): 3',
      '  without a name (shown as anonymous): 2',
      "  cut to Parley's limits: 0 names, 0 bodies; websites left out (no http(s) link, or too long): 0",
      'rows to write (rows already there are left alone): 2 threads, 4 comments',
      'no link: thread 3 (row 3 of threads) "A thread with no URI"',
      'keys (link → key → after --map):',
      '  /blog/canals/ → /blog/canals/',
      '  /blog/ferry → /blog/ferry',
    ])
  })

  it('reads created (Unix seconds) as UTC, to the millisecond', async () => {
    const joost = (await recordsOf('isso', await issoFixture())).find((r) => r.kind === 'comment' && r.sourceId === '2')
    expect(iso(joost.createdAt)).toBe('2014-03-03T10:15:30.250Z')
  })

  it('refuses a file that is not an Isso database', async () => {
    await expect(dryRun('isso', tempFile('x.db', 'not a database at all, just text'))).rejects.toThrow(
      'this is not an Isso database: file is not a database',
    )
    await expect(dryRun('isso', await issoFile('CREATE TABLE posts (id INTEGER);'))).rejects.toThrow(
      'this is not an Isso database: it has no threads and comments tables (posts)',
    )
  })
})

describe('import remark42', () => {
  it('reports threads found from the comments, a deleted one and a missing parent', async () => {
    const { lines } = await dryRun('remark42', fixture('remark42.jsonl'))
    expect(lines.slice(1, 13)).toEqual([
      'threads: 3 found, 2 keys to import',
      '  with no link (not imported, nor their comments): 0',
      '  with a key over 200 characters (not imported): 0',
      '  whose URLs map to the same key (imported as one thread): 2',
      'comments: 4 found; 3 published, 0 pending, 1 deleted, 0 spam',
      '  replies whose parent is missing (imported as top-level comments): 1',
      '  in threads that do not exist (not imported): 0',
      '  in threads with no usable link (not imported): 0',
      '  without an email (they follow nothing): 4',
      '  without a name (shown as anonymous): 1',
      "  cut to Parley's limits: 0 names, 0 bodies; websites left out (no http(s) link, or too long): 0",
      'rows to write (rows already there are left alone): 2 threads, 4 comments',
    ])
  })

  it('reads a gzipped backup as Remark42 writes it, and each time (nanoseconds, offsets) as UTC', async () => {
    const gz = tempFile('backup-ann-20150612.gz', gzipSync(readFileSync(fixture('remark42.jsonl'))))
    const records = await recordsOf('remark42', gz)
    const times = records.filter((r) => r.kind === 'comment').map((r) => iso(r.createdAt))
    expect(times).toEqual([
      '2014-03-03T10:15:30.123Z',
      '2014-03-03T09:00:00.000Z',
      '2015-06-10T22:00:00.000Z',
      '2015-06-12T00:00:00.000Z',
    ])
  })

  it('refuses another kind of file and a broken line, naming the line', async () => {
    await expect(dryRun('remark42', fixture('disqus.xml'))).rejects.toThrow(/^line 1: not JSON/)
    const text = readFileSync(fixture('remark42.jsonl'), 'utf8').split('\n')
    const broken = [...text.slice(0, 3), text[3]!.slice(0, 50), ...text.slice(4)].join('\n')
    await expect(dryRun('remark42', tempFile('b.jsonl', broken))).rejects.toThrow(/^line 4: not JSON/)
  })
})
