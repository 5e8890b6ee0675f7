// "Follow this discussion" without commenting: a toggle here; its form (email and code) comes with the forms chunk.
import { h } from 'preact'
import { useState } from 'preact/hooks'
import type { Ctx } from '../context'

export function Follow({ ctx }: { ctx: Ctx }) {
  const { t, forms, getForms } = ctx
  const [open, setOpen] = useState(false)
  // Opens once the forms are here; if they cannot be fetched, it stays closed and the thread's status line says why.
  const toggle = async () => setOpen(!open && (await getForms()))
  return (
    <div class="follow">
      <button type="button" class="link" aria-expanded={open} aria-controls="pf" onClick={toggle}>
        {t.followOpen}
      </button>
      {open && forms && <forms.FollowForm id="pf" ctx={ctx} />}
    </div>
  )
}
