// /api/admin/outbox (admin/outbox.ts): the mail log, where dead mail is visible and can be sent again.
import { describe, expect, it } from 'vitest'
import type { OutboxEntry, Page } from '../../../worker/admin-types'
import { postOk } from '../support/api'
import { adminJson, adminPlans, adminRequest, signIn } from '../support/admin'
import { newThreadKey } from '../support/ids'
import { testEnv } from '../support/request'
import { seedOutbox, seedSite } from '../support/seed'

/** A mail that failed all its attempts: its outbox id. */
async function deadMail(): Promise<number> {
  const posted = await postOk(await seedSite(), newThreadKey())
  return seedOutbox(posted.comment.id, 'gone@example.com', 'dead', 6, 'mailbox full')
}

describe('GET /api/admin/outbox', () => {
  it('lists dead mails with their last error', async () => {
    const id = await deadMail()
    const page = await adminJson<Page<OutboxEntry>>(await signIn(), '/api/admin/outbox?state=dead')
    expect(page.items.find((e) => e.id === id)).toMatchObject({
      state: 'dead',
      attempts: 6,
      lastError: 'mailbox full',
      recipient: 'gone@example.com',
    })
  })

  it('serves the mail log by state from outbox_by_state_id', async () => {
    expect(await adminPlans('/api/admin/outbox?state=dead', /FROM outbox/)).toEqual([
      expect.stringContaining('outbox_by_state_id'),
    ])
  })
})

describe('POST /api/admin/outbox/:id/retry', () => {
  it('sends a dead mail again: back to queued with fresh attempts, logged', async () => {
    const id = await deadMail()
    const cookie = await signIn()
    const { entry } = await adminJson<{ entry: OutboxEntry }>(cookie, `/api/admin/outbox/${id}/retry`, {
      method: 'POST',
    })
    // The local queue may already be working on it; either way it left 'dead' with its attempts reset.
    expect(entry.state === 'queued' || entry.state === 'sent' || entry.state === 'cancelled').toBe(true)
    expect(entry.attempts).toBeLessThanOrEqual(1)
    const again = await adminRequest(`/api/admin/outbox/${id}/retry`, { method: 'POST', cookie })
    expect(again.status).toBe(409)
    const log = await testEnv.DB.prepare('SELECT action, detail FROM admin_actions WHERE target = ?')
      .bind(`mail ${id}`)
      .first()
    expect(log).toEqual({ action: 'retry_mail', detail: 'gone@example.com' })
  })
})
