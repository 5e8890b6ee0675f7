// Every length limit of the forms is the server's own (worker/limits.ts, which the Worker reads too): a field whose
// maxLength differs from LIMITS, or that has a limit the server does not share, fails here.
import { h, render } from 'preact'
import { afterEach, describe, expect, it } from 'vitest'
import { LIMITS } from '../../worker/limits'
import { adminApi } from '../../widget/admin/admin-api'
import { BlocksView } from '../../widget/admin/components/BlocksView'
import { EditBody } from '../../widget/admin/components/EditBody'
import { Login } from '../../widget/admin/components/Login'
import { SiteForm } from '../../widget/admin/components/SiteForm'
import { AdminCtx } from '../../widget/admin/context'
import { adminStrings } from '../../widget/admin/i18n'
import { held, resetAdmin, stubAdmin } from './admin/admin-stub'
import { stubThread } from './api-stub'
import { button, click, mount, openForm, rememberOwn, reset, until } from './page'

type Limit = keyof typeof LIMITS | null

/** Each field by name, and the limit it must share with the server (null: it has none there, so none here). */
const WIDGET: Record<string, Limit> = {
  body: 'body',
  name: 'name',
  email: 'email',
  website: 'website',
  challengeAnswer: 'challengeAnswer',
  follow: null,
  hp: null,
}
const ADMIN: Record<string, Limit> = {
  id: 'site',
  name: null,
  origins: null,
  ownerEmail: 'email',
  webhookUrl: 'webhookUrl',
  notifyOwner: null,
  // A number, bounded by min and max (SPAM_THRESHOLD_RANGE), not by length.
  spamThreshold: null,
  value: null,
  note: null,
  body: 'body',
  user: null,
  password: null,
}

/** "form field: maxLength" for every field in `root`, against what `rules` expects of it. */
function limitsIn(root: ParentNode, rules: Record<string, Limit>) {
  const fields = [...root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')]
  expect(fields.length).toBeGreaterThan(0)
  return fields.map((el) => {
    const rule = rules[el.name]
    if (rule === undefined) throw new Error(`field "${el.name}" has no rule in limits.test.tsx: which limit is its?`)
    return {
      field: el.name,
      maxLength: el.getAttribute('maxlength'),
      server: rule === null ? null : String(LIMITS[rule]),
    }
  })
}

const agree = (rows: ReturnType<typeof limitsIn>) => expect(rows.filter((r) => r.maxLength !== r.server)).toEqual([])

describe('the widget’s forms', () => {
  afterEach(reset)

  it('stop every field at the server’s limit: comment, reply, follow and edit', async () => {
    rememberOwn(1)
    stubThread()
    const w = mount()
    await until(() => w.$('#parley-c1'))
    await openForm(() => w.$<HTMLFormElement>('section > form'))
    click(await until(() => button(w.$('#parley-c1'), 'Reply')))
    click(await until(() => button(w.$('.follow'), 'Follow this discussion')))
    click(await until(() => button(w.$('#parley-c1'), 'Edit')))
    // The reply form, whole, and the edit form in the comment; the follow form below the thread.
    await until(() => w.$('#parley-c1 form [name=name]') && w.$$('#parley-c1 form').length === 2 && w.$('.follow form'))
    const rows = limitsIn(w.root!, WIDGET)
    expect(rows.map((r) => r.field).filter((f) => f === 'body')).toHaveLength(3)
    agree(rows)
  })
})

describe('the admin page’s forms', () => {
  afterEach(resetAdmin)

  it('stop every field at the server’s limit: sign-in, site, block and comment edit', async () => {
    stubAdmin({ 'GET /api/admin/blocks': () => ({ body: { items: [] } }) })
    const ctx = {
      t: adminStrings('en'),
      lang: 'en' as const,
      api: adminApi,
      owner: true,
      announce: () => {},
      fail: () => {},
    }
    render(
      <AdminCtx.Provider value={ctx}>
        <Login onSignedIn={() => undefined} />
        <SiteForm site={null} onSaved={() => undefined} />
        <BlocksView />
        <EditBody c={held} onDone={() => undefined} />
      </AdminCtx.Provider>,
      document.body,
    )
    await until(() => document.querySelector('[name=note]'))
    agree(limitsIn(document.body, ADMIN))
  })
})
