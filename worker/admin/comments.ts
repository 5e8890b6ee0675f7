// /api/admin/comments: recent and held comments of the admin's sites, and approving, deleting, spam and editing them.
import { Hono, type Context } from 'hono'
import type { AdminComment, Page } from '../admin-types'
import { editComment, moderateComment } from '../moderation/apply'
import { pageParams } from './paging'
import { actorOf, requireSite, sitesOf } from './scope'
import { withActions } from '../moderation/transitions'
import { COMMENT_STATES, MODERATION_ACTIONS } from '../domain'
import { LIMITS } from '../limits'
import { enqueueAfterResponse } from '../mail/enqueue'
import { findAdminComment, listAdminComments } from '../db/comments-admin'
import type { AppEnv } from '../env'
import { ApiError, invalid } from '../errors'
import { optionalOneOf, optionalText, pathId, queryInput, requiredText } from '../validate'
import { readJson } from '../json-body'

export const comments = new Hono<AppEnv>()

comments.get('/', async (c) => {
  const input = queryInput(c, 'site', 'thread', 'state')
  const siteId = optionalText(input, 'site', LIMITS.site)
  const thread = optionalText(input, 'thread', 16)
  const state = optionalOneOf(input, 'state', COMMENT_STATES)
  if (thread !== null && !/^[1-9][0-9]{0,15}$/.test(thread)) throw invalid('thread', 'thread must be a thread id.')
  if (siteId !== null) requireSite(c, siteId, 'site')
  const { beforeId, limit } = pageParams(c)
  const filter = { siteId, threadId: thread === null ? null : Number(thread), status: state, sites: sitesOf(c) }
  const page = await listAdminComments(c.env.DB, filter, beforeId, limit)
  const body: Page<AdminComment> = { ...page, items: page.items.map(withActions) }
  return c.json(body)
})

/** The comment's id, once it is known to be one of the admin's sites. */
async function ownComment(c: Context<AppEnv>): Promise<number> {
  const id = pathId(c.req.param('id') ?? '', 'comment')
  // The owner sees every site: no lookup needed (moderating a missing comment answers 404 by itself).
  if (sitesOf(c) === null) return id
  const comment = await findAdminComment(c.env.DB, id)
  if (!comment) throw new ApiError('not_found', 'No such comment.')
  requireSite(c, comment.thread.siteId, 'comment')
  return id
}

for (const action of MODERATION_ACTIONS) {
  comments.post(`/:id/${action}`, async (c) => {
    const id = await ownComment(c)
    const done = await moderateComment(c.env.DB, id, action, actorOf(c), c.get('now'))
    c.executionCtx.waitUntil(enqueueAfterResponse(c.env, done.outboxIds))
    return c.json({ comment: done.comment })
  })
}

comments.patch('/:id', async (c) => {
  const id = await ownComment(c)
  const body = requiredText(await readJson(c), 'body', LIMITS.body, true)
  const comment = await editComment(c.env.DB, id, body, actorOf(c), c.get('now'))
  return c.json({ comment })
})
