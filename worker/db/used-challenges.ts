// used_challenges table: the ids of challenge tokens already answered once, kept until the token would have expired anyway.

type UsedChallengeRow = { id: string; expires_at: number }
export type UsedChallenge = { id: string; expiresAt: number }

const toUsedChallenge = (r: UsedChallengeRow): UsedChallenge => ({ id: r.id, expiresAt: r.expires_at })

export async function findUsedChallenge(db: D1Database, id: string): Promise<UsedChallenge | null> {
  const row = await db
    .prepare('SELECT id, expires_at FROM used_challenges WHERE id = ?')
    .bind(id)
    .first<UsedChallengeRow>()
  return row ? toUsedChallenge(row) : null
}

/** A plain INSERT on purpose: a second insert of the same id fails on the primary key, which is how a replay racing us is caught. */
export function insertUsedChallenge(db: D1Database, id: string, expiresAt: number): D1PreparedStatement {
  return db.prepare('INSERT INTO used_challenges (id, expires_at) VALUES (?, ?)').bind(id, expiresAt)
}

/** Rows whose token has expired are dead weight: the signature check already refuses those tokens. Returns how many went. */
export async function deleteExpiredChallenges(db: D1Database, nowMs: number): Promise<number> {
  const result = await db.prepare('DELETE FROM used_challenges WHERE expires_at <= ?').bind(nowMs).run()
  return result.meta.changes
}
