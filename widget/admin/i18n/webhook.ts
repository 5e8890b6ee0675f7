// The admin page's words for the owner's webhook and the kinds of outbox row, in both languages. The tables follow
// worker/domain.ts, so a new format or kind cannot go without its words.
import type { OutboxKind, WebhookFormat } from '../../../worker/domain'

const en = {
  heading: 'Webhook: comments where you are',
  url: 'Webhook URL (empty: no webhook)',
  urlHint:
    'https://… Each new and each held comment is posted here, beside the owner mail or instead of it. Telegram: https://api.telegram.org/bot<token>/sendMessage?chat_id=<chat id>.',
  format: 'Format',
  formats: {
    parley: "Parley's JSON (signed; see the README)",
    slack: 'Slack incoming webhook',
    discord: 'Discord webhook',
    telegram: 'Telegram bot',
  } satisfies Record<WebhookFormat, string>,
  secret: 'Signing secret',
  secretHint: 'X-Parley-Signature is the HMAC-SHA256 of "<timestamp>.<body>" with this secret.',
  noSecret: 'Made by the server when you save a webhook URL.',
  newSecret: 'New secret',
  newSecretDone: 'A new signing secret is in use: give it to your receiver.',
  kinds: {
    confirm: 'confirmation',
    notify: 'new comment',
    owner: 'owner mail',
    me_link: "reader's link",
    webhook: 'webhook',
  } satisfies Record<OutboxKind, string>,
  fields: {
    webhookUrl: 'Enter an https:// URL without user name or password; a Telegram URL ends in ?chat_id=<chat id>.',
  },
}

export type WebhookStrings = typeof en

const nl: WebhookStrings = {
  heading: 'Webhook: reacties waar jij bent',
  url: 'Webhook-URL (leeg: geen webhook)',
  urlHint:
    'https://… Elke nieuwe en elke vastgehouden reactie wordt hierheen gestuurd, naast de mail aan de eigenaar of in plaats daarvan. Telegram: https://api.telegram.org/bot<token>/sendMessage?chat_id=<chat-id>.',
  format: 'Formaat',
  formats: {
    parley: 'De JSON van Parley (ondertekend; zie de README)',
    slack: 'Slack incoming webhook',
    discord: 'Discord-webhook',
    telegram: 'Telegram-bot',
  },
  secret: 'Geheim voor de handtekening',
  secretHint: 'X-Parley-Signature is de HMAC-SHA256 van "<timestamp>.<body>" met dit geheim.',
  noSecret: 'De server maakt het wanneer je een webhook-URL bewaart.',
  newSecret: 'Nieuw geheim',
  newSecretDone: 'Er is een nieuw geheim in gebruik: geef het aan je ontvanger.',
  kinds: {
    confirm: 'bevestiging',
    notify: 'nieuwe reactie',
    owner: 'mail aan eigenaar',
    me_link: 'link voor lezer',
    webhook: 'webhook',
  },
  fields: {
    webhookUrl:
      'Vul een https://-URL in zonder gebruikersnaam of wachtwoord; een Telegram-URL eindigt op ?chat_id=<chat-id>.',
  },
}

export const webhook = { en, nl }
