// The chat presets of the owner's webhook (mail/webhook-body.ts): each service's message format, with what a reader
// wrote kept inert (escaped, no mention that pings), delivered to a real receiver on 127.0.0.1.
import { describe, expect, it } from 'vitest'
import type { WebhookFormat } from '../../../worker/domain'
import { postOk } from '../support/api'
import { newThreadKey } from '../support/ids'
import { runQueue } from '../support/queue'
import { outboxRows } from '../support/rows'
import { receiverBox } from '../support/webhooks'
import { seedSite } from '../support/seed'

const HOSTILE = '<!channel> @everyone <@123> **bold** [click](https://evil.example) <script>alert(1)</script> & <b>'

/** A comment with hostile text and name on a site whose webhook speaks `format`; the body the receiver got. */
async function bodyOf(format: WebhookFormat, query = '', moderation: 'none' | 'all' = 'none') {
  const receiver = receiverBox('200')
  const site = await seedSite({
    webhookUrl: receiver.url + query,
    webhookFormat: format,
    webhookSecret: 's',
    moderation,
  })
  const posted = await postOk(site, newThreadKey(), { name: '<@here> Mal', body: HOSTILE })
  await runQueue(
    (await outboxRows('comment_id = ?', posted.comment.id)).map((r) => r.id),
    Date.now(),
  )
  const [call] = await receiver.calls()
  return { json: JSON.parse(call!.body) as Record<string, unknown>, call: call!, id: posted.comment.id }
}

describe('the Slack preset', () => {
  it("sends {text} with <, > and & escaped, so no <!channel> or link markup of a reader's survives", async () => {
    const { json, call } = await bodyOf('slack')
    expect(Object.keys(json)).toEqual(['text'])
    const text = json.text as string
    expect(text).toContain('&lt;!channel&gt; @everyone &lt;@123&gt;')
    expect(text).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;')
    expect(text).toContain('New comment by &lt;@here&gt; Mal on')
    expect(text).not.toMatch(/<[!@]/)
    // Signed like every call: harmless to a service that ignores it, and one code path.
    expect(call.headers['x-parley-signature']).toMatch(/^v1=[0-9a-f]{64}$/)
  })
})

describe('the Discord preset', () => {
  it('sends {content} of at most 2,000 characters, Markdown escaped and every mention disabled', async () => {
    const { json } = await bodyOf('discord', '', 'all')
    expect(json.allowed_mentions).toEqual({ parse: [] })
    const content = json.content as string
    expect(content.length).toBeLessThanOrEqual(2000)
    expect(content).toContain('\\<\\@123\\> \\*\\*bold\\*\\* \\[click\\]\\(https\\://evil.example\\)')
    expect(content).not.toMatch(/(?<!\\)@everyone/)
    expect(content).toContain('Approve: http://localhost:8787/moderate/')
  })

  it('cuts a long comment so the whole message fits', async () => {
    const receiver = receiverBox('200')
    const site = await seedSite({ webhookUrl: receiver.url, webhookFormat: 'discord', webhookSecret: 's' })
    const posted = await postOk(site, newThreadKey(), { body: '*'.repeat(3000) })
    await runQueue(
      (await outboxRows('comment_id = ?', posted.comment.id)).map((r) => r.id),
      Date.now(),
    )
    const [call] = await receiver.calls()
    const content = (JSON.parse(call!.body) as { content: string }).content
    expect(content.length).toBeLessThanOrEqual(2000)
    expect(content).toContain('…')
  })
})

describe('the Telegram preset', () => {
  it('sends the chat id from the URL and HTML-escaped text with the links as <a> elements', async () => {
    const { json, id } = await bodyOf('telegram', '?chat_id=-100200', 'all')
    expect(json.chat_id).toBe('-100200')
    expect(json.parse_mode).toBe('HTML')
    const text = json.text as string
    expect(text).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;')
    expect(text).not.toContain('<script')
    expect(text).toMatch(new RegExp(`<a href="http://localhost:8787/moderate/${id}/approve\\?token=[^"]+">Approve</a>`))
    expect(text.length).toBeLessThanOrEqual(4096)
  })
})
