// spent_tokens: a single-use token's id, spent in the batch of what it was for; a second spend fails that whole batch.
import { describe, expect, it } from 'vitest'
import {
  burnToken,
  deleteExpiredTokens,
  isTokenSpent,
  isTokenSpentConflict,
  spendToken,
} from '../../../worker/db/spent-tokens'
import { testEnv } from '../support/request'
import { seedRateLimits } from '../support/seed'

const NOW = Date.UTC(2026, 10, 20, 12, 0, 0)
const db = testEnv.DB
const newId = () => `challenge:${crypto.randomUUID()}`
const failureOf = (attempt: Promise<unknown>) =>
  attempt.then(
    () => null,
    (e: unknown) => e,
  )

describe('spent_tokens', () => {
  it('fails a batch that spends an already spent token, writing nothing of it, and recognises that as a replay', async () => {
    const [id, otherId] = [newId(), newId()]
    await spendToken(db, id, NOW).run()
    const err = await failureOf(db.batch([spendToken(db, otherId, NOW), spendToken(db, id, NOW)]))
    expect(isTokenSpentConflict(err)).toBe(true)
    expect(await isTokenSpent(db, otherId)).toBe(false)
  })

  it('burns a wrongly answered token even when it was burnt before, without failing its batch', async () => {
    const id = newId()
    await burnToken(db, id, NOW).run()
    await expect(burnToken(db, id, NOW).run()).resolves.toBeTruthy()
    expect(await isTokenSpent(db, id)).toBe(true)
  })

  it('does not take other failures for a replay', async () => {
    const insert = () => seedRateLimits({ k: NOW })
    await insert()
    const duplicate = await failureOf(insert())
    expect(duplicate).toBeInstanceOf(Error)
    expect(isTokenSpentConflict(duplicate)).toBe(false)
    expect(isTokenSpentConflict(new Error('boom'))).toBe(false)
    expect(isTokenSpentConflict('UNIQUE constraint failed: spent_tokens.id')).toBe(false)
  })

  it('deletes only the rows whose token has expired', async () => {
    const [expired, live] = [newId(), newId()]
    const later = NOW + 365 * 24 * 60 * 60 * 1000
    await db.batch([spendToken(db, expired, later - 1), spendToken(db, live, later + 1)])
    expect((await deleteExpiredTokens(db, later).run()).meta.changes).toBeGreaterThanOrEqual(1)
    expect(await isTokenSpent(db, expired)).toBe(false)
    expect(await isTokenSpent(db, live)).toBe(true)
  })
})
