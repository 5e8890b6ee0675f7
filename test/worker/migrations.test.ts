// migrations/ and schema.sql: the migrations add up to exactly the schema a new database gets, and a database that 0.1
// made and filled comes through them with nothing lost and everything still served.
import { applyD1Migrations } from 'cloudflare:test'
import { env } from 'cloudflare:workers'
import { beforeAll, describe, expect, it } from 'vitest'
import type { ListResponse } from '../../worker/api-types'
import { deliver } from '../../worker/mail/deliver'
import { keyedHash, signToken } from '../../worker/tokens'
import { fillVersion01, structureOf } from './support/migrations'
import { request, testEnv } from './support/request'

const OLD = 'https://old.example'

/** schema.sql's statements: one per `;` at a line's end, comments dropped (the shape the file keeps). */
const schemaStatements = env.TEST_SCHEMA.split('\n')
  .filter((line) => !line.trimStart().startsWith('--'))
  .join('\n')
  .split(/;\s*$/m)
  .map((statement) => statement.trim())
  .filter(Boolean)

describe('migrations/', () => {
  it('add up to schema.sql: the same tables, columns, checks, keys, indexes and triggers', async () => {
    await env.SCHEMA_DB.batch(schemaStatements.map((sql) => env.SCHEMA_DB.prepare(sql)))
    const fromSchema = await structureOf(env.SCHEMA_DB)
    expect(fromSchema.length).toBeGreaterThan(10)
    expect(await structureOf(testEnv.DB)).toEqual(fromSchema)
  })
})

describe('a database that 0.1 made and filled, after the migrations', () => {
  const db = env.UPGRADE_DB
  const upgraded = { ...testEnv, DB: db }
  let before: Awaited<ReturnType<typeof fillVersion01>>
  beforeAll(async () => {
    await applyD1Migrations(db, [env.TEST_MIGRATIONS[0]!])
    before = await fillVersion01(db)
    await applyD1Migrations(db, env.TEST_MIGRATIONS)
  })

  it('has every row it had, and its spent tokens under their new ids', async () => {
    for (const [table, rows] of Object.entries(before.counts)) {
      const row = await db.prepare(`SELECT count(*) AS n FROM ${table}`).first<{ n: number }>()
      expect(row?.n, table).toBe(rows)
    }
    const { results } = await db.prepare('SELECT id FROM spent_tokens ORDER BY id').all<{ id: string }>()
    expect(results.map((r) => r.id)).toEqual([`challenge:${before.spentChallengeId}`, before.spentTokenId].sort())
  })

  it('keeps its site as it was through the rebuild of sites (0013), which now takes German and French', async () => {
    const site = await db
      .prepare(
        `SELECT id, name, allowed_origins, owner_email, notify_owner, moderation, language, admins, alt_gate_moderation,
         gate, spam_threshold FROM sites`,
      )
      .all()
    expect(site.results).toEqual([
      {
        id: 'old',
        name: 'Old blog',
        allowed_origins: '["https://old.example"]',
        owner_email: 'me@old.example',
        notify_owner: 1,
        moderation: 'first_time',
        language: 'nl',
        admins: '[]',
        alt_gate_moderation: 'first_time',
        gate: 'code',
        spam_threshold: 3,
      },
    ])
    const orphans = await db.prepare('SELECT "table", parent FROM pragma_foreign_key_check').all()
    expect(orphans.results).toEqual([])
    const setLanguage = (language: string) =>
      db.prepare("UPDATE sites SET language = ? WHERE id = 'old'").bind(language).run()
    for (const language of ['de', 'fr', 'nl']) await setLanguage(language)
    await expect(setLanguage('es')).rejects.toThrow(/CHECK constraint failed/)
  })

  it('serves its threads and delivers the mail it had queued', async () => {
    const get = await request('/api/comments?site=old&thread=/a', { origin: OLD, env: upgraded })
    const list = await get.json<ListResponse>()
    expect(list.thread.commentCount).toBe(2)
    expect(list.comments.map((c) => [c.name, c.parentId, c.html])).toEqual([
      ['Ann', null, '<p>Hoi</p>'],
      ['Bob', 1, '<p>Ja</p>'],
    ])
    expect(await deliver(upgraded, 1, Date.now())).toEqual({ done: 'sent' })
  })

  it('refuses a challenge code that was spent before the upgrade', async () => {
    const id = before.spentChallengeId
    const claims = { id, site: 'old', h: await keyedHash(testEnv.SIGNING_KEY, `${id}:ACDEF`) }
    const challengeToken = await signToken(testEnv.SIGNING_KEY, 'challenge', claims, Date.now() + 60_000)
    const body = { site: 'old', thread: '/a', name: 'Mal', body: 'again', challengeToken, challengeAnswer: 'ACDEF' }
    const replay = await request('/api/comments', { method: 'POST', json: body, origin: OLD, env: upgraded })
    expect(replay.status).toBe(403)
    expect(await replay.json()).toMatchObject({
      error: { code: 'challenge_failed', message: expect.stringContaining('already been used') },
    })
  })
})
