// One seeder per table: rows written straight into D1, for the state a test starts from. What the Worker itself
// writes (a comment through the API, a mail through the fan-out) comes from api.ts and queue.ts instead.
import { insertSite, type NewSite } from '../../../worker/db/sites'
import { upsertThread } from '../../../worker/db/threads'
import type { FollowerState } from '../../../worker/domain'
import { newThreadKey, unique, uniqueEmails } from './ids'
import { ORIGIN, testEnv } from './request'

const db = testEnv.DB

/** A site that lists ORIGIN, publishes at once and speaks English unless `overrides` say otherwise; its id. */
export async function seedSite(overrides: Partial<NewSite> = {}): Promise<string> {
  const id = overrides.id ?? unique('site')
  await insertSite(
    db,
    { id, name: 'Test site', allowedOrigins: [ORIGIN], moderation: 'none', language: 'en', ...overrides },
    Date.now(),
  ).run()
  return id
}

/** The site's thread `key`, made as its first comment or follower makes it, with a page's title and URL; its id. */
export async function seedThread(
  site: string,
  key = newThreadKey(),
  { title = 'A thread', url = 'https://blog.example/post' } = {},
): Promise<number> {
  const [, found] = await db.batch<{ id: number }>([
    upsertThread(db, site, key, title, url, Date.now()),
    db.prepare('SELECT id FROM threads WHERE site_id = ? AND key = ?').bind(site, key),
  ])
  return found!.results[0]!.id
}

/** `n` published top-level comments at the end of the thread, counted in it; their ids in order. */
export async function seedComments(threadId: number, n: number): Promise<number[]> {
  const [inserted] = await db.batch<{ id: number }>([
    db
      .prepare(
        `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?1)
         INSERT INTO comments (thread_id, parent_id, name, avatar, body, html, status, created_at)
         SELECT ?2, NULL, 'Reader ' || i, 'abcdef01', 'c' || i, '<p>c' || i || '</p>', 'published', ?3 FROM n
         RETURNING id`,
      )
      .bind(n, threadId, Date.now()),
    db.prepare('UPDATE threads SET comment_count = comment_count + ? WHERE id = ?').bind(n, threadId),
  ])
  return inserted!.results.map((r) => r.id).sort((a, b) => a - b)
}

/** `n` published replies to `parentId`, one after the other; their ids. */
export async function seedReplies(threadId: number, parentId: number, n: number): Promise<number[]> {
  const ids: number[] = []
  for (let i = 0; i < n; i++) {
    const row = await db
      .prepare(
        `INSERT INTO comments (thread_id, parent_id, name, avatar, body, html, status, created_at)
       VALUES (?, ?, 'Replier', 'abcdef01', 'r', '<p>r</p>', 'published', ?) RETURNING id`,
      )
      .bind(threadId, parentId, Date.now())
      .first<{ id: number }>()
    ids.push(row!.id)
  }
  return ids
}

/** Followers of the thread in the given state, as if each had followed (and confirmed, when active); their ids. */
export async function seedFollowers(threadId: number, emails: string[], state: FollowerState = 'active') {
  const { results } = await db
    .prepare(
      `INSERT INTO followers (thread_id, email, email_normalized, state, created_at, updated_at)
       SELECT ?1, value, lower(value), ?2, ?3, ?3 FROM json_each(?4) RETURNING id`,
    )
    .bind(threadId, state, Date.now(), JSON.stringify(emails))
    .all<{ id: number }>()
  return results.map((r) => r.id).sort((a, b) => a - b)
}

/** A new site with one thread that `n` active followers follow. */
export async function seedFollowedThread(n: number) {
  const site = await seedSite()
  const thread = newThreadKey()
  const emails = uniqueEmails(n, 'f')
  await seedFollowers(await seedThread(site, thread), emails)
  return { site, thread, emails }
}

/** A notify mail about the comment in the given state, as the queue would have left it. */
export async function seedOutbox(commentId: number, recipient: string, state: string, attempts: number, error: string) {
  const now = Date.now()
  return (await db
    .prepare(
      `INSERT INTO outbox (kind, dedupe_key, recipient, thread_id, comment_id, state, attempts, next_attempt_at,
         last_error, created_at, updated_at)
       SELECT 'notify', ?1, ?2, thread_id, id, ?3, ?4, ?5, ?6, ?5, ?5 FROM comments WHERE id = ?7 RETURNING id`,
    )
    .bind(`test:${crypto.randomUUID()}`, recipient, state, attempts, now, error, commentId)
    .first<number>('id'))!
}

/** Rate-limit windows with one hit each, opened at the given times. */
export async function seedRateLimits(windows: Record<string, number>) {
  const rows = Object.entries(windows)
  await db
    .prepare(`INSERT INTO rate_limits (key, window_start, hits) VALUES ${rows.map(() => '(?, ?, 1)').join(', ')}`)
    .bind(...rows.flat())
    .run()
}
