// One site's settings as a form (or an empty one to add a site); a refused field gets its error next to it.
import { h } from 'preact'
import { useRef, useState } from 'preact/hooks'
import type { Site } from '../../../worker/admin-types'
import {
  ALT_GATE_MODERATION_DEFAULT,
  ERASE_MODES,
  type EraseMode,
  LANGUAGES,
  type Language,
  type Moderation,
  MODERATIONS,
  SITE_GATES,
  type SiteGate,
  SPAM_THRESHOLD_DEFAULT,
  SPAM_THRESHOLD_RANGE,
  type WebhookFormat,
} from '../../../worker/domain'
import { LIMITS } from '../../../worker/limits'
import { asApiError } from '../../api'
import { Field } from '../../components/Field'
import { useAdmin } from '../context'
import { adminError } from '../i18n'
import { Choice } from './Choice'
import { WebhookFields } from './WebhookFields'

export function SiteForm({ site, onSaved }: { site: Site | null; onSaved: () => void }) {
  const { t, api, announce, fail } = useAdmin()
  const [errors, setErrors] = useState<Record<string, string>>({})
  const form = useRef<HTMLFormElement>(null)
  const p = site ? `s-${site.id}-` : 'new-'

  async function save(event: Event) {
    event.preventDefault()
    const data = new FormData(form.current!)
    const text = (name: string) => String(data.get(name) ?? '').trim()
    const settings = {
      name: text('name'),
      allowedOrigins: text('origins').split(/\s+/).filter(Boolean),
      moderation: text('moderation') as Moderation,
      altGateModeration: text('altGateModeration') as Moderation,
      language: text('language') as Language,
      gate: text('gate') as SiteGate,
      eraseMode: text('eraseMode') as EraseMode,
      // Sent as typed: the Worker says what is wrong with "2.5" or "", next to the field.
      spamThreshold: text('spamThreshold') === '' ? NaN : Number(text('spamThreshold')),
      ownerEmail: text('ownerEmail') || null,
      notifyOwner: data.get('notifyOwner') === 'on',
      webhookUrl: text('webhookUrl') || null,
      webhookFormat: text('webhookFormat') as WebhookFormat,
    }
    try {
      if (site) await api.updateSite(site.id, settings)
      else await api.addSite({ id: text('id'), ...settings })
      setErrors({})
      announce(site ? t.siteSaved(site.id) : t.siteAdded(text('id')))
      if (!site) form.current!.reset()
      onSaved()
    } catch (err) {
      const e = asApiError(err)
      setErrors(e.field ? { [e.field]: adminError(t, e) } : {})
      fail(err)
    }
  }

  const choice = <T extends string>(
    name: 'moderation' | 'altGateModeration' | 'language' | 'gate' | 'eraseMode',
    options: readonly T[],
    texts: Record<T, string>,
    initial: T,
  ) => (
    <Choice
      id={p + name}
      name={name}
      label={name === 'gate' || name === 'eraseMode' ? t.checks[name] : t[name]}
      options={options}
      text={(o) => texts[o]}
      initial={initial}
      error={errors[name]}
    />
  )

  return (
    <form ref={form} class="panel" aria-labelledby={`${p}h`} onSubmit={save}>
      <h3 id={`${p}h`}>{site ? `${site.name} (${site.id})` : t.addSite}</h3>
      {!site && <Field id={`${p}id`} name="id" label={t.siteId} error={errors.id} required maxLength={LIMITS.site} />}
      <Field id={`${p}name`} name="name" label={t.name} defaultValue={site?.name} error={errors.name} required />
      <Field
        area
        id={`${p}origins`}
        name="origins"
        label={t.origins}
        hint={t.originsHint}
        defaultValue={site?.allowedOrigins.join('\n')}
        error={errors.allowedOrigins}
      />
      {choice('moderation', MODERATIONS, t.moderations, site?.moderation ?? 'none')}
      {choice('altGateModeration', MODERATIONS, t.moderations, site?.altGateModeration ?? ALT_GATE_MODERATION_DEFAULT)}
      {choice('language', LANGUAGES, t.languages, site?.language ?? 'en')}
      {choice('gate', SITE_GATES, t.checks.gates, site?.gate ?? 'code')}
      {choice('eraseMode', ERASE_MODES, t.checks.eraseModes, site?.eraseMode ?? 'anonymise')}
      <Field
        id={`${p}spamThreshold`}
        name="spamThreshold"
        type="number"
        min={SPAM_THRESHOLD_RANGE.min}
        max={SPAM_THRESHOLD_RANGE.max}
        label={t.checks.spamThreshold}
        defaultValue={String(site?.spamThreshold ?? SPAM_THRESHOLD_DEFAULT)}
        error={errors.spamThreshold}
      />
      <Field
        id={`${p}owner`}
        name="ownerEmail"
        type="email"
        label={t.ownerEmail}
        defaultValue={site?.ownerEmail ?? ''}
        error={errors.ownerEmail}
        maxLength={LIMITS.email}
      />
      <div class="check">
        <input id={`${p}notify`} name="notifyOwner" type="checkbox" defaultChecked={site?.notifyOwner} />
        <label for={`${p}notify`}>{t.notifyOwner}</label>
      </div>
      <WebhookFields site={site} p={p} errors={errors} />
      <button class="btn">{site ? t.save : t.addSite}</button>
    </form>
  )
}
