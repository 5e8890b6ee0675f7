// The comment form's fields after its text (who writes it, the honeypot, the code, the buttons) and the sending, in the
// form that widget/components/CommentForm.tsx draws; a reply form closes after it is sent, the main one stays.
import { h, Fragment } from 'preact'
import { useEffect, useLayoutEffect, useState } from 'preact/hooks'
import { READER_LIMITS } from '../../worker/limits'
import { Field } from '../components/Field'
import type { CommentFieldsProps } from '../context'
import type { Errors } from '../form-state'
import { postComment } from './calls'
import { Challenge } from './Challenge'
import { authorToken, loadMe, saveAuthorToken, saveMe } from './remember'
import { showPosted } from './thread-changes'
import { gateErrors, gateFields, useChallenge } from './use-challenge'
import { useForm } from './use-form'
import { formButtons } from './preview-button'

export function CommentFields({ parentId, onCancel, form, ctx }: CommentFieldsProps) {
  const { t, api, config } = ctx
  const ch = useChallenge(api, t, form)
  const f = useForm(t, form, ch.fresh)
  const [me] = useState(loadMe)
  const id = parentId === null ? 'pm' : 'pr'
  // Who writes it, remembered from their last comment here.
  const who = [
    { id: 'n', name: 'name', label: t.name, autocomplete: 'name', maxLength: READER_LIMITS.name, required: true },
    {
      id: 'm',
      name: 'email',
      type: 'email',
      label: t.email,
      hint: t.emailHint,
      autocomplete: 'email',
      maxLength: READER_LIMITS.email,
    },
    { id: 'w', name: 'website', type: 'url', label: t.website, autocomplete: 'url', maxLength: READER_LIMITS.website },
  ] as const

  // These fields arrive because the reader is in the form: its code is fetched at once (and again on a later focus, if
  // that failed).
  useEffect(ch.ensure, [])

  // In the order of the fields, so that the focus goes to the first one to correct.
  const check = (): Errors => {
    const e: Errors = {}
    if (!f.value('body')) e.body = t.fields.body
    if (!f.value('name')) e.name = t.fields.name
    if ((f.field('follow') as HTMLInputElement).checked && !f.value('email')) e.email = t.fields.followEmail
    return { ...e, ...gateErrors(t, ch, f.value('challengeAnswer')) }
  }

  const submit = (ev: Event) =>
    f.send(ev, check(), async () => {
      const web = f.value('website')
      // "example.com" is what people type; the API wants a full http(s) address.
      const mine = {
        name: f.value('name'),
        email: f.value('email'),
        website: web && !/^https?:\/\//i.test(web) ? `https://${web}` : web,
      }
      const body = f.field('body')?.value ?? ''
      const follow = f.field('follow') as HTMLInputElement
      const res = await postComment(api, {
        ...config.where,
        parentId,
        name: mine.name,
        email: mine.email || undefined,
        website: mine.website || undefined,
        body,
        follow: follow.checked,
        hp: f.value('hp') || undefined,
        ...gateFields(ch, f.value('challengeAnswer')),
        authorToken: authorToken(config.where.site),
      })
      saveMe(mine)
      saveAuthorToken(config.where.site, res.authorToken)
      ;(f.field('body') as HTMLTextAreaElement).value = ''
      follow.checked = false
      // Each token is single-use; a reply form closes, the main form gets a code for the next comment.
      if (!onCancel) void ch.fresh()
      const message = `${res.comment.status === 'pending' ? t.postedPending : t.posted} ${
        res.follow === 'requested' ? t.followSent : ''
      }`.trim()
      showPosted(ctx, res, body, message)
      return message
    })

  // The form element is CommentForm's: its submit and focus are handled here, with this render's state. Attached again
  // in the very commit of each render (a layout effect), so that no event meets the state of an older one.
  useLayoutEffect(() => {
    const el = form.form.current
    el?.addEventListener('submit', submit)
    el?.addEventListener('focusin', ch.ensure)
    return () => {
      el?.removeEventListener('submit', submit)
      el?.removeEventListener('focusin', ch.ensure)
    }
  })

  return (
    <>
      <div class="acts row">
        {who.map((field) => (
          <Field
            {...field}
            key={field.name}
            id={id + field.id}
            error={f.errs[field.name]}
            defaultValue={me[field.name]}
          />
        ))}
      </div>
      <div>
        <input id={`${id}f`} name="follow" type="checkbox" />
        <label for={`${id}f`}>{t.follow}</label>
      </div>
      {/* Honeypot: hidden from people and their assistive technology; form-filling bots fill it in. */}
      <div class="hp" aria-hidden="true">
        <label>
          {t.honeypot}
          <input name="hp" tabIndex={-1} autocomplete="off" aria-hidden="true" />
        </label>
      </div>
      <Challenge t={t} id={`${id}c`} state={ch} error={f.errs.challengeAnswer} />
      {formButtons(ctx, f, t.post, onCancel)}
    </>
  )
}
