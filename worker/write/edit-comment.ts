// An author's correction of their own comment, within the edit window. On a site that moderates, a published comment
// goes back to the owner for review (who is told, as for a new comment): nothing the owner has not seen gets published.
// Nor does an edit slip spam past the content checks: a new text that they would hold goes back to the owner too.
import type { Comment, EditCommentRequest } from '../api-types'
import { runBatch } from '../db/batch'
import { storedFromResult, updateCommentBody } from '../db/comments'
import { updateSpamVerdict } from '../db/spam-marks'
import { insertedIds, notifyOwnerChannels } from '../db/outbox'
import { adjustCountIfPublished } from '../db/threads'
import type { Site } from '../domain'
import { ApiError } from '../errors'
import { renderMarkdown } from '../markdown'
import { localVerdict } from '../spam/signals'
import { ownerChannels } from './decide'

export async function editOwnComment(
  db: D1Database,
  site: Site,
  id: number,
  req: EditCommentRequest,
  nowMs: number,
): Promise<{ comment: Comment; outboxIds: number[] }> {
  // The text alone is checked again: the name and website stay as they were scored when the comment was posted.
  const verdict = localVerdict(
    { body: req.body, name: '', website: null, language: site.language, firstComment: false },
    { duplicate: false, learned: [] },
  )
  const held = verdict.score >= site.spamThreshold
  const review = site.moderation !== 'none' || held
  // The count and the owner's mail see the comment before the change: only a published one is uncounted and reported.
  const r = await runBatch(db, {
    count: review ? adjustCountIfPublished(db, id, -1) : null,
    ...notifyOwnerChannels(db, review ? ownerChannels(site) : [], { commentId: id, edit: true }, nowMs),
    edit: updateCommentBody(db, { id, body: req.body, html: renderMarkdown(req.body), review }, nowMs),
    verdict: held ? updateSpamVerdict(db, id, verdict) : null,
  })
  const edited = storedFromResult(r.edit)
  if (!edited) throw new ApiError('not_found', 'This comment no longer exists.')
  return { comment: edited.comment, outboxIds: [r.owner, r.webhook].flatMap(insertedIds) }
}
