// The sign-in form: user name and password, with the error said next to the password and in the live region.
import { h } from 'preact'
import { useRef, useState } from 'preact/hooks'
import type { SessionResponse } from '../../../worker/admin-types'
import { asApiError } from '../../api'
import { Field } from '../../components/Field'
import { useAdmin } from '../context'
import { adminError } from '../i18n'

export function Login({ onSignedIn }: { onSignedIn: (session: SessionResponse) => void }) {
  const { t, api, announce } = useAdmin()
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)
  const form = useRef<HTMLFormElement>(null)

  async function submit(event: Event) {
    event.preventDefault()
    const data = new FormData(form.current!)
    setBusy(true)
    try {
      const session = await api.login(String(data.get('user') ?? ''), String(data.get('password') ?? ''))
      announce(t.signedInAs(session.user))
      onSignedIn(session)
    } catch (err) {
      const e = asApiError(err)
      const text = e.status === 401 ? t.wrongCredentials : adminError(t, e)
      setError(text)
      announce(text)
      form.current?.querySelector<HTMLInputElement>('#lp')?.focus()
    } finally {
      setBusy(false)
    }
  }

  return (
    <main class="login">
      <h1>{t.title}</h1>
      <form ref={form} class="panel" aria-labelledby="lt" onSubmit={submit}>
        <h2 id="lt">{t.signInTitle}</h2>
        <Field id="lu" name="user" label={t.user} autocomplete="username" required autofocus />
        <Field
          id="lp"
          name="password"
          type="password"
          label={t.password}
          autocomplete="current-password"
          required
          error={error || undefined}
        />
        <button class="btn" disabled={busy}>
          {busy ? t.signingIn : t.signIn}
        </button>
      </form>
    </main>
  )
}
