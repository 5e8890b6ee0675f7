// The owner's webhook (mail/webhook-body.ts, mail/webhook-send.ts): written with the comment, delivered to a real
// receiver on 127.0.0.1 through the outbox's claim and back-off, signed so the README's recipe verifies it.
import { describe, expect, it } from 'vitest'
import { verifyParley } from '../../../examples/webhook-receiver/verify.mjs'
import { getMailHealth } from '../../../worker/db/mail-health'
import { postOk } from '../support/api'
import { newThreadKey, uniqueEmail } from '../support/ids'
import { runQueue } from '../support/queue'
import { testEnv } from '../support/request'
import { outboxRows } from '../support/rows'
import { SECRET, seedWebhookSite } from '../support/webhooks'

/** Posts a comment on the site and plays the queue for every row it wrote; the comment and the rows after. */
async function postAndDeliver(site: string, fields: Record<string, unknown> = {}, env = testEnv) {
  const posted = await postOk(site, newThreadKey(), fields)
  const ids = (await outboxRows('comment_id = ?', posted.comment.id)).map((r) => r.id)
  const rounds = await runQueue(ids, Date.now(), env)
  return { posted, rounds, rows: await outboxRows('comment_id = ?', posted.comment.id) }
}

describe("the owner's channels", () => {
  it.each([
    ['mail only', { notify: true, webhook: false }, ['owner']],
    ['webhook only', { notify: false, webhook: true }, ['webhook']],
    ['both', { notify: true, webhook: true }, ['owner', 'webhook']],
    ['neither', { notify: false, webhook: false }, []],
  ])('writes the rows of %s in the batch of the comment', async (_, { notify, webhook }, kinds) => {
    const ownerEmail = uniqueEmail('owner')
    const { site, receiver } = await seedWebhookSite('200', { notifyOwner: notify, ownerEmail })
    if (!webhook) await testEnv.DB.prepare('UPDATE sites SET webhook_url = NULL WHERE id = ?').bind(site).run()
    const posted = await postOk(site, newThreadKey(), { name: 'Ann' })
    const rows = await outboxRows('comment_id = ?', posted.comment.id)
    expect(rows.map((r) => [r.kind, r.state])).toEqual(kinds.map((kind) => [kind, 'queued']))
    // The row names the webhook by its host: the URL itself (a chat service's has its token in it) stays on the site.
    if (webhook) expect(rows.at(-1)!.recipient).toBe(new URL(receiver.url).host)
  })
})

describe("a call in Parley's format", () => {
  it('carries the comment and the signed moderation links, signed so the README recipe verifies it', async () => {
    const { site, receiver } = await seedWebhookSite('204', { moderation: 'all' })
    const thread = { threadTitle: 'Along the canals', threadUrl: 'http://localhost:8787/canals' }
    const { posted, rows } = await postAndDeliver(site, { name: 'Ann', body: 'Is the *ferry* running?', ...thread })
    expect(rows.map((r) => [r.kind, r.state, r.attempts])).toEqual([['webhook', 'sent', 1]])
    const [call] = await receiver.calls()
    expect(call!.headers['content-type']).toBe('application/json')
    expect(call!.headers['x-parley-event']).toBe('comment.held')
    expect(call!.headers['x-parley-delivery']).toBe(String(rows[0]!.id))
    expect(verifyParley(SECRET, call!.headers, call!.body)).toBe(true)
    expect(verifyParley('whsec_another', call!.headers, call!.body)).toBe(false)
    expect(verifyParley(SECRET, call!.headers, call!.body.replace('ferry', 'fairy'))).toBe(false)
    const body = JSON.parse(call!.body)
    const link = (action: string) =>
      expect.stringMatching(`^${testEnv.PUBLIC_URL}/moderate/${posted.comment.id}/${action}\\?token=`)
    expect(body).toEqual({
      type: 'comment.held',
      site,
      thread: { key: expect.any(String), title: 'Along the canals', url: 'http://localhost:8787/canals' },
      comment: {
        id: posted.comment.id,
        parentId: null,
        name: 'Ann',
        html: '<p>Is the <em>ferry</em> running?</p>',
        text: 'Is the *ferry* running?',
        createdAt: posted.comment.createdAt,
        status: 'pending',
        url: `http://localhost:8787/canals#parley-c${posted.comment.id}`,
      },
      actions: { approve: link('approve'), delete: link('delete'), spam: link('spam') },
    })
  })
})

