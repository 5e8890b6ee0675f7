// Comment counts on a listing page (examples/list.html): every count link filled from one batched request.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { nl as t } from '../../widget/i18n/nl'
import type { ListResponse } from '../../worker/api-types'
import { useBrowser, visitor } from './browser'
import { BASE, seed } from './server'

const browser = useBrowser()

const countLink = (page: Page, article: string) =>
  page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: article }) })
    .locator('a[data-parley-count]')

describe('examples/list.html', () => {
  it('shows each article’s comment count, in Dutch, from one request', async () => {
    // These two demo threads belong to this test alone; the home page's thread is shared with the screenshots.
    await seed('/zuurdesem.html', 'Femke', 'Mijn starter ruikt naar appels, is dat goed?')
    await seed('/zuurdesem.html', 'Wouter', 'Ja, dat is een gezonde starter.')
    await seed('/appeltaart.html', 'Oma Jans', 'Goudrenetten, altijd goudrenetten.')
    const home = (await (await fetch(`${BASE}/api/comments?site=demo&thread=/`)).json()) as ListResponse

    const page = await (await visitor(browser())).newPage()
    const requests: string[] = []
    page.on('request', (r) => {
      if (r.url().startsWith(`${BASE}/api/`)) requests.push(r.url().slice(BASE.length))
    })
    await page.goto('/list.html')

    await countLink(page, 'Zuurdesembrood bakken').getByText(t.count(2)).waitFor()
    expect(await countLink(page, 'Appeltaart zoals oma hem bakte').textContent()).toBe('1 reactie')
    expect(await countLink(page, 'Langs de Vecht naar Muiden').textContent()).toBe(t.count(home.thread.commentCount))
    // The links still lead to the discussion under each article.
    expect(await countLink(page, 'Zuurdesembrood bakken').getAttribute('href')).toBe('/zuurdesem.html#parley')

    await page.waitForLoadState('networkidle')
    expect(requests).toHaveLength(1)
    const query = new URL(requests[0] ?? '', BASE).searchParams
    expect(new URL(requests[0] ?? '', BASE).pathname).toBe('/api/counts')
    expect(query.getAll('thread').sort()).toEqual(['/', '/appeltaart.html', '/zuurdesem.html'])
    await page.context().close()
  })
})
