// Checks a Parley webhook call (README, "Owner notifications"); tested by test/worker/mail/webhooks.test.ts.
import { createHmac, timingSafeEqual } from 'node:crypto'

export function verifyParley(secret, headers, rawBody, nowSeconds = Date.now() / 1000) {
  const timestamp = headers['x-parley-timestamp'] ?? ''
  const signature = headers['x-parley-signature'] ?? ''
  if (!/^\d+$/.test(timestamp) || Math.abs(nowSeconds - Number(timestamp)) > 300) return false
  const expected = `v1=${createHmac('sha256', secret).update(`${timestamp}.${rawBody}`).digest('hex')}`
  return signature.length === expected.length && timingSafeEqual(Buffer.from(signature), Buffer.from(expected))
}
