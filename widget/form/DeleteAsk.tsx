// Deleting one's own comment: the question inline, with the focus on "Yes"; Escape or Cancel takes it back.
import { h } from 'preact'
import { useEffect, useRef } from 'preact/hooks'
import { asApiError } from '../api'
import type { Ctx } from '../context'
import type { Comment } from '../../worker/api-types'
import { errorText } from '../i18n'
import type { Own } from '../store'
import { deleteComment } from './calls'
import { showRemoved } from './thread-changes'

type Props = { c: Comment; mine: Own; onCancel: () => void; ctx: Ctx }

export function DeleteAsk({ c, mine, onCancel, ctx }: Props) {
  const { t, api, announce } = ctx
  const yes = useRef<HTMLButtonElement>(null)

  useEffect(() => {
    yes.current?.focus()
  }, [])

  async function remove() {
    try {
      await deleteComment(api, c.id, mine.editToken)
      showRemoved(ctx, c, t.deleted)
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
