// Reading site settings from an admin request: each field's type and rule, with a clear error per field.
import {
  ALT_GATE_MODERATION_DEFAULT,
  ERASE_MODES,
  LANGUAGES,
  MODERATIONS,
  SITE_GATES,
  SPAM_THRESHOLD_DEFAULT,
  SPAM_THRESHOLD_RANGE,
  WEBHOOK_FORMATS,
  type Site,
} from '../domain'
import { turnstileKeys } from '../challenge/turnstile'
import type { Env } from '../env'
import { invalid } from '../errors'
import { LIMITS } from '../limits'
import { MAX_ORIGINS, isOrigin, isSiteId, isWebhookUrl, newWebhookSecret, telegramChatId } from '../site-rules'
import { isMailbox, normaliseEmail } from '../email-address'
import {
  optionalBoolean,
  optionalEmail,
  optionalText,
  requiredName,
  requiredOneOf,
  requiredText,
  type Input,
} from '../validate'

type SiteSettings = Omit<Site, 'id'>

export function siteId(input: Input): string {
  const id = requiredText(input, 'id', LIMITS.site)
  if (!isSiteId(id)) throw invalid('id', 'id must be 1 to 64 letters, digits, - or _, starting with a letter or digit.')
  return id
}

function origins(input: Input): string[] {
  const value = input.allowedOrigins
  if (!Array.isArray(value) || value.length > MAX_ORIGINS)
    throw invalid('allowedOrigins', `allowedOrigins must be a list of at most ${MAX_ORIGINS} origins.`)
  for (const origin of value) {
    if (typeof origin !== 'string' || !isOrigin(origin)) {
      throw invalid(
        'allowedOrigins',
        'Each allowed origin must look like https://blog.example.com (scheme, host, optional port; no path).',
      )
    }
  }
  return [...new Set(value as string[])]
}

function notifyOwner(input: Input): boolean {
  if (typeof input.notifyOwner !== 'boolean') throw invalid('notifyOwner', 'notifyOwner must be true or false.')
  return input.notifyOwner
}

function spamThreshold(input: Input): number {
  const { min, max } = SPAM_THRESHOLD_RANGE
  const value = input.spamThreshold
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max)
    throw invalid('spamThreshold', `spamThreshold must be a whole number from ${min} to ${max}.`)
  return value
}

function webhookUrl(input: Input): string | null {
  const value = optionalText(input, 'webhookUrl', LIMITS.webhookUrl)
  if (value !== null && !isWebhookUrl(value))
    throw invalid('webhookUrl', 'The webhook URL must start with https:// and hold no user name or password.')
  return value
}

/** The settings an admin types; the webhook's secret is the Worker's to make (newWebhookSecret). */
type Typed = Exclude<keyof SiteSettings, 'webhookSecret'>

const READERS: { [K in Typed]: (input: Input) => SiteSettings[K] } = {
  name: (input) => requiredName(input, 'name', 100),
  allowedOrigins: origins,
  ownerEmail: (input) => optionalEmail(input, 'ownerEmail'),
  notifyOwner,
  moderation: (input) => requiredOneOf(input, 'moderation', MODERATIONS),
  altGateModeration: (input) => requiredOneOf(input, 'altGateModeration', MODERATIONS),
  language: (input) => requiredOneOf(input, 'language', LANGUAGES),
  gate: (input) => requiredOneOf(input, 'gate', SITE_GATES),
  spamThreshold,
  webhookUrl,
  webhookFormat: (input) => requiredOneOf(input, 'webhookFormat', WEBHOOK_FORMATS),
  eraseMode: (input) => requiredOneOf(input, 'eraseMode', ERASE_MODES),
}

/** The settings present in the input, each validated; fields left out keep `base` (the defaults for a new site). */
export function readSettings(input: Input, base: SiteSettings): SiteSettings {
  const settings = { ...base }
  for (const key of Object.keys(READERS) as Typed[]) {
    if (input[key] !== undefined) Object.assign(settings, { [key]: READERS[key](input) })
  }
  if (settings.name === '') throw invalid('name', 'name is required.')
  if (settings.notifyOwner && settings.ownerEmail === null)
    throw invalid('ownerEmail', 'An owner email is needed to notify the owner.')
  if (settings.webhookFormat === 'telegram' && settings.webhookUrl !== null && !telegramChatId(settings.webhookUrl))
    throw invalid('webhookUrl', 'A Telegram URL names the chat: …/bot<token>/sendMessage?chat_id=<chat id>.')
  // A webhook gets its secret when it is set up, and a new one when the owner asks (a leaked secret, a new receiver).
  if (optionalBoolean(input, 'newWebhookSecret') || (settings.webhookUrl !== null && settings.webhookSecret === null))
    settings.webhookSecret = newWebhookSecret()
  return settings
}

export const NEW_SITE_DEFAULTS: SiteSettings = {
  name: '',
  allowedOrigins: [],
  ownerEmail: null,
  notifyOwner: false,
  moderation: 'none',
  altGateModeration: ALT_GATE_MODERATION_DEFAULT,
  language: 'en',
  gate: 'code',
  spamThreshold: SPAM_THRESHOLD_DEFAULT,
  webhookUrl: null,
  webhookFormat: 'parley',
  webhookSecret: null,
  eraseMode: 'anonymise',
}

/** A gate with Turnstile is chosen only where the Worker has its keys: else the form would show nothing to pass. */
export function refuseGateWithoutKeys(env: Env, input: Input, site: Site): void {
  if (input.gate !== undefined && site.gate !== 'code' && !turnstileKeys(env))
    throw invalid('gate', 'Turnstile needs TURNSTILE_SITE_KEY and the TURNSTILE_SECRET_KEY secret on the Worker.')
}

/** More than a team needs; the list is read on every Access sign-in. */
export const MAX_SITE_ADMINS = 50

/** The site's Access admins, when the input names them (else null): email addresses, lower-cased, each once. */
export function readAdmins(input: Input): string[] | null {
  const value = input.admins
  if (value === undefined) return null
  if (!Array.isArray(value) || value.length > MAX_SITE_ADMINS)
    throw invalid('admins', `admins must be a list of at most ${MAX_SITE_ADMINS} email addresses.`)
  if (!value.every((email): email is string => typeof email === 'string' && isMailbox(email.trim())))
    throw invalid('admins', 'Each admin must be an email address, as Cloudflare Access knows them.')
  return [...new Set(value.map(normaliseEmail))]
}
