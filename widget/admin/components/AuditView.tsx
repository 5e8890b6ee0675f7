// The log of admin actions: who did what, on what, and when, newest first.
import { h } from 'preact'
import type { AuditEntry } from '../../../worker/admin-types'
import { exact } from '../../i18n'
import { useAdmin } from '../context'
import { usePaged } from '../use-paged'
import { Table } from './Table'

export function AuditView() {
  const { t, lang, api } = useAdmin()
  const list = usePaged<AuditEntry>((cursor) => api.audit(cursor), 'audit')

  return (
    <section aria-labelledby="vh">
      <h2 id="vh">{t.tabs.log}</h2>
      <Table
        list={list}
        head={[t.when, t.who, t.what, t.target, t.detail]}
        row={(e) => [
          <time dateTime={e.createdAt}>{exact(e.createdAt, lang)}</time>,
          e.actor,
          e.action,
          e.target,
          e.detail,
        ]}
      />
    </section>
  )
}
