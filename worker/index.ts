// The Worker's entry: HTTP via the Hono app, the two queue consumers (our mail jobs; Cloudflare's delivery events), and
// the cron.
import { app } from './app'
import { runCron } from './cron'
import type { Env, MailJob } from './env'
import { consumeMailBatch } from './mail/consumer'
import { consumeSendingEvents, SENDING_EVENTS_QUEUE } from './mail/sending-events'

// Neither handler needs ctx (each awaits its own work); it stays optional so tests may pass one as workerd does, or not.
export default {
  fetch: app.fetch,
  queue: (batch: MessageBatch<MailJob>, env: Env, _ctx?: ExecutionContext) =>
    batch.queue === SENDING_EVENTS_QUEUE ? consumeSendingEvents(batch, env) : consumeMailBatch(batch, env),
  scheduled: (controller: ScheduledController, env: Env, _ctx?: ExecutionContext) =>
    runCron(env, controller.scheduledTime),
} satisfies ExportedHandler<Env, MailJob>
