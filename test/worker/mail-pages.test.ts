// The pages behind mail links: confirm and unsubscribe, in the site's language; bad links get a readable 400 page.
import { describe, expect, it } from 'vitest'
import { followerLink } from '../../worker/mail/links'
import { signToken } from '../../worker/tokens'
import { newThreadKey, request, seedSite, testEnv } from './helpers'
import { seedFollowers, uniqueEmail } from './mail-helpers'

const DAY = 24 * 3600_000

async function followerId(site: string, state: string, title = 'A thread'): Promise<number> {
  const thread = newThreadKey()
  const email = uniqueEmail('page')
  await seedFollowers(site, thread, [email], state)
  await testEnv.DB.prepare('UPDATE threads SET title = ? WHERE key = ?').bind(title, thread).run()
  return (await testEnv.DB.prepare('SELECT id FROM followers WHERE email = ?').bind(email).first<number>('id'))!
}

const stateOf = (id: number) =>
  testEnv.DB.prepare('SELECT state FROM followers WHERE id = ?').bind(id).first<string>('state')
const pathOf = (url: string) => new URL(url).pathname + new URL(url).search
const post = (path: string) =>
  request(path, {
    method: 'POST',
    origin: null,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: 'List-Unsubscribe=One-Click',
  })

describe('GET /follow/confirm', () => {
  it('makes a pending follower active and says so', async () => {
    const id = await followerId(await seedSite(), 'pending', 'Tea <&> "biscuits"')
    const res = await request(pathOf(await followerLink(testEnv, 'follow_confirm', id, Date.now())))
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(html).toContain('<html lang="en">')
    expect(html).toContain(
      '<p>You will get an email when a new comment appears on &quot;Tea &lt;&amp;&gt; &quot;biscuits&quot;&quot;. Every email has a link to stop.</p>',
    )
    expect(html).toContain('<a href="https://blog.example/post">Back to the discussion</a>')
    expect(await stateOf(id)).toBe('active')
  })

  it('speaks the site language', async () => {
    const id = await followerId(await seedSite({ language: 'nl' }), 'pending', 'Thee')
    const html = await (await request(pathOf(await followerLink(testEnv, 'follow_confirm', id, Date.now())))).text()
    expect(html).toContain('<html lang="nl">')
    expect(html).toContain('<h1>Je volgt deze discussie</h1>')
  })

  it('does not bring back someone who unsubscribed after the confirmation mail', async () => {
    const id = await followerId(await seedSite(), 'unsubscribed')
    const res = await request(pathOf(await followerLink(testEnv, 'follow_confirm', id, Date.now())))
    expect(res.status).toBe(200)
    expect(await res.text()).toContain('<h1>You are not following this discussion</h1>')
    expect(await stateOf(id)).toBe('unsubscribed')
  })

  it('answers a second click with the same page', async () => {
    const id = await followerId(await seedSite(), 'pending')
    const path = pathOf(await followerLink(testEnv, 'follow_confirm', id, Date.now()))
    await request(path)
    const again = await request(path)
    expect(again.status).toBe(200)
    expect(await again.text()).toContain('<h1>You are following this discussion</h1>')
  })
})

