// Edit and Delete on one's own comment, until its edit window closes; Delete asks first, inline.
import { h, Fragment } from 'preact'
import { useEffect, useRef, useState } from 'preact/hooks'
import type { OwnActionsProps } from '../context'
import { DeleteAsk } from './DeleteAsk'

export function OwnActions({ c, mine, editRef, onEdit, ctx }: OwnActionsProps) {
  const { t } = ctx
  const [asking, setAsking] = useState(false)
  const [open, setOpen] = useState(true)
  const del = useRef<HTMLButtonElement>(null)

  // The buttons go when the window closes, on time.
  useEffect(() => {
    const timer = setTimeout(() => setOpen(false), Date.parse(mine.editableUntil) - Date.now() + 100)
    return () => clearTimeout(timer)
  }, [mine.editableUntil])

  const stopAsking = () => {
    setAsking(false)
    del.current?.focus()
  }
  if (!open) return null
  return (
    <>
      <button ref={editRef} type="button" class="link" onClick={onEdit}>
        {t.edit}
      </button>
      <button ref={del} type="button" class="link" aria-expanded={asking} onClick={() => setAsking(!asking)}>
        {t.del}
      </button>
      {asking && <DeleteAsk c={c} mine={mine} onCancel={stopAsking} ctx={ctx} />}
    </>
  )
}
