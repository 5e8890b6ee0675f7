// The owner's webhook in a site's form: its URL and format (saved with the form), and the signing secret the server
// made, with a button that has the server make a new one at once.
import { h } from 'preact'
import { useState } from 'preact/hooks'
import type { Site } from '../../../worker/admin-types'
import { WEBHOOK_FORMATS } from '../../../worker/domain'
import { LIMITS } from '../../../worker/limits'
import { Field } from '../../components/Field'
import { useAdmin } from '../context'
import { Choice } from './Choice'

type Props = { site: Site | null; p: string; errors: Record<string, string> }

export function WebhookFields({ site, p, errors }: Props) {
  const { t, api, announce, fail } = useAdmin()
  const w = t.webhook
  const [secret, setSecret] = useState(site?.webhookSecret ?? null)

  async function renew() {
    try {
      setSecret((await api.updateSite(site!.id, { newWebhookSecret: true })).site.webhookSecret)
      announce(w.newSecretDone)
    } catch (err) {
      fail(err)
    }
  }

  return (
    <fieldset>
      <legend>{w.heading}</legend>
      <Field
        id={`${p}webhookUrl`}
        name="webhookUrl"
        type="url"
        label={w.url}
        hint={w.urlHint}
        defaultValue={site?.webhookUrl ?? ''}
        error={errors.webhookUrl}
        maxLength={LIMITS.webhookUrl}
      />
      <Choice
        id={`${p}webhookFormat`}
        name="webhookFormat"
        label={w.format}
        options={WEBHOOK_FORMATS}
        text={(f) => w.formats[f]}
        initial={site?.webhookFormat ?? 'parley'}
        error={errors.webhookFormat}
      />
      {site && (
        <div class="f">
          <label for={`${p}secret`}>{w.secret}</label>
          <input id={`${p}secret`} readOnly value={secret ?? w.noSecret} aria-describedby={`${p}secreth`} />
          <small id={`${p}secreth`} class="hint">
            {w.secretHint}
          </small>
          {secret && (
            <button type="button" class="btn sec" onClick={renew}>
              {w.newSecret}
            </button>
          )}
        </div>
      )}
    </fieldset>
  )
}
