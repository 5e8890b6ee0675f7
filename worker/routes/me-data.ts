// The reader's own data from their page: "download my data" (a JSON attachment of their follows and comments on the
// site) and "erase me" (db/erase.ts, one batch; the comments as the site's owner chose). Both are POSTs of buttons.
import { Hono } from 'hono'
import { countReaderData, eraseReader } from '../db/erase'
import { listReaderComments, listReaderFollows, type ReaderComment } from '../db/reader'
import { COMMENT_STATES } from '../domain'
import type { AppEnv } from '../env'
import { ME_STRINGS } from '../mail/reader-strings'
import { backToPage, formOf, readerOfLink } from './reader-link'

export const meData = new Hono<AppEnv>()

const EXPORT_PAGE = 500

meData.post('/export', async (c) => {
  const found = await readerOfLink(c, 'me')
  if (found instanceof Response) return found
  const { reader, site } = found
  const db = c.env.DB
  const comments: ReaderComment[] = []
  for (let cursor: number | null = Number.MAX_SAFE_INTEGER; cursor !== null;) {
    const page = await listReaderComments(db, reader, COMMENT_STATES, cursor, EXPORT_PAGE)
    comments.push(...page.items)
    cursor = page.nextCursor === null ? null : Number(page.nextCursor)
  }
  const follows = await listReaderFollows(db, reader)
  const data = {
    site: { id: site.id, name: site.name },
    email: reader.email,
    exportedAt: new Date(c.get('now')).toISOString(),
    follows,
    comments,
  }
  return c.body(JSON.stringify(data, null, 2), 200, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Disposition': `attachment; filename="parley-${site.id}.json"`,
    'Cache-Control': 'no-store',
  })
})

// A second erase (the page reloaded, a second tab) finds nothing, writes nothing and logs nothing.
meData.post('/erase', async (c) => {
  const found = await readerOfLink(c, 'me')
  if (found instanceof Response) return found
  const { reader, site, token } = found
  if ((await formOf(c)).confirm !== 'yes') return c.redirect(backToPage(token, 'not_erased'), 303)
  const counts = await countReaderData(c.env.DB, reader)
  if (counts.comments + counts.follows > 0) {
    const removed = ME_STRINGS[site.language].removed
    await eraseReader(c.env.DB, reader, { mode: site.eraseMode, removed, counts }, c.get('now'))
  }
  return c.redirect(backToPage(token, 'erased'), 303)
})
