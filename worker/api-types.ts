// The public API's JSON shapes: the contract between the Worker and the widget (which imports these as types only).
import type { CommentStatus } from './domain'

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

export type ListResponse = { thread: ThreadInfo; comments: Comment[]; nextCursor: string | null }

export type FollowOutcome = 'none' | 'confirmation_sent' | 'already_following'

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
  /** Honeypot: people leave it empty, form-filling bots do not. */
  hp?: string
}

export type PostCommentResponse = { comment: Comment; editToken: string; editableUntil: string; follow: FollowOutcome }

export type EditCommentRequest = { body: string }

export type ChallengeResponse = { token: string; image: string; expiresAt: string; answer?: string }

export type FollowRequest = {
  site: string
  thread: string
  threadTitle?: string
  threadUrl?: string
  email: string
  challengeToken: string
  challengeAnswer: string
}

export type FollowResponse = { follow: FollowOutcome }

export type CountsResponse = { counts: Record<string, number> }
