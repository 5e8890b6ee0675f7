// "Follow this discussion" and "Manage my email" without commenting: toggles here; their form (email and code) comes
// with the forms chunk, and what "Manage my email" asks for with a small chunk of its own (widget/manage/).
import { h } from 'preact'
import { useState } from 'preact/hooks'
import type { Ctx, EmailAsk } from '../context'

export function Follow({ ctx }: { ctx: Ctx }) {
  const { t, forms, getForms } = ctx
  const [open, setOpen] = useState('')
  const [ask, setAsk] = useState<EmailAsk>()
  // Opens once the forms (and for "pl", the link to the reader's page, its words) are here; if they cannot be fetched,
  // it stays closed and the thread's status line says why.
  const toggle = async (id: string) => {
    let ok = open !== id && (await getForms())
    if (ok && id === 'pl' && !ask) {
      const m = await import('../manage').catch(() => null)
      ok = !!m
      if (m) setAsk(m.manageAsk(ctx))
    }
    setOpen(ok ? id : '')
  }
  return (
    <div class="follow">
      {(['pf', 'pl'] as const).map((id) => (
        <button type="button" class="link" aria-expanded={open === id} aria-controls={id} onClick={() => toggle(id)}>
          {id === 'pf' ? t.followOpen : t.manageOpen}
        </button>
      ))}
      {open && forms && <forms.FollowForm key={open} id={open} ctx={ctx} ask={open === 'pl' ? ask : undefined} />}
    </div>
  )
}
