// blocks table: email addresses and IP hashes the owner blocked from commenting and following.
import type { Block } from '../admin-types'
import type { BlockKind } from '../domain'
import { iso } from './time'

type BlockRow = {
  id: number
  kind: BlockKind
  value: string
  note: string | null
  created_by: string
  created_at: number
}

const COLUMNS = 'id, kind, value, note, created_by, created_at'

const toBlock = (r: BlockRow): Block => ({
  id: r.id,
  kind: r.kind,
  value: r.value,
  note: r.note,
  createdBy: r.created_by,
  createdAt: iso(r.created_at),
})

export async function listBlocks(db: D1Database): Promise<Block[]> {
  const { results } = await db.prepare(`SELECT ${COLUMNS} FROM blocks ORDER BY id DESC`).all<BlockRow>()
  return results.map(toBlock)
}

/** Blocking twice is not an error: the first block stays, with its note and author. */
export function insertBlock(
  db: D1Database,
  kind: BlockKind,
  value: string,
  note: string | null,
  actor: string,
  nowMs: number,
): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO blocks (kind, value, note, created_by, created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (kind, value) DO NOTHING`,
    )
    .bind(kind, value, note, actor, nowMs)
}

export async function findBlock(db: D1Database, kind: BlockKind, value: string): Promise<Block | null> {
  const row = await db
    .prepare(`SELECT ${COLUMNS} FROM blocks WHERE kind = ? AND value = ?`)
    .bind(kind, value)
    .first<BlockRow>()
  return row && toBlock(row)
}

export async function findBlockById(db: D1Database, id: number): Promise<Block | null> {
  const row = await db.prepare(`SELECT ${COLUMNS} FROM blocks WHERE id = ?`).bind(id).first<BlockRow>()
  return row && toBlock(row)
}

export function deleteBlock(db: D1Database, id: number): D1PreparedStatement {
  return db.prepare('DELETE FROM blocks WHERE id = ?').bind(id)
}

/** A row when the normalised address or the IP hash is blocked; two lookups on the (kind, value) unique index. */
export function findBlockMatch(db: D1Database, emailNormalized: string | null, ipHash: string): D1PreparedStatement {
  return db
    .prepare(
      `SELECT 1 AS hit FROM blocks WHERE kind = 'ip' AND value = ?1
       UNION ALL SELECT 1 FROM blocks WHERE kind = 'email' AND value = ?2
       LIMIT 1`,
    )
    .bind(ipHash, emailNormalized)
}
