// Recent and held comments across sites, filtered by site, state and thread, newest first.
import { h } from 'preact'
import { useState } from 'preact/hooks'
import { COMMENT_STATES, type StoredStatus } from '../../../worker/domain'
import { useAdmin } from '../context'
import { usePaged } from '../use-paged'
import { CommentCard } from './CommentCard'
import { ListFooter } from './ListFooter'
import { SiteSelect } from './SiteSelect'

export function CommentsView({ thread }: { thread: number | null }) {
  const { t, api } = useAdmin()
  const [site, setSite] = useState('')
  // Held comments first: they are what waits for the owner.
  const [state, setState] = useState<StoredStatus | ''>('pending')
  const list = usePaged((cursor) => api.comments({ site, state, thread, cursor }), `${site}|${state}|${thread}`)

  return (
    <section aria-labelledby="vh">
      <h2 id="vh">{t.tabs.comments}</h2>
      <div class="filters">
        <SiteSelect id="cs" value={site} onChange={setSite} />
        <div class="f">
          <label for="cst">{t.state}</label>
          <select id="cst" value={state} onChange={(e) => setState(e.currentTarget.value as StoredStatus | '')}>
            <option value="">{t.all}</option>
            {COMMENT_STATES.map((s) => (
              <option key={s} value={s}>
                {t.status[s]}
              </option>
            ))}
          </select>
        </div>
        {thread !== null && (
          <p>
            {t.threadFilter(thread)} · <a href="#comments">{t.clearThread}</a>
          </p>
        )}
      </div>
      <ol class="cards">
        {list.items.map((c) => (
          <li key={c.id}>
            <CommentCard c={c} onChange={list.replace} />
          </li>
        ))}
      </ol>
      <ListFooter loading={list.loading} count={list.items.length} more={list.more} />
    </section>
  )
}
