// Following the discussion without commenting: email and code, then POST /api/follow. Opened by parley.js's toggle.
import { useContext, useEffect } from 'preact/hooks'
import { Field } from '../components/Field'
import { Status } from '../components/Status'
import { Ctx } from '../context'
import { errorText } from '../i18n'
import { loadMe } from '../store'
import { Challenge } from './Challenge'
import { useChallenge } from './use-challenge'
import { useForm } from './use-form'
import { useStrings } from './use-strings'

/** `id`: the form's, which the toggle's aria-controls names. */
export function FollowForm({ id }: { id: string }) {
  const { api, config } = useContext(Ctx)
  const t = useStrings()
  const f = useForm(() => void ch.fresh())
  const ch = useChallenge((e) => f.setStatus(errorText(t, e)))

  useEffect(() => {
    f.field('email')?.focus()
  }, [])

  const submit = (ev: Event) => {
    ev.preventDefault()
    if (f.busy) return
    const email = f.value('email')
    const local = {
      ...(email ? {} : { email: t.fields.followEmail }),
      ...(f.value('challengeAnswer') && ch.ch ? {} : { challengeAnswer: t.fields.challengeAnswer }),
    }
    void f.send(local, async () => {
      const { follow } = await api.follow({
        ...config.where,
        email,
        challengeToken: ch.ch?.token ?? '',
        challengeAnswer: f.value('challengeAnswer'),
      })
      void ch.fresh()
      return follow === 'already_following' ? t.followAlready : t.followSent
    })
  }

  return (
    <form
      id={id}
      ref={f.form}
      class="form"
      noValidate
      aria-label={t.followOpen}
      onSubmit={submit}
      onFocusIn={ch.ensure}
    >
      <Field
        id={`${id}m`}
        name="email"
        type="email"
        label={t.followEmail}
        error={f.errs.email}
        defaultValue={loadMe().email}
        autocomplete="email"
        required
      />
      <Challenge
        id={`${id}c`}
        state={ch}
        error={f.errs.challengeAnswer}
        onNew={() => void ch.fresh().then((ok) => ok && f.setStatus(t.codeReady))}
      />
      <button class="btn" disabled={f.busy}>
        {t.followSubmit}
      </button>
      <Status text={f.status} statusRef={f.statusRef} />
    </form>
  )
}
