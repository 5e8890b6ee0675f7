// The cron's purges: personal data is kept no longer than it serves. Each has a setting in wrangler.toml (days) with a
// default in the README; each walks a partial index of exactly what it may remove, a bounded number of rows per run.
import type { Env } from '../env'

const DAY_MS = 24 * 60 * 60 * 1000
/** Rows each purge removes per run: the cron runs every minute, so even a large backlog clears within hours. */
const PER_RUN = 500

export const PURGES = ['sentMailBodies', 'ipHashes', 'pendingFollowers', 'spam'] as const
export type Purge = (typeof PURGES)[number]

/** The setting and the default (days) of each purge. */
const SETTINGS: Record<Purge, [name: keyof Env, days: number]> = {
  sentMailBodies: ['RETAIN_SENT_MAIL_DAYS', 30],
  ipHashes: ['RETAIN_IP_HASH_DAYS', 90],
  pendingFollowers: ['PENDING_FOLLOWER_DAYS', 30],
  spam: ['RETAIN_SPAM_DAYS', 90],
}

/** A setting in days: its value when it is a positive number, else the default. */
export function settingDays(env: Env, name: keyof Env, fallback: number): number {
  const days = Number(env[name])
  return Number.isFinite(days) && days > 0 ? days : fallback
}

/** The days a purge keeps its rows. */
export const retentionDays = (env: Env, purge: Purge): number => settingDays(env, ...SETTINGS[purge])

/** Spam nobody answered: a reply keeps its parent, so the thread's tree stays whole. */
const OLD_SPAM = `SELECT id FROM comments c WHERE status = 'spam' AND created_at < ?1
  AND NOT EXISTS (SELECT 1 FROM comments r WHERE r.parent_id = c.id) ORDER BY created_at, id LIMIT ?2`
const OLD_PENDING = `SELECT id FROM followers WHERE state = 'pending' AND updated_at < ?1 ORDER BY updated_at, id LIMIT ?2`

/**
 * Each purge's statements, older than its cutoff; the last statement of each is the one whose changes count. The mails
 * of a follower or a comment that goes lose their link to it first (the outbox's foreign keys), and stay in the log; a
 * queued one is then cancelled by its sender, as about no one.
 */
const SQL: Record<Purge, string[]> = {
  // The text and HTML of a sent mail hold personal links and the comment; its subject, state and times stay in the log.
  sentMailBodies: [
    `UPDATE outbox SET text_body = NULL, html_body = NULL, headers = NULL WHERE id IN (SELECT id FROM outbox
       WHERE html_body IS NOT NULL AND sent_at IS NOT NULL AND sent_at < ?1 ORDER BY sent_at LIMIT ?2)`,
  ],
  ipHashes: [
    `UPDATE comments SET ip_hash = NULL WHERE id IN (SELECT id FROM comments
       WHERE ip_hash IS NOT NULL AND created_at < ?1 ORDER BY created_at LIMIT ?2)`,
  ],
  pendingFollowers: [
    `UPDATE outbox SET follower_id = NULL WHERE follower_id IN (${OLD_PENDING})`,
    `DELETE FROM followers WHERE id IN (${OLD_PENDING})`,
  ],
  spam: [
    `UPDATE outbox SET comment_id = NULL WHERE comment_id IN (${OLD_SPAM})`,
    `DELETE FROM comments WHERE id IN (${OLD_SPAM})`,
  ],
}

/** One batch (one round trip) for every purge; the rows each removed. */
export async function purgeExpired(env: Env, nowMs: number): Promise<Record<Purge, number>> {
  const plan = PURGES.flatMap((purge) =>
    SQL[purge].map((sql, i) => ({
      purge,
      counts: i === SQL[purge].length - 1,
      statement: env.DB.prepare(sql).bind(nowMs - retentionDays(env, purge) * DAY_MS, PER_RUN),
    })),
  )
  const results = await env.DB.batch(plan.map((p) => p.statement))
  const removed = { sentMailBodies: 0, ipHashes: 0, pendingFollowers: 0, spam: 0 }
  plan.forEach((p, i) => {
    if (p.counts) removed[p.purge] = results[i]?.meta.changes ?? 0
  })
  return removed
}
