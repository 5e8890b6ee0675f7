// Parley's vocabulary: every state and kind the layers speak of, as lists from which the union types derive.
// Plain data with no imports, so the Worker's validation, the admin page's choices and scripts/ share these very lists.
// The schema's CHECK constraints name the same values; test/worker/schema.test.ts keeps them equal.

export const LANGUAGES = ['en', 'nl', 'de', 'fr'] as const
export type Language = (typeof LANGUAGES)[number]

/** none: publish at once; first_time: hold authors not known on the site; all: hold every comment. */
export const MODERATIONS = ['none', 'first_time', 'all'] as const
export type Moderation = (typeof MODERATIONS)[number]

/** A comment as stored, in the order the admin page offers them as filters. */
export const COMMENT_STATES = ['pending', 'published', 'spam', 'deleted'] as const
export type StoredStatus = (typeof COMMENT_STATES)[number]

/** What the public API tells: a comment is published, or (held, or a blocked author's) awaiting approval. */
export const PUBLIC_COMMENT_STATES = ['published', 'pending'] as const satisfies readonly StoredStatus[]
export type CommentStatus = (typeof PUBLIC_COMMENT_STATES)[number]

export const MODERATION_ACTIONS = ['approve', 'delete', 'spam'] as const
export type ModerationAction = (typeof MODERATION_ACTIONS)[number]

export const FOLLOWER_STATES = ['pending', 'active', 'unsubscribed'] as const
export type FollowerState = (typeof FOLLOWER_STATES)[number]

/** Why a follower's address gets nothing any more: refused for good by the provider, or a spam complaint. */
export const REFUSALS = ['bounced', 'complained'] as const
export type Refusal = (typeof REFUSALS)[number]

/** each: one mail per new comment; digest: at most one mail a day per discussion, with every comment since the last. */
export const DELIVERIES = ['each', 'digest'] as const
export type DeliveryMode = (typeof DELIVERIES)[number]

/** A follower as the owner sees them: a refused address shows its refusal instead of 'unsubscribed'. */
export const SHOWN_FOLLOWER_STATES = [...FOLLOWER_STATES, ...REFUSALS] as const
export type ShownFollowerState = (typeof SHOWN_FOLLOWER_STATES)[number]

/** In the order the admin page offers them: the ones that need the owner's eye first. */
export const OUTBOX_STATES = ['dead', 'failed', 'queued', 'sent', 'cancelled'] as const
export type OutboxState = (typeof OUTBOX_STATES)[number]

/**
 * confirm: a follow's double opt-in; notify: a new comment to a follower; owner: a new comment to the site owner;
 * me_link: a reader's link to their own page; webhook: a new comment to the site's webhook.
 */
export const OUTBOX_KINDS = ['confirm', 'notify', 'owner', 'me_link', 'webhook'] as const
export type OutboxKind = (typeof OUTBOX_KINDS)[number]

/** What a reader's "erase me" does to their comments on a site: the "removed" marker in their place, or deleted. */
export const ERASE_MODES = ['anonymise', 'delete'] as const
export type EraseMode = (typeof ERASE_MODES)[number]

export const BLOCK_KINDS = ['email', 'ip'] as const
export type BlockKind = (typeof BLOCK_KINDS)[number]

export type Site = {
  id: string
  name: string
  allowedOrigins: string[]
  ownerEmail: string | null
  notifyOwner: boolean
  moderation: Moderation
  /** The moderation for comments that passed the gate by the alternative (a proof of work) rather than the code. */
  altGateModeration: Moderation
  language: Language
  /** What stands between a reader and the page: the image code, Cloudflare Turnstile, or both. */
  gate: SiteGate
  /** A comment whose content checks score this much or more is held for the owner (SPAM_THRESHOLD_DEFAULT). */
  spamThreshold: number
  /** Where each new or held comment is posted (null: no webhook), beside or instead of the owner's mail. */
  webhookUrl: string | null
  webhookFormat: WebhookFormat
  /** Signs every call (README, "Owner notifications"); made by the Worker, never typed, never exported. */
  webhookSecret: string | null
  /** What a reader's "erase me" does to their comments here (the reader's own page). */
  eraseMode: EraseMode
}

/** The body a site's webhook gets: Parley's own JSON, or a chat service's incoming-message format. */
export const WEBHOOK_FORMATS = ['parley', 'slack', 'discord', 'telegram'] as const
export type WebhookFormat = (typeof WEBHOOK_FORMATS)[number]

/** What a site holds for the code's alternative until its owner says otherwise: a stranger's first comment is held. */
export const ALT_GATE_MODERATION_DEFAULT: Moderation = 'first_time'

/**
 * The ways through the gate: the image code, the proof of work a browser solves instead (for who cannot see it), or
 * Cloudflare Turnstile alone (a site whose gate is `turnstile`: its token carries no code to type).
 */
export const GATES = ['code', 'proof', 'turnstile'] as const
export type Gate = (typeof GATES)[number]

/** A site's gate: the code (with its alternative), Turnstile instead of it, or both (README, "The gate"). */
export const SITE_GATES = ['code', 'turnstile', 'code+turnstile'] as const
export type SiteGate = (typeof SITE_GATES)[number]

/**
 * Why the content checks scored a comment (README, "Content checks"): the admin page names each in the owner's
 * language. Stored on the comment with its score, so a held comment says why it waits.
 */
export const SPAM_REASONS = [
  'links',
  'name_link',
  'website',
  'only_link',
  'duplicate',
  'script',
  'phrase',
  'marked_spam',
  'spam_link',
  'akismet',
  'ai',
] as const
export type SpamReason = (typeof SPAM_REASONS)[number]

/** The score at which a site holds a comment until its owner changes it: any one strong signal, or two weak ones. */
export const SPAM_THRESHOLD_DEFAULT = 3
/** The site's threshold is a whole number in this range (the highest practically turns the local checks off). */
export const SPAM_THRESHOLD_RANGE = { min: 1, max: 100 } as const

/** The orders a reader may read a thread in: by its top-level comments, oldest or newest first (replies stay below). */
export const SORT_ORDERS = ['oldest', 'newest'] as const
export type SortOrder = (typeof SORT_ORDERS)[number]

/** Whether `value` is one of `list`: the one check behind every "must be one of" in the API. */
export const isOneOf = <T extends string>(list: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (list as readonly string[]).includes(value)
