// An email address and the code: following the discussion without commenting (POST /api/follow), or what `ask` asks
// for instead (the link to the reader's own page). Opened by the Follow toggles.
import { h } from 'preact'
import { useEffect } from 'preact/hooks'
import { LIMITS } from '../../worker/limits'
import { Field } from '../components/Field'
import { Status } from '../components/Status'
import type { EmailAsk, FollowFormProps } from '../context'
import { useFormState } from '../form-state'
import { follow } from './calls'
import { Challenge } from './Challenge'
import { loadMe } from './remember'
import { gateFields, gateMissing, useChallenge } from './use-challenge'
import { useForm } from './use-form'

export function FollowForm({ id, ctx, ask }: FollowFormProps) {
  const { t, api, config } = ctx
  const a: EmailAsk = ask ?? {
    title: t.followOpen,
    label: t.followEmail,
    submit: t.followSubmit,
    missing: t.fields.followEmail,
    send: async (email, gate) => (await follow(api, { ...config.where, email, ...gate }), t.followSent),
  }
  const form = useFormState()
  const ch = useChallenge(api, t, form)
  const f = useForm(t, form, ch.fresh)

  useEffect(() => {
    f.field('email')?.focus()
  }, [])

  const submit = (ev: Event) => {
    ev.preventDefault()
    if (f.busy) return
    const email = f.value('email')
    const gate = gateMissing(t, ch, f.value('challengeAnswer'))
    const local = { ...(email ? {} : { email: a.missing }), ...(gate ? { challengeAnswer: gate } : {}) }
    void f.send(local, async () => {
      const sent = await a.send(email, gateFields(ch, f.value('challengeAnswer')))
      void ch.fresh()
      return sent
    })
  }

  return (
    <form id={id} ref={f.form} class="form" noValidate aria-label={a.title} onSubmit={submit} onFocusIn={ch.ensure}>
      <Field
        id={`${id}m`}
        name="email"
        type="email"
        label={a.label}
        error={f.errs.email}
        defaultValue={loadMe().email}
        autocomplete="email"
        maxLength={LIMITS.email}
        required
      />
      <Challenge t={t} id={`${id}c`} state={ch} error={f.errs.challengeAnswer} />
      <button class="btn" disabled={f.busy}>
        {a.submit}
      </button>
      <Status text={f.status} statusRef={f.statusRef} />
    </form>
  )
}
