// The hostile corpus (test/corpus/hostile.json) as comment bodies in a file of every format: whatever the old system
// let through, nothing that runs comes out of any importer.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import corpus from '../corpus/hostile.json'
import { inertHtml } from '../corpus/inert-html'
import { commentRow } from '../../scripts/import/rows.mjs'
import { newTally } from '../../scripts/import/plan.mjs'
import { fixture, issoFile, recordsOf, tempFile } from './import-support'

const STRINGS = [...corpus.strings, String.fromCharCode(0xd83d)]
// XML cannot hold these at all (a real export never has them): they are left out of the XML files only.
const xmlText = (s: string) =>
  s
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')

const disqus = () =>
  `<?xml version="1.0"?>\n<disqus xmlns:dsq="x"><thread dsq:id="t"><link>https://a.example/p</link></thread>\n` +
  STRINGS.map(
    (s, i) =>
      `<post dsq:id="${i}"><message>${xmlText(s)}</message><createdAt>2020-01-01T00:00:00Z</createdAt>` +
      `<author><name>${xmlText(s)}</name></author><thread dsq:id="t"/></post>\n`,
  ).join('') +
  '</disqus>\n'

const wxr = () =>
  `<?xml version="1.0"?>\n<rss xmlns:wp="x"><channel><item><link>https://a.example/p</link><wp:post_id>1</wp:post_id>\n` +
  STRINGS.map(
    (s, i) =>
      `<wp:comment><wp:comment_id>${i}</wp:comment_id><wp:comment_content>${xmlText(s)}</wp:comment_content>` +
      `<wp:comment_approved>1</wp:comment_approved><wp:comment_date_gmt>2020-01-01 00:00:00</wp:comment_date_gmt></wp:comment>\n`,
  ).join('') +
  '</item></channel></rss>\n'

const remark42 = () =>
  [
    '{"version":1}',
    ...STRINGS.map((s, i) =>
      JSON.stringify({
        id: `c${i}`,
        text: s,
        user: { name: s },
        locator: { url: 'https://a.example/p' },
        time: '2020-01-01T00:00:00Z',
      }),
    ),
  ].join('\n')

const parley = () =>
  JSON.stringify({
    parley: 1,
    threads: [{ id: 1, key: '/p', title: 't', url: null, createdAt: '2020-01-01T00:00:00Z' }],
    comments: STRINGS.map((s, i) => ({
      id: i + 1,
      threadId: 1,
      parentId: null,
      name: s,
      body: s,
      status: 'published',
      createdAt: '2020-01-01T00:00:00Z',
    })),
  })

async function isso() {
  const { DatabaseSync } = await import('node:sqlite')
  const schema = readFileSync(fixture('isso.sql'), 'utf8').split('INSERT')[0]!
  const path = await issoFile(`${schema}; INSERT INTO threads VALUES (1, '/p', 't');`)
  const db = new DatabaseSync(path)
  const insert = db.prepare(
    `INSERT INTO comments (tid, id, created, mode, text, author, voters) VALUES (1, ?, 1577836800, 1, ?, ?, X'')`,
  )
  STRINGS.forEach((s, i) => insert.run(i + 1, s, s))
  db.close()
  return path
}

const FILES: Record<string, () => string | Promise<string>> = {
  disqus: () => tempFile('d.xml', disqus()),
  wxr: () => tempFile('w.xml', wxr()),
  remark42: () => tempFile('r.jsonl', remark42()),
  parley: () => tempFile('p.json', parley()),
  isso,
}

describe.each(Object.keys(FILES))('import %s', (format) => {
  it('turns every string of the hostile corpus into inert HTML', async () => {
    const records = (await recordsOf(format, await FILES[format]!())).filter((r) => r.kind === 'comment')
    expect(records).toHaveLength(STRINGS.length)
    const ctx = { siteId: 'blog', source: format, language: 'en' }
    const html = records.map((r) => commentRow(r, ctx, newTally()).html)
    expect(html.filter((h) => !inertHtml(h))).toEqual([])
  })
})
