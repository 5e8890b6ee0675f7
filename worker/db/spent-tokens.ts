// spent_tokens table: ids of single-use tokens already used (challenge codes, the owner's moderation links, signed-out
// admin sessions), kept until the token would have expired anyway. Ids carry their purpose: `challenge:…`, `moderate:…`.
import { isUniqueViolation } from './unique-violation'

/** For a preflight batch: a row (`{spent: 1}`) when the token was used before. */
export function findSpentToken(db: D1Database, id: string): D1PreparedStatement {
  return db.prepare('SELECT 1 AS spent FROM spent_tokens WHERE id = ?').bind(id)
}

export async function isTokenSpent(db: D1Database, id: string): Promise<boolean> {
  return (await findSpentToken(db, id).first()) !== null
}

/**
 * A plain INSERT on purpose: a second use of the same id fails on the primary key, and with it the whole batch that the
 * token was spent for, which is how a request racing us with the same token is caught (isTokenSpentConflict).
 */
export function spendToken(db: D1Database, id: string, expiresAt: number): D1PreparedStatement {
  return db.prepare('INSERT INTO spent_tokens (id, expires_at) VALUES (?, ?)').bind(id, expiresAt)
}

/** Spends a token that was answered wrongly: already spent by another attempt is just as good. */
export function burnToken(db: D1Database, id: string, expiresAt: number): D1PreparedStatement {
  return db.prepare('INSERT OR IGNORE INTO spent_tokens (id, expires_at) VALUES (?, ?)').bind(id, expiresAt)
}

/** True for the primary-key failure of spendToken(): a concurrent request spent the token first. */
export const isTokenSpentConflict = (err: unknown): boolean => isUniqueViolation(err, 'spent_tokens.id')

/** Rows whose token has expired are dead weight: the signature check already refuses those tokens. */
export function deleteExpiredTokens(db: D1Database, nowMs: number): D1PreparedStatement {
  return db.prepare('DELETE FROM spent_tokens WHERE expires_at <= ?').bind(nowMs)
}
