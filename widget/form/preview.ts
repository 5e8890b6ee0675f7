// What the Preview button does (widget/form/preview-button.tsx): asks the server to render the text (POST /api/preview,
// the very renderer a posted comment goes through) and shows it in place of the text box, or goes back to the text box.
// The state is the DOM's (the button's aria-pressed, the region beside the text box's hidden field), so none of it is
// in the forms chunk; the text box is only hidden, so it keeps its text, cursor and undo history.
import type { PreviewResponse } from '../../worker/api-types'
import { asApiError } from '../api'
import type { Ctx } from '../context'
import { errorText } from '../i18n'
import type { useForm } from './use-form'

export type Form = Pick<ReturnType<typeof useForm>, 'field' | 'setStatus'>

export async function toggle({ t, api, config }: Ctx, f: Form, button: HTMLButtonElement) {
  const area = f.field('body')!
  const box = area.parentElement!
  // While the preview shows, the text box's field is hidden and the region is right after it.
  const back = () => {
    if (!box.style.display) return
    box.nextElementSibling!.remove()
    box.style.display = ''
    button.setAttribute('aria-pressed', 'false')
  }
  if (!box.style.display) {
    if (!area.value.trim()) return f.setStatus(t.fields.body)
    try {
      // Called here rather than from calls.ts: importing the forms chunk would make it a namespace object, 0.1 kB more.
      const body = { site: config.where.site, body: area.value }
      const { html } = await api.call<PreviewResponse>('/api/preview', { method: 'POST', body })
      const region = document.createElement('div')
      region.id = `${area.id}v`
      // Styled here rather than by a stylesheet of its own: adopting one would cost the first load an export.
      region.style.cssText =
        'border:1px solid var(--parley-border);border-radius:var(--parley-radius);padding:0 .75em;margin-bottom:.8em'
      region.setAttribute('role', 'region')
      region.setAttribute('aria-label', t.preview)
      // The server's HTML: the Markdown subset, safe to insert as-is, as every comment's is.
      region.innerHTML = html
      box.after(region)
      box.style.display = 'none'
      button.setAttribute('aria-pressed', 'true')
      button.setAttribute('aria-controls', region.id)
      f.setStatus(t.previewShown)
      // Sending goes back to the text box: its errors point at the fields, and a sent form starts empty.
      area.form!.addEventListener('submit', back, { once: true })
    } catch (err) {
      f.setStatus(errorText(t, asApiError(err)))
    }
    return
  }
  back()
  f.setStatus('')
  area.focus()
}
