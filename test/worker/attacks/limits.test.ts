// Attacks on the rate limit and on names (issue 15, items 8 and 9), each reproduced and shown to fail.
import { describe, expect, it } from 'vitest'
import { networkOf } from '../../../worker/ip-address'
import { postComment, solvedChallenge } from '../support/api'
import { newThreadKey, uniqueEmail } from '../support/ids'
import { request } from '../support/request'
import { seedSite } from '../support/seed'

describe('the rate limit', () => {
  it('counts comments and follow requests in one allowance per network', async () => {
    const site = await seedSite()
    const ip = '198.51.100.23'
    const statuses: number[] = []
    for (let i = 0; i < 6; i++) statuses.push((await postComment(site, newThreadKey(), {}, ip)).status)
    for (let i = 0; i < 6; i++) {
      const res = await request('/api/follow', {
        method: 'POST',
        ip,
        json: { site, thread: newThreadKey(), email: uniqueEmail('f'), ...(await solvedChallenge(site)) },
      })
      statuses.push(res.status)
    }
    expect(statuses).toEqual([...Array(6).fill(201), ...Array(4).fill(202), 429, 429])
  })

  it('counts every address of one IPv6 /64 as one network, so rotating addresses gains nothing', async () => {
    const site = await seedSite()
    const statuses: number[] = []
    for (let i = 1; i <= 11; i++)
      statuses.push((await postComment(site, newThreadKey(), {}, `2001:db8:7:42::${i.toString(16)}`)).status)
    expect(statuses).toEqual([...Array(10).fill(201), 429])
    expect((await postComment(site, newThreadKey(), {}, '2001:db8:7:43::1')).status).toBe(201)
  })

  it('reads IPv4, IPv6 and IPv4-mapped addresses as their networks', () => {
    expect(networkOf('192.0.2.1')).toBe('v4:192.0.2.1')
    expect(networkOf('::ffff:192.0.2.1')).toBe('v4:192.0.2.1')
    expect(networkOf('2001:DB8:0007:0042:aaaa::1')).toBe('v6:2001:db8:7:42')
    expect(networkOf('2001:db8:7:42:1:2:3:4')).toBe('v6:2001:db8:7:42')
    expect(networkOf('::1')).toBe('v6:0:0:0:0')
    expect(networkOf('fe80::1%eth0')).toBe('v6:fe80:0:0:0')
    expect(networkOf('not an ip')).toBe('other:not an ip')
  })
})

describe('names', () => {
  it('refuses a name of only invisible characters with 400 on the name field', async () => {
    const site = await seedSite()
    for (const name of ['\u200b\u200b', '\u2066\u2069', '\u3164', ' \u00ad ']) {
      const res = await postComment(site, newThreadKey(), { name })
      expect(res.status, JSON.stringify(name)).toBe(400)
      expect(await res.json()).toMatchObject({ error: { code: 'validation_failed', field: 'name' } })
    }
  })

  it('drops the characters that flip or reorder text from names and titles', async () => {
    const site = await seedSite()
    const res = await postComment(site, newThreadKey(), {
      name: '\u202eAnn\u202c',
      threadTitle: 'Tea \u2067time\u2069',
    })
    expect(res.status).toBe(201)
    expect(await res.json()).toMatchObject({ comment: { name: 'Ann' } })
  })
})
