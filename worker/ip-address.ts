// Which network a client's address stands for: an IPv4 address by itself, an IPv6 address by its /64. One host is
// routinely given a whole /64, so keying by the full IPv6 address would let it rotate past a rate limit or a block.

const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/

/** The key for `ip`: `v4:a.b.c.d`, `v6:` and the first four groups, or `other:` and the text for anything else. */
export function networkOf(ip: string): string {
  const address = ip.trim().toLowerCase().split('%')[0] ?? ''
  if (IPV4.test(address)) return `v4:${address}`
  // An IPv4 address written as IPv6 (::ffff:a.b.c.d) is that IPv4 address.
  const mapped = address.match(/^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/)?.[1]
  if (mapped) return `v4:${mapped}`
  const groups = ipv6Groups(address)
  return groups ? `v6:${groups.slice(0, 4).join(':')}` : `other:${address}`
}

/** The eight groups of a hex IPv6 address, each without leading zeros, or null when `address` is not one. */
function ipv6Groups(address: string): string[] | null {
  const halves = address.split('::')
  if (halves.length > 2) return null
  const part = (text: string | undefined) => (text ? text.split(':') : [])
  const [left, right] = [part(halves[0]), part(halves[1])]
  const missing = 8 - left.length - right.length
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null
  const groups = [...left, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...right]
  if (!groups.every((g) => /^[0-9a-f]{1,4}$/.test(g))) return null
  return groups.map((g) => g.replace(/^0+(?=.)/, ''))
}
