// The content checks in POST /api/comments: a comment that looks like spam is held (never dropped) with its score and
// reasons for the owner, and the owner's "spam" and "not spam" teach the checks.
import { describe, expect, it } from 'vitest'
import { listComments, postComment, postOk, solvedChallenge } from '../support/api'
import { adminComments, moderate, signIn } from '../support/admin'
import { newThreadKey } from '../support/ids'
import { request } from '../support/request'
import { seedSite } from '../support/seed'

const SPAM = 'Great deals on watches, click here: https://watches.example/deal https://watches.example/more'
const LONG = 'I tried the recipe twice and the second loaf rose much better with the longer proof.'

async function adminView(site: string, id: number) {
  const page = await adminComments(await signIn(), `site=${site}`)
  return page.items.find((c) => c.id === id)
}

describe('content checks on POST /api/comments', () => {
  it('holds a spammy comment on a site that publishes at once, and shows the owner why', async () => {
    const site = await seedSite()
    const thread = newThreadKey()
    const posted = await postOk(site, thread, { body: SPAM, website: 'https://watches.example' })
    expect(posted.comment.status).toBe('pending')
    expect((await listComments(site, thread)).comments).toEqual([])
    expect(await adminView(site, posted.comment.id)).toMatchObject({
      status: 'pending',
      spamScore: 4,
      spamReasons: ['links', 'website', 'phrase'],
    })
  })

  it('publishes an ordinary comment and keeps its score of 0', async () => {
    const site = await seedSite()
    const posted = await postOk(site, newThreadKey(), { body: LONG })
    expect(posted.comment.status).toBe('published')
    expect(await adminView(site, posted.comment.id)).toMatchObject({ spamScore: 0, spamReasons: [] })
  })

  it('counts a text posted again on the site within a day as a repeat, and not after it', async () => {
    const site = await seedSite()
    const post = async (at: number) =>
      request('/api/comments', {
        method: 'POST',
        at,
        json: { site, thread: newThreadKey(), name: 'Ann', body: LONG, ...(await solvedChallenge(site, at)) },
      }).then((res) => res.json<{ comment: { id: number; status: string } }>())
    const day = 24 * 60 * 60 * 1000
    const first = Date.now()
    expect((await post(first)).comment.status).toBe('published')
    const again = await post(first + 60_000)
    expect(again.comment.status).toBe('pending')
    expect(await adminView(site, again.comment.id)).toMatchObject({ spamReasons: ['duplicate'] })
    // Another site's copy is not a repeat here; a day after the last one, the text is new again.
    expect((await postOk(await seedSite(), newThreadKey(), { body: LONG })).comment.status).toBe('published')
    expect((await post(first + 60_000 + day + 1)).comment.status).toBe('published')
  })

  it("holds the site's threshold: 1 holds even a comment with a website", async () => {
    const site = await seedSite({ spamThreshold: 1 })
    const posted = await postOk(site, newThreadKey(), { body: LONG, website: 'https://ann.example' })
    expect(posted.comment.status).toBe('pending')
  })

  it('learns from "spam": the same text and links to the same host are held; "not spam" forgets them', async () => {
    const site = await seedSite()
    const cookie = await signIn()
    const text = 'Have a look at my pictures of the trip: https://pics.example/trip and tell me what you think!'
    const first = await postOk(site, newThreadKey(), { body: text })
    expect(first.comment.status).toBe('published')
    expect((await moderate(cookie, first.comment.id, 'spam')).status).toBe(200)
    const again = await postOk(site, newThreadKey(), { body: `${text} ` })
    expect(again.comment.status).toBe('pending')
    expect(await adminView(site, again.comment.id)).toMatchObject({
      spamReasons: ['duplicate', 'marked_spam', 'spam_link'],
    })
    const sameHost = await postOk(site, newThreadKey(), {
      body: 'More photos from the second day: https://pics.example/x',
      website: 'https://a.example',
    })
    expect(await adminView(site, sameHost.comment.id)).toMatchObject({
      status: 'pending',
      spamReasons: ['website', 'spam_link'],
    })
    // The owner approves the first one after all: not spam. Its text and host are forgotten.
    expect((await moderate(cookie, first.comment.id, 'approve')).status).toBe(200)
    const later = await postOk(site, newThreadKey(), {
      body: 'More photos from the second day: https://pics.example/y',
      website: 'https://a.example',
    })
    expect(later.comment.status).toBe('published')
  })

  it('refuses a spammy comment with a wrong code as before: the checks run only on what passed the gate', async () => {
    const site = await seedSite()
    const res = await postComment(site, newThreadKey(), { body: SPAM, challengeAnswer: 'WRONG1' })
    expect(res.status).toBe(403)
  })
})
