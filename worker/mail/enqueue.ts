// Rings the doorbell: puts outbox ids on MAIL_QUEUE. Losing a ring loses no mail, as the rows wait in D1 for the re-drive.
import type { Env, MailJob } from '../env'
import { errorFields, logEvent } from '../log'

/** Cloudflare Queues accepts at most 100 messages per sendBatch call. */
export const QUEUE_BATCH_LIMIT = 100

export async function enqueueMail(queue: Queue<MailJob>, ids: number[]): Promise<void> {
  for (let i = 0; i < ids.length; i += QUEUE_BATCH_LIMIT) {
    await queue.sendBatch(ids.slice(i, i + QUEUE_BATCH_LIMIT).map((outboxId) => ({ body: { outboxId } })))
  }
}

/** For after a request has answered (ctx.waitUntil): a failure is logged, never thrown, and the cron sends the mail later. */
export async function enqueueAfterResponse(env: Env, ids: number[]): Promise<void> {
  if (ids.length === 0) return
  try {
    await enqueueMail(env.MAIL_QUEUE, ids)
  } catch (err) {
    // The cron re-drive picks them up.
    logEvent('error', 'mail_enqueue_failed', { mails: ids.length, ...errorFields(err) })
  }
}
