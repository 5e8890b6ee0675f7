// The Worker's entry: HTTP via the Hono app, the mail queue consumer, and the cron re-drive.
import { app } from './app'
import type { Env } from './env'

export default {
  fetch: app.fetch,
} satisfies ExportedHandler<Env>
