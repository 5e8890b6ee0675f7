// /me/ask?token=…: the "manage your emails" link in every mail's footer. It never opens the reader's page itself (a
// forwarded mail must not hand over "erase me"): its button mails a fresh link to the address the mail went to.
import { describe, expect, it } from 'vitest'
import { ME_LINKS_PER_HOUR } from '../../../worker/db/me-links'
import { publishWithoutQueue } from '../support/queue'
import { mailOf, planOf } from '../support/mail-plan'
import { pressButton, readerPath, seedReaderFollows } from '../support/reader'
import { request } from '../support/request'
import { followerState, outboxRows } from '../support/rows'
import { seedSite } from '../support/seed'

describe('/me/ask', () => {
  it("is in a notification's footer, and links to no page that acts by itself", async () => {
    const site = await seedSite()
    const { keys } = await seedReaderFollows(site)
    const { outboxIds } = await publishWithoutQueue(site, keys[0]!, { name: 'Bob', email: null }, 'Hi')
    const mail = mailOf(await planOf(outboxIds[0]!))
    expect(mail.text).toMatch(/Manage your emails on this site: http:\/\/localhost:8787\/me\/ask\?token=[\w.-]+/)
    expect(mail.text).not.toMatch(/\/me\?token=/)
  })

  it('shows a button and changes nothing on GET; its POST queues a fresh link for that address, capped per hour', async () => {
    const site = await seedSite({ name: 'Tea blog' })
    const { email, followers } = await seedReaderFollows(site)
    const path = await readerPath(site, email, 'me_ask')
    const page = await request(path, { origin: null })
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('<button type="submit">Email me the link</button>')
    expect(await outboxRows("kind = 'me_link' AND recipient = ?", email)).toHaveLength(0)
    for (let i = 0; i < ME_LINKS_PER_HOUR + 1; i++) {
      const res = await pressButton(path, { ask: 'yes' })
      expect(await res.text()).toContain('If this address is known here, a link is on its way.')
    }
    expect(await outboxRows("kind = 'me_link' AND recipient = ?", email)).toHaveLength(ME_LINKS_PER_HOUR)
    expect(await followerState(followers[0]!)).toBe('active')
  })

  it("refuses a page's own token (a `me` token) with a readable 400", async () => {
    const site = await seedSite()
    const { email } = await seedReaderFollows(site)
    const me = await readerPath(site, email)
    expect((await request(me.replace('/me?', '/me/ask?'), { origin: null })).status).toBe(400)
  })
})
