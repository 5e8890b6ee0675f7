// Editing one's own comment in place: the Markdown as it was sent, saved with the comment's edit token.
import { useContext, useEffect } from 'preact/hooks'
import type { Comment } from '../../worker/api-types'
import { Field } from '../components/Field'
import { Status } from '../components/Status'
import { Ctx } from '../context'
import type { Own } from '../store'
import { useForm } from './use-form'
import { useStrings } from './use-strings'

type Props = { c: Comment; mine: Own; onDone: (saved: boolean) => void }

export function EditForm({ c, mine, onDone }: Props) {
  const { api, edited, announce } = useContext(Ctx)
  const t = useStrings()
  const f = useForm()
  const id = `pe${c.id}`

  useEffect(() => {
    f.field('body')?.focus()
  }, [])

  const save = (ev: Event) => {
    ev.preventDefault()
    if (f.busy) return
    const body = f.field('body')?.value ?? ''
    void f.send(body.trim() ? {} : { body: t.fields.body }, async () => {
      edited(await api.edit(c.id, mine.editToken, body), body)
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
        hint={t.bodyHint}
        error={f.errs.body}
        defaultValue={mine.body}
        maxLength={5000}
        required
      />
      <div class="acts">
        <button class="btn" disabled={f.busy}>
          {t.save}
        </button>
        <button type="button" class="btn sec" onClick={() => onDone(false)}>
          {t.cancel}
        </button>
      </div>
      <Status text={f.status} statusRef={f.statusRef} />
    </form>
  )
}
