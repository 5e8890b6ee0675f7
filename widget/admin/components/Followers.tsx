// One thread's followers with their states, and the CSV download of all of them.
import { h } from 'preact'
import type { AdminFollower } from '../../../worker/admin-types'
import { exact } from '../../i18n'
import { useAdmin } from '../context'
import { usePaged } from '../use-paged'
import { Table } from './Table'

export function Followers({ id, threadId }: { id: string; threadId: number }) {
  const { t, lang, api } = useAdmin()
  const list = usePaged<AdminFollower>((cursor) => api.followers(threadId, cursor), String(threadId))

  return (
    <div id={id}>
      <p>
        <a href={api.followersCsvUrl(threadId)} download>
          {t.csv}
        </a>
      </p>
      <Table
        list={list}
        caption={t.followers}
        head={[t.email, t.state, t.when]}
        row={(f) => [f.email, t.followerState[f.state], exact(f.createdAt, lang)]}
      />
    </div>
  )
}
