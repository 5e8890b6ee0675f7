// The Worker's bindings and per-request variables, declared once for every module.
import type { AdminSession } from './admin/session'
import type { Site } from './db/sites'

export interface Env {
  DB: D1Database
  MAIL_QUEUE: Queue<MailJob>
  EMAIL: SendEmail
  ASSETS: Fetcher
  SIGNING_KEY: string
  MAIL_FROM: string
  MAIL_TRANSPORT: string
  PUBLIC_URL: string
  RATE_LIMIT_PER_10_MIN: string
  RESEND_API_KEY?: string
  ADMIN_USER?: string
  ADMIN_PASSWORD?: string
  /** Local-only switches: honoured only for requests to localhost or 127.0.0.1 (see worker/local.ts). */
  EXPOSE_CHALLENGE_ANSWER?: string
  DEV_MAILBOX?: string
  EXPOSE_D1_STATS?: string
}

/** A message on MAIL_QUEUE: the outbox row to deliver. */
export type MailJob = { outboxId: number }

export type AppEnv = {
  Bindings: Env
  Variables: { site: Site; adminSession: AdminSession }
}
