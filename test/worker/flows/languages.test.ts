// A German and a French site speak their own language to their followers: the confirmation mail, the page behind its
// link, the page after the click and the notification of a new comment, with French typography in the plain text.
import { describe, expect, it } from 'vitest'
import { follow, postForm, postOk } from '../support/api'
import { newThreadKey, uniqueEmail } from '../support/ids'
import { linkTo, waitForMail } from '../support/mailbox'
import { request } from '../support/request'
import { seedSite } from '../support/seed'

/** What a follower of each site reads, written out here apart from the dictionaries. */
const SITES = [
  {
    language: 'de' as const,
    title: 'Grüner Tee',
    confirmSubject: 'Bitte bestätigen Sie, dass Sie „Grüner Tee“ folgen möchten',
    askTitle: 'Dieser Diskussion folgen?',
    howOften: 'Wie oft?',
    confirmedTitle: 'Sie folgen dieser Diskussion',
    notifySubject: 'Neuer Kommentar zu „Grüner Tee“',
    wrote: 'Bob schrieb zu „Grüner Tee“:',
    action: 'Lesen und antworten: http',
    unsubscribe: 'Abmelden: http',
  },
  {
    language: 'fr' as const,
    title: 'Thé vert',
    confirmSubject: 'Confirmez que vous souhaitez suivre «\u00a0Thé vert\u00a0»',
    askTitle: 'Suivre cette discussion\u00a0?',
    howOften: 'À quelle fréquence\u00a0?',
    confirmedTitle: 'Vous suivez cette discussion',
    notifySubject: 'Nouveau commentaire sur «\u00a0Thé vert\u00a0»',
    wrote: 'Bob a écrit sur «\u00a0Thé vert\u00a0»\u00a0:',
    action: 'Lire et répondre\u00a0: http',
    unsubscribe: 'Se désabonner\u00a0: http',
  },
]

describe.each(SITES)('a site in $language', (s) => {
  it('mails and shows every step of following in its language', async () => {
    const site = await seedSite({ language: s.language })
    const thread = newThreadKey()
    const reader = uniqueEmail('reader')
    expect((await follow(site, thread, reader, { threadTitle: s.title })).status).toBe(202)

    const confirmation = await waitForMail(reader, /./)
    expect(confirmation.subject).toBe(s.confirmSubject)
    expect(confirmation.headers['Content-Language']).toBe(s.language)
    expect(confirmation.html).toContain(`<html lang="${s.language}">`)
    const confirmPath = linkTo(confirmation.text, '/follow/confirm')
    const ask = await (await request(confirmPath)).text()
    expect(ask).toContain(`<html lang="${s.language}">`)
    expect(ask).toContain(`<h1>${s.askTitle}</h1>`)
    expect(ask).toContain(`<legend>${s.howOften}</legend>`)
    const confirmed = await postForm(confirmPath, 'confirm=yes')
    expect(await confirmed.text()).toContain(`<h1>${s.confirmedTitle}</h1>`)

    await postOk(site, thread, { name: 'Bob', email: uniqueEmail('bob'), body: 'Mit **Zitrone**.' })
    const notification = await waitForMail(reader, new RegExp(`^${s.notifySubject.split(' ')[0]}`))
    expect(notification.subject).toBe(s.notifySubject)
    expect(notification.headers['Content-Language']).toBe(s.language)
    expect(notification.text).toContain(`${s.wrote}\n\n> Mit **Zitrone**.\n\n${s.action}`)
    expect(notification.text).toContain(s.unsubscribe)
  }, 60_000)
})
