// The code's alternative, as the server sets it and the browser solves it: a proof of work in the ALTCHA manner. The
// server picks a secret number n from 0 to `maxNumber` and publishes proofHash(salt, n); the browser tries 0, 1, 2 …
// until its hash matches, and sends n as the answer. Both sides hash with this one function.

export const PROOF_ALGORITHM = 'SHA-256' as const

/** Lower-case hex of a digest or MAC. */
export const toHex = (bytes: ArrayBuffer): string =>
  [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('')

export async function proofHash(salt: string, n: number): Promise<string> {
  return toHex(await crypto.subtle.digest(PROOF_ALGORITHM, new TextEncoder().encode(`${salt}${n}`)))
}
