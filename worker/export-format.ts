// Parley's own JSON for a whole site (README, "Export"; docs/parley-export.schema.json): the statements that read it
// and the one mapper (a site's row included: worker/db/sites.ts maps with it too). Type imports only, so `npm run
// export` (Node, outside the Worker) runs the very same code.
import type { EraseMode, Language, Moderation, Site, SiteGate, WebhookFormat } from './admin-types'

/** The format's version: an importer refuses a file of a version it does not know. */
export const EXPORT_VERSION = 1

/** Each statement takes the site id as its one parameter; every list is in id order, the order of writing. */
export const EXPORT_SQL = {
  site: `SELECT id, name, allowed_origins, owner_email, notify_owner, moderation, alt_gate_moderation, language, gate,
    spam_threshold, erase_mode, webhook_url, webhook_format, webhook_secret, admins, created_at FROM sites WHERE id = ?`,
  threads: `SELECT id, key, title, url, locked, created_at FROM threads WHERE site_id = ? ORDER BY id`,
  comments: `SELECT c.id, c.thread_id, c.parent_id, c.name, c.email, c.website, c.avatar, c.body, c.status,
    c.created_at, c.edited_at FROM comments c JOIN threads t ON t.id = c.thread_id WHERE t.site_id = ? ORDER BY c.id`,
  followers: `SELECT f.thread_id, f.email, f.state, f.created_at, f.updated_at
    FROM followers f JOIN threads t ON t.id = f.thread_id WHERE t.site_id = ? ORDER BY f.id`,
} as const

export type SiteRow = {
  id: string
  name: string
  allowed_origins: string
  owner_email: string | null
  notify_owner: number
  moderation: Moderation
  alt_gate_moderation: Moderation
  language: Language
  gate: SiteGate
  spam_threshold: number
  webhook_url: string | null
  webhook_format: WebhookFormat
  webhook_secret: string | null
  erase_mode: EraseMode
}

export const toSite = (r: SiteRow): Site => ({
  id: r.id,
  name: r.name,
  allowedOrigins: JSON.parse(r.allowed_origins) as string[],
  ownerEmail: r.owner_email,
  notifyOwner: r.notify_owner === 1,
  moderation: r.moderation,
  altGateModeration: r.alt_gate_moderation,
  language: r.language,
  gate: r.gate,
  spamThreshold: r.spam_threshold,
  eraseMode: r.erase_mode,
  webhookUrl: r.webhook_url,
  webhookFormat: r.webhook_format,
  webhookSecret: r.webhook_secret,
})

/**
 * The site's settings as the export shows them: the webhook's format and host, but not its URL (Slack, Discord and
 * Telegram carry their token in it) nor its secret, which would let whoever holds a copy of the file forge calls to
 * the owner's receiver. Both can be made again (the service's URL; "new secret"), and an import keeps the settings of
 * the site it goes into anyway.
 */
function exportedSite(r: SiteRow): Omit<Site, 'webhookUrl' | 'webhookSecret'> & { webhookHost: string | null } {
  const { webhookUrl, webhookSecret: _secret, ...site } = toSite(r)
  return { ...site, webhookHost: webhookUrl === null ? null : new URL(webhookUrl).host }
}

export type ThreadRow = {
  id: number
  key: string
  title: string
  url: string | null
  locked: number
  created_at: number
}
export type CommentRow = {
  id: number
  thread_id: number
  parent_id: number | null
  name: string
  email: string | null
  website: string | null
  avatar: string
  body: string
  status: string
  created_at: number
  edited_at: number | null
}
export type FollowerRow = { thread_id: number; email: string; state: string; created_at: number; updated_at: number }

export type ExportRows = {
  site: SiteRow & { admins: string; created_at: number }
  threads: ThreadRow[]
  comments: CommentRow[]
  followers: FollowerRow[]
}

const iso = (ms: number) => new Date(ms).toISOString()
const isoOrNull = (ms: number | null) => (ms === null ? null : iso(ms))

/** The export document. Addresses are in it (it is the owner's backup); IP hashes and author keys are not. */
export function toExport(rows: ExportRows, nowMs: number) {
  const { site } = rows
  return {
    parley: EXPORT_VERSION,
    exportedAt: iso(nowMs),
    site: { ...exportedSite(site), admins: JSON.parse(site.admins) as string[], createdAt: iso(site.created_at) },
    threads: rows.threads.map((t) => ({
      id: t.id,
      key: t.key,
      title: t.title,
      url: t.url,
      locked: t.locked === 1,
      createdAt: iso(t.created_at),
    })),
    comments: rows.comments.map((c) => ({
      id: c.id,
      threadId: c.thread_id,
      parentId: c.parent_id,
      name: c.name,
      email: c.email,
      website: c.website,
      avatar: c.avatar,
      body: c.body,
      status: c.status,
      createdAt: iso(c.created_at),
      editedAt: isoOrNull(c.edited_at),
    })),
    followers: rows.followers.map((f) => ({
      threadId: f.thread_id,
      email: f.email,
      state: f.state,
      createdAt: iso(f.created_at),
      updatedAt: iso(f.updated_at),
    })),
  }
}

export type SiteExport = ReturnType<typeof toExport>
