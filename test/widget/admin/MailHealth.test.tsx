// The owner sees the follower list as it is: a thread's followers with why a refused one gets nothing, the figures,
// and a banner when complaints or undeliverable mail call for a look.
import { h, render } from 'preact'
import { afterEach, describe, expect, it } from 'vitest'
import type { AdminFollower, AdminThread, MailHealth } from '../../../worker/admin-types'
import { AdminApp } from '../../../widget/admin/components/AdminApp'
import { button, click, until } from '../page'
import { noSites, resetAdmin, signedIn, stubAdmin } from './admin-stub'

afterEach(() => {
  resetAdmin()
  location.hash = ''
})

const thread: AdminThread = {
  id: 3,
  siteId: 'demo',
  key: '/post',
  title: 'A post',
  url: null,
  commentCount: 2,
  locked: false,
  createdAt: new Date().toISOString(),
}
const bounced: AdminFollower = {
  id: 9,
  email: 'gone@example.com',
  state: 'bounced',
  reason: 'E_RECIPIENT_SUPPRESSED: suppressed',
  refusedAt: new Date().toISOString(),
  createdAt: new Date().toISOString(),
  updatedAt: new Date().toISOString(),
}
const health: MailHealth = {
  followers: { pending: 1, active: 4, unsubscribed: 0, bounced: 1, complained: 0 },
  oldestPendingAt: new Date().toISOString(),
  confirmationRate: 4 / 6,
  mails30Days: { sent: 40, failed: 1, dead: 3 },
  warning: 'undeliverable',
}

describe('a thread’s followers on the admin page', () => {
  it('shows who is not receiving and why, the figures, and the warning', async () => {
    location.hash = '#threads'
    const calls = stubAdmin({
      'GET /api/admin/session': signedIn,
      'GET /api/admin/sites': noSites,
      'GET /api/admin/threads': () => ({ body: { items: [thread], nextCursor: null } }),
      'GET /api/admin/threads/3/followers': () => ({ body: { items: [bounced], nextCursor: null } }),
      'GET /api/admin/mail-health': () => ({ body: { health } }),
    })
    render(<AdminApp />, document.body)
    click(await until(() => button(document.body, 'Followers')))
    const banner = await until(() => document.querySelector('[role=alert]'))
    expect(banner.textContent).toMatch(/could not be delivered/)
    expect(calls).toContain('GET /api/admin/mail-health')
    const figures = document.querySelector('.health')!.textContent!
    expect(figures).toContain('1 pending · 4 active · 1 bounced')
    expect(figures).toContain('67% of those who asked confirmed')
    expect(figures).toContain('Last 30 days: 40 sent, 1 refused for good, 3 dead')
    const row = await until(() => document.querySelector('tbody tr'))
    expect([...row.querySelectorAll('td')].slice(0, 3).map((td) => td.textContent)).toEqual([
      'gone@example.com',
      'bounced',
      'E_RECIPIENT_SUPPRESSED: suppressed',
    ])
  })
})
