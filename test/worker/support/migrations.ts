// For the migration tests: a database's structure as data (to compare two databases), and a 0.1 database filled the
// way 0.1 wrote its rows.

/** Everything that makes up a schema, per object: columns, CHECKs, foreign keys, index columns and conditions, triggers. */
export async function structureOf(db: D1Database): Promise<unknown[]> {
  const { results } = await db
    .prepare(
      `SELECT type, name, tbl_name, sql FROM sqlite_master
       WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%' AND name <> 'd1_migrations'
       ORDER BY type, name`,
    )
    .all<{ type: string; name: string; tbl_name: string; sql: string }>()
  return Promise.all(
    results.map(async (o) => {
      if (o.type === 'table') {
        const columns = await db
          .prepare('SELECT name, type, "notnull", dflt_value, pk FROM pragma_table_info(?)')
          .bind(o.name)
          .all()
        const keys = await db.prepare('SELECT "table", "from", "to" FROM pragma_foreign_key_list(?)').bind(o.name).all()
        return { table: o.name, columns: columns.results, checks: checks(o.sql), foreignKeys: keys.results }
      }
      if (o.type === 'index') {
        const columns = await db.prepare('SELECT name FROM pragma_index_info(?)').bind(o.name).all()
        const where = normalise(o.sql).match(/ WHERE (.*)$/)?.[1] ?? null
        return { index: o.name, on: o.tbl_name, unique: /^CREATE UNIQUE/i.test(o.sql), columns: columns.results, where }
      }
      return { [o.type]: o.name, on: o.tbl_name, sql: normalise(o.sql) }
    }),
  )
}

const normalise = (sql: string) =>
  sql
    .replace(/--[^\n]*/g, '')
    .replace(/\s+/g, ' ')
    .replace(/ IF NOT EXISTS/gi, '')
    .trim()

/** The text of every CHECK (…) in a CREATE TABLE, parentheses balanced, whitespace folded. */
function checks(sql: string): string[] {
  const text = normalise(sql)
  const found: string[] = []
  for (let at = text.indexOf('CHECK ('); at !== -1; at = text.indexOf('CHECK (', at + 1)) {
    let depth = 0
    let end = at + 'CHECK '.length
    do {
      if (text[end] === '(') depth++
      if (text[end] === ')') depth--
      end++
    } while (depth > 0 && end < text.length)
    found.push(text.slice(at, end))
  }
  return found.sort()
}

/** Rows in every table 0.1 had, written as 0.1 wrote them; returns the counts and the spent token ids. */
export async function fillVersion01(db: D1Database) {
  const now = Date.UTC(2026, 9, 1)
  const spentChallengeId = crypto.randomUUID()
  const spentTokenId = `moderate:${crypto.randomUUID()}`
  await db.batch([
    db
      .prepare(
        `INSERT INTO sites (id, name, allowed_origins, owner_email, notify_owner, moderation, language, created_at)
       VALUES ('old', 'Old blog', '["https://old.example"]', 'me@old.example', 1, 'first_time', 'nl', ?)`,
      )
      .bind(now),
    db
      .prepare(
        "INSERT INTO threads (id, site_id, key, title, url, comment_count, created_at) VALUES (1, 'old', '/a', 'A', NULL, 2, ?)",
      )
      .bind(now),
    db
      .prepare(
        `INSERT INTO comments (id, thread_id, parent_id, name, email, email_normalized, website, avatar, body, html, status, ip_hash, created_at)
       VALUES (1, 1, NULL, 'Ann', 'Ann@x.nl', 'ann@x.nl', NULL, 'abcdef01', 'Hoi', '<p>Hoi</p>', 'published', 'h', ?),
              (2, 1, 1, 'Bob', NULL, NULL, 'https://bob.example/', '12345678', 'Ja', '<p>Ja</p>', 'published', 'h', ?),
              (3, 1, NULL, 'Eve', NULL, NULL, NULL, '0000ffff', 'Spam', '<p>Spam</p>', 'spam', 'h', ?)`,
      )
      .bind(now, now + 1, now + 2),
    db
      .prepare(
        `INSERT INTO followers (id, thread_id, email, email_normalized, state, confirmation_sent_at, created_at, updated_at)
       VALUES (1, 1, 'Ann@x.nl', 'ann@x.nl', 'active', ?, ?, ?), (2, 1, 'c@x.nl', 'c@x.nl', 'pending', ?, ?, ?)`,
      )
      .bind(now, now, now, now, now, now),
    db
      .prepare(
        `INSERT INTO outbox (id, kind, dedupe_key, recipient, thread_id, comment_id, follower_id, state, next_attempt_at, created_at, updated_at)
       VALUES (1, 'notify', 'notify:2:ann@x.nl', 'Ann@x.nl', 1, 2, 1, 'queued', ?, ?, ?)`,
      )
      .bind(now, now, now),
    db
      .prepare("INSERT INTO blocks (kind, value, note, created_by, created_at) VALUES ('ip', 'h', NULL, 'owner', ?)")
      .bind(now),
    db
      .prepare("INSERT INTO admin_actions (actor, action, target, created_at) VALUES ('owner', 'sign_in', 'admin', ?)")
      .bind(now),
    db.prepare('INSERT INTO rate_limits (key, window_start, hits) VALUES (?, ?, 3)').bind('post:h', now),
    db.prepare('INSERT INTO used_challenges (id, expires_at) VALUES (?, ?)').bind(spentChallengeId, now + 600_000),
    db.prepare('INSERT INTO used_tokens (id, expires_at) VALUES (?, ?)').bind(spentTokenId, now + 600_000),
  ])
  const counts = {
    sites: 1,
    threads: 1,
    comments: 3,
    followers: 2,
    outbox: 1,
    blocks: 1,
    admin_actions: 1,
    rate_limits: 1,
  }
  return { counts, spentChallengeId, spentTokenId }
}
