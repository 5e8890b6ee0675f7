// /api/admin/comments: recent and held comments across sites, and the owner's approve, delete, spam and edit.
import { Hono } from 'hono'
import type { AdminComment, Page } from '../admin-types'
import { editComment, moderateComment } from '../moderation/apply'
import { pageParams } from './paging'
import { withActions } from '../moderation/transitions'
import { COMMENT_STATES, MODERATION_ACTIONS } from '../domain'
import { LIMITS } from '../limits'
import { enqueueAfterResponse } from '../mail/enqueue'
import { listAdminComments } from '../db/comments-admin'
import type { AppEnv } from '../env'
import { invalid } from '../errors'
import { optionalOneOf, optionalText, pathId, queryInput, requiredText } from '../validate'
import { readJson } from '../json-body'

export const comments = new Hono<AppEnv>()

comments.get('/', async (c) => {
  const input = queryInput(c, 'site', 'thread', 'state')
  const siteId = optionalText(input, 'site', LIMITS.site)
  const thread = optionalText(input, 'thread', 16)
  const state = optionalOneOf(input, 'state', COMMENT_STATES)
  if (thread !== null && !/^[1-9][0-9]{0,15}$/.test(thread)) throw invalid('thread', 'thread must be a thread id.')
  const { beforeId, limit } = pageParams(c)
  const filter = { siteId, threadId: thread === null ? null : Number(thread), status: state }
  const page = await listAdminComments(c.env.DB, filter, beforeId, limit)
  const body: Page<AdminComment> = { ...page, items: page.items.map(withActions) }
  return c.json(body)
})

for (const action of MODERATION_ACTIONS) {
  comments.post(`/:id/${action}`, async (c) => {
    const id = pathId(c.req.param('id'), 'comment')
    const done = await moderateComment(c.env.DB, id, action, c.get('adminSession').user, c.get('now'))
    c.executionCtx.waitUntil(enqueueAfterResponse(c.env, done.outboxIds))
    return c.json({ comment: done.comment })
  })
}

comments.patch('/:id', async (c) => {
  const id = pathId(c.req.param('id'), 'comment')
  const body = requiredText(await readJson(c), 'body', LIMITS.body, true)
  const comment = await editComment(c.env.DB, id, body, c.get('adminSession').user, c.get('now'))
  return c.json({ comment })
})
