// A sender's hold on the outbox row it sends: short, so a sender that crashed delays the mail by little (the cron
// re-drives a lapsed lease within a minute), and renewed while the sender lives, so no second sender takes a slow send.
import { renewLease } from '../db/outbox-sending'
import { errorFields, logEvent } from '../log'

/** How long a claim holds a row with no sign of life from its sender. */
export const LEASE_MS = 45_000
/** How often a living sender renews it: two more chances before it would lapse. */
export const RENEW_EVERY_MS = 15_000

/**
 * Renews the lease on the claimed row every RENEW_EVERY_MS until the returned stop() is called. The time is the
 * claim's plus the intervals that passed, so a test's clock and the lease agree.
 */
export function keepLease(db: D1Database, claim: { id: number; attempts: number; at: number }): () => void {
  let renewals = 0
  const timer = setInterval(() => {
    renewals += 1
    const until = claim.at + renewals * RENEW_EVERY_MS + LEASE_MS
    // Not held any more: the row was marked (sent, failed) by this very sender, so there is nothing left to keep.
    renewLease(db, claim.id, claim.attempts, until).then(
      (held) => held || clearInterval(timer),
      // A lapse lets a re-drive send the row a second time while this send is still on its way: worth a line.
      (err) =>
        logEvent('error', 'mail_lease_lost', { outboxId: claim.id, attempt: claim.attempts, ...errorFields(err) }),
    )
  }, RENEW_EVERY_MS)
  return () => clearInterval(timer)
}
