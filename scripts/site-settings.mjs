// The site settings `npm run site` takes from the command line, each checked by the Worker's own rules
// (worker/domain.ts, worker/site-rules.ts, worker/email-address.ts), as the sites table's columns.
import { isMailbox, normaliseEmail } from '../worker/email-address.ts'
import { LIMITS } from '../worker/limits.ts'
import {
  ERASE_MODES,
  LANGUAGES,
  MODERATIONS,
  SITE_GATES,
  SPAM_THRESHOLD_RANGE,
  WEBHOOK_FORMATS,
} from '../worker/domain.ts'
import { MAX_ORIGINS, isOrigin, isWebhookUrl, newWebhookSecret, telegramChatId } from '../worker/site-rules.ts'

/** As the admin API allows (worker/admin/site-input.ts). */
const MAX_ADMINS = 50

/** A list option: `replace` (given: the whole new list), else `current` with `add` added and `remove` taken out. */
function edited(current, replace, add = [], remove = []) {
  const removed = new Set(remove)
  return [...(replace ?? current), ...add].filter((item) => !removed.has(item))
}

function origins(v, current, fail) {
  const list = edited(current, v.origin, v['add-origin'], v['remove-origin'])
  for (const origin of list)
    if (!isOrigin(origin)) fail(`not an origin: ${origin} (like https://blog.example.com: no path, no trailing slash)`)
  const unique = [...new Set(list)]
  if (unique.length > MAX_ORIGINS) fail(`at most ${MAX_ORIGINS} origins`)
  return JSON.stringify(unique)
}

/** Cloudflare Access identities, lower-cased as the Worker compares them. */
function admins(v, current, fail) {
  const lower = (list) => list?.map((email) => normaliseEmail(email))
  const list = edited(current, lower(v.admin), lower(v['add-admin']), lower(v['remove-admin']))
  for (const email of list) if (!isMailbox(email)) fail(`not an email address: ${email}`)
  const unique = [...new Set(list)]
  if (unique.length > MAX_ADMINS) fail(`at most ${MAX_ADMINS} admins`)
  return JSON.stringify(unique)
}

const oneOf = (flag, value, allowed, fail) =>
  allowed.includes(value) ? value : fail(`${flag} must be one of ${allowed.join(', ')}`)

function spamThreshold(value, fail) {
  const { min, max } = SPAM_THRESHOLD_RANGE
  const n = Number(value)
  return /^\d+$/.test(value) && n >= min && n <= max
    ? n
    : fail(`--spam-threshold must be a whole number from ${min} to ${max}`)
}

/** The settings given on the command line (`v`), checked, by column; those not given are left out. */
export function settingsFrom(v, current, fail) {
  const s = {}
  if (v.name !== undefined) {
    if (!v.name.trim() || [...v.name.trim()].length > 100) fail('--name must be 1 to 100 characters')
    s.name = v.name.trim()
  }
  if (v.origin || v['add-origin'] || v['remove-origin'])
    s.allowed_origins = origins(v, current ? JSON.parse(current.allowed_origins) : [], fail)
  if (v.admin || v['add-admin'] || v['remove-admin'])
    s.admins = admins(v, current ? JSON.parse(current.admins) : [], fail)
  if (v.moderation !== undefined) s.moderation = oneOf('--moderation', v.moderation, MODERATIONS, fail)
  if (v['alt-gate-moderation'] !== undefined)
    s.alt_gate_moderation = oneOf('--alt-gate-moderation', v['alt-gate-moderation'], MODERATIONS, fail)
  if (v.language !== undefined) s.language = oneOf('--language', v.language, LANGUAGES, fail)
  if (v.gate !== undefined) s.gate = oneOf('--gate', v.gate, SITE_GATES, fail)
  if (v['spam-threshold'] !== undefined) s.spam_threshold = spamThreshold(v['spam-threshold'], fail)
  if (v['erase-mode'] !== undefined) s.erase_mode = oneOf('--erase-mode', v['erase-mode'], ERASE_MODES, fail)
  if (v['owner-email'] !== undefined && v['no-owner-email']) fail('give --owner-email or --no-owner-email, not both')
  if (v['owner-email'] !== undefined) {
    if (!isMailbox(v['owner-email'].trim())) fail(`not an email address: ${v['owner-email']}`)
    s.owner_email = v['owner-email'].trim()
  }
  if (v['no-owner-email']) s.owner_email = null
  if (v['notify-owner'] && v['no-notify-owner']) fail('give --notify-owner or --no-notify-owner, not both')
  if (v['notify-owner'] || v['no-notify-owner']) s.notify_owner = v['notify-owner'] ? 1 : 0
  const notify = s.notify_owner ?? current?.notify_owner ?? 0
  const owner = 'owner_email' in s ? s.owner_email : current?.owner_email
  if (notify === 1 && !owner) fail('--notify-owner needs an owner email (--owner-email)')
  return { ...s, ...webhook(v, current, fail) }
}

/** The owner's webhook: its URL and format, and a secret made here when it is set up or when asked for anew. */
function webhook(v, current, fail) {
  const s = {}
  if (v.webhook !== undefined && v['no-webhook']) fail('give --webhook or --no-webhook, not both')
  if (v.webhook !== undefined && (v.webhook.length > LIMITS.webhookUrl || !isWebhookUrl(v.webhook)))
    fail(`not a webhook URL: ${v.webhook} (https://…, with no user name or password)`)
  if (v.webhook !== undefined) s.webhook_url = v.webhook
  if (v['no-webhook']) s.webhook_url = null
  if (v['webhook-format'] !== undefined)
    s.webhook_format = oneOf('--webhook-format', v['webhook-format'], WEBHOOK_FORMATS, fail)
  const url = 'webhook_url' in s ? s.webhook_url : (current?.webhook_url ?? null)
  if ((s.webhook_format ?? current?.webhook_format) === 'telegram' && url && !telegramChatId(url))
    fail('a Telegram webhook names the chat: https://api.telegram.org/bot<token>/sendMessage?chat_id=<chat id>')
  if (v['new-webhook-secret'] || (url && !current?.webhook_secret)) s.webhook_secret = newWebhookSecret()
  return s
}
