// The demo server of the browser tests (global-setup.ts), from the tests' side: its origins, fresh threads, comments
// posted as another visitor would, and the local mailbox.
import { inject } from 'vitest'
import type { ChallengeResponse, Comment, PostCommentRequest, PostCommentResponse } from '../../worker/api-types'
import type { DevMailResponse, SentMail } from '../../worker/dev-mail-types'

/** The demo's origin: the widget, its chunks and the API, and the pages the tests open by default. */
export const BASE = inject('baseUrl')
/** Another origin, which the demo site allows too: a blog that embeds the widget from BASE; the tests serve its pages. */
export const BLOG = inject('blogUrl')

let threads = 0
/** A thread key no other test uses, so each test starts from an empty discussion. */
export const newThread = (name: string) => `/e2e/${name}-${Date.now().toString(36)}-${++threads}`

/** Posts a comment through the API, as another visitor would, with the exposed answer of a fresh code. */
export async function seed(
  thread: string,
  name: string,
  body: string,
  extra: Partial<PostCommentRequest> = {},
): Promise<Comment> {
  const challenge = (await (await fetch(`${BASE}/api/challenge?site=demo`)).json()) as ChallengeResponse
  if (!challenge.answer) throw new Error('the challenge answer is not exposed: is EXPOSE_CHALLENGE_ANSWER on?')
  const res = await fetch(`${BASE}/api/comments`, {
    method: 'POST',
    // From the demo's own origin, as its pages post: only such a request may start a thread.
    headers: { 'content-type': 'application/json', origin: BASE },
    body: JSON.stringify({
      site: 'demo',
      thread,
      name,
      body,
      challengeToken: challenge.token,
      challengeAnswer: challenge.answer,
      ...extra,
    } satisfies PostCommentRequest),
  })
  if (res.status !== 201) throw new Error(`seeding a comment failed: ${res.status} ${await res.text()}`)
  return ((await res.json()) as PostCommentResponse).comment
}

/** A mail as GET /dev/mail lists it. */
export type Mail = SentMail

/** Every mail the pipeline sent so far, newest first (GET /dev/mail, the DEV_MAILBOX switch). */
export async function mailbox(): Promise<Mail[]> {
  const res = await fetch(`${BASE}/dev/mail`)
  if (!res.ok) throw new Error(`GET /dev/mail answered ${res.status}: ${await res.text()}`)
  return ((await res.json()) as DevMailResponse).messages
}

/** Waits for the mail to `to` that `match` accepts; the queue consumer delivers in batches, seconds later. */
export async function waitForMail(to: string, match: (m: Mail) => boolean, ms = 30_000): Promise<Mail> {
  const deadline = Date.now() + ms
  let theirs: Mail[] = []
  while (Date.now() < deadline) {
    theirs = (await mailbox()).filter((m) => m.to === to)
    const found = theirs.find(match)
    if (found) return found
    await new Promise((r) => setTimeout(r, 300))
  }
  throw new Error(
    `no matching mail to ${to} within ${ms / 1000}s; their mails: ${JSON.stringify(theirs.map((m) => m.subject))}`,
  )
}

/** The first link in a mail's plain text that starts with `prefix`. */
export function linkIn(mail: Mail, prefix: string): string {
  const link = mail.text.match(/https?:\/\/\S+/g)?.find((l) => l.startsWith(prefix))
  if (!link) throw new Error(`no link starting with ${prefix} in:\n${mail.text}`)
  return link
}
