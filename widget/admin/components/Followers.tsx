// One thread's followers with their states, and the CSV download of all of them.
import { h } from 'preact'
import type { AdminFollower } from '../../../worker/admin-types'
import { exact } from '../../i18n'
import { useAdmin } from '../context'
import { usePaged } from '../use-paged'
import { ListFooter } from './ListFooter'

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
      <table>
        <caption class="sr">{t.followers}</caption>
        <thead>
          <tr>
            <th scope="col">{t.email}</th>
            <th scope="col">{t.state}</th>
            <th scope="col">{t.when}</th>
          </tr>
        </thead>
        <tbody>
          {list.items.map((f) => (
            <tr key={f.id}>
              <td>{f.email}</td>
              <td>{t.followerState[f.state]}</td>
              <td>{exact(f.createdAt, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ListFooter loading={list.loading} count={list.items.length} more={list.more} />
    </div>
  )
}
