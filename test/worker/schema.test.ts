// schema.sql and worker/domain.ts name the same states and kinds: a value the code may write, the schema accepts, and
// the other way round.
import { describe, expect, it } from 'vitest'
import {
  BLOCK_KINDS,
  COMMENT_STATES,
  FOLLOWER_STATES,
  LANGUAGES,
  MODERATIONS,
  OUTBOX_KINDS,
  OUTBOX_STATES,
  REFUSALS,
  SITE_GATES,
  DELIVERIES,
  WEBHOOK_FORMATS,
  ERASE_MODES,
} from '../../worker/domain'
import { testEnv } from './support/request'

/** The values of `CHECK (column IN (…))` in the table's CREATE statement, as D1 stores it. */
async function checkedValues(table: string, column: string): Promise<string[]> {
  const row = await testEnv.DB.prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?")
    .bind(table)
    .first<{ sql: string }>()
  const list = row?.sql.match(new RegExp(`CHECK \\(${column} IN \\(([^)]*)\\)\\)`))?.[1]
  if (list === undefined) throw new Error(`no CHECK on ${table}.${column}`)
  return [...list.matchAll(/'([^']*)'/g)].map((m) => m[1]!)
}

describe('schema.sql', () => {
  it.each([
    ['sites', 'moderation', MODERATIONS],
    ['sites', 'language', LANGUAGES],
    ['sites', 'gate', SITE_GATES],
    ['sites', 'webhook_format', WEBHOOK_FORMATS],
    ['sites', 'erase_mode', ERASE_MODES],
    ['comments', 'status', COMMENT_STATES],
    ['followers', 'state', FOLLOWER_STATES],
    ['followers', 'refusal', REFUSALS],
    ['followers', 'delivery', DELIVERIES],
    ['outbox', 'state', OUTBOX_STATES],
    ['outbox', 'kind', OUTBOX_KINDS],
    ['blocks', 'kind', BLOCK_KINDS],
  ])('checks %s.%s against the very list worker/domain.ts holds', async (table, column, list) => {
    expect((await checkedValues(table, column)).sort()).toEqual([...list].sort())
  })
})
