// The forms' row of buttons: send, Preview and, where the form can be closed, Cancel. All Preview does is in
// widget/form/preview.ts, a chunk of its own loaded on the first press, so that the forms chunk, which every writer
// downloads, stays within its budget.
import { h } from 'preact'
import type { Ctx } from '../context'
import type { Form } from './preview'

export const formButtons = (ctx: Ctx, f: Form & { busy: boolean }, label: string, onCancel?: () => void) => (
  <div class="acts">
    <button class="btn" disabled={f.busy}>
      {label}
    </button>
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
    {onCancel && (
      <button type="button" class="btn sec" onClick={onCancel}>
        {ctx.t.cancel}
      </button>
    )}
  </div>
)
