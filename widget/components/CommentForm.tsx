// The comment form, for a new comment or a reply: its heading, text box and status line are here from the start; the
// rest (who writes it, the code, the buttons and the sending) comes with the forms chunk on first use, below the text
// box, which keeps what was typed, the cursor and the focus.
import { h } from 'preact'
import { useEffect, useState } from 'preact/hooks'
import { READER_LIMITS } from '../../worker/limits'
import type { Ctx } from '../context'
import { useFormState } from '../form-state'
import { Field } from './Field'
import { Status } from './Status'

type Props = { parentId: number | null; title: string; onCancel?: () => void; ctx: Ctx }

export function CommentForm({ parentId, title, onCancel, ctx }: Props) {
  const { t, forms, getForms } = ctx
  const form = useFormState()
  // A reply form is in use as it opens; the main form once it is first focused.
  const [used, setUsed] = useState(!!onCancel)
  // Ids are unique within the shadow root: one main form, and at most one reply form open.
  const id = parentId === null ? 'pm' : 'pr'

  useEffect(() => {
    if (onCancel) form.form.current?.querySelector('textarea')?.focus()
  }, [])

  const use = () => {
    setUsed(true)
    // A new try: the message of a failed one goes.
    form.setStatus('')
    void getForms(form.setStatus)
  }
  return (
    <form
      ref={form.form}
      class="form"
      noValidate
      aria-labelledby={`${id}t`}
      onFocusIn={used && forms ? undefined : use}
      onKeyDown={(e) => e.key === 'Escape' && onCancel?.()}
    >
      <h3 id={`${id}t`}>{title}</h3>
      <Field
        area
        id={`${id}b`}
        name="body"
        label={t.body}
        hint={t.bodyHint(READER_LIMITS.body)}
        error={form.errs.body}
        maxLength={READER_LIMITS.body}
        required
      />
      {used && forms && <forms.CommentFields parentId={parentId} onCancel={onCancel} form={form} ctx={ctx} />}
      <Status text={form.status} statusRef={form.statusRef} />
    </form>
  )
}
