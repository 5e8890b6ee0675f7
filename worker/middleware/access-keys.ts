// Cloudflare Access's public signing keys, fetched from the team's certs URL and kept in the isolate, so a request
// signed in through Access costs no fetch while they are fresh. Access publishes a new key before it signs with it;
// a token whose key is not in the set refreshes it at once, yet at most once a minute, so forged key ids cannot make
// the Worker fetch on every request.
import type { AccessKey, AccessKeySource } from '../env'

const FRESH_MS = 60 * 60 * 1000
const MIN_REFRESH_MS = 60 * 1000

type Entry = { keys: Promise<AccessKey[]>; at: number }

async function fetchKeys(fetcher: typeof fetch, url: string): Promise<AccessKey[]> {
  const res = await fetcher(url, { headers: { accept: 'application/json' } })
  if (!res.ok) throw new Error(`the Access certs URL answered ${res.status}`)
  const body = await res.json<{ keys?: unknown }>()
  if (!Array.isArray(body.keys)) throw new Error('the Access certs URL sent no keys')
  return body.keys.filter(
    (key): key is AccessKey => typeof key === 'object' && key !== null && (key as AccessKey).kty === 'RSA',
  )
}

/** A key source that fetches each certs URL once an hour, or sooner when asked to refresh (an unknown key id). */
export function cachedAccessKeys(
  fetcher: typeof fetch = (input, init) => fetch(input, init),
  clock: () => number = Date.now,
): AccessKeySource {
  const cache = new Map<string, Entry>()
  return (url, refresh) => {
    const now = clock()
    const entry = cache.get(url)
    const age = entry ? now - entry.at : Infinity
    if (entry && age < FRESH_MS && !(refresh && age >= MIN_REFRESH_MS)) return entry.keys
    const keys = fetchKeys(fetcher, url)
    cache.set(url, { keys, at: now })
    // A failed fetch is not kept: the next request tries again.
    keys.catch(() => cache.get(url)?.keys === keys && cache.delete(url))
    return keys
  }
}
