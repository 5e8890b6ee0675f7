// The cron (every 5 minutes): re-drive mail that should have gone out by now, and sweep expired token ids and rate limits.
import { listOverdueOutbox } from './db/outbox-delivery'
import { deleteStaleRateLimits } from './db/rate-limits'
import { deleteExpiredTokens } from './db/spent-tokens'
import type { Env } from './env'
import { enqueueMail } from './mail/enqueue'

/** A row due for longer than this lost its queue message (or its sender): a queue delivers within seconds. */
export const REDRIVE_AFTER_MS = 5 * 60 * 1000
/** Enough for any realistic backlog per run; the rest follows five minutes later. */
const REDRIVE_LIMIT = 5000

export async function runCron(env: Env, nowMs: number): Promise<void> {
  const tasks = await Promise.allSettled([
    redriveMail(env, nowMs),
    deleteStaleRateLimits(env.DB, nowMs).run(),
    deleteExpiredTokens(env.DB, nowMs).run(),
  ])
  const failures = tasks.flatMap((task) => (task.status === 'rejected' ? [task.reason] : []))
  for (const reason of failures) console.error('[parley] cron task failed', reason)
  // Thrown after every task had its turn, so the run shows as failed in Cloudflare's cron log.
  if (failures.length > 0) throw new AggregateError(failures, 'cron tasks failed')
}

/** Re-enqueues overdue rows; a copy of a message still in the queue is harmless, as the sender's claim admits one. */
async function redriveMail(env: Env, nowMs: number): Promise<void> {
  const ids = await listOverdueOutbox(env.DB, nowMs - REDRIVE_AFTER_MS, REDRIVE_LIMIT)
  await enqueueMail(env.MAIL_QUEUE, ids)
  if (ids.length > 0) console.log(`[parley] re-drove ${ids.length} mails`)
}
