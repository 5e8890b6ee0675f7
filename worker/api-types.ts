// The public API's JSON shapes: the contract between the Worker and the widget (which imports these as types only).
import type { CommentStatus } from './domain'
import type { PROOF_ALGORITHM } from './proof'

export type { CommentStatus }

export type ErrorCode =
  | 'bad_request'
  | 'validation_failed'
  | 'challenge_failed'
  | 'unauthorized'
  | 'forbidden_origin'
  | 'not_found'
  | 'conflict'
  | 'payload_too_large'
  | 'rate_limited'
  | 'internal'

export type ErrorBody = { error: { code: ErrorCode; message: string; field?: string } }

/** A comment as the public sees it: never an email address or an IP. */
export type Comment = {
  id: number
  parentId: number | null
  name: string
  website: string | null
  /** Initials-based avatar key; the widget draws it. */
  avatar: string
  /** Server-rendered from the Markdown subset; safe to insert as-is. */
  html: string
  createdAt: string
  editedAt: string | null
  status: CommentStatus
}

export type ThreadInfo = { key: string; title: string; url: string | null; commentCount: number }

/** `prevCursor`: with `at` or `before`, where the page before this one ends (null: none before it). */
export type ListResponse = {
  thread: ThreadInfo
  comments: Comment[]
  nextCursor: string | null
  prevCursor?: string | null
}

/** `requested` whether or not the address already follows: the answer never tells who follows what. */
export type FollowOutcome = 'none' | 'requested'

export type PostCommentRequest = {
  site: string
  thread: string
  threadTitle?: string
  threadUrl?: string
  parentId?: number | null
  name: string
  email?: string
  website?: string
  body: string
  follow?: boolean
  challengeToken: string
  challengeAnswer: string
  /** The Turnstile widget's token, where the site's gate includes Turnstile (ChallengeResponse.turnstile). */
  turnstileToken?: string
  /** The author token of this browser's earlier comments on the site, if any: how a returning author is known. */
  authorToken?: string
  /** Honeypot: people leave it empty, form-filling bots do not. */
  hp?: string
}

export type PostCommentResponse = {
  comment: Comment
  editToken: string
  editableUntil: string
  follow: FollowOutcome
  /** To keep and send with the next comment on this site: it names this author, and nothing about them. */
  authorToken: string
}

export type EditCommentRequest = { body: string }

/** POST /api/preview: a comment's Markdown as the server would store it. */
export type PreviewRequest = { site: string; body: string }
export type PreviewResponse = { html: string }

/** Where the site's gate includes Cloudflare Turnstile: its widget, with the Worker's public site key. */
export type TurnstileGate = { siteKey: string }

export type ChallengeResponse = {
  token: string
  image: string
  expiresAt: string
  answer?: string
  turnstile?: TurnstileGate
}

/**
 * A site whose gate is Turnstile alone (then `turnstile` is always there): no code; send `token` as `challengeToken`
 * with an empty answer, and the widget's token as `turnstileToken`.
 */
export type TurnstileChallengeResponse = {
  token: string
  expiresAt: string
  turnstile?: TurnstileGate
  answer?: string
}

/** The code's alternative: find n from 0 to maxNumber whose proofHash(salt, n) (worker/proof.ts) is `challenge`. */
export type ProofPuzzle = { algorithm: typeof PROOF_ALGORITHM; salt: string; challenge: string; maxNumber: number }

/** `GET /api/challenge?site=S&kind=proof`: send the n found as `challengeAnswer`, with `token` as `challengeToken`. */
export type ProofChallengeResponse = {
  token: string
  expiresAt: string
  proof: ProofPuzzle
  answer?: string
  turnstile?: TurnstileGate
}

export type FollowRequest = {
  site: string
  thread: string
  threadTitle?: string
  threadUrl?: string
  email: string
  challengeToken: string
  challengeAnswer: string
  /** The Turnstile widget's token, where the site's gate includes Turnstile (ChallengeResponse.turnstile). */
  turnstileToken?: string
}

export type FollowResponse = { follow: 'requested' }
/** POST /api/me/link: the gate's fields as for a follow, and the address to mail the link to. */
export type MeLinkRequest = Pick<
  FollowRequest,
  'site' | 'email' | 'challengeToken' | 'challengeAnswer' | 'turnstileToken'
>

/** The same whether or not the address is known on the site: the answer never tells. */
export type MeLinkResponse = { link: 'requested' }

export type CountsResponse = { counts: Record<string, number> }
