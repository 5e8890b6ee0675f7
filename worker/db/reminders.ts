// The one reminder a follower who has not confirmed gets, a week (PENDING_REMINDER_DAYS) after asking: written by the
// cron as a confirmation mail whose dedupe key names the follower, so no follower ever gets a second one.
import type { Env } from '../env'
import { insertedIds } from './outbox'
import { settingDays } from './retention'

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * Followers pending for the reminder age, within one day's window, so each run reads only those whose day has just
 * come (the cron runs every minute; one down for a whole day skips a day's reminders). Returns the new outbox ids.
 */
export async function queueReminders(env: Env, nowMs: number): Promise<number[]> {
  const due = nowMs - settingDays(env, 'PENDING_REMINDER_DAYS', 7) * DAY_MS
  const result = await env.DB.prepare(
    `INSERT INTO outbox (kind, dedupe_key, recipient, thread_id, follower_id, next_attempt_at, created_at, updated_at)
     SELECT 'confirm', 'reminder:' || id, email, thread_id, id, ?1, ?1, ?1 FROM followers
     WHERE state = 'pending' AND updated_at <= ?2 AND updated_at > ?2 - ${DAY_MS}
     ON CONFLICT (dedupe_key) DO NOTHING
     RETURNING id`,
  )
    .bind(nowMs, due)
    .run()
  return insertedIds(result)
}
