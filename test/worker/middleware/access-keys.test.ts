// Access's public keys (middleware/access-keys.ts): fetched from the certs URL once an hour, afresh for an unknown key
// id but at most once a minute, and never kept when the fetch failed. A fake fetch stands in for the network.
import { describe, expect, it } from 'vitest'
import { cachedAccessKeys } from '../../../worker/middleware/access-keys'

const URL_A = 'https://team-a.cloudflareaccess.com/cdn-cgi/access/certs'
const RSA = { kty: 'RSA', kid: 'k1', n: 'AQAB', e: 'AQAB', alg: 'RS256' }

function fakeFetch(answers: (() => Response)[]) {
  const calls: string[] = []
  const fetcher = (async (input: RequestInfo | URL) => {
    calls.push(String(input))
    const answer = answers[Math.min(calls.length, answers.length) - 1]!
    return answer()
  }) as typeof fetch
  return { fetcher, calls }
}

const certs =
  (...keys: unknown[]) =>
  () =>
    Response.json({ keys, public_cert: {}, public_certs: [] })

describe('cachedAccessKeys', () => {
  it('fetches the certs URL once for every request within the hour, and again after it', async () => {
    let now = 1_000_000
    const { fetcher, calls } = fakeFetch([certs(RSA)])
    const keys = cachedAccessKeys(fetcher, () => now)
    expect(await keys(URL_A, false)).toEqual([RSA])
    now += 59 * 60 * 1000
    await keys(URL_A, false)
    expect(calls).toEqual([URL_A])
    now += 2 * 60 * 1000
    await keys(URL_A, false)
    expect(calls).toEqual([URL_A, URL_A])
  })

  it('refreshes for an unknown key id at most once a minute', async () => {
    let now = 1_000_000
    const { fetcher, calls } = fakeFetch([certs(RSA)])
    const keys = cachedAccessKeys(fetcher, () => now)
    await keys(URL_A, false)
    await keys(URL_A, true)
    expect(calls).toHaveLength(1)
    now += 61 * 1000
    await keys(URL_A, true)
    await keys(URL_A, true)
    expect(calls).toHaveLength(2)
  })

  it('keeps no failed fetch: the next request tries again', async () => {
    const { fetcher, calls } = fakeFetch([() => new Response('down', { status: 503 }), certs(RSA)])
    const keys = cachedAccessKeys(fetcher, () => 5)
    await expect(keys(URL_A, false)).rejects.toThrow('the Access certs URL answered 503')
    expect(await keys(URL_A, false)).toEqual([RSA])
    expect(calls).toHaveLength(2)
  })

  it('keeps only RSA keys, and refuses an answer without keys', async () => {
    const { fetcher } = fakeFetch([certs(RSA, { kty: 'EC', kid: 'e1' }, 'junk')])
    expect(await cachedAccessKeys(fetcher)(URL_A, false)).toEqual([RSA])
    const empty = fakeFetch([() => Response.json({ public_cert: {} })])
    await expect(cachedAccessKeys(empty.fetcher)(URL_A, false)).rejects.toThrow('sent no keys')
  })
})
