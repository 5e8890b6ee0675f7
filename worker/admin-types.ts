// The admin API's JSON shapes: the contract between the Worker and the admin page (which imports these as types only).
import type {
  BlockKind,
  ModerationAction,
  OutboxKind,
  OutboxState,
  ShownFollowerState,
  Site,
  SpamReason,
  StoredStatus,
} from './domain'

export type * from './domain'

export type ThreadRef = { id: number; siteId: string; key: string; title: string; url: string | null }

/** A comment as the owner sees it: with the address, the IP hash and the raw Markdown. */
export type AdminComment = {
  id: number
  parentId: number | null
  name: string
  email: string | null
  website: string | null
  ipHash: string | null
  body: string
  html: string
  status: StoredStatus
  createdAt: string
  editedAt: string | null
  /** What the content checks made of it when it was posted: held when the score reached the site's threshold. */
  spamScore: number
  spamReasons: SpamReason[]
  thread: ThreadRef
  /** The moderation actions its state allows, so the admin page shows only buttons that can work. */
  actions: ModerationAction[]
}

export type Page<T> = { items: T[]; nextCursor: string | null }

export type AdminThread = ThreadRef & { commentCount: number; locked: boolean; createdAt: string }

/** `state` as the owner sees it (bounced, complained); `reason` and `refusedAt` say why and since when. */
export type AdminFollower = {
  id: number
  email: string
  state: ShownFollowerState
  reason: string | null
  refusedAt: string | null
  createdAt: string
  updatedAt: string
}

/** Who is receiving, and how mail went, for one thread or a whole site (GET /api/admin/mail-health). */
export type MailHealth = {
  followers: Record<ShownFollowerState, number>
  /** Since when the longest-waiting pending follower waits. */
  oldestPendingAt: string | null
  /** Of everyone who asked, the share who confirmed (active now, or left later); null when nobody asked. */
  confirmationRate: number | null
  /** Mails written in the last 30 days, by what became of them. */
  mails30Days: { sent: number; failed: number; dead: number }
  /** Why the owner should look now: a complaint, or undeliverable mail rising in the last 7 days. */
  warning: 'complaints' | 'undeliverable' | null
}

export type Block = {
  id: number
  kind: BlockKind
  value: string
  note: string | null
  createdBy: string
  createdAt: string
}

export type OutboxEntry = {
  id: number
  kind: OutboxKind
  recipient: string
  /** Null for a reader's link to their own page, which belongs to no thread. */
  threadId: number | null
  commentId: number | null
  subject: string | null
  state: OutboxState
  attempts: number
  lastError: string | null
  nextAttemptAt: string
  createdAt: string
  sentAt: string | null
}

export type AuditEntry = {
  id: number
  actor: string
  action: string
  target: string
  detail: string | null
  createdAt: string
}

/** A site with the Cloudflare Access identities (lower-case email addresses) that may moderate it. */
export type AdminSite = Site & { admins: string[] }

/**
 * Who is signed in: the owner (the configured user name; every site), or an admin through Cloudflare Access (their
 * email, and under `access` the sites that list them; signing out ends the Access session at /cdn-cgi/access/logout).
 */
export type SessionResponse = { user: string; access?: { sites: string[] } }
