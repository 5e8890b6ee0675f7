// Email addresses: what counts as a mailbox, and the normalised form that makes "the same person" unique.

const MAX_LENGTH = 254
// A practical mailbox: dot-atom local part and a dotted domain with a letter TLD. No quoted local parts, no IP
// literals, no whitespace or control characters, so an address can never smuggle a header into a mail.
const MAILBOX =
  /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i

export function isMailbox(address: string): boolean {
  return address.length <= MAX_LENGTH && MAILBOX.test(address)
}

/** Lower-cased: providers treat addresses case-insensitively, so "Ann@X.nl" and "ann@x.nl" are one follower. */
export function normaliseEmail(address: string): string {
  return address.trim().toLowerCase()
}
