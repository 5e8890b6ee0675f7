// The reader's page in D1: every statement of asking for the link, opening the page, its buttons and erasing is served
// by an index, on a site with busy threads, so a reader's request reads their rows, not the tables.
import { describe, expect, it } from 'vitest'
import { postOk, solvedChallenge } from '../support/api'
import { busySite, fullScans } from '../support/query-plans'
import { readerPath, seedReaderFollows } from '../support/reader'
import { recordedRequest } from '../support/request'

const form = (body: Record<string, string>) => ({
  method: 'POST',
  origin: null,
  redirect: 'manual' as const,
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams(body).toString(),
})

describe("the reader's page in D1", () => {
  it('reads no table from end to end, from the request for the link to the erase', async () => {
    const { site, thread } = await busySite()
    const { email, followers } = await seedReaderFollows(site)
    await postOk(site, thread, { email })
    const path = await readerPath(site, email)
    const ask = await readerPath(site, email, 'me_ask')
    const json = { site, email, ...(await solvedChallenge(site)) }
    const requests: [string, Parameters<typeof recordedRequest>[1]][] = [
      ['/api/me/link', { method: 'POST', json }],
      [path, { origin: null }],
      [path.replace('/me?', '/me/delivery?'), form({ follower: String(followers[0]), delivery: 'digest' })],
      [path.replace('/me?', '/me/leave?'), form({ follower: String(followers[0]) })],
      [path.replace('/me?', '/me/leave-all?'), form({})],
      [path.replace('/me?', '/me/export?'), form({})],
      [ask, form({ ask: 'yes' })],
      [path.replace('/me?', '/me/erase?'), form({ confirm: 'yes' })],
    ]
    for (const [url, options] of requests) {
      const { res, calls } = await recordedRequest(url, options)
      expect(res.status, url).toBeLessThan(400)
      expect(await fullScans(calls), url).toEqual([])
    }
  })
})
