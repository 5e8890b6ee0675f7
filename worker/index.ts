// The Worker's entry: HTTP via the Hono app, the mail queue consumer, and the cron.
import { app } from './app'
import { runCron } from './cron'
import type { Env, MailJob } from './env'
import { consumeMailBatch } from './mail/consumer'

// Neither handler needs ctx (each awaits its own work); it stays optional so tests may pass one as workerd does, or not.
export default {
  fetch: app.fetch,
  queue: (batch: MessageBatch<MailJob>, env: Env, _ctx?: ExecutionContext) => consumeMailBatch(batch, env),
  scheduled: (controller: ScheduledController, env: Env, _ctx?: ExecutionContext) =>
    runCron(env, controller.scheduledTime),
} satisfies ExportedHandler<Env, MailJob>
