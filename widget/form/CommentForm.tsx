// The full comment form, for a new comment or a reply: the text first, then who writes it, the honeypot and the code.
import { useContext, useLayoutEffect, useState } from 'preact/hooks'
import { Field } from '../components/Field'
import { Status } from '../components/Status'
import type { Draft, Props } from '../components/CommentForm'
import { Ctx } from '../context'
import { errorText } from '../i18n'
import { loadMe, saveMe } from '../store'
import { Challenge } from './Challenge'
import { useChallenge } from './use-challenge'
import { type Errors, useForm } from './use-form'
import { useStrings } from './use-strings'

export function CommentForm({ parentId, title, onCancel, draft }: Props & { draft?: Draft }) {
  const { api, config, posted } = useContext(Ctx)
  const t = useStrings()
  const f = useForm(() => void ch.fresh())
  const ch = useChallenge((e) => f.setStatus(errorText(t, e)))
  const [me] = useState(loadMe)
  const id = parentId === null ? 'pm' : 'pr'

  // In the frame it replaces parley.js's text box: the reader goes on typing where they were. A reply form takes the
  // focus as it opens.
  useLayoutEffect(() => {
    const box = f.field('body') as HTMLTextAreaElement
    if (draft) box.setSelectionRange(draft.from, draft.to)
    if (draft?.focused || onCancel) box.focus()
  }, [])

  // In the order of the fields, so that the focus goes to the first one to correct.
  const check = (): Errors => {
    const e: Errors = {}
    if (!f.value('body')) e.body = t.fields.body
    if (!f.value('name')) e.name = t.fields.name
    if ((f.field('follow') as HTMLInputElement | null)?.checked && !f.value('email')) e.email = t.fields.followEmail
    if (!f.value('challengeAnswer') || !ch.ch) e.challengeAnswer = t.fields.challengeAnswer
    return e
  }

  const submit = (ev: Event) => {
    ev.preventDefault()
    if (f.busy) return
    void f.send(check(), async () => {
      const web = f.value('website')
      // "example.com" is what people type; the API wants a full http(s) address.
      const who = {
        name: f.value('name'),
        email: f.value('email'),
        website: web && !/^https?:\/\//i.test(web) ? `https://${web}` : web,
      }
      const body = f.field('body')?.value ?? ''
      const follow = f.field('follow') as HTMLInputElement
      const res = await api.post({
        ...config.where,
        parentId,
        name: who.name,
        email: who.email || undefined,
        website: who.website || undefined,
        body,
        follow: follow.checked,
        hp: f.value('hp') || undefined,
        challengeToken: ch.ch?.token ?? '',
        challengeAnswer: f.value('challengeAnswer'),
      })
      saveMe(who)
      ;(f.field('body') as HTMLTextAreaElement).value = ''
      follow.checked = false
      // Each token is single-use; a reply form closes, the main form gets a code for the next comment.
      if (!onCancel) void ch.fresh()
      const message = `${res.comment.status === 'pending' ? t.postedPending : t.posted} ${
        res.follow === 'confirmation_sent' ? t.followSent : res.follow === 'already_following' ? t.followAlready : ''
      }`.trim()
      posted(res, body, message)
      return message
    })
  }

  return (
    <form
      ref={f.form}
      class="form"
      noValidate
      aria-labelledby={`${id}t`}
      onSubmit={submit}
      onFocusIn={ch.ensure}
      onKeyDown={(e) => e.key === 'Escape' && onCancel?.()}
    >
      <h3 id={`${id}t`}>{title}</h3>
      <Field
        area
        id={`${id}b`}
        name="body"
        label={t.body}
        hint={t.bodyHint}
        error={f.errs.body}
        defaultValue={draft?.text}
        maxLength={5000}
        required
      />
      <div class="row">
        <Field
          id={`${id}n`}
          name="name"
          label={t.name}
          error={f.errs.name}
          defaultValue={me.name}
          autocomplete="name"
          maxLength={100}
          required
        />
        <Field
          id={`${id}m`}
          name="email"
          type="email"
          label={t.email}
          hint={t.emailHint}
          error={f.errs.email}
          defaultValue={me.email}
          autocomplete="email"
        />
        <Field
          id={`${id}w`}
          name="website"
          type="url"
          label={t.website}
          error={f.errs.website}
          defaultValue={me.website}
          autocomplete="url"
        />
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
      <Challenge
        id={`${id}c`}
        state={ch}
        error={f.errs.challengeAnswer}
        onNew={() => void ch.fresh().then((ok) => ok && f.setStatus(t.codeReady))}
      />
      <div class="acts">
        <button class="btn" disabled={f.busy}>
          {t.post}
        </button>
        {onCancel && (
          <button type="button" class="btn sec" onClick={onCancel}>
            {t.cancel}
          </button>
        )}
      </div>
      <Status text={f.status} statusRef={f.statusRef} />
    </form>
  )
}
