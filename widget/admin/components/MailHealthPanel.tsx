// Who receives mail, for a site or one of its threads: followers by state, the confirmation rate, the last 30 days of
// mail, and a banner when complaints or undeliverable mail call for the owner's look.
import { h } from 'preact'
import { useEffect, useState } from 'preact/hooks'
import type { MailHealth } from '../../../worker/admin-types'
import { SHOWN_FOLLOWER_STATES } from '../../../worker/domain'
import { exact } from '../../i18n'
import { useAdmin } from '../context'

export function MailHealthPanel({ site, threadId }: { site: string; threadId?: number }) {
  const { t, lang, api, fail } = useAdmin()
  const [health, setHealth] = useState<MailHealth | null>(null)

  useEffect(() => {
    api.mailHealth(site, threadId).then((body) => setHealth(body.health), fail)
  }, [site, threadId])

  if (!health) return null
  const { followers, mails30Days: m } = health
  return (
    <div class="health">
      {health.warning && (
        <p class="banner" role="alert">
          {t.warning[health.warning]}
        </p>
      )}
      <p>
        <strong>{t.health}: </strong>
        {SHOWN_FOLLOWER_STATES.filter((state) => followers[state] > 0)
          .map((state) => `${followers[state]} ${t.followerState[state]}`)
          .join(' · ')}
        {health.oldestPendingAt && ` (${t.pendingSince(exact(health.oldestPendingAt, lang))})`}
      </p>
      {health.confirmationRate !== null && <p>{t.confirmed(Math.round(health.confirmationRate * 100))}</p>}
      <p>{t.mails30(m.sent, m.failed, m.dead)}</p>
    </div>
  )
}
