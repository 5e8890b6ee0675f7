// The forms' Preview button. All it does is in widget/form/preview.ts, a chunk of its own loaded on the first press, so
// that the forms chunk, which every writer downloads, stays within its budget.
import { h } from 'preact'
import type { Ctx } from '../context'
import type { Form } from './preview'

export const previewButton = (ctx: Ctx, f: Form) => (
  <button
    type="button"
    class="btn sec"
    aria-pressed="false"
    onClick={(e) => {
      const button = e.currentTarget
      import('./preview').then(
        (m) => m.toggle(ctx, f, button),
        () => f.setStatus(ctx.t.errors.network),
      )
    }}
  >
    {ctx.t.preview}
  </button>
)
