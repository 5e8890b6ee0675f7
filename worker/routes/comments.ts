// /api/comments: list a thread, post a comment, and edit or delete one's own comment within the edit window.
import { Hono, type Context } from 'hono'
import type { CommentStatus, ListResponse, PostCommentResponse } from '../api-types'
import { isBlocked } from '../db/blocks'
import {
  commentFromResult,
  deleteVisibleComment,
  findComment,
  hasPublishedOnSite,
  insertComment,
  listPublishedStatement,
  pageFromResult,
  updateCommentBody,
} from '../db/comments'
import type { Site } from '../db/sites'
import {
  adjustCountIfPublished,
  countInsertedComment,
  findThread,
  findThreadStatement,
  threadFromResult,
} from '../db/threads'
import { normaliseEmail } from '../email-address'
import type { AppEnv } from '../env'
import { ApiError, invalid } from '../errors'
import { passGuards, readThreadTarget, writeWithChallenge } from '../guarded-write'
import { enqueueAfterResponse } from '../mail/enqueue'
import { commentStatements } from '../mail/statements'
import { renderMarkdown } from '../markdown'
import { useSite, useSiteOfComment } from '../site-access'
import { keyedHash, signToken, verifyToken } from '../tokens'
import {
  optionalBoolean,
  optionalEmail,
  optionalHttpUrl,
  optionalId,
  optionalText,
  pageNumber,
  queryInput,
  readJson,
  requiredText,
} from '../validate'

const EDIT_WINDOW_MS = 15 * 60 * 1000
const PAGE_SIZE = 50
const MAX_PAGE_SIZE = 100

export const comments = new Hono<AppEnv>()

comments.get('/', async (c) => {
  const input = queryInput(c, 'site', 'thread', 'cursor', 'limit')
  const site = await useSite(c, input)
  const key = requiredText(input, 'thread', 200)
  const afterId = pageNumber(input.cursor, 'cursor', 0, Number.MAX_SAFE_INTEGER, 0)
  const limit = pageNumber(input.limit, 'limit', 1, MAX_PAGE_SIZE, PAGE_SIZE)
  const db = c.env.DB
  // The thread and its page in one round trip: the page finds the thread by its key, so it need not wait for the id.
  const [threadResult, pageResult] = await db.batch([
    findThreadStatement(db, site.id, key),
    listPublishedStatement(db, site.id, key, afterId, limit),
  ])
  const thread = threadFromResult(threadResult!)
  const body: ListResponse = thread
    ? {
        thread: { key, title: thread.title, url: thread.url, commentCount: thread.commentCount },
        ...pageFromResult(pageResult!, limit),
      }
    : { thread: { key, title: '', url: null, commentCount: 0 }, comments: [], nextCursor: null }
  return c.json(body, 200, { 'Cache-Control': 'no-store' })
})

