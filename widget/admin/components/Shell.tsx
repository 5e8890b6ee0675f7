// The signed-in console: who is signed in (and how), the tabs (kept in the URL hash, so reload and Back work) and the
// current view.
import { h, Fragment } from 'preact'
import { useEffect, useRef, useState } from 'preact/hooks'
import type { SessionResponse } from '../../../worker/admin-types'
import { useAdmin } from '../context'
import { AuditView } from './AuditView'
import { BlocksView } from './BlocksView'
import { CommentsView } from './CommentsView'
import { OutboxView } from './OutboxView'
import { SitesView } from './SitesView'
import { ThreadsView } from './ThreadsView'

const TABS = ['comments', 'threads', 'blocks', 'mail', 'sites', 'log'] as const
type Tab = (typeof TABS)[number]

/** `#comments`, `#threads` …; `#comments/12` is the comments of thread 12. */
function readHash(): { tab: Tab; thread: number | null } {
  const [name = '', id = ''] = location.hash.slice(1).split('/')
  const tab = (TABS as readonly string[]).includes(name) ? (name as Tab) : 'comments'
  return { tab, thread: tab === 'comments' && /^[1-9][0-9]*$/.test(id) ? Number(id) : null }
}

export function Shell({ session, onSignedOut }: { session: SessionResponse; onSignedOut: () => void }) {
  const { t, api, owner, fail } = useAdmin()
  const [where, setWhere] = useState(readHash)
  const main = useRef<HTMLElement>(null)

  useEffect(() => {
    const follow = () => {
      setWhere(readHash())
      // A new view: move focus to it, so keyboard and screen-reader users land where the content changed.
      main.current?.focus()
    }
    addEventListener('hashchange', follow)
    return () => removeEventListener('hashchange', follow)
  }, [])

  async function signOut() {
    try {
      await api.logout()
      // An Access admin's sign-in is Access's session: its own logout page ends it.
      if (session.access) location.assign('/cdn-cgi/access/logout')
      else onSignedOut()
    } catch (err) {
      fail(err)
    }
  }

  return (
    <>
      <header class="top">
        <h1>{t.title}</h1>
        <span class="meta">
          {t.signedInAs(session.user)}
          {session.access && ` ${t.viaAccess(session.access.sites)}`}
        </span>
        <button type="button" class="btn sec" onClick={signOut}>
          {t.signOut}
        </button>
      </header>
      <nav aria-label={t.title}>
        <ul class="tabs">
          {/* Blocks hold on every site: only the owner manages them. */}
          {TABS.filter((tab) => owner || tab !== 'blocks').map((tab) => (
            <li key={tab}>
              <a href={`#${tab}`} aria-current={where.tab === tab ? 'page' : undefined}>
                {t.tabs[tab]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main ref={main} tabIndex={-1}>
        {where.tab === 'comments' && <CommentsView thread={where.thread} />}
        {where.tab === 'threads' && <ThreadsView />}
        {where.tab === 'blocks' && <BlocksView />}
        {where.tab === 'mail' && <OutboxView />}
        {where.tab === 'sites' && <SitesView />}
        {where.tab === 'log' && <AuditView />}
      </main>
    </>
  )
}
