// `npm run import -- disqus`: the report of a hand-made export holding every case the issue lists, and bad files
// refused at the line where they break, before anything is written.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { dryRun, fixture, recordsOf, tempFile } from './import-support'

const FIXTURE = fixture('disqus.xml')

describe('import disqus', () => {
  it('reports threads, states, missing parents and threads, authors, cuts and keys', async () => {
    const { lines } = await dryRun('disqus', FIXTURE)
    expect(lines).toEqual([
      'disqus FILE → site "blog" (dry run: nothing written)',
      'threads: 4 found, 2 keys to import',
      '  with no link (not imported, nor their comments): 1',
      '  with a key over 200 characters (not imported): 0',
      '  whose URLs map to the same key (imported as one thread): 2',
      'comments: 8 found; 4 published, 0 pending, 1 deleted, 1 spam',
      '  replies whose parent is missing (imported as top-level comments): 1',
      '  in threads that do not exist (not imported): 1',
      '  in threads with no usable link (not imported): 1',
      '  without an email (they follow nothing): 2',
      '  without a name (shown as anonymous): 1',
      "  cut to Parley's limits: 1 names, 0 bodies; websites left out (no http(s) link, or too long): 0",
      'rows to write (rows already there are left alone): 2 threads, 6 comments',
      'same key /blog/canals/:',
      '  https://www.ann.example/blog/canals/',
      '  http://ann.example/blog/canals/?utm_source=feed#disqus_thread',
      'no link: thread 103 (line 36) "A thread Disqus lost the link of"',
      'keys (link → key → after --map):',
      '  https://www.ann.example/blog/canals/ → /blog/canals/',
      '  http://ann.example/blog/canals/?utm_source=feed#disqus_thread → /blog/canals/',
      '  https://ann.example/blog/ferry → /blog/ferry',
    ])
  })

  it('shows each key before and after --map and --trailing-slash', async () => {
    const { lines } = await dryRun('disqus', FIXTURE, { map: ['/blog/=/posts/'], trailingSlash: 'add' })
    expect(lines.slice(-3)).toEqual([
      '  https://www.ann.example/blog/canals/ → /blog/canals/ → /posts/canals/',
      '  http://ann.example/blog/canals/?utm_source=feed#disqus_thread → /blog/canals/ → /posts/canals/',
      '  https://ann.example/blog/ferry → /blog/ferry → /posts/ferry/',
    ])
  })

  it('reads each date as UTC from the post itself', async () => {
    const joost = (await recordsOf('disqus', FIXTURE)).find((r) => r.sourceId === '1002')
    expect(new Date(joost.createdAt).toISOString()).toBe('2014-03-03T10:15:30.000Z')
  })

  it('names the anonymous in the site language, and cuts a huge body to 5,000 characters', async () => {
    const huge = readFileSync(FIXTURE, 'utf8').replace('Removed by its author.', 'ha'.repeat(4000))
    const { lines, sql } = await dryRun('disqus', tempFile('huge.xml', huge), { language: 'nl' })
    expect(lines).toContain(
      "  cut to Parley's limits: 1 names, 1 bodies; websites left out (no http(s) link, or too long): 0",
    )
    expect(sql).toContain("'Anoniem'")
    expect(sql).toContain(`'${'ha'.repeat(2500)}'`)
  })

  it('refuses a malformed file at the line where it breaks', async () => {
    const broken = readFileSync(FIXTURE, 'utf8').replace('<title>The ferry</title>', '<title>The ferry</titel>')
    await expect(dryRun('disqus', tempFile('broken.xml', broken))).rejects.toThrow(
      /^line 33: the file is not well-formed XML \(unexpected close tag\.\)/,
    )
  })

  it('refuses a truncated file, saying where it ends', async () => {
    const text = readFileSync(FIXTURE, 'utf8')
    const cut = text.slice(0, text.indexOf('<post dsq:id="1004">'))
    await expect(dryRun('disqus', tempFile('cut.xml', cut))).rejects.toThrow(/^line 73: the file is not well-formed/)
  })

  it('refuses another format, and a file that is no XML', async () => {
    const wxr = '<?xml version="1.0"?>\n<rss version="2.0"><channel></channel></rss>'
    await expect(dryRun('disqus', tempFile('wxr.xml', wxr))).rejects.toThrow(
      'line 2: this is not a Disqus export file (it starts with <rss>, not <disqus>)',
    )
    await expect(dryRun('disqus', tempFile('x.json', '{"a": 1}\n'))).rejects.toThrow(
      /^line 2: the file is not well-formed XML \(text data outside of root node\.\)/,
    )
  })
})
