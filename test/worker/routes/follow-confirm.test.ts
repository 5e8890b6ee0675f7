// /follow/confirm?token=…: the link in a confirmation mail shows a button (opening it confirms nothing), and its POST
// makes a pending follower active; a bad link is a readable 400 page in the site's language.
import { describe, expect, it } from 'vitest'
import { brokenLinks, followerPath, seedFollowerOf } from '../support/follower-links'
import { postForm } from '../support/api'
import { request, testEnv } from '../support/request'
import { followerState } from '../support/rows'
import { seedSite } from '../support/seed'

const confirm = (path: string) => postForm(path, 'confirm=yes')

describe('GET /follow/confirm', () => {
  it('shows a pending follower a button that posts to the same link, and confirms nothing yet', async () => {
    const id = await seedFollowerOf(await seedSite(), 'pending', 'Thee')
    const path = await followerPath('follow_confirm', id)
    const html = await (await request(path)).text()
    expect(html).toContain('<h1>Follow this discussion?</h1>')
    expect(html).toContain(`<form method="post" action="${path.replace(/&/g, '&amp;')}">`)
    expect(await followerState(id)).toBe('pending')
  })

  it('offers a mail per comment (checked) or a daily digest', async () => {
    const id = await seedFollowerOf(await seedSite(), 'pending')
    const html = await (await request(await followerPath('follow_confirm', id))).text()
    expect(html).toContain('<legend>How often?</legend>')
    expect(html).toContain('<input type="radio" name="delivery" value="each" checked> An email for every new comment')
    expect(html).toContain('<input type="radio" name="delivery" value="digest"> At most one email a day')
  })
})

const deliveryOf = (id: number) =>
  testEnv.DB.prepare('SELECT delivery FROM followers WHERE id = ?').bind(id).first<string>('delivery')

describe('POST /follow/confirm', () => {
  it('makes a pending follower active and says so', async () => {
    const id = await seedFollowerOf(await seedSite(), 'pending', 'Tea <&> "biscuits"')
    const res = await confirm(await followerPath('follow_confirm', id))
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(html).toContain('<html lang="en">')
    expect(html).toContain(
      '<p>You will get an email when a new comment appears on &quot;Tea &lt;&amp;&gt; &quot;biscuits&quot;&quot;. Every email has a link to stop.</p>',
    )
    expect(html).toContain('<a href="https://blog.example/post">Back to the discussion</a>')
    expect(await followerState(id)).toBe('active')
  })

  it('takes the digest when the reader chose it, and a mail per comment for anything else', async () => {
    const site = await seedSite()
    const [digest, odd] = [await seedFollowerOf(site, 'pending'), await seedFollowerOf(site, 'pending')]
    await postForm(await followerPath('follow_confirm', digest), 'confirm=yes&delivery=digest')
    await postForm(await followerPath('follow_confirm', odd), 'confirm=yes&delivery=hourly')
    expect([await deliveryOf(digest), await deliveryOf(odd)]).toEqual(['digest', 'each'])
    expect(await followerState(digest)).toBe('active')
  })

  it('speaks the site language', async () => {
    const id = await seedFollowerOf(await seedSite({ language: 'nl' }), 'pending', 'Thee')
    const html = await (await confirm(await followerPath('follow_confirm', id))).text()
    expect(html).toContain('<html lang="nl">')
    expect(html).toContain('<h1>Je volgt deze discussie</h1>')
  })

  it('does not bring back someone who unsubscribed after the confirmation mail', async () => {
    const id = await seedFollowerOf(await seedSite(), 'unsubscribed')
    const res = await confirm(await followerPath('follow_confirm', id))
    expect(res.status).toBe(200)
    expect(await res.text()).toContain('<h1>You are not following this discussion</h1>')
    expect(await followerState(id)).toBe('unsubscribed')
  })

  it('answers a second click with the same page', async () => {
    const id = await seedFollowerOf(await seedSite(), 'pending')
    const path = await followerPath('follow_confirm', id)
    await confirm(path)
    const again = await confirm(path)
    expect(again.status).toBe(200)
    expect(await again.text()).toContain('<h1>You are following this discussion</h1>')
  })

  it.each(brokenLinks('follow_confirm', 'unsubscribe'))(
    'refuses %s with a readable 400 page and changes nothing',
    async (_label, token, at) => {
      const id = await seedFollowerOf(await seedSite(), 'pending')
      const res = await request(`/follow/confirm?token=${encodeURIComponent(await token(id))}`, { at })
      expect(res.status).toBe(400)
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8')
      expect(await res.text()).toContain('<h1>This link does not work</h1>')
      expect(await followerState(id)).toBe('pending')
    },
  )
})
