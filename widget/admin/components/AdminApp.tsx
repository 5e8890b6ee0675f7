// The admin page: checks the session, then shows the sign-in form or the console, with one live region for results.
import { h } from 'preact'
import { useEffect, useState } from 'preact/hooks'
import type { SessionResponse } from '../../../worker/admin-types'
import { asApiError } from '../../api'
import { Status } from '../../components/Status'
import { adminApi } from '../admin-api'
import { AdminCtx, type AdminContext } from '../context'
import { adminError, adminLang, adminStrings } from '../i18n'
import { Login } from './Login'
import { Shell } from './Shell'

export function AdminApp() {
  const lang = adminLang()
  const t = adminStrings(lang)
  // undefined while the session is being checked, null when signed out.
  const [session, setSession] = useState<SessionResponse | null | undefined>(undefined)
  const [said, setSaid] = useState('')

  useEffect(() => {
    document.documentElement.lang = lang
    document.title = t.title
    adminApi.session().then(setSession, () => setSession(null))
  }, [])

  const ctx: AdminContext = {
    t,
    lang,
    api: adminApi,
    owner: !session?.access,
    announce: setSaid,
    fail(err) {
      const e = asApiError(err)
      if (e.status === 401) setSession(null)
      setSaid(adminError(t, e))
    },
  }

  return (
    <AdminCtx.Provider value={ctx}>
      {session === undefined ? (
        <p>{t.loading}</p>
      ) : session === null ? (
        <Login onSignedIn={setSession} />
      ) : (
        <Shell session={session} onSignedOut={() => setSession(null)} />
      )}
      <div class="said">
        <Status text={said} />
      </div>
    </AdminCtx.Provider>
  )
}