describe('GET and POST /unsubscribe', () => {
  it('shows a button that posts back with the token and changes nothing by itself', async () => {
    const id = await followerId(await seedSite({ language: 'nl' }), 'active')
    const path = pathOf(await followerLink(testEnv, 'unsubscribe', id, Date.now()))
    const res = await request(path)
    expect(res.status).toBe(200)
    expect(res.headers.get('referrer-policy')).toBe('no-referrer')
    expect(res.headers.get('cache-control')).toBe('no-store')
    const html = await res.text()
    expect(html).toContain('<h1>Geen e-mails meer over deze discussie?</h1>')
    expect(html).toContain(
      `<form method="post" action="${path}"><input type="hidden" name="List-Unsubscribe" value="One-Click"><button type="submit">Afmelden</button></form>`,
    )
    expect(await stateOf(id)).toBe('active')
  })

  it('unsubscribes on POST, and a second POST is harmless', async () => {
    const id = await followerId(await seedSite(), 'active', 'Tea')
    const path = pathOf(await followerLink(testEnv, 'unsubscribe', id, Date.now()))
    for (const attempt of [1, 2]) {
      const res = await post(path)
      expect(res.status, `attempt ${attempt}`).toBe(200)
      expect(await res.text()).toContain('<p>You will get no more emails about &quot;Tea&quot;.</p>')
    }
    expect(await stateOf(id)).toBe('unsubscribed')
    expect(await (await request(path)).text()).toContain('<h1>You are unsubscribed</h1>')
  })
})

describe('broken links', () => {
  const OTHER_KEY = 'another-signing-key-0123456789abcdef0123456789'
  const now = Date.now()
  type Case = [string, (fid: number) => Promise<string>]
  const tokens = (purpose: 'follow_confirm' | 'unsubscribe', other: 'follow_confirm' | 'unsubscribe'): Case[] => [
    ['a forged token', (fid) => signToken(OTHER_KEY, purpose, { fid }, now + DAY)],
    ['an expired token', (fid) => signToken(testEnv.SIGNING_KEY, purpose, { fid }, now - 1000)],
    ['a token for another purpose', (fid) => signToken(testEnv.SIGNING_KEY, other, { fid }, now + DAY)],
    ['an edit token', (fid) => signToken(testEnv.SIGNING_KEY, 'edit', { cid: fid }, now + DAY)],
    [
      'a token with a changed payload',
      async (fid) => tamper(await signToken(testEnv.SIGNING_KEY, purpose, { fid }, now + DAY), fid + 1),
    ],
    ['garbage', async () => 'not.a.token'],
    ['no token', async () => ''],
  ]
  const cases: [string, string, string, Case[]][] = [
    ['GET', '/follow/confirm', 'pending', tokens('follow_confirm', 'unsubscribe')],
    ['GET', '/unsubscribe', 'active', tokens('unsubscribe', 'follow_confirm')],
    ['POST', '/unsubscribe', 'active', tokens('unsubscribe', 'follow_confirm')],
  ]
  for (const [method, path, state, list] of cases) {
    it.each(list)(`${method} ${path} refuses %s with a readable 400 page and changes nothing`, async (_label, make) => {
      const id = await followerId(await seedSite(), state)
      const url = `${path}?token=${encodeURIComponent(await make(id))}`
      const res = method === 'GET' ? await request(url) : await post(url)
      expect(res.status).toBe(400)
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8')
      expect(await res.text()).toContain('<h1>This link does not work</h1>')
      expect(await stateOf(id)).toBe(state)
    })
  }

  it('answers in Dutch to a reader who prefers it', async () => {
    const res = await request('/unsubscribe?token=nope', { headers: { 'accept-language': 'nl-NL,nl;q=0.9,en;q=0.8' } })
    expect(res.status).toBe(400)
    expect(await res.text()).toContain('<h1>Deze link werkt niet</h1>')
  })

  it('answers 404 for a valid token whose follower does not exist', async () => {
    const res = await request(pathOf(await followerLink(testEnv, 'unsubscribe', 987654321, Date.now())))
    expect(res.status).toBe(404)
    expect(await res.text()).toContain('<h1>This link does not work</h1>')
  })
})

/** The same signature over a payload naming another follower: must fail the signature check. */
function tamper(token: string, otherFid: number): string {
  const [header, payload, signature] = token.split('.')
  const claims = JSON.parse(atob(payload!.replace(/-/g, '+').replace(/_/g, '/'))) as Record<string, unknown>
  const changed = btoa(JSON.stringify({ ...claims, fid: otherFid }))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '')
  return `${header}.${changed}.${signature}`
}
