// One thread's followers with their states (and why a refused one gets nothing), the thread's mail figures, and the
// CSV download of all of them.
import { h } from 'preact'
import type { AdminFollower } from '../../../worker/admin-types'
import { exact } from '../../i18n'
import { useAdmin } from '../context'
import { usePaged } from '../use-paged'
import { MailHealthPanel } from './MailHealthPanel'
import { Table } from './Table'

export function Followers({ id, threadId, site }: { id: string; threadId: number; site: string }) {
  const { t, lang, api } = useAdmin()
  const list = usePaged<AdminFollower>((cursor) => api.followers(threadId, cursor), String(threadId))

  return (
    <div id={id}>
      <MailHealthPanel site={site} threadId={threadId} />
      <p>
        <a href={api.followersCsvUrl(threadId)} download>
          {t.csv}
        </a>
      </p>
      <Table
        list={list}
        caption={t.followers}
        head={[t.email, t.state, t.reason, t.when]}
        row={(f) => [f.email, t.followerState[f.state], f.reason ?? '', exact(f.refusedAt ?? f.createdAt, lang)]}
      />
    </div>
  )
}
