// The Worker's bindings and per-request variables, declared once for every module. The bindings come from wrangler.toml,
// .dev.vars.example and optional-settings.env through `npm run types` (worker/env.generated.d.ts); `npm run typecheck`
// fails when they drift.
import type { Site } from './domain'

/** Secrets and local switches a deployment may leave unset: each reader must cope with their absence. */
type OptionalSetting =
  | 'RESEND_API_KEY'
  | 'RESEND_WEBHOOK_SECRET'
  | 'ADMIN_USER'
  | 'ADMIN_PASSWORD'
  | 'EXPOSE_CHALLENGE_ANSWER'
  | 'DEV_MAILBOX'
  | 'EXPOSE_D1_STATS'
  | 'TURNSTILE_SECRET_KEY'
  | 'AKISMET_KEY'

/** A message on MAIL_QUEUE: the outbox row to deliver. */
export type MailJob = { outboxId: number }

/** The generated bindings, with what wrangler cannot know: the queue's message type and which settings may be unset. */
export type Env = Omit<Cloudflare.Env, 'MAIL_QUEUE' | OptionalSetting> &
  Partial<Pick<Cloudflare.Env, OptionalSetting>> & { MAIL_QUEUE: Queue<MailJob> }

/**
 * Who is signed in. The owner (the ADMIN_USER / ADMIN_PASSWORD secrets, a session cookie) sees every site: `sites` is
 * null. An admin signed in through Cloudflare Access sees and changes only the sites whose `admins` list them.
 */
export type AdminSession =
  | { via: 'password'; user: string; sites: null; id: string; expiresAt: number }
  | { via: 'access'; user: string; sites: string[] }

/** A public signing key of Cloudflare Access, as its certs URL publishes it (a JWK with its key id). */
export type AccessKey = JsonWebKey & { kid?: string }

/** Where the Access signing keys come from: the team's certs URL in production, keys made by the test in tests. */
export type AccessKeySource = (certsUrl: string, refresh: boolean) => Promise<AccessKey[]>

/** Milliseconds since the epoch; the app reads it once per request, so tests can run the app at any time they choose. */
export type Clock = () => number

export type AppEnv = {
  Bindings: Env
  Variables: {
    site: Site
    adminSession: AdminSession
    now: number
    accessKeys: AccessKeySource
    /** What a handler threw, for the one log line of a 5xx answer (app.ts). */
    failure: unknown
  }
}
