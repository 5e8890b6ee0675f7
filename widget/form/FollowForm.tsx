// Following the discussion without commenting: email and code, then POST /api/follow. Opened by the Follow toggle.
import { h } from 'preact'
import { useEffect } from 'preact/hooks'
import { READER_LIMITS } from '../../worker/limits'
import { Field } from '../components/Field'
import { Status } from '../components/Status'
import type { FollowFormProps } from '../context'
import { useFormState } from '../form-state'
import { follow } from './calls'
import { Challenge } from './Challenge'
import { loadMe } from './remember'
import { gateErrors, gateFields, useChallenge } from './use-challenge'
import { useForm } from './use-form'

export function FollowForm({ id, ctx }: FollowFormProps) {
  const { t, api, config } = ctx
  const form = useFormState()
  const ch = useChallenge(api, t, form)
  const f = useForm(t, form, ch.fresh)

  useEffect(() => {
    f.field('email')?.focus()
  }, [])

  const submit = (ev: Event) => {
    const email = f.value('email')
    const local = {
      ...(email ? {} : { email: t.fields.followEmail }),
      ...gateErrors(t, ch, f.value('challengeAnswer')),
    }
    void f.send(ev, local, async () => {
      await follow(api, {
        ...config.where,
        email,
        ...gateFields(ch, f.value('challengeAnswer')),
      })
      void ch.fresh()
      return t.followSent
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
        maxLength={READER_LIMITS.email}
        required
      />
      <Challenge t={t} id={`${id}c`} state={ch} error={f.errs.challengeAnswer} />
      <button class="btn" disabled={f.busy}>
        {t.followSubmit}
      </button>
      <Status text={f.status} statusRef={f.statusRef} />
    </form>
  )
}
