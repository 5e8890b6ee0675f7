// /me?token=…: the reader's own page on a site (the link mailed by POST /api/me/link), and the POSTs of its buttons:
// the mode of one follow, leave one, leave all. A GET changes nothing; each POST answers 303 back to the page, which
// then says what happened. The token names the site and the address: every statement is bound to both.
import { Hono } from 'hono'
import { leaveReaderFollows, listReaderComments, listReaderFollows, setReaderDelivery } from '../db/reader'
import { DELIVERIES, isOneOf } from '../domain'
import type { AppEnv } from '../env'
import { ME_DONE } from '../mail/reader-strings'
import { mePage, SHOWN_STATUSES } from '../pages/me'
import { meAsk } from './me-ask'
import { meData } from './me-data'
import { backToPage, followerIdOf, formOf, readerOfLink } from './reader-link'

export const me = new Hono<AppEnv>()

/** Comments per page of the list; older ones are a link away. */
const COMMENTS_PER_PAGE = 20

me.get('/', async (c) => {
  const found = await readerOfLink(c, 'me')
  if (found instanceof Response) return found
  const before = Number(c.req.query('before'))
  const cursor = Number.isSafeInteger(before) && before > 0 ? before : Number.MAX_SAFE_INTEGER
  const db = c.env.DB
  const [follows, comments] = await Promise.all([
    listReaderFollows(db, found.reader),
    listReaderComments(db, found.reader, SHOWN_STATUSES, cursor, COMMENTS_PER_PAGE),
  ])
  const done = c.req.query('done')
  return mePage(c, { ...found, follows, comments, done: isOneOf(ME_DONE, done) ? done : null })
})

me.post('/delivery', async (c) => {
  const found = await readerOfLink(c, 'me')
  if (found instanceof Response) return found
  const form = await formOf(c)
  const followerId = followerIdOf(form)
  const delivery = form.delivery
  const changed =
    followerId !== null &&
    isOneOf(DELIVERIES, delivery) &&
    (await setReaderDelivery(c.env.DB, found.reader, { followerId, delivery }, c.get('now')))
  return c.redirect(backToPage(found.token, changed ? 'mode' : 'gone'), 303)
})

me.post('/leave', async (c) => {
  const found = await readerOfLink(c, 'me')
  if (found instanceof Response) return found
  const followerId = followerIdOf(await formOf(c))
  const left = followerId !== null && (await leaveReaderFollows(c.env.DB, found.reader, followerId, c.get('now'))) > 0
  return c.redirect(backToPage(found.token, left ? 'left' : 'gone'), 303)
})

me.post('/leave-all', async (c) => {
  const found = await readerOfLink(c, 'me')
  if (found instanceof Response) return found
  await leaveReaderFollows(c.env.DB, found.reader, null, c.get('now'))
  return c.redirect(backToPage(found.token, 'left_all'), 303)
})

me.route('/', meData)
me.route('/ask', meAsk)
