// The threads of the sites: counts, lock state, a link to their comments, and their followers.
import { h } from 'preact'
import { useState } from 'preact/hooks'
import type { AdminThread } from '../../../worker/admin-types'
import { useAdmin } from '../context'
import { usePaged } from '../use-paged'
import { Followers } from './Followers'
import { MailHealthPanel } from './MailHealthPanel'
import { Cards } from './Cards'
import { SiteSelect } from './SiteSelect'

export function ThreadsView() {
  const { t, api } = useAdmin()
  const [site, setSite] = useState('')
  const list = usePaged((cursor) => api.threads({ site, cursor }), site)

  return (
    <section aria-labelledby="vh">
      <h2 id="vh">{t.tabs.threads}</h2>
      <div class="filters">
        <SiteSelect id="ts" value={site} onChange={setSite} />
      </div>
      {site && <MailHealthPanel site={site} />}
      <Cards list={list} card={(thread) => <ThreadCard thread={thread} onChange={list.replace} />} />
    </section>
  )
}

function ThreadCard({ thread, onChange }: { thread: AdminThread; onChange: (thread: AdminThread) => void }) {
  const { t, api, announce, fail } = useAdmin()
  const [open, setOpen] = useState(false)

  async function toggleLock() {
    try {
      const updated = (await api.lock(thread.id, !thread.locked)).thread
      onChange(updated)
      announce(t.lockedNow(updated.key, updated.locked))
    } catch (err) {
      fail(err)
    }
  }

  return (
    <article class="card" aria-labelledby={`th${thread.id}`}>
      <header>
        <strong id={`th${thread.id}`}>{thread.title || thread.key}</strong>
        {thread.locked && <span class="badge deleted">{t.locked}</span>}
        <span class="meta">
          {thread.siteId} · {thread.key}
        </span>
      </header>
      <div class="acts">
        <a href={`#comments/${thread.id}`}>{t.comments(thread.commentCount)}</a>
        <button type="button" class="btn sec" onClick={toggleLock}>
          {thread.locked ? t.unlock : t.lock}
        </button>
        <button
          type="button"
          class="btn sec"
          aria-expanded={open}
          aria-controls={`fl${thread.id}`}
          onClick={() => setOpen(!open)}
        >
          {open ? t.hideFollowers : t.followers}
        </button>
      </div>
      {open && <Followers id={`fl${thread.id}`} threadId={thread.id} site={thread.siteId} />}
    </article>
  )
}
