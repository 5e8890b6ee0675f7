// The admin page: checks the session, then shows the sign-in form or the console, with one live region for results.
import { h } from 'preact'
import { useEffect, useState } from 'preact/hooks'
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
  const [user, setUser] = useState<string | null | undefined>(undefined)
  const [said, setSaid] = useState('')

  useEffect(() => {
    document.documentElement.lang = lang
    document.title = t.title
    adminApi.session().then(
      (s) => setUser(s.user),
      () => setUser(null),
    )
  }, [])

  const ctx: AdminContext = {
    t,
    lang,
    api: adminApi,
    announce: setSaid,
    fail(err) {
      const e = asApiError(err)
      if (e.status === 401) setUser(null)
      setSaid(adminError(t, e))
    },
  }

  return (
    <AdminCtx.Provider value={ctx}>
      {user === undefined ? (
        <p>{t.loading}</p>
      ) : user === null ? (
        <Login onSignedIn={setUser} />
      ) : (
        <Shell user={user} onSignedOut={() => setUser(null)} />
      )}
      <div class="said">
        <Status text={said} />
      </div>
    </AdminCtx.Provider>
  )
}
