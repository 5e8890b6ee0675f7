// POST /hooks/resend: Resend's delivery events (signed the Svix way). email.bounced and email.complained stop the
// address's mail for good; other events are acknowledged and ignored, so Resend does not send them again.
import { Hono } from 'hono'
import type { Refusal } from '../domain'
import type { AppEnv } from '../env'
import { ApiError } from '../errors'
import { parseJsonObject, readJsonText } from '../json-body'
import { applyMailEvent } from '../mail/mail-events'
import { verifySvix } from '../mail/webhook-signature'

export const resendHook = new Hono<AppEnv>()

const REFUSAL: Record<string, Refusal> = { 'email.bounced': 'bounced', 'email.complained': 'complained' }
/** Resend sends to at most 50 recipients per mail; Parley sends to one. */
const MAX_RECIPIENTS = 50

resendHook.post('/', async (c) => {
  const secret = c.env.RESEND_WEBHOOK_SECRET
  // Without a secret nothing could be trusted, so the endpoint does not exist.
  if (!secret) throw new ApiError('not_found', 'No such endpoint.')
  const body = await readJsonText(c)
  const headers = { id: c.req.header('svix-id'), timestamp: c.req.header('svix-timestamp') }
  const signed = await verifySvix(secret, { ...headers, signature: c.req.header('svix-signature') }, body, c.get('now'))
  // Forged, replayed after the window, or signed with another secret: nothing in it is believed.
  if (!signed) throw new ApiError('unauthorized', 'The webhook signature is missing, wrong or too old.')
  const event = parseJsonObject(body)
  const refusal = typeof event.type === 'string' ? REFUSAL[event.type] : undefined
  if (!refusal) return c.json({ ok: true, applied: false })
  const data = (typeof event.data === 'object' && event.data !== null ? event.data : {}) as Record<string, unknown>
  const to = Array.isArray(data.to) ? data.to.filter((a): a is string => typeof a === 'string') : []
  if (to.length === 0 || to.length > MAX_RECIPIENTS)
    throw new ApiError('validation_failed', `data.to must list 1 to ${MAX_RECIPIENTS} addresses.`, 'data.to')
  const reason = refusal === 'complained' ? 'marked as spam by the recipient' : bounceReason(data.bounce)
  const outcome = await applyMailEvent(
    c.env.DB,
    { source: 'resend', id: signed.id, atMs: signed.atMs, refusal, to, reason },
    c.get('now'),
  )
  return c.json({ ok: true, applied: outcome === 'applied' })
})

function bounceReason(bounce: unknown): string {
  const message = (bounce as { message?: unknown } | null)?.message
  return `bounced: ${typeof message === 'string' ? message : 'the receiving server refused the mail for good'}`
}
