// Reading back what the Worker wrote, for the assertions HTTP answers do not show.
import { testEnv } from './request'

const db = testEnv.DB

export type OutboxRow = {
  id: number
  kind: string
  recipient: string
  state: string
  attempts: number
  comment_id: number | null
  last_error: string | null
}

export async function outboxRows(where: string, ...params: unknown[]): Promise<OutboxRow[]> {
  const { results } = await db
    .prepare(
      `SELECT id, kind, recipient, state, attempts, comment_id, last_error FROM outbox WHERE ${where} ORDER BY id`,
    )
    .bind(...params)
    .all<OutboxRow>()
  return results
}

/** The comment's stored status, which the public API does not show for a held or blocked comment. */
export const commentStatus = (id: number) =>
  db.prepare('SELECT status FROM comments WHERE id = ?').bind(id).first<string>('status')

/** The follower's state, by id or by address. */
export const followerState = (who: number | string) =>
  db
    .prepare(`SELECT state FROM followers WHERE ${typeof who === 'number' ? 'id' : 'email'} = ?`)
    .bind(who)
    .first<string>('state')

/** How many follower rows an address has, on any thread. */
export const followerRows = (email: string) =>
  db.prepare('SELECT count(*) AS n FROM followers WHERE email = ?').bind(email).first<number>('n')

/** The confirmation mails written for a thread. */
export const confirmRows = (thread: string) =>
  outboxRows("kind = 'confirm' AND thread_id = (SELECT id FROM threads WHERE key = ?)", thread)

/** Every follower row of an address (any thread), with its refusal: [state, refusal, reason]. */
export async function refusalsOf(email: string): Promise<[string, string | null, string | null][]> {
  const { results } = await db
    .prepare('SELECT state, refusal, refusal_reason FROM followers WHERE email = ? ORDER BY id')
    .bind(email)
    .all<{ state: string; refusal: string | null; refusal_reason: string | null }>()
  return results.map((r) => [r.state, r.refusal, r.refusal_reason])
}
