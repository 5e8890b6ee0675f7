// The cron (every minute): re-drive mail that should have gone out by now (a lapsed lease among it), sweep expired
// token ids and rate limits, and purge what is kept no longer (db/retention.ts).
import { listOverdueOutbox } from './db/outbox-delivery'
import { deleteStaleRateLimits } from './db/rate-limits'
import { writeDueDigests } from './db/digests'
import { queueReminders } from './db/reminders'
import { purgeExpired } from './db/retention'
import { deleteExpiredTokens } from './db/spent-tokens'
import type { Env } from './env'
import { errorFields, logEvent } from './log'
import { enqueueMail } from './mail/enqueue'

/**
 * A row due for longer than this lost its queue message, or its sender's lease lapsed (mail/lease.ts): a queue delivers
 * within seconds. With a 45-second lease and a run every minute, a sender's crash delays its mail by two minutes at most.
 * A copy of a message still on its way is harmless: the sender's claim admits one.
 */
export const REDRIVE_AFTER_MS = 15_000
/** Enough for any realistic backlog per run; the rest follows a minute later. */
const REDRIVE_LIMIT = 5000

const TASKS = ['redrive_mail', 'sweep_rate_limits', 'sweep_tokens', 'purge', 'remind_pending', 'digests'] as const

export async function runCron(env: Env, nowMs: number): Promise<void> {
  const started = Date.now()
  const tasks = await Promise.allSettled([
    redriveMail(env, nowMs),
    deleteStaleRateLimits(env.DB, nowMs).run(),
    deleteExpiredTokens(env.DB, nowMs).run(),
    purgeExpired(env, nowMs),
    queueAndRing(env, queueReminders(env, nowMs)),
    queueAndRing(env, writeDueDigests(env.DB, nowMs)),
  ])
  const failures = tasks.flatMap((task, i) => (task.status === 'rejected' ? [[TASKS[i]!, task.reason] as const] : []))
  const [redrive, rateLimits, tokens, purged, reminders, digests] = tasks.map((task) =>
    task.status === 'fulfilled' ? task.value : null,
  )
  // One line per run: what it did, and which tasks failed with what (redacted).
  logEvent(failures.length > 0 ? 'error' : 'info', 'cron_run', {
    ok: failures.length === 0,
    redrivenMails: typeof redrive === 'number' ? redrive : null,
    sweptRateLimits: changes(rateLimits),
    sweptTokens: changes(tokens),
    purged: purged && typeof purged === 'object' ? Object.entries(purged).map(([what, n]) => `${what}=${n}`) : null,
    remindedFollowers: typeof reminders === 'number' ? reminders : null,
    digests: typeof digests === 'number' ? digests : null,
    failedTasks: failures.map(([name]) => name),
    errors: failures.map(([name, reason]) => `${name}: ${errorFields(reason).detail}`),
    ms: Date.now() - started,
  })
  // Thrown after every task had its turn, so the run shows as failed in Cloudflare's cron log.
  if (failures.length > 0)
    throw new AggregateError(
      failures.map(([, reason]) => reason),
      'cron tasks failed',
    )
}

const changes = (result: unknown): number | null =>
  typeof result === 'object' && result !== null && 'meta' in result ? (result as D1Result).meta.changes : null

/** Re-enqueues overdue rows; a copy of a message still in the queue is harmless, as the sender's claim admits one. */
async function redriveMail(env: Env, nowMs: number): Promise<number> {
  const ids = await listOverdueOutbox(env.DB, nowMs - REDRIVE_AFTER_MS, REDRIVE_LIMIT)
  await enqueueMail(env.MAIL_QUEUE, ids)
  return ids.length
}

/** Rings for mails the cron just wrote (reminders, digests), so they go out now rather than at the next re-drive. */
async function queueAndRing(env: Env, written: Promise<number[]>): Promise<number> {
  const ids = await written
  await enqueueMail(env.MAIL_QUEUE, ids)
  return ids.length
}