describe("the receiver's answer", () => {
  it('marks a 2xx sent after one call', async () => {
    const { site, receiver } = await seedWebhookSite('200')
    const { rows } = await postAndDeliver(site)
    expect(rows.map((r) => [r.state, r.attempts])).toEqual([['sent', 1]])
    expect(await receiver.calls()).toHaveLength(1)
  })

  it('retries a 429 with the back-off, and sends the very same body and delivery id again', async () => {
    const { site, receiver } = await seedWebhookSite('429,200')
    const { rows, rounds } = await postAndDeliver(site)
    expect(rows.map((r) => [r.state, r.attempts])).toEqual([['sent', 2]])
    expect(rounds[0]!.delays).toEqual([30])
    const [first, second] = await receiver.calls()
    expect(second!.body).toBe(first!.body)
    expect(second!.headers['x-parley-delivery']).toBe(first!.headers['x-parley-delivery'])
    expect(verifyParley(SECRET, second!.headers, second!.body)).toBe(true)
  })

  it('fails a 410 at once, with no retry, and the mail figures do not count it as a bounce', async () => {
    const { site, receiver } = await seedWebhookSite('410')
    const { rows } = await postAndDeliver(site)
    const health = await getMailHealth(testEnv.DB, { siteId: site }, Date.now())
    expect(health.mails30Days).toEqual({ sent: 0, failed: 0, dead: 0 })
    expect(rows.map((r) => [r.state, r.attempts, r.last_error])).toEqual([['failed', 1, 'the receiver answered 410']])
    expect(await receiver.calls()).toHaveLength(1)
  })

  it('retries a 500 through every attempt, then leaves the row dead for the owner to see', async () => {
    const { site, receiver } = await seedWebhookSite('500')
    const { rows } = await postAndDeliver(site)
    expect(rows.map((r) => [r.state, r.attempts, r.last_error])).toEqual([['dead', 6, 'the receiver answered 500']])
    expect(await receiver.calls()).toHaveLength(6)
  })

  it('retries a receiver that cannot be reached, without naming its URL', async () => {
    const { site } = await seedWebhookSite('200', { webhookUrl: 'http://127.0.0.1:9/hook?token=secret-token' })
    const posted = await postOk(site, newThreadKey())
    const ids = (await outboxRows('comment_id = ?', posted.comment.id)).map((r) => r.id)
    expect((await runQueue(ids, Date.now(), testEnv, 1))[0]!.delays).toEqual([30])
    const rows = await outboxRows('comment_id = ?', posted.comment.id)
    expect(rows.map((r) => [r.state, r.attempts, r.last_error])).toEqual([
      ['queued', 1, 'the receiver could not be reached'],
    ])
  })

  it('follows no redirect: the signed body never reaches the other address', async () => {
    const { site, receiver } = await seedWebhookSite('302')
    const { rows } = await postAndDeliver(site)
    expect(rows.map((r) => [r.state, r.last_error])).toEqual([['failed', 'the receiver answered 302']])
    expect(await receiver.calls(`${receiver.box}-redirected`)).toEqual([])
  })

  it('calls no plain-http URL unless the local mailbox switch is on', async () => {
    const { site, receiver } = await seedWebhookSite('200')
    const { rows } = await postAndDeliver(site, {}, { ...testEnv, DEV_MAILBOX: '' })
    expect(rows.map((r) => [r.state, r.last_error])).toEqual([['failed', 'the webhook URL is not https']])
    expect(await receiver.calls()).toEqual([])
  })

  it('cancels the call when the owner removed the webhook before it went out', async () => {
    const { site, receiver } = await seedWebhookSite('200')
    const posted = await postOk(site, newThreadKey())
    await testEnv.DB.prepare('UPDATE sites SET webhook_url = NULL WHERE id = ?').bind(site).run()
    const [row] = await outboxRows('comment_id = ?', posted.comment.id)
    await runQueue([row!.id], Date.now())
    expect((await outboxRows('id = ?', row!.id)).map((r) => [r.state, r.last_error])).toEqual([
      ['cancelled', 'the webhook was turned off'],
    ])
    expect(await receiver.calls()).toEqual([])
  })
})
