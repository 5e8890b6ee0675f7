// The admin page's words for the owner's webhook and the kinds of outbox row, in every language. The tables follow
// worker/domain.ts, so a new format or kind cannot go without its words.
import type { Language, OutboxKind, WebhookFormat } from '../../../worker/domain'

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

const de: WebhookStrings = {
  heading: 'Webhook: Kommentare dort, wo Sie sind',
  url: 'Webhook-URL (leer: kein Webhook)',
  urlHint:
    'https://… Jeder neue und jeder zurückgehaltene Kommentar wird hierhin gesendet, neben der Mail an den Betreiber oder stattdessen. Telegram: https://api.telegram.org/bot<token>/sendMessage?chat_id=<Chat-ID>.',
  format: 'Format',
  formats: {
    parley: 'Das JSON von Parley (signiert; siehe README)',
    slack: 'Slack Incoming Webhook',
    discord: 'Discord-Webhook',
    telegram: 'Telegram-Bot',
  },
  secret: 'Signaturgeheimnis',
  secretHint: 'X-Parley-Signature ist der HMAC-SHA256 von "<timestamp>.<body>" mit diesem Geheimnis.',
  noSecret: 'Der Server erzeugt es, wenn Sie eine Webhook-URL speichern.',
  newSecret: 'Neues Geheimnis',
  newSecretDone: 'Ein neues Signaturgeheimnis ist in Gebrauch: Geben Sie es Ihrem Empfänger.',
  kinds: {
    confirm: 'Bestätigung',
    notify: 'neuer Kommentar',
    owner: 'Mail an den Betreiber',
    me_link: 'Link für Leser',
    webhook: 'Webhook',
  },
  fields: {
    webhookUrl:
      'Geben Sie eine https://-URL ohne Benutzername oder Passwort ein; eine Telegram-URL endet auf ?chat_id=<Chat-ID>.',
  },
}

const fr: WebhookStrings = {
  heading: 'Webhook\u00a0: les commentaires là où vous êtes',
  url: 'URL du webhook (vide\u00a0: aucun webhook)',
  urlHint:
    'https://… Chaque commentaire nouveau ou retenu est envoyé ici, en plus du courriel au propriétaire ou à sa place. Telegram\u00a0: https://api.telegram.org/bot<token>/sendMessage?chat_id=<id du chat>.',
  format: 'Format',
  formats: {
    parley: 'Le JSON de Parley (signé\u00a0; voir le README)',
    slack: 'Webhook entrant Slack',
    discord: 'Webhook Discord',
    telegram: 'Bot Telegram',
  },
  secret: 'Secret de signature',
  secretHint: 'X-Parley-Signature est le HMAC-SHA256 de "<timestamp>.<body>" avec ce secret.',
  noSecret: 'Le serveur le crée quand vous enregistrez une URL de webhook.',
  newSecret: 'Nouveau secret',
  newSecretDone: 'Un nouveau secret de signature est en service\u00a0: donnez-le à votre récepteur.',
  kinds: {
    confirm: 'confirmation',
    notify: 'nouveau commentaire',
    owner: 'courriel au propriétaire',
    me_link: 'lien du lecteur',
    webhook: 'webhook',
  },
  fields: {
    webhookUrl:
      'Saisissez une URL https:// sans nom d’utilisateur ni mot de passe\u00a0; une URL Telegram porte le paramètre chat_id=<id du chat>.',
  },
}

export const webhook: Record<Language, WebhookStrings> = { en, nl, de, fr }
