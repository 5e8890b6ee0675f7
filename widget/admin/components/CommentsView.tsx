// Recent and held comments across sites, filtered by site, state and thread, newest first.
import { h } from 'preact'
import { useState } from 'preact/hooks'
import { COMMENT_STATES, type StoredStatus } from '../../../worker/domain'
import { useAdmin } from '../context'
import { usePaged } from '../use-paged'
import { Cards } from './Cards'
import { StateFilter } from './Choice'
import { CommentCard } from './CommentCard'
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
        <StateFilter id="cst" options={COMMENT_STATES} text={(s) => t.status[s]} value={state} onChange={setState} />
        {thread !== null && (
          <p>
            {t.threadFilter(thread)} · <a href="#comments">{t.clearThread}</a>
          </p>
        )}
      </div>
      <Cards list={list} card={(c) => <CommentCard c={c} onChange={list.replace} />} />
    </section>
  )
}
