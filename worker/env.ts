// The Worker's bindings and per-request variables, declared once for every module. The bindings come from wrangler.toml
// and .dev.vars.example through `npm run types` (worker/env.generated.d.ts); `npm run typecheck` fails when they drift.
import type { Site } from './domain'

/** Secrets and local switches a deployment may leave unset: each reader must cope with their absence. */
type OptionalSetting =
  'RESEND_API_KEY' | 'ADMIN_USER' | 'ADMIN_PASSWORD' | 'EXPOSE_CHALLENGE_ANSWER' | 'DEV_MAILBOX' | 'EXPOSE_D1_STATS'

/** A message on MAIL_QUEUE: the outbox row to deliver. */
export type MailJob = { outboxId: number }

/** The generated bindings, with what wrangler cannot know: the queue's message type and which settings may be unset. */
export type Env = Omit<Cloudflare.Env, 'MAIL_QUEUE' | OptionalSetting> &
  Partial<Pick<Cloudflare.Env, OptionalSetting>> & { MAIL_QUEUE: Queue<MailJob> }

/** The signed-in owner, as the admin session cookie proves it. */
export type AdminSession = { user: string; id: string; expiresAt: number }

/** Milliseconds since the epoch; the app reads it once per request, so tests can run the app at any time they choose. */
export type Clock = () => number

export type AppEnv = {
  Bindings: Env
  Variables: { site: Site; adminSession: AdminSession; now: number }
}
