// The MAIL_QUEUE consumer: each message names one outbox row. Never ack a failure: it is retried, or dead and visible.
import type { Env, MailJob } from '../env'
import { errorFields, logEvent } from '../log'
import { deliver } from './deliver'

/** When delivery itself broke (D1 unreachable, say): the row's lease keeps it safe until then. */
const UNEXPECTED_FAILURE_DELAY_SECONDS = 60

export async function consumeMailBatch(
  batch: MessageBatch<MailJob>,
  env: Env,
  clock: () => number = Date.now,
): Promise<void> {
  await Promise.all(
    batch.messages.map(async (msg) => {
      const id = msg.body?.outboxId
      if (typeof id !== 'number' || !Number.isSafeInteger(id)) {
        // Such a message can never succeed; the mail itself lives in D1, where the re-drive finds it.
        console.error('[parley] malformed mail job', msg.id)
        msg.ack()
        return
      }
      try {
        const outcome = await deliver(env, id, clock())
        if ('retryInSeconds' in outcome) msg.retry({ delaySeconds: outcome.retryInSeconds })
        else msg.ack()
      } catch (err) {
        // Delivery itself broke (D1 unreachable, say) before the attempt could be recorded on the row.
        const fields = { outboxId: id, kind: null, attempt: msg.attempts, outcome: 'retry', ...errorFields(err) }
        logEvent('error', 'mail_failed', { ...fields, retryInSeconds: UNEXPECTED_FAILURE_DELAY_SECONDS })
        msg.retry({ delaySeconds: UNEXPECTED_FAILURE_DELAY_SECONDS })
      }
    }),
  )
}
