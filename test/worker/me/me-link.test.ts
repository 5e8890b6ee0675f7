// POST /api/me/link: a reader asks for the link to their own page. The answer never tells whether the address is
// known; only a known one gets a mail, a few an hour at most, through the gate and the rate limit of every write.
import { describe, expect, it } from 'vitest'
import { ME_LINKS_PER_HOUR } from '../../../worker/db/me-links'
import { postOk } from '../support/api'
import { uniqueEmail } from '../support/ids'
import { linkTo, waitForMail } from '../support/mailbox'
import { askLink, seedReaderFollows } from '../support/reader'
import { request } from '../support/request'
import { outboxRows } from '../support/rows'
import { seedSite } from '../support/seed'

const linksTo = (email: string) => outboxRows("kind = 'me_link' AND recipient = ?", email)

describe('POST /api/me/link', () => {
  it('answers 202 with the same body for a known and an unknown address, and writes a mail only for the known', async () => {
    const site = await seedSite()
    const { email: known } = await seedReaderFollows(site)
    const unknown = uniqueEmail('stranger')
    const [a, b] = [await askLink(site, known), await askLink(site, unknown)]
    expect([a.status, b.status]).toEqual([202, 202])
    expect(await a.json()).toEqual({ link: 'requested' })
    expect(await b.json()).toEqual({ link: 'requested' })
    expect(a.headers.get('access-control-allow-origin')).toBe(b.headers.get('access-control-allow-origin'))
    expect(await linksTo(known)).toHaveLength(1)
    expect(await linksTo(unknown)).toHaveLength(0)
  })

  it('mails a known address a link to its page on the site, which opens it', async () => {
    const site = await seedSite({ name: 'Tea blog' })
    const { email } = await seedReaderFollows(site)
    await askLink(site, email)
    const mail = await waitForMail(email, /Tea blog/)
    expect(mail.subject).toBe('Your link to your page at Tea blog')
    const page = await request(linkTo(mail.text, '/me'), { origin: null })
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('First thread')
  }, 30_000)

  it('knows an address by its comments too, whatever its case', async () => {
    const site = await seedSite()
    const email = uniqueEmail('writer')
    await postOk(site, '/p', { email })
    await askLink(site, email.toUpperCase())
    expect(await linksTo(email.toUpperCase())).toHaveLength(1)
  })

  it(`writes at most ${ME_LINKS_PER_HOUR} links an hour per address, answering each request the same`, async () => {
    const site = await seedSite()
    const { email } = await seedReaderFollows(site)
    for (let i = 0; i < ME_LINKS_PER_HOUR + 2; i++) expect((await askLink(site, email)).status).toBe(202)
    expect(await linksTo(email)).toHaveLength(ME_LINKS_PER_HOUR)
  })

  it('refuses a wrong answer to the code with 403 and writes nothing', async () => {
    const site = await seedSite()
    const { email } = await seedReaderFollows(site)
    const res = await askLink(site, email, { challengeAnswer: 'WRONG' })
    expect(res.status).toBe(403)
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('challenge_failed')
    expect(await linksTo(email)).toHaveLength(0)
  })

  it('refuses an IP past its allowance of writes with 429 and Retry-After', async () => {
    const site = await seedSite()
    const { email } = await seedReaderFollows(site)
    const ip = '10.99.0.1'
    for (let i = 0; i < 10; i++) await askLink(site, uniqueEmail('flood'), {}, ip)
    const res = await askLink(site, email, {}, ip)
    expect(res.status).toBe(429)
    expect(res.headers.get('retry-after')).toMatch(/^\d+$/)
    expect(await linksTo(email)).toHaveLength(0)
  })

  it('refuses a page of an origin the site does not list, and a malformed address, with clear 4xx errors', async () => {
    const site = await seedSite()
    const foreign = await request('/api/me/link', {
      method: 'POST',
      origin: 'https://evil.example',
      json: { site, email: uniqueEmail('x') },
    })
    expect(foreign.status).toBe(403)
    const bad = await askLink(site, 'not an address')
    expect(bad.status).toBe(400)
    expect(await bad.json()).toMatchObject({ error: { code: 'validation_failed', field: 'email' } })
  })
})
