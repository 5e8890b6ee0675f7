// Every digest statement (db/digests.ts) reads followers, comments and outbox through indexes: the publish batch's
// switch and flag, the cron's build, and a digest's comments.
import { describe, expect, it } from 'vitest'
import {
  flagDigestFollowers,
  listDigestComments,
  switchBusyFollowers,
  writeDueDigests,
} from '../../../worker/db/digests'
import { type D1Call, recordingDb } from '../../../worker/db/recording'
import { uniqueEmails } from '../support/ids'
import { fullScans } from '../support/query-plans'
import { testEnv } from '../support/request'
import { seedComments, seedFollowers, seedSite, seedThread } from '../support/seed'

describe('the digest statements', () => {
  it('read every big table through an index', async () => {
    const threadId = await seedThread(await seedSite())
    await seedFollowers(threadId, uniqueEmails(3))
    const [comment] = await seedComments(threadId, 1)
    const calls: D1Call[] = []
    const db = recordingDb(testEnv.DB, calls)
    const now = Date.now()
    await db.batch([switchBusyFollowers(db, comment!, now), flagDigestFollowers(db, comment!)])
    await writeDueDigests(db, now)
    await listDigestComments(db, { threadId, after: 0, through: comment!, exceptEmail: 'x@example.com' }, 50)
    expect(await fullScans(calls)).toEqual([])
  })
})
