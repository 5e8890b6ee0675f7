// The outbox table (db/outbox*.ts): the fan-out writes nothing twice, and every hot mail query is served by an index.
import { describe, expect, it } from 'vitest'
import { fanOutComment } from '../../../worker/db/outbox'
import { listOverdueOutbox } from '../../../worker/db/outbox-delivery'
import { listSentMail } from '../../../worker/db/outbox-log'
import { queryPlan, statementOf } from '../support/query-plans'
import { publishWithoutQueue } from '../support/queue'
import { testEnv } from '../support/request'
import { outboxRows } from '../support/rows'
import { seedFollowedThread } from '../support/seed'

// A plain SCAN walks the whole table; "SCAN t USING INDEX i" walks an index in order and stops at the LIMIT.
const fullScan = /^SCAN (comments|followers|outbox|c|f)$/

describe('fanOutComment', () => {
  it('writes nothing twice when the fan-out of a comment runs again, as an approval would run it', async () => {
    const { site, thread } = await seedFollowedThread(2)
    const { commentId, outboxIds } = await publishWithoutQueue(site, thread, { name: 'Eve', email: null })
    expect(outboxIds).toHaveLength(2)
    const again = await fanOutComment(testEnv.DB, commentId, Date.now()).all()
    expect(again.results).toEqual([])
    expect(await outboxRows('comment_id = ?', commentId)).toHaveLength(2)
  })

  it('fans out through the followers index and the comment key, scanning no table', async () => {
    const plan = await queryPlan(await statementOf((db) => fanOutComment(db, 1, Date.now()).run()))
    expect(plan.filter((step) => fullScan.test(step))).toEqual([])
    expect(plan).toContain('SEARCH c USING INTEGER PRIMARY KEY (rowid=?)')
    expect(plan).toContain('SEARCH f USING INDEX followers_by_thread_state (thread_id=? AND state=?)')
  })
})

describe('listOverdueOutbox', () => {
  it('finds overdue mail for the re-drive through the outbox state index', async () => {
    const plan = await queryPlan(await statementOf((db) => listOverdueOutbox(db, Date.now(), 100)))
    expect(plan.filter((step) => fullScan.test(step))).toEqual([])
    expect(plan).toEqual(['SEARCH outbox USING COVERING INDEX outbox_by_state_time (state=? AND next_attempt_at<?)'])
  })
})

describe('listSentMail', () => {
  it('lists sent mail for /dev/mail through the partial sent_at index', async () => {
    const plan = await queryPlan(await statementOf((db) => listSentMail(db, 10)))
    expect(plan).toEqual(['SEARCH outbox USING INDEX outbox_sent (sent_at>?)'])
  })
})
