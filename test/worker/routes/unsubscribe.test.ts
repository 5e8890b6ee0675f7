// /unsubscribe?token=…: GET shows a button and changes nothing, POST (also RFC 8058 one-click) unsubscribes; a bad
// link is a readable 400 page.
import { describe, expect, it } from 'vitest'
import { brokenLinks, followerPath, oneClick, seedFollowerOf } from '../support/follower-links'
import { request } from '../support/request'
import { followerState } from '../support/rows'
import { seedSite } from '../support/seed'

describe('GET /unsubscribe', () => {
  it('shows a button that posts back with the token and changes nothing by itself', async () => {
    const id = await seedFollowerOf(await seedSite({ language: 'nl' }), 'active')
    const path = await followerPath('unsubscribe', id)
    const res = await request(path)
    expect(res.status).toBe(200)
    expect(res.headers.get('referrer-policy')).toBe('no-referrer')
    expect(res.headers.get('cache-control')).toBe('no-store')
    const html = await res.text()
    expect(html).toContain('<h1>Geen e-mails meer over deze discussie?</h1>')
    expect(html).toContain(
      `<form method="post" action="${path}"><input type="hidden" name="List-Unsubscribe" value="One-Click"><button type="submit">Afmelden</button></form>`,
    )
    expect(await followerState(id)).toBe('active')
  })

  it.each([
    ['nl-NL,nl;q=0.9,en;q=0.8', 'Deze link werkt niet'],
    ['de-AT,de;q=0.9', 'Dieser Link funktioniert nicht'],
    ['es-ES,fr-CA;q=0.8', 'Ce lien ne fonctionne pas'],
  ])('answers "%s" in the first language it speaks', async (accept, title) => {
    const res = await request('/unsubscribe?token=nope', { headers: { 'accept-language': accept } })
    expect(res.status).toBe(400)
    expect(await res.text()).toContain(`<h1>${title}</h1>`)
  })

  it('answers 404 for a valid token whose follower does not exist', async () => {
    const res = await request(await followerPath('unsubscribe', 987654321))
    expect(res.status).toBe(404)
    expect(await res.text()).toContain('<h1>This link does not work</h1>')
  })
})

describe('POST /unsubscribe', () => {
  it('unsubscribes, and a second POST is harmless', async () => {
    const id = await seedFollowerOf(await seedSite(), 'active', 'Tea')
    const path = await followerPath('unsubscribe', id)
    for (const attempt of [1, 2]) {
      const res = await oneClick(path)
      expect(res.status, `attempt ${attempt}`).toBe(200)
      expect(await res.text()).toContain('<p>You will get no more emails about &quot;Tea&quot;.</p>')
    }
    expect(await followerState(id)).toBe('unsubscribed')
    expect(await (await request(path)).text()).toContain('<h1>You are unsubscribed</h1>')
  })
})

describe.each([
  ['GET', (path: string, at?: number) => request(path, { at })],
  ['POST', oneClick],
])('%s /unsubscribe', (_method, send) => {
  it.each(brokenLinks('unsubscribe', 'follow_confirm'))(
    'refuses %s with a readable 400 page and changes nothing',
    async (_label, token, at) => {
      const id = await seedFollowerOf(await seedSite(), 'active')
      const res = await send(`/unsubscribe?token=${encodeURIComponent(await token(id))}`, at)
      expect(res.status).toBe(400)
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8')
      expect(await res.text()).toContain('<h1>This link does not work</h1>')
      expect(await followerState(id)).toBe('active')
    },
  )
})
