// The owner's edit of a comment's Markdown; Escape or Cancel leaves it as it was.
import { h } from 'preact'
import { useEffect, useRef, useState } from 'preact/hooks'
import type { AdminComment } from '../../../worker/admin-types'
import { LIMITS } from '../../../worker/limits'
import { asApiError } from '../../api'
import { Field } from '../../components/Field'
import { useAdmin } from '../context'
import { adminError } from '../i18n'

export function EditBody({ c, onDone }: { c: AdminComment; onDone: (updated: AdminComment | null) => void }) {
  const { t, api, fail } = useAdmin()
  const [error, setError] = useState('')
  const form = useRef<HTMLFormElement>(null)
  const id = `eb${c.id}`

  useEffect(() => form.current?.querySelector('textarea')?.focus(), [])

  async function save(event: Event) {
    event.preventDefault()
    const body = form.current?.querySelector('textarea')?.value ?? ''
    try {
      onDone((await api.edit(c.id, body)).comment)
    } catch (err) {
      const e = asApiError(err)
      if (e.field === 'body') setError(adminError(t, e))
      else fail(err)
    }
  }

  return (
    <form ref={form} onSubmit={save} onKeyDown={(e) => e.key === 'Escape' && onDone(null)}>
      <Field
        area
        id={id}
        name="body"
        label={t.body}
        defaultValue={c.body}
        error={error || undefined}
        maxLength={LIMITS.body}
        required
      />
      <div class="acts">
        <button class="btn">{t.save}</button>
        <button type="button" class="btn sec" onClick={() => onDone(null)}>
          {t.cancel}
        </button>
      </div>
    </form>
  )
}
