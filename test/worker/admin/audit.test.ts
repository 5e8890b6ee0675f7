// /api/admin/audit (admin/audit.ts): who did what to which comment, newest first, one entry per action that happened.
import { describe, expect, it } from 'vitest'
import type { AuditEntry, Page } from '../../../worker/admin-types'
import { postOk } from '../support/api'
import { CREDENTIALS, adminJson, moderate, signIn } from '../support/admin'
import { newThreadKey } from '../support/ids'
import { testEnv } from '../support/request'
import { seedSite } from '../support/seed'

describe('GET /api/admin/audit', () => {
  it('records who did what to which comment, newest first', async () => {
    const site = await seedSite({ moderation: 'all' })
    const cookie = await signIn()
    const held = await postOk(site, newThreadKey())
    await moderate(cookie, held.comment.id, 'approve')
    await moderate(cookie, held.comment.id, 'spam')
    const log = await adminJson<Page<AuditEntry>>(cookie, '/api/admin/audit?limit=2')
    expect(log.items.map(({ actor, action, target, detail }) => ({ actor, action, target, detail }))).toEqual([
      { actor: CREDENTIALS.user, action: 'spam', target: `comment ${held.comment.id}`, detail: 'published → spam' },
      {
        actor: CREDENTIALS.user,
        action: 'approve',
        target: `comment ${held.comment.id}`,
        detail: 'pending → published',
      },
    ])
    expect(log.nextCursor).not.toBeNull()
  })

  it('logs one approval when two arrive at once', async () => {
    const site = await seedSite({ moderation: 'all' })
    const cookie = await signIn()
    const held = await postOk(site, newThreadKey())
    const statuses = (
      await Promise.all([moderate(cookie, held.comment.id, 'approve'), moderate(cookie, held.comment.id, 'approve')])
    ).map((r) => r.status)
    expect(statuses.sort()).toEqual([200, 409])
    const logged = await testEnv.DB.prepare(
      "SELECT count(*) AS n FROM admin_actions WHERE target = ? AND action = 'approve'",
    )
      .bind(`comment ${held.comment.id}`)
      .first('n')
    expect(logged).toBe(1)
  })
})
