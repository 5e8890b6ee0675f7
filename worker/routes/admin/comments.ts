// /api/admin/comments: recent and held comments across sites, and the owner's approve, delete, spam and edit.
import { Hono } from 'hono'
import type { AdminComment, Page, StoredStatus } from '../../admin-types'
import { editComment, moderateComment } from '../../admin/moderation'
import { pageParams } from '../../admin/paging'
import { MODERATION_ACTIONS } from '../../admin/transitions'
import { listAdminComments } from '../../db/comments-admin'
import type { AppEnv } from '../../env'
import { invalid } from '../../errors'
import { optionalText, pathId, queryInput, readJson, requiredText } from '../../validate'

const STATES: readonly StoredStatus[] = ['published', 'pending', 'deleted', 'spam']

export const comments = new Hono<AppEnv>()

comments.get('/', async (c) => {
  const input = queryInput(c, 'site', 'thread', 'state')
  const siteId = optionalText(input, 'site', 64)
  const thread = optionalText(input, 'thread', 16)
  const state = optionalText(input, 'state', 16)
  if (thread !== null && !/^[1-9][0-9]{0,15}$/.test(thread)) throw invalid('thread', 'thread must be a thread id.')
  if (state !== null && !STATES.includes(state as StoredStatus))
    throw invalid('state', `state must be one of ${STATES.join(', ')}.`)
  const { beforeId, limit } = pageParams(c)
  const filter = { siteId, threadId: thread === null ? null : Number(thread), status: state as StoredStatus | null }
  const body: Page<AdminComment> = await listAdminComments(c.env.DB, filter, beforeId, limit)
  return c.json(body)
})

for (const action of MODERATION_ACTIONS) {
  comments.post(`/:id/${action}`, async (c) => {
    const id = pathId(c.req.param('id'), 'comment')
    const comment = await moderateComment(c.env, id, action, c.get('adminSession').user, Date.now())
    return c.json({ comment })
  })
}

comments.patch('/:id', async (c) => {
  const id = pathId(c.req.param('id'), 'comment')
  const body = requiredText(await readJson(c), 'body', 5000, true)
  const comment = await editComment(c.env, id, body, c.get('adminSession').user, Date.now())
  return c.json({ comment })
})
