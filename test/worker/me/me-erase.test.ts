// "Erase me" on the reader's own page: one batch that removes their follows and the mail waiting for them, and
// anonymises or deletes their comments as the site's owner chose, with replies, counts and the audit log right.
import { describe, expect, it } from 'vitest'
import type { EraseMode } from '../../../worker/domain'
import { countOf, listComments, postOk } from '../support/api'
import { uniqueEmail } from '../support/ids'
import { askLink, pressButton, readerPath, seedReaderFollows } from '../support/reader'
import { request, testEnv } from '../support/request'
import { commentStatus, outboxRows } from '../support/rows'
import { seedSite } from '../support/seed'

const db = testEnv.DB
const count = (sql: string, ...params: unknown[]) =>
  db
    .prepare(`SELECT count(*) AS n FROM ${sql}`)
    .bind(...params)
    .first<number>('n')
const auditOf = (site: string) =>
  db.prepare("SELECT actor, target, detail FROM admin_actions WHERE site_id = ? AND action = 'erase'").bind(site).all()

/** A reader with two follows, a comment that a neighbour answered, mail waiting for them, and a link asked for. */
async function seedReader(eraseMode: EraseMode) {
  const site = await seedSite({ eraseMode })
  const { email, keys } = await seedReaderFollows(site)
  const own = await postOk(site, keys[0]!, {
    email,
    name: 'Ann Example',
    body: 'My words',
    website: 'https://ann.example',
  })
  const reply = await postOk(site, keys[0]!, { email: uniqueEmail('neighbour'), parentId: own.comment.id, body: 'Yes' })
  await askLink(site, email)
  return { site, email, keys, own: own.comment.id, reply: reply.comment.id }
}

const eraseAt = async (site: string, email: string, fields: Record<string, string> = { confirm: 'yes' }) =>
  pressButton((await readerPath(site, email)).replace('/me?', '/me/erase?'), fields)

describe('POST /me/erase', () => {
  it('anonymises the comments in place, keeps replies and counts, and removes follows, mail and the link', async () => {
    const { site, email, keys, own, reply } = await seedReader('anonymise')
    expect(await outboxRows('recipient = ?', email)).not.toHaveLength(0)
    const res = await eraseAt(site, email)
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toContain('done=erased')
    const { comments } = await listComments(site, keys[0]!)
    expect(comments.map((c) => [c.id, c.parentId, c.name, c.website, c.html])).toEqual([
      [own, null, 'removed', null, '<p><em>removed</em></p>'],
      [reply, own, expect.any(String), null, '<p>Yes</p>'],
    ])
    expect(await countOf(site, keys[0]!)).toBe(2)
    expect(
      await count('comments WHERE id = ? AND (email IS NOT NULL OR ip_hash IS NOT NULL OR body != ?)', own, 'removed'),
    ).toBe(0)
    expect(await count('followers WHERE email_normalized = ?', email)).toBe(0)
    expect(await outboxRows('recipient = ?', email)).toEqual([])
  })

  it('deletes the comments where the owner chose so, and the count follows; the reply stays under it', async () => {
    const { site, email, keys, own, reply } = await seedReader('delete')
    await eraseAt(site, email)
    expect(await commentStatus(own)).toBe('deleted')
    expect(await commentStatus(reply)).toBe('published')
    expect(await count('comments WHERE id = ? AND parent_id = ?', reply, own)).toBe(1)
    expect(await countOf(site, keys[0]!)).toBe(1)
    expect(await count('comments WHERE email_normalized = ?', email)).toBe(0)
    expect(await count('followers WHERE email_normalized = ?', email)).toBe(0)
  })

  it('logs one audit entry without the address, and a second erase changes and logs nothing', async () => {
    const { site, email, keys } = await seedReader('anonymise')
    await eraseAt(site, email)
    const second = await eraseAt(site, email)
    expect(second.status).toBe(303)
    const { results } = await auditOf(site)
    expect(results).toEqual([
      { actor: 'reader', target: `reader of ${site}`, detail: 'anonymise: 1 comments, 2 follows' },
    ])
    expect(JSON.stringify(results)).not.toContain(email.split('@')[0])
    expect(await countOf(site, keys[0]!)).toBe(2)
  })

  it("purges the edge cache, so the thread's next read shows the comment removed", async () => {
    const { site, email, keys } = await seedReader('anonymise')
    const cached = { ...testEnv, CACHE_TTL_SECONDS: '30' }
    const read = async () => {
      const res = await request(`/api/comments?site=${site}&thread=${encodeURIComponent(keys[0]!)}`, { env: cached })
      return [
        res.headers.get('x-parley-cache'),
        ((await res.json()) as { comments: { name: string }[] }).comments[0]?.name,
      ]
    }
    expect(await read()).toEqual(['miss', 'Ann Example'])
    expect((await read())[0]).toBe('hit')
    const path = (await readerPath(site, email)).replace('/me?', '/me/erase?')
    const headers = { 'content-type': 'application/x-www-form-urlencoded' }
    await request(path, { method: 'POST', origin: null, headers, body: 'confirm=yes', redirect: 'manual', env: cached })
    expect(await read()).toEqual(['miss', 'removed'])
  })

  it('erases nothing unless the box is ticked', async () => {
    const { site, email, own } = await seedReader('delete')
    const res = await eraseAt(site, email, {})
    expect(res.headers.get('location')).toContain('done=not_erased')
    expect(await commentStatus(own)).toBe('published')
    expect(await count('followers WHERE email_normalized = ?', email)).toBe(2)
  })
})
