// /api/comments: list a thread, post a comment, and edit or delete one's own comment within the edit window.
import { Hono, type Context } from 'hono'
import type { ListResponse, PostCommentResponse } from '../api-types'
import { deleteVisibleComment } from '../db/comments'
import { runBatch } from '../db/batch'
import { adjustCountIfPublished } from '../db/threads'
import { readThreadPage, type PageAsk } from '../db/thread-page'
import type { AppEnv } from '../env'
import { ApiError, invalid } from '../errors'
import type { Input } from '../validate'
import { LIMITS } from '../limits'
import { enqueueAfterResponse } from '../mail/enqueue'
import { useSite, useSiteOfComment } from '../middleware/site-access'
import { isSiteOrigin } from '../site-rules'
import { isOneOf, SORT_ORDERS, type Site } from '../domain'
import { signToken, verifyToken } from '../tokens'
import { pageNumber, pathId, queryInput, requiredText } from '../validate'
import { readJson } from '../json-body'
import { readEdit, readPostComment } from '../write/parse'
import { editOwnComment } from '../write/edit-comment'
import { postComment } from '../write/post-comment'

const EDIT_WINDOW_MS = 15 * 60 * 1000
const PAGE_SIZE = 50
const MAX_PAGE_SIZE = 100

export const comments = new Hono<AppEnv>()

comments.get('/', async (c) => {
  const input = queryInput(c, 'site', 'thread', 'cursor', 'before', 'at', 'order', 'limit')
  const site = await useSite(c, input)
  const key = requiredText(input, 'thread', LIMITS.thread)
  const limit = pageNumber(input.limit, 'limit', 1, MAX_PAGE_SIZE, PAGE_SIZE)
  const body: ListResponse = await readThreadPage(c.env.DB, site.id, key, readPageAsk(input), limit)
  return c.json(body, 200, { 'Cache-Control': 'no-store' })
})

/** The order, and where the page starts: after a cursor, before one, or at a comment (a permalink); at most one. */
function readPageAsk(input: Input): PageAsk {
  // Empty is the default, as parley.js sends it for a reader who never chose.
  const order = input.order || 'oldest'
  if (!isOneOf(SORT_ORDERS, order)) throw invalid('order', 'order must be oldest or newest.')
  const given = (['cursor', 'before', 'at'] as const).filter((name) => input[name] !== undefined && input[name] !== '')
  if (given.length > 1) throw invalid(given[1]!, 'Give at most one of cursor, before and at.')
  const n = (name: string) =>
    given[0] === name ? pageNumber(input[name], name, 1, Number.MAX_SAFE_INTEGER, 0) : undefined
  return { order, after: n('cursor'), before: n('before'), at: n('at') }
}

comments.post('/', async (c) => {
  const input = await readJson(c)
  const site = await useSite(c, input)
  const written = await postComment(
    c,
    site,
    readPostComment(input, site, isSiteOrigin(site.allowedOrigins, c.req.header('origin'))),
  )
  // After the answer: a failed enqueue only delays the mail, as the rows wait in D1 for the cron re-drive.
  c.executionCtx.waitUntil(enqueueAfterResponse(c.env, written.outboxIds))
  const { comment, createdAtMs } = written
  const editableUntil = createdAtMs + EDIT_WINDOW_MS
  const response: PostCommentResponse = {
    comment,
    editToken: await signToken(c.env.SIGNING_KEY, 'edit', { cid: comment.id }, editableUntil),
    editableUntil: new Date(editableUntil).toISOString(),
    follow: written.follow,
    authorToken: written.authorToken,
  }
  return c.json(response, 201)
})

comments.patch('/:id', async (c) => {
  const { id, site } = await authorisedEdit(c, c.req.param('id'))
  const edited = await editOwnComment(c.env.DB, site, id, readEdit(await readJson(c)), c.get('now'))
  c.executionCtx.waitUntil(enqueueAfterResponse(c.env, edited.outboxIds))
  return c.json({ comment: edited.comment })
})

comments.delete('/:id', async (c) => {
  const { id } = await authorisedEdit(c, c.req.param('id'))
  const db = c.env.DB
  // The count is lowered before the status changes, while the statement can still see whether it was published; a
  // comment deleted or marked as spam meanwhile is left as it is, and is gone for its author.
  const r = await runBatch(db, { count: adjustCountIfPublished(db, id, -1), remove: deleteVisibleComment(db, id) })
  if (r.remove.meta.changes === 0) throw new ApiError('not_found', 'This comment no longer exists.')
  return c.body(null, 204)
})

/** The comment an edit token allows: the token must be made for this very comment and its window still open. */
async function authorisedEdit(c: Context<AppEnv>, idParam: string): Promise<{ id: number; site: Site }> {
  const id = pathId(idParam, 'comment')
  // The origin is checked first, so a refusal below also reaches the widget with its CORS grant.
  const site = await useSiteOfComment(c, id)
  const token = c.req.header('authorization')?.match(/^Bearer (.+)$/)?.[1]
  const claims = await verifyToken<{ cid: number }>(c.env.SIGNING_KEY, token, 'edit', c.get('now'))
  if (!claims || claims.cid !== id) {
    throw new ApiError('unauthorized', 'This edit token is not valid for this comment, or the edit window has closed.')
  }
  if (!site) throw new ApiError('not_found', 'This comment no longer exists.')
  return { id, site }
}
