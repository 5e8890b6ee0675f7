// Deleting one's own comment: the question inline, with the focus on "Yes"; Escape or Cancel takes it back.
import { useContext, useEffect, useRef } from 'preact/hooks'
import type { Comment } from '../../worker/api-types'
import { asApiError } from '../api'
import { Ctx } from '../context'
import { errorText } from '../i18n'
import type { Own } from '../store'
import { useStrings } from './use-strings'

type Props = { c: Comment; mine: Own; onCancel: () => void }

export function DeleteAsk({ c, mine, onCancel }: Props) {
  const { api, removed, announce } = useContext(Ctx)
  const t = useStrings()
  const yes = useRef<HTMLButtonElement>(null)

  useEffect(() => {
    yes.current?.focus()
  }, [])

  async function remove() {
    try {
      await api.remove(c.id, mine.editToken)
      removed(c.id)
      announce(t.deleted)
    } catch (err) {
      announce(errorText(t, asApiError(err)))
    }
  }

  return (
    <span role="group" aria-label={t.delAsk} onKeyDown={(e) => e.key === 'Escape' && onCancel()}>
      {t.delAsk}{' '}
      <button ref={yes} type="button" class="btn danger" onClick={remove}>
        {t.delYes}
      </button>
      <button type="button" class="btn sec" onClick={onCancel}>
        {t.cancel}
      </button>
    </span>
  )
}
