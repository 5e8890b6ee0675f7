// Following a discussion by mail, in Chromium: confirm from the mail, get another visitor's comment, leave with one click.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { codeIn, useBrowser, visitor } from './browser'
import { article, openForm, openHtml, widget, words } from './pages'
import { BASE, linkIn, mailbox, newThread, seed, waitForMail } from './server'

const t = words.nl

const browser = useBrowser()

const TITLE = 'Langs de Vecht naar Muiden'

async function newVisitorOn(path: string, thread: string): Promise<Page> {
  const page = await (await visitor(browser())).newPage()
  await openHtml(page, path, article({ thread, title: TITLE }))
  return page
}

describe('following a discussion', () => {
  it('confirms by mail, notifies of another visitor’s comment, and unsubscribes with the mail’s link', async () => {
    const thread = newThread('follow')
    const path = `${thread}.html`
    const stamp = Date.now().toString(36)
    const anna = `anna.${stamp}@example.com`
    const bram = `bram.${stamp}@example.com`

    // Anna follows without commenting.
    const a = await newVisitorOn(path, thread)
    const open = widget(a).getByRole('button', { name: t.followOpen })
    expect(await open.getAttribute('aria-expanded')).toBe('false')
    await open.click()
    // It opens as soon as its form is here (the forms chunk, imported on this first use).
    await expect.poll(() => open.getAttribute('aria-expanded')).toBe('true')
    const follow = widget(a).getByRole('form', { name: t.followOpen })
    await follow.getByLabel(t.followEmail, { exact: true }).fill(anna)
    await follow.getByLabel(t.codeLabel, { exact: true }).fill(await codeIn(follow))
    await follow.getByRole('button', { name: t.followSubmit }).click()
    await follow.getByRole('status').getByText(t.followSent).waitFor()

    const confirm = await waitForMail(anna, (m) => m.subject === `Bevestig dat je "${TITLE}" wilt volgen`)
    // The mail's link only asks (mail scanners open links); the reader's button confirms.
    await a.goto(linkIn(confirm, `${BASE}/follow/confirm?token=`))
    await a.getByRole('button', { name: 'Ja, mail me bij nieuwe reacties' }).click()
    await a.getByRole('heading', { name: 'Je volgt deze discussie' }).waitFor()

    // Bram comments, and asks to follow too.
    const b = await newVisitorOn(path, thread)
    const form = widget(b).getByRole('form', { name: t.write })
    await openForm(form)
    await form.getByLabel(t.body, { exact: true }).fill('Het pontje bij Maarssen vaart weer.')
    await form.getByLabel(t.name, { exact: true }).fill('Bram')
    await form.getByLabel(t.email, { exact: true }).fill(bram)
    await form.getByRole('checkbox', { name: t.follow }).check()
    await form.getByLabel(t.codeLabel, { exact: true }).fill(await codeIn(form))
    await form.getByRole('button', { name: t.post }).click()
    await form.getByRole('status').getByText(`${t.posted} ${t.followSent}`).waitFor()
    const bramsId = (await widget(b).locator('article', { hasText: 'pontje' }).getAttribute('id'))?.replace(
      'parley-c',
      '',
    )

    const note = await waitForMail(anna, (m) => m.subject === `Nieuwe reactie op "${TITLE}"`)
    expect(note.text).toContain('Bram schreef bij')
    expect(note.text).toContain('Het pontje bij Maarssen vaart weer.')
    expect(note.text).toContain(`${BASE}${path}#parley-c${bramsId}`)
    const unsubscribe = linkIn(note, `${BASE}/unsubscribe?token=`)
    expect(note.headers).toMatchObject({
      'List-Unsubscribe': `<${unsubscribe}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    })

    // The link in the mail leads to Bram's comment, highlighted.
    await a.goto(`${BASE}${path}#parley-c${bramsId}`)
    await widget(a).locator(`article#parley-c${bramsId}.hl`).waitFor()

    // Bram confirms too; then Anna leaves with the link from her mail.
    await b.goto(
      linkIn(await waitForMail(bram, (m) => m.subject.startsWith('Bevestig')), `${BASE}/follow/confirm?token=`),
    )
    await b.getByRole('button', { name: 'Ja, mail me bij nieuwe reacties' }).click()
    await b.getByRole('heading', { name: 'Je volgt deze discussie' }).waitFor()
    await a.goto(unsubscribe)
    await a.getByRole('heading', { name: 'Geen e-mails meer over deze discussie?' }).waitFor()
    await a.getByRole('button', { name: 'Afmelden' }).click()
    await a.getByRole('heading', { name: 'Je bent afgemeld' }).waitFor()

    // Carla's comment reaches Bram, who still follows, and not Anna, who left.
    await seed(thread, 'Carla', 'En in Loenen zit een goede bakker.', {
      threadTitle: TITLE,
      threadUrl: `${BASE}${path}`,
    })
    await waitForMail(bram, (m) => m.text.includes('goede bakker'))
    const annas = (await mailbox()).filter((m) => m.to === anna)
    expect(annas.map((m) => m.subject)).toEqual([
      `Nieuwe reactie op "${TITLE}"`,
      `Bevestig dat je "${TITLE}" wilt volgen`,
    ])
    // Bram never got a mail about his own comment.
    expect((await mailbox()).filter((m) => m.to === bram && m.text.includes('pontje'))).toEqual([])

    // A second click on the link in an old mail is harmless.
    await a.goto(unsubscribe)
    await a.getByRole('heading', { name: 'Je bent afgemeld' }).waitFor()
    await a.context().close()
    await b.context().close()
  })
})
