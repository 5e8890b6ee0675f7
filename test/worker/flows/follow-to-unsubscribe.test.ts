// A reader's whole story with a thread, over HTTP: follow, confirm by mail, get a notification, unsubscribe by page
// and by one-click, and then get nothing more. Delivered by the local queue and the simulated send_email binding.
import { describe, expect, it } from 'vitest'
import { follow, postForm, postOk } from '../support/api'
import { oneClick } from '../support/follower-links'
import { newThreadKey, uniqueEmail } from '../support/ids'
import { linkTo, mailsTo, waitForMail } from '../support/mailbox'
import { ORIGIN, request } from '../support/request'
import { followerState, outboxRows } from '../support/rows'
import { seedSite } from '../support/seed'

describe('following a thread, from the first click to the last mail', () => {
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
    expect(await followed.json()).toEqual({ follow: 'requested' })

    const confirmation = await waitForMail(reader, /^Confirm/)
    expect(confirmation.subject).toBe('Confirm that you want to follow "Green tea"')
    const confirmPath = linkTo(confirmation.text, '/follow/confirm')
    // Opening the link shows a button (a mail scanner that opens it confirms nothing); pressing it confirms.
    expect(await (await request(confirmPath)).text()).toContain('<h1>Follow this discussion?</h1>')
    const confirmed = await postForm(confirmPath, 'confirm=yes')
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
    expect(await followerState(reader)).toBe('active')

    // RFC 8058 one-click, as a mail provider sends it: a form body, no cookies, no Origin.
    const unsubscribed = await oneClick(unsubscribePath)
    expect(unsubscribed.status).toBe(200)
    expect(await unsubscribed.text()).toContain('<h1>You are unsubscribed</h1>')
    const again = await oneClick(unsubscribePath)
    expect(again.status).toBe(200)
    expect(await again.text()).toContain('<h1>You are unsubscribed</h1>')

    const next = await postOk(site, thread, { name: 'Bob', email: bob, body: 'Anyone?' })
    expect(await outboxRows('comment_id = ?', next.comment.id)).toEqual([])
    expect((await mailsTo(reader)).map((m) => m.subject).reverse()).toEqual([
      'Confirm that you want to follow "Green tea"',
      'New comment on "Green tea"',
    ])
  }, 60_000)
})
