// A mail as the queue consumer would render it from its outbox row, without sending it.
import { findDelivery } from '../../../worker/db/outbox-delivery'
import { planMail, type MailPlan } from '../../../worker/mail/render'
import { testEnv } from './request'

/** What the consumer would do with the outbox row at `nowMs`: send this mail, or cancel it and why. */
export async function planOf(outboxId: number, nowMs = Date.now()): Promise<MailPlan> {
  return planMail(testEnv, (await findDelivery(testEnv.DB, outboxId))!, nowMs)
}

/** The mail of a plan that must send one. */
export function mailOf(plan: MailPlan) {
  if (!('send' in plan)) throw new Error(`expected a mail, got: ${plan.cancel}`)
  return plan.send
}
