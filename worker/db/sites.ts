// sites table: the sites that embed Parley, with their allowed origins and settings.
import type { Language, Moderation, Site } from '../admin-types'
import { ALT_GATE_MODERATION_DEFAULT, SPAM_THRESHOLD_DEFAULT } from '../domain'
import { toSite, type SiteRow } from '../export-format'

export type { Language, Moderation, Site }

const COLUMN_NAMES = [
  'id',
  'name',
  'allowed_origins',
  'owner_email',
  'notify_owner',
  'moderation',
  'alt_gate_moderation',
  'language',
  'gate',
  'spam_threshold',
  'webhook_url',
  'webhook_format',
  'webhook_secret',
  'erase_mode',
]
const COLUMNS = COLUMN_NAMES.join(', ')

export async function findSite(db: D1Database, id: string): Promise<Site | null> {
  const row = await db.prepare(`SELECT ${COLUMNS} FROM sites WHERE id = ?`).bind(id).first<SiteRow>()
  return row && toSite(row)
}

/** The site a comment belongs to, for requests that name a comment rather than a site (an author's edit or delete). */
export async function findSiteOfComment(db: D1Database, commentId: number): Promise<Site | null> {
  const row = await db
    .prepare(
      `SELECT ${COLUMN_NAMES.map((name) => `s.${name}`).join(', ')}
       FROM comments c JOIN threads t ON t.id = c.thread_id JOIN sites s ON s.id = t.site_id WHERE c.id = ?`,
    )
    .bind(commentId)
    .first<SiteRow>()
  return row && toSite(row)
}

/** Whether any site lists the origin: enough for a CORS preflight, which carries no site id. */
export async function isOriginOfAnySite(db: D1Database, origin: string): Promise<boolean> {
  const row = await db
    .prepare('SELECT 1 AS ok FROM sites, json_each(sites.allowed_origins) AS o WHERE o.value = ? LIMIT 1')
    .bind(origin)
    .first<{ ok: number }>()
  return row !== null
}

type Defaulted =
  | 'notifyOwner'
  | 'ownerEmail'
  | 'altGateModeration'
  | 'gate'
  | 'spamThreshold'
  | 'webhookUrl'
  | 'webhookFormat'
  | 'webhookSecret'
  | 'eraseMode'
export type NewSite = Omit<Site, Defaulted> & Partial<Pick<Site, Defaulted>>

export function insertSite(db: D1Database, site: NewSite, nowMs: number): D1PreparedStatement {
  return db
    .prepare(`INSERT INTO sites (${COLUMNS}, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
    .bind(
      site.id,
      site.name,
      JSON.stringify(site.allowedOrigins),
      site.ownerEmail ?? null,
      site.notifyOwner ? 1 : 0,
      site.moderation,
      site.altGateModeration ?? ALT_GATE_MODERATION_DEFAULT,
      site.language,
      site.gate ?? 'code',
      site.spamThreshold ?? SPAM_THRESHOLD_DEFAULT,
      site.webhookUrl ?? null,
      site.webhookFormat ?? 'parley',
      site.webhookSecret ?? null,
      site.eraseMode ?? 'anonymise',
      nowMs,
    )
}

export async function listSites(db: D1Database): Promise<Site[]> {
  const { results } = await db.prepare(`SELECT ${COLUMNS} FROM sites ORDER BY id`).all<SiteRow>()
  return results.map(toSite)
}

/** Replaces every setting but the id; the caller merges a partial change into the current site first. */
export function updateSite(db: D1Database, site: Site): D1PreparedStatement {
  return db
    .prepare(
      `UPDATE sites SET name = ?, allowed_origins = ?, owner_email = ?, notify_owner = ?, moderation = ?,
       alt_gate_moderation = ?, language = ?, gate = ?, spam_threshold = ?, webhook_url = ?, webhook_format = ?,
       webhook_secret = ?, erase_mode = ? WHERE id = ?`,
    )
    .bind(
      site.name,
      JSON.stringify(site.allowedOrigins),
      site.ownerEmail,
      site.notifyOwner ? 1 : 0,
      site.moderation,
      site.altGateModeration,
      site.language,
      site.gate,
      site.spamThreshold,
      site.webhookUrl,
      site.webhookFormat,
      site.webhookSecret,
      site.eraseMode,
      site.id,
    )
}
