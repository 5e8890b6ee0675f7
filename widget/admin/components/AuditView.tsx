// The log of admin actions: who did what, on what, and when, newest first.
import { h } from 'preact'
import type { AuditEntry } from '../../../worker/admin-types'
import { exact } from '../../i18n'
import { useAdmin } from '../context'
import { usePaged } from '../use-paged'
import { ListFooter } from './ListFooter'

export function AuditView() {
  const { t, lang, api } = useAdmin()
  const list = usePaged<AuditEntry>((cursor) => api.audit(cursor), 'audit')

  return (
    <section aria-labelledby="vh">
      <h2 id="vh">{t.tabs.log}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t.when}</th>
            <th scope="col">{t.who}</th>
            <th scope="col">{t.what}</th>
            <th scope="col">{t.target}</th>
            <th scope="col">{t.detail}</th>
          </tr>
        </thead>
        <tbody>
          {list.items.map((e) => (
            <tr key={e.id}>
              <td>
                <time dateTime={e.createdAt}>{exact(e.createdAt, lang)}</time>
              </td>
              <td>{e.actor}</td>
              <td>{e.action}</td>
              <td>{e.target}</td>
              <td>{e.detail}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ListFooter loading={list.loading} count={list.items.length} more={list.more} />
    </section>
  )
}
