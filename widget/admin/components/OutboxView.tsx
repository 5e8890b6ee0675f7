// The mail outbox by state (queued, sent, failed, dead, cancelled), and sending a dead mail again.
import { h } from 'preact'
import { useState } from 'preact/hooks'
import type { OutboxEntry } from '../../../worker/admin-types'
import { OUTBOX_STATES, type OutboxState } from '../../../worker/domain'
import { exact } from '../../i18n'
import { useAdmin } from '../context'
import { usePaged } from '../use-paged'
import { ListFooter } from './ListFooter'

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
        <div class="f">
          <label for="os">{t.state}</label>
          <select id="os" value={state} onChange={(e) => setState(e.currentTarget.value as OutboxState | '')}>
            <option value="">{t.all}</option>
            {OUTBOX_STATES.map((s) => (
              <option key={s} value={s}>
                {t.outboxState[s]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <ol class="cards">
        {list.items.map((m) => (
          <li key={m.id} class="card">
            <header>
              <strong>{m.subject ?? m.kind}</strong>
              <span class={`badge ${m.state}`}>{t.outboxState[m.state]}</span>
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
          </li>
        ))}
      </ol>
      <ListFooter loading={list.loading} count={list.items.length} more={list.more} />
    </section>
  )
}