comments.post('/', async (c) => {
  const now = Date.now()
  const db = c.env.DB
  const input = await readJson(c)
  const site = await useSite(c, input)
  const target = readThreadTarget(input, site)
  const parentId = optionalId(input, 'parentId')
  const name = requiredText(input, 'name', 80)
  const email = optionalEmail(input, 'email')
  const website = optionalHttpUrl(input, 'website', 300)
  const body = requiredText(input, 'body', 5000, true)
  const follow = optionalBoolean(input, 'follow')
  if (follow && email === null) throw invalid('email', 'An email address is needed to follow this discussion.')
  // The honeypot is hidden from people; only form-filling bots put something in it.
  if (optionalText(input, 'hp', 500) !== null)
    throw new ApiError('bad_request', 'This comment looks automated and was not saved.')

  const guarded = await passGuards(c, 'post', site, input, now)
  const { ipHash } = guarded
  const { threadKey } = target

  const thread = await findThread(db, site.id, threadKey)
  if (thread?.locked) throw new ApiError('conflict', 'This discussion is closed for new comments.')
  if (parentId !== null) {
    const parent = await findComment(db, parentId)
    if (!parent || parent.threadId !== thread?.id || parent.status !== 'published') {
      throw invalid('parentId', 'The comment you reply to is not in this thread.')
    }
  }
  const emailNormalized = email === null ? null : normaliseEmail(email)
  // A blocked address or IP is not told so: the comment is kept as spam, where the owner sees it, and answered as
  // awaiting approval; no follow is started and no mail goes out for it.
  const blocked = await isBlocked(db, emailNormalized, ipHash)
  const status = blocked ? 'spam' : await initialStatus(db, site, emailNormalized)
  const avatar = (await keyedHash(c.env.SIGNING_KEY, `avatar:${emailNormalized ?? name.toLowerCase()}`)).slice(0, 8)

  const followTarget =
    follow && !blocked && email !== null && emailNormalized !== null
      ? { siteId: site.id, threadKey, email, emailNormalized }
      : null
  const mail = commentStatements(db, site, followTarget, now)
  // Every mail the comment causes (confirmation, followers' notifications, the owner's) is in the outbox with it.
  const [inserted, , ...mailResults] = await writeWithChallenge(
    db,
    guarded,
    site,
    target,
    [
      insertComment(
        db,
        {
          siteId: site.id,
          threadKey,
          parentId,
          name,
          email,
          emailNormalized,
          website,
          avatar,
          body,
          html: renderMarkdown(body),
          status,
          ipHash,
        },
        now,
      ),
      countInsertedComment(db),
      ...mail.statements,
    ],
    now,
  )
  const { comment, createdAtMs } = commentFromResult(inserted!)
  const written = mail.read(mailResults)
  // After the answer: a failed enqueue only delays the mail, as the rows wait in D1 for the cron re-drive.
  c.executionCtx.waitUntil(enqueueAfterResponse(c.env, written.outboxIds))
  const editableUntil = createdAtMs + EDIT_WINDOW_MS
  const response: PostCommentResponse = {
    comment,
    editToken: await signToken(c.env.SIGNING_KEY, 'edit', { cid: comment.id }, editableUntil),
    editableUntil: new Date(editableUntil).toISOString(),
    follow: written.follow,
  }
  return c.json(response, 201)
})

comments.patch('/:id', async (c) => {
  const id = await authorisedEdit(c, c.req.param('id'))
  const input = await readJson(c)
  const body = requiredText(input, 'body', 5000, true)
  const comment = await updateCommentBody(c.env.DB, id, body, renderMarkdown(body), Date.now())
  if (!comment) throw new ApiError('not_found', 'This comment no longer exists.')
  return c.json({ comment })
})

comments.delete('/:id', async (c) => {
  const id = await authorisedEdit(c, c.req.param('id'))
  const db = c.env.DB
  const existing = await findComment(db, id)
  if (!existing || existing.status === 'deleted' || existing.status === 'spam')
    throw new ApiError('not_found', 'This comment no longer exists.')
  // The count is lowered before the status changes, while the statement can still see whether it was published.
  await db.batch([adjustCountIfPublished(db, id, -1), deleteVisibleComment(db, id)])
  return c.body(null, 204)
})

/** The comment id an edit token allows: the token must be made for this very comment and its window still open. */
async function authorisedEdit(c: Context<AppEnv>, idParam: string): Promise<number> {
  const id = Number(idParam)
  if (!/^[1-9][0-9]{0,15}$/.test(idParam)) throw new ApiError('not_found', 'No such comment.')
  // The origin is checked first, so a refusal below also reaches the widget with its CORS grant.
  await useSiteOfComment(c, id)
  const token = c.req.header('authorization')?.match(/^Bearer (.+)$/)?.[1]
  const claims = await verifyToken<{ cid: number }>(c.env.SIGNING_KEY, token, 'edit', Date.now())
  if (!claims || claims.cid !== id) {
    throw new ApiError('unauthorized', 'This edit token is not valid for this comment, or the edit window has closed.')
  }
  return id
}

async function initialStatus(db: D1Database, site: Site, emailNormalized: string | null): Promise<CommentStatus> {
  if (site.moderation === 'none') return 'published'
  if (site.moderation === 'all' || emailNormalized === null) return 'pending'
  return (await hasPublishedOnSite(db, site.id, emailNormalized)) ? 'published' : 'pending'
}
