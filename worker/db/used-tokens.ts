// used_tokens table: ids of spent tokens (moderation links used, admin sessions signed out), kept until they expire.

export async function isTokenUsed(db: D1Database, id: string): Promise<boolean> {
  const row = await db.prepare('SELECT 1 AS used FROM used_tokens WHERE id = ?').bind(id).first<{ used: number }>()
  return row !== null
}

/** A plain INSERT on purpose: a second use of the same id fails on the primary key and with it the whole batch. */
export function insertUsedToken(db: D1Database, id: string, expiresAt: number): D1PreparedStatement {
  return db.prepare('INSERT INTO used_tokens (id, expires_at) VALUES (?, ?)').bind(id, expiresAt)
}

/** True for the primary-key failure of insertUsedToken(): a concurrent request spent the token first. */
export function isUsedTokenConflict(err: unknown): boolean {
  // D1 reports constraint failures only as text, sometimes wrapped in a cause.
  const texts = err instanceof Error ? [err.message, err.cause instanceof Error ? err.cause.message : ''] : []
  return texts.some((text) => text.includes('UNIQUE constraint failed: used_tokens.id'))
}

export function deleteExpiredTokens(db: D1Database, nowMs: number): D1PreparedStatement {
  return db.prepare('DELETE FROM used_tokens WHERE expires_at <= ?').bind(nowMs)
}
