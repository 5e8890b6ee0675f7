// "Follow this discussion" without commenting: a toggle that opens email + challenge, then POST /api/follow.
import { useContext, useEffect, useState } from 'preact/hooks'
import { Ctx } from '../context'
import { errorText } from '../i18n'
import { loadMe } from '../store'
import { useChallenge } from '../use-challenge'
import { useForm } from '../use-form'
import { Challenge } from './Challenge'
import { Field } from './Field'
import { Status } from './Status'

export function FollowForm() {
  const { t, api, config } = useContext(Ctx)
  const [open, setOpen] = useState(false)
  const f = useForm(() => void ch.fresh())
  const ch = useChallenge((e) => f.setStatus(errorText(t, e)))
  const id = 'pf'

  useEffect(() => {
    if (open) f.field('email')?.focus()
  }, [open])

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
    <div class="follow">
      <button type="button" class="link" aria-expanded={open} aria-controls={`${id}p`} onClick={() => setOpen(!open)}>
        {t.followOpen}
      </button>
      {open && (
        <form id={`${id}p`} ref={f.form} class="form" noValidate aria-label={t.followOpen} onSubmit={submit} onFocusIn={ch.ensure}>
          <Field id={`${id}m`} name="email" type="email" label={t.followEmail} error={f.errs.email} defaultValue={loadMe().email} autocomplete="email" required />
          <Challenge id={`${id}c`} state={ch} error={f.errs.challengeAnswer} onNew={() => void ch.fresh().then((ok) => ok && f.setStatus(t.codeReady))} />
          <button class="btn" disabled={f.busy}>
            {t.followSubmit}
          </button>
          <Status text={f.status} statusRef={f.statusRef} />
        </form>
      )}
    </div>
  )
}
