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
