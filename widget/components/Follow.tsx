// "Follow this discussion" (id "pf") or "Manage my email" ("pl", the link to the reader's own page): a toggle here; its
// form (email and code) comes with the forms chunk, and for "Manage my email" its words and request with a small chunk
// of its own (widget/manage/). App renders one of each: one component, so the first load carries this code once.
import { h } from 'preact'
import { useState } from 'preact/hooks'
import type { Ctx } from '../context'

type Manage = typeof import('../manage')

export function Follow({ ctx, id }: { ctx: Ctx; id: 'pf' | 'pl' }) {
  const { t, forms, getForms } = ctx
  // true: the follow form is open; the manage chunk: its form is.
  const [open, setOpen] = useState<Manage | boolean>(false)
  // Opens once the forms (and the manage chunk) are here; if the forms cannot be fetched, it stays closed and the
  // thread's status line says why; if the manage chunk cannot, it just stays closed.
  const toggle = async () =>
    setOpen(!open && (await getForms()) && (id === 'pf' || (await import('../manage').catch(() => false))))
  return (
    <div class="follow">
      <button type="button" class="link" aria-expanded={!!open} aria-controls={id} onClick={toggle}>
        {id === 'pf' ? t.followOpen : t.manageOpen}
      </button>
      {open && forms && <forms.FollowForm id={id} ctx={open === true ? ctx : open.manageCtx(ctx)} />}
    </div>
  )
}
