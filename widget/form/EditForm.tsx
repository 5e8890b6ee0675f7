// Editing one's own comment in place: the Markdown as it was sent, saved with the comment's edit token.
import { h } from 'preact'
import { useEffect } from 'preact/hooks'
import { READER_LIMITS } from '../../worker/limits'
import { Field } from '../components/Field'
import { Status } from '../components/Status'
import type { EditFormProps } from '../context'
import { useFormState } from '../form-state'
import { editComment } from './calls'
import { showEdited } from './thread-changes'
import { useForm } from './use-form'
import { formButtons } from './preview-button'

export function EditForm({ c, mine, onDone, ctx }: EditFormProps) {
  const { t, api, announce } = ctx
  const f = useForm(t, useFormState())
  const id = `pe${c.id}`

  useEffect(() => {
    f.field('body')?.focus()
  }, [])

  const save = (ev: Event) => {
    const body = f.field('body')?.value ?? ''
    void f.send(ev, body.trim() ? {} : { body: t.fields.body }, async () => {
      showEdited(ctx, await editComment(api, c.id, mine.editToken, body), body)
      // This form goes now, with its status line: the thread's says it.
      announce(t.saved)
      onDone(true)
      return t.saved
    })
  }

  return (
    <form ref={f.form} class="form" noValidate onSubmit={save} onKeyDown={(e) => e.key === 'Escape' && onDone(false)}>
      <Field
        area
        id={id}
        name="body"
        label={t.body}
        hint={t.bodyHint(READER_LIMITS.body)}
        error={f.errs.body}
        defaultValue={mine.body}
        maxLength={READER_LIMITS.body}
        required
      />
      {formButtons(ctx, f, t.save, () => onDone(false))}
      <Status text={f.status} statusRef={f.statusRef} />
    </form>
  )
}
