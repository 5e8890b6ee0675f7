// The mail outbox by state (queued, sent, failed, dead, cancelled), and sending a dead mail again.
import { h } from 'preact'
import { useState } from 'preact/hooks'
import type { OutboxEntry } from '../../../worker/admin-types'
import { OUTBOX_STATES, type OutboxState } from '../../../worker/domain'
import { exact } from '../../i18n'
import { useAdmin } from '../context'
import { usePaged } from '../use-paged'
import { Cards } from './Cards'
import { StateFilter } from './Choice'

export function OutboxView() {
  const { t, lang, api, announce, fail } = useAdmin()
  const [state, setState] = useState<OutboxState | ''>('')
  const list = usePaged<OutboxEntry>((cursor) => api.outbox({ state, cursor }), state)

  async function retry(entry: OutboxEntry) {
    try {
      list.replace((await api.retry(entry.id)).entry)
      announce(t.retried(entry.id))
    } catch (err) {
      fail(err)
    }
  }

  return (
    <section aria-labelledby="vh">
      <h2 id="vh">{t.tabs.mail}</h2>
      <div class="filters">
        <StateFilter id="os" options={OUTBOX_STATES} text={(s) => t.outboxState[s]} value={state} onChange={setState} />
      </div>
      <Cards
        list={list}
        card={(m) => (
          <article class="card">
            <header>
              <strong>{m.subject ?? m.kind}</strong>
              <span class={`badge ${m.state}`}>{t.outboxState[m.state]}</span>
              <span class="meta">{t.webhook.kinds[m.kind]}</span>
              <span class="meta">{m.recipient}</span>
              <span class="meta">{t.attempts(m.attempts)}</span>
              <time class="meta" dateTime={m.createdAt}>
                {exact(m.createdAt, lang)}
              </time>
            </header>
            {m.lastError && <p class="err">{m.lastError}</p>}
            {m.state === 'dead' && (
              <button type="button" class="btn sec" onClick={() => retry(m)}>
                {t.retry}
              </button>
            )}
          </article>
        )}
      />
    </section>
  )
}
