// "Manage my email": the follow form of the forms chunk, handed the words of this one and a request to POST
// /api/me/link instead of /api/follow (the server ignores the thread's fields there). A chunk of its own, which a reader
// gets on first use, so neither the first load nor the forms carry it.
import type { Ctx } from '../context'

const WORDS = {
  en: {
    followOpen: 'Manage my email',
    followEmail: 'Your email address',
    followSubmit: 'Email me a link',
    missing: 'Enter the email address you follow or comment with here.',
    // The same whether or not the address is known: the server never tells.
    followSent: 'If this address is known here, a link to your page is on its way.',
  },
  nl: {
    followOpen: 'Beheer mijn e-mail',
    followEmail: 'Je e-mailadres',
    followSubmit: 'Mail me een link',
    missing: 'Vul het e-mailadres in waarmee je hier volgt of reageert.',
    followSent: 'Als dit adres hier bekend is, is er een link naar je eigen pagina onderweg.',
  },
  de: {
    followOpen: 'Meine E-Mails verwalten',
    followEmail: 'Ihre E-Mail-Adresse',
    followSubmit: 'Link per E-Mail senden',
    missing: 'Geben Sie die E-Mail-Adresse ein, mit der Sie hier folgen oder kommentieren.',
    followSent: 'Wenn diese Adresse hier bekannt ist, ist ein Link zu Ihrer Seite unterwegs.',
  },
  fr: {
    followOpen: 'Gérer mes e-mails',
    followEmail: 'Votre adresse e-mail',
    followSubmit: 'M’envoyer un lien',
    missing: 'Saisissez l’adresse e-mail avec laquelle vous suivez ou commentez ici.',
    followSent: 'Si cette adresse est connue ici, un lien vers votre page est en route.',
  },
}

export function manageCtx(ctx: Ctx): Ctx {
  const { t, api } = ctx
  const { missing, ...words } = WORDS[t.lang]
  return {
    ...ctx,
    t: { ...t, ...words, fields: { ...t.fields, followEmail: missing } },
    api: { ...api, call: (path, init) => api.call(path === '/api/follow' ? '/api/me/link' : path, init) },
  }
}
