// Checks a webhook signed the Svix way, as Resend signs its events: HMAC-SHA256 over "id.timestamp.body" with the
// endpoint's whsec_ secret, fresh within a window. https://docs.svix.com/receiving/verifying-payloads/how-manual

/** Older or newer than this is refused: a captured request cannot be replayed later (the id is refused within it). */
export const REPLAY_WINDOW_MS = 5 * 60 * 1000

export type SignedWebhook = { id: string | undefined; timestamp: string | undefined; signature: string | undefined }

/** The event's id and time (ms) when the signature is good and the timestamp fresh; null otherwise. */
export async function verifySvix(
  secret: string,
  headers: SignedWebhook,
  body: string,
  nowMs: number,
): Promise<{ id: string; atMs: number } | null> {
  const { id, timestamp, signature } = headers
  if (!id || !timestamp || !signature || !/^\d{1,12}$/.test(timestamp) || id.length > 200) return null
  const atMs = Number(timestamp) * 1000
  if (Math.abs(nowMs - atMs) > REPLAY_WINDOW_MS) return null
  const keyBytes = base64Bytes(secret.replace(/^whsec_/, ''))
  if (!keyBytes) return null
  const key = await crypto.subtle.importKey('raw', keyBytes, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign'])
  const mac = await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(`${id}.${timestamp}.${body}`))
  const expected = btoa(String.fromCharCode(...new Uint8Array(mac)))
  // Several signatures ("v1,… v1,…") while a secret is being rotated: any one of them will do.
  const good = signature.split(' ').some((part) => part.startsWith('v1,') && sameText(part.slice(3), expected))
  return good ? { id, atMs } : null
}

// In constant time, so the answer's timing tells nothing of how much of a forged signature was right. A length differs
// only for a malformed one, and says nothing of the secret.
function sameText(a: string, b: string): boolean {
  const [x, y] = [new TextEncoder().encode(a), new TextEncoder().encode(b)]
  return x.byteLength === y.byteLength && crypto.subtle.timingSafeEqual(x, y)
}

function base64Bytes(text: string): Uint8Array | null {
  try {
    return Uint8Array.from(atob(text), (ch) => ch.charCodeAt(0))
  } catch {
    return null
  }
}
