// "Manage my email": what its form asks for (POST /api/me/link) and says, in a chunk of its own that a reader gets on
// first use. The form itself is the follow form of the forms chunk, with these words and this request instead.
import type { MeLinkResponse } from '../../worker/api-types'
import type { Ctx, EmailAsk } from '../context'

const WORDS = {
  en: {
    title: 'Manage my email',
    label: 'Your email address',
    submit: 'Email me a link',
    missing: 'Enter the email address you follow or comment with here.',
    // The same whether or not the address is known: the server never tells.
    sent: 'If this address is known here, a link to your page is on its way.',
  },
  nl: {
    title: 'Beheer mijn e-mail',
    label: 'Je e-mailadres',
    submit: 'Mail me een link',
    missing: 'Vul het e-mailadres in waarmee je hier volgt of reageert.',
    sent: 'Als dit adres hier bekend is, is er een link naar je eigen pagina onderweg.',
  },
  de: {
    title: 'Meine E-Mails verwalten',
    label: 'Ihre E-Mail-Adresse',
    submit: 'Link per E-Mail senden',
    missing: 'Geben Sie die E-Mail-Adresse ein, mit der Sie hier folgen oder kommentieren.',
    sent: 'Wenn diese Adresse hier bekannt ist, ist ein Link zu Ihrer Seite unterwegs.',
  },
  fr: {
    title: 'Gérer mes e-mails',
    label: 'Votre adresse e-mail',
    submit: 'M’envoyer un lien',
    missing: 'Saisissez l’adresse e-mail avec laquelle vous suivez ou commentez ici.',
    sent: 'Si cette adresse est connue ici, un lien vers votre page est en route.',
  },
}

export function manageAsk({ t, api, config }: Ctx): EmailAsk {
  const { sent, ...words } = WORDS[t.lang]
  return {
    ...words,
    send: async (email, gate) => {
      await api.call<MeLinkResponse>('/api/me/link', {
        method: 'POST',
        body: { site: config.where.site, email, ...gate },
      })
      return sent
    },
  }
}
