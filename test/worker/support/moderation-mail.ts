// The owner's mail about a held comment, and the moderation links it carries, for the tests of /moderate.
import type { SentMail } from '../../../worker/dev-mail-types'
import { postForm, postOk } from './api'
import { newThreadKey, uniqueEmail } from './ids'
import { waitForMail } from './mailbox'
import { mailOf, planOf } from './mail-plan'
import { testEnv } from './request'
import { seedSite } from './seed'

export type Mail = Pick<SentMail, 'subject' | 'text' | 'html'>

/**
 * A held comment on a site that mails its owner, and the owner's mail about it: by default rendered here, as the
 * queue consumer renders it (waiting for the local queue costs seconds per mail); `delivered` waits for the real one.
 */
export async function heldWithMail(
  language: 'en' | 'nl' = 'en',
  delivered = false,
  body = 'Please approve me',
): Promise<{ id: number; mail: Mail }> {
  const owner = uniqueEmail('owner')
  const site = await seedSite({ moderation: 'all', notifyOwner: true, ownerEmail: owner, language })
  const { comment } = await postOk(site, newThreadKey(), { name: 'Ann', body, threadTitle: 'Tea' })
  if (delivered) return { id: comment.id, mail: await waitForMail(owner, /^\[Awaiting moderation\]/) }
  const outboxId = await testEnv.DB.prepare("SELECT id FROM outbox WHERE kind = 'owner' AND comment_id = ?")
    .bind(comment.id)
    .first<number>('id')
  return { id: comment.id, mail: mailOf(await planOf(outboxId!)) }
}

/** The path and query of the mail's link for this comment and action. */
export function moderationPath(mail: Mail, id: number, action: string): string {
  const url = mail.text.match(new RegExp(`https?://\\S+/moderate/${id}/${action}\\?token=[\\w.-]+`))?.[0]
  if (!url) throw new Error(`no ${action} link in: ${mail.text}`)
  const { pathname, search } = new URL(url)
  return pathname + search
}

/** The button on the link's page, pressed (at `at`, or now). */
export const confirmModeration = (path: string, at?: number) => postForm(path, 'confirm=approve', { at })
