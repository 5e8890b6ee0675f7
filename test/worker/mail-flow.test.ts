// The whole follow-and-mail flow over HTTP, delivered by the local queue and the simulated send_email binding.
import { describe, expect, it } from 'vitest'
import type { PostCommentResponse } from '../../worker/api-types'
import { newThreadKey, ORIGIN, postComment, postOk, request, seedSite, testEnv } from './helpers'
import { follow, linkTo, outboxRows, seedFollowers, uniqueEmail, mailsTo, waitForMail } from './mail-helpers'

const followerCount = async (thread: string) =>
  (await testEnv.DB.prepare(
    'SELECT count(*) AS n FROM followers f JOIN threads t ON t.id = f.thread_id WHERE t.key = ?',
  )
    .bind(thread)
    .first<{ n: number }>())!.n

const confirmRows = (thread: string) =>
  outboxRows("kind = 'confirm' AND thread_id = (SELECT id FROM threads WHERE key = ?)", thread)

describe('following a thread', () => {
  it('follows, confirms, gets a notification, unsubscribes by page and by one-click, and then gets nothing more', async () => {
    // The thread's URL is kept only on one of the site's origins: mails link there.
    const site = await seedSite({ allowedOrigins: [ORIGIN, 'https://blog.example'] })
    const thread = newThreadKey()
    const reader = uniqueEmail('reader')

    const followed = await follow(site, thread, `  ${reader} `, {
      threadTitle: 'Green tea',
      threadUrl: 'https://blog.example/tea',
    })
    expect(followed.status).toBe(202)
    expect(await followed.json()).toEqual({ follow: 'confirmation_sent' })

    const confirmation = await waitForMail(reader, /^Confirm/)
    expect(confirmation.subject).toBe('Confirm that you want to follow "Green tea"')
    const confirmed = await request(linkTo(confirmation.text, '/follow/confirm'))
    expect(confirmed.status).toBe(200)
    expect(confirmed.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(await confirmed.text()).toContain('<h1>You are following this discussion</h1>')

    const bob = uniqueEmail('bob')
    const posted = await postOk(site, thread, { name: 'Bob', email: bob, body: 'I prefer **oolong**.' })
    const notification = await waitForMail(reader, /^New comment/)
    const unsubscribeUrl = notification.headers['List-Unsubscribe']!.slice(1, -1)
    expect(notification).toEqual({
      to: reader,
      subject: 'New comment on "Green tea"',
      text: expect.stringContaining(
        `Bob wrote on "Green tea":\n\n> I prefer **oolong**.\n\nRead and reply: https://blog.example/tea#parley-c${posted.comment.id}`,
      ),
      html: expect.stringContaining(
        '<blockquote style="margin:16px 0;padding:0 16px;border-left:3px solid #d0d7de;color:#424a53"><p>I prefer <strong>oolong</strong>.</p></blockquote>',
      ),
      headers: {
        'Auto-Submitted': 'auto-generated',
        'Content-Language': 'en',
        'List-Unsubscribe': `<${unsubscribeUrl}>`,
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      },
      sentAt: expect.any(String),
    })
    expect(notification.text).toContain(`Unsubscribe: ${unsubscribeUrl}`)
    expect(notification.html).toContain(`href="${unsubscribeUrl}"`)

    const unsubscribePath = linkTo(notification.text, '/unsubscribe')
    const askPage = await request(unsubscribePath)
    expect(askPage.status).toBe(200)
    const askHtml = await askPage.text()
    expect(askHtml).toContain('<h1>Stop emails about this discussion?</h1>')
    expect(askHtml).toContain('<form method="post" action="/unsubscribe?token=')
    expect(askHtml).toContain('<input type="hidden" name="List-Unsubscribe" value="One-Click">')
    // Opening the page changed nothing: mail scanners open links too.
    expect(await testEnv.DB.prepare('SELECT state FROM followers WHERE email = ?').bind(reader).first('state')).toBe(
      'active',
    )

    // RFC 8058 one-click, as a mail provider sends it: a form body, no cookies, no Origin.
    const oneClick = {
      method: 'POST',
      origin: null,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    }
    const unsubscribed = await request(unsubscribePath, oneClick)
    expect(unsubscribed.status).toBe(200)
    expect(await unsubscribed.text()).toContain('<h1>You are unsubscribed</h1>')
    const again = await request(unsubscribePath, oneClick)
    expect(again.status).toBe(200)
    expect(await again.text()).toContain('<h1>You are unsubscribed</h1>')

    const next = await postOk(site, thread, { name: 'Bob', email: bob, body: 'Anyone?' })
    expect(await outboxRows('comment_id = ?', next.comment.id)).toEqual([])
    expect((await mailsTo(reader)).map((m) => m.subject).reverse()).toEqual([
      'Confirm that you want to follow "Green tea"',
      'New comment on "Green tea"',
    ])
  }, 60_000)

  it('sends the author no mail about their own comment, and every other active follower one', async () => {
    const site = await seedSite()
    const thread = newThreadKey()
    const [ann, bob, pending] = [uniqueEmail('ann'), uniqueEmail('bob'), uniqueEmail('pending')]
    await seedFollowers(site, thread, [ann, bob])
    await seedFollowers(site, thread, [pending], 'pending')
    const posted = await postOk(site, thread, { name: 'Ann', email: ann.toUpperCase() })
    expect(await outboxRows('comment_id = ?', posted.comment.id)).toEqual([
      {
        id: expect.any(Number),
        kind: 'notify',
        recipient: bob,
        state: 'queued',
        attempts: 0,
        comment_id: posted.comment.id,
        last_error: null,
      },
    ])
  })

  it('writes no notification for a comment held for moderation', async () => {
    const site = await seedSite({ moderation: 'all' })
    const thread = newThreadKey()
    await seedFollowers(site, thread, [uniqueEmail('ann')])
    const posted = await postOk(site, thread)
    expect(posted.comment.status).toBe('pending')
    expect(await outboxRows('comment_id = ?', posted.comment.id)).toEqual([])
  })

  it('keeps one follower and one confirmation mail when the same address follows twice', async () => {
    const site = await seedSite()
    const thread = newThreadKey()
    const reader = uniqueEmail('twice')
    expect(await (await follow(site, thread, reader)).json()).toEqual({ follow: 'confirmation_sent' })
    expect(await (await follow(site, thread, ` ${reader.toUpperCase()} `)).json()).toEqual({
      follow: 'confirmation_sent',
    })
    expect(await followerCount(thread)).toBe(1)
    expect(await confirmRows(thread)).toHaveLength(1)
  })

  it('does not ask an active follower again, and answers already_following', async () => {
    const site = await seedSite()
    const thread = newThreadKey()
    const reader = uniqueEmail('active')
    await seedFollowers(site, thread, [reader])
    const res = await follow(site, thread, reader)
    expect(res.status).toBe(202)
    expect(await res.json()).toEqual({ follow: 'already_following' })
    const posted = (await (
      await postComment(site, thread, { email: reader, follow: true })
    ).json()) as PostCommentResponse
    expect(posted.follow).toBe('already_following')
    expect(await confirmRows(thread)).toEqual([])
  })

  it('sends a pending address a new confirmation only after a day', async () => {
    const site = await seedSite()
    const thread = newThreadKey()
    const reader = uniqueEmail('later')
    await follow(site, thread, reader)
    await testEnv.DB.prepare('UPDATE followers SET confirmation_sent_at = confirmation_sent_at - ? WHERE email = ?')
      .bind(23 * 3600_000, reader)
      .run()
    await follow(site, thread, reader)
    expect(await confirmRows(thread)).toHaveLength(1)
    await testEnv.DB.prepare('UPDATE followers SET confirmation_sent_at = confirmation_sent_at - ? WHERE email = ?')
      .bind(2 * 3600_000, reader)
      .run()
    await follow(site, thread, reader)
    expect(await confirmRows(thread)).toHaveLength(2)
  })

  it('asks for confirmation again when someone who unsubscribed follows anew', async () => {
    const site = await seedSite()
    const thread = newThreadKey()
    const reader = uniqueEmail('back')
    await seedFollowers(site, thread, [reader], 'unsubscribed')
    expect(await (await follow(site, thread, reader)).json()).toEqual({ follow: 'confirmation_sent' })
    expect(await testEnv.DB.prepare('SELECT state FROM followers WHERE email = ?').bind(reader).first('state')).toBe(
      'pending',
    )
    expect(await confirmRows(thread)).toHaveLength(1)
  })

  it('follows from the comment form: a pending follower and a confirmation mail in the same batch as the comment', async () => {
    const site = await seedSite()
    const thread = newThreadKey()
    const reader = uniqueEmail('form')
    const posted = (await (
      await postComment(site, thread, { email: reader, follow: true })
    ).json()) as PostCommentResponse
    expect(posted.follow).toBe('confirmation_sent')
    expect(
      await testEnv.DB.prepare('SELECT email, state FROM followers WHERE email_normalized = ?').bind(reader).first(),
    ).toEqual({ email: reader, state: 'pending' })
    expect(await confirmRows(thread)).toEqual([
      expect.objectContaining({ kind: 'confirm', recipient: reader, state: 'queued' }),
    ])
  })
})

describe('POST /api/follow', () => {
  it('refuses an address that is not a mailbox with 400 validation_failed', async () => {
    const site = await seedSite()
    const res = await follow(site, newThreadKey(), 'ann@example')
    expect(res.status).toBe(400)
    expect(await res.json()).toEqual({
      error: { code: 'validation_failed', message: 'email must be a valid email address.', field: 'email' },
    })
  })

  it('refuses a missing email with 400 validation_failed', async () => {
    const site = await seedSite()
    const res = await follow(site, newThreadKey(), '')
    expect(res.status).toBe(400)
    expect(await res.json()).toEqual({
      error: { code: 'validation_failed', message: 'email is required.', field: 'email' },
    })
  })

  it('refuses a wrong challenge answer with 403 and stores no follower', async () => {
    const site = await seedSite()
    const thread = newThreadKey()
    const res = await follow(site, thread, uniqueEmail('bot'), { challengeAnswer: 'WRONG1' })
    expect(res.status).toBe(403)
    expect(await res.json()).toMatchObject({ error: { code: 'challenge_failed', field: 'challengeAnswer' } })
    expect(await followerCount(thread)).toBe(0)
  })

  it('refuses an origin the site does not list', async () => {
    const site = await seedSite()
    const foreign = await request('/api/follow', {
      method: 'POST',
      origin: 'https://evil.example',
      json: { site, thread: newThreadKey(), email: uniqueEmail('x') },
    })
    expect(foreign.status).toBe(403)
    expect(await foreign.json()).toEqual({
      error: { code: 'forbidden_origin', message: "This page's origin is not allowed for this site." },
    })
  })
})
