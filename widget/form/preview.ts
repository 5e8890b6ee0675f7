// What the Preview button does (widget/form/preview-button.tsx): asks the server to render the text (POST /api/preview,
// the very renderer a posted comment goes through) and shows it in place of the text box, or goes back to the text box.
// The state is the DOM's (the button's aria-pressed, the region beside the text box), so none of it is in the forms
// chunk; the text box is only hidden, so it keeps its text, cursor and undo history.
import type { PreviewResponse } from '../../worker/api-types'
import { asApiError } from '../api'
import type { Ctx } from '../context'
import { adopt } from '../dom'
import { errorText } from '../i18n'
import css from './preview.css?inline'
import type { useForm } from './use-form'

export type Form = Pick<ReturnType<typeof useForm>, 'field' | 'setStatus'>

const styled = new WeakSet<Node>()

export async function toggle({ t, api, config }: Ctx, f: Form, button: HTMLButtonElement) {
  const area = f.field('body')!
  const box = area.parentElement!
  const root = area.getRootNode()
  if (!styled.has(root)) adopt(area, css)
  styled.add(root)
  const back = () => {
    box.nextElementSibling?.classList.contains('prev') && box.nextElementSibling.remove()
    box.hidden = false
    button.setAttribute('aria-pressed', 'false')
  }
  if (!box.hidden) {
    if (!area.value.trim()) return f.setStatus(t.fields.body)
    try {
      // Called here rather than from calls.ts: importing the forms chunk would make it a namespace object, 0.1 kB more.
      const body = { site: config.where.site, body: area.value }
      const { html } = await api.call<PreviewResponse>('/api/preview', { method: 'POST', body })
      const region = document.createElement('div')
      region.id = `${area.id}v`
      region.className = 'prev'
      region.setAttribute('role', 'region')
      region.setAttribute('aria-label', t.preview)
      // The server's HTML: the Markdown subset, safe to insert as-is, as every comment's is.
      region.innerHTML = html
      box.after(region)
      box.hidden = true
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
