// used_tokens table: ids of spent tokens (moderation links used, admin sessions signed out), kept until they expire.
import { isUniqueViolation } from './unique-violation'

export async function isTokenUsed(db: D1Database, id: string): Promise<boolean> {
  const row = await db.prepare('SELECT 1 AS used FROM used_tokens WHERE id = ?').bind(id).first<{ used: number }>()
  return row !== null
}

/** A plain INSERT on purpose: a second use of the same id fails on the primary key and with it the whole batch. */
export function insertUsedToken(db: D1Database, id: string, expiresAt: number): D1PreparedStatement {
  return db.prepare('INSERT INTO used_tokens (id, expires_at) VALUES (?, ?)').bind(id, expiresAt)
}

/** True for the primary-key failure of insertUsedToken(): a concurrent request spent the token first. */
export const isUsedTokenConflict = (err: unknown): boolean => isUniqueViolation(err, 'used_tokens.id')

export function deleteExpiredTokens(db: D1Database, nowMs: number): D1PreparedStatement {
  return db.prepare('DELETE FROM used_tokens WHERE expires_at <= ?').bind(nowMs)
}
