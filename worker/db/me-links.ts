// outbox rows of kind 'me_link': a reader's link to their own page. It belongs to no thread (the row names its site),
// is rendered when it is written (the request has the site and the token), and exists only for a known address.
import type { RenderedMail } from './outbox-delivery'
import type { Reader } from './reader'

const HOUR_MS = 60 * 60 * 1000
/** Links per address per site per hour: enough for a lost mail or two, too few to flood anyone's inbox. */
export const ME_LINKS_PER_HOUR = 3

/** The dedupe keys of the reader's links on the site, as a range of the outbox's unique index: from < key < to. */
export function meLinkKeys(r: Reader, hourStart?: number): { from: string; to: string } {
  const prefix = `me_link:${r.siteId}:${r.email}:${hourStart === undefined ? '' : `${hourStart}:`}`
  return { from: prefix, to: `${prefix}\u{10FFFF}` }
}

/**
 * The link's row, if the address follows or wrote anything on the site and has had fewer than ME_LINKS_PER_HOUR this
 * hour: the key's last part is the count so far, so a fourth request (or a race of two) writes nothing. The request
 * answers the same either way; RETURNING gives the new id.
 */
export function insertMeLink(
  db: D1Database,
  link: { reader: Reader; recipient: string; mail: RenderedMail },
  nowMs: number,
): D1PreparedStatement {
  const { reader, mail } = link
  const keys = meLinkKeys(reader, nowMs - (nowMs % HOUR_MS))
  const sent = 'SELECT count(*) FROM outbox WHERE dedupe_key > ?1 AND dedupe_key < ?2'
  return db
    .prepare(
      `INSERT INTO outbox (kind, dedupe_key, recipient, site_id, subject, text_body, html_body, headers,
         next_attempt_at, created_at, updated_at)
       SELECT 'me_link', ?1 || (${sent}), ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9, ?9
       WHERE (${sent}) < ${ME_LINKS_PER_HOUR}
         AND (EXISTS (SELECT 1 FROM followers f JOIN threads t ON t.id = f.thread_id
                      WHERE f.email_normalized = ?10 AND t.site_id = ?4)
           OR EXISTS (SELECT 1 FROM comments c JOIN threads t ON t.id = c.thread_id
                      WHERE c.email_normalized = ?10 AND t.site_id = ?4))
       ON CONFLICT (dedupe_key) DO NOTHING
       RETURNING id`,
    )
    .bind(
      keys.from,
      keys.to,
      link.recipient,
      reader.siteId,
      mail.subject,
      mail.text,
      mail.html,
      JSON.stringify(mail.headers),
      nowMs,
      reader.email,
    )
}
