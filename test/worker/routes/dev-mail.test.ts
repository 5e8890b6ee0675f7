// GET /dev/mail: the local mailbox, every mail sent, newest first; it exists only on localhost with DEV_MAILBOX on.
import { describe, expect, it } from 'vitest'
import { newThreadKey, uniqueEmail } from '../support/ids'
import { publishWithoutQueue, runQueue } from '../support/queue'
import { request, testEnv } from '../support/request'
import { seedFollowers, seedSite, seedThread } from '../support/seed'

describe('GET /dev/mail', () => {
  it('lists sent mail newest first, with the fields the demo page reads', async () => {
    const site = await seedSite()
    const [first, second] = [uniqueEmail('first'), uniqueEmail('second')]
    for (const [reader, at] of [
      [first, Date.now()],
      [second, Date.now() + 1000],
    ] as const) {
      const thread = newThreadKey()
      await seedFollowers(await seedThread(site, thread), [reader])
      await runQueue((await publishWithoutQueue(site, thread, { name: 'Eve', email: null })).outboxIds, at)
    }
    const res = await request('/dev/mail')
    expect(res.status).toBe(200)
    const { messages } = (await res.json()) as { messages: Record<string, unknown>[] }
    const ours = messages.filter((m) => m.to === first || m.to === second)
    expect(ours.map((m) => m.to)).toEqual([second, first])
    expect(Object.keys(ours[0]!).sort()).toEqual(['headers', 'html', 'sentAt', 'subject', 'text', 'to'])
  })

  it('does not exist for any host but localhost, nor with DEV_MAILBOX off', async () => {
    const remote = await request('https://comments.example.com/dev/mail', { origin: null })
    expect(remote.status).toBe(404)
    expect(await remote.json()).toEqual({ error: { code: 'not_found', message: 'No such endpoint.' } })
    const switchedOff = await request('/dev/mail', { origin: null, env: { ...testEnv, DEV_MAILBOX: undefined } })
    expect(switchedOff.status).toBe(404)
  })
})
