// The admin API's JSON shapes: the contract between the Worker and the admin page (which imports these as types only).
import type {
  BlockKind,
  FollowerState,
  ModerationAction,
  OutboxKind,
  OutboxState,
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

export type AdminFollower = { id: number; email: string; state: FollowerState; createdAt: string; updatedAt: string }

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
  threadId: number
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
