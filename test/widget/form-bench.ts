// The comment form's test bench: a thread with one comment, its form opened, a challenge per request, and a POST answer
// of the test's choosing.
import type { PostCommentRequest, PostCommentResponse } from '../../worker/api-types'
import { anyChallenge, type Call, comment, list, type Reply, stubApi } from './api-stub'
import { mount, openForm, type, until } from './page'

export const created = (req: PostCommentRequest, extra: Partial<PostCommentResponse> = {}): PostCommentResponse => ({
  comment: comment(50, req.parentId ?? null, req.name, {
    html: `<p>${req.body}</p>`,
    createdAt: new Date().toISOString(),
  }),
  editToken: 'edit-50',
  editableUntil: new Date(Date.now() + 15 * 60_000).toISOString(),
  follow: 'none',
  authorToken: 'author-1',
  ...extra,
})

export async function ready(
  lang = 'en',
  post = (req: PostCommentRequest): Reply => ({ status: 201, body: created(req) }),
  challenges: (call: Call) => Reply = anyChallenge,
) {
  const api = stubApi({
    'GET /api/comments': () => ({ body: list([comment(1, null, 'Anna')]) }),
    'GET /api/challenge': challenges,
    'POST /api/comments': (call) => post(call.body as PostCommentRequest),
  })
  const w = mount({ lang })
  await until(() => w.$('#parley-c1'))
  const form = await openForm(() => w.$<HTMLFormElement>('section > form'))
  const field = (name: string) => form.querySelector<HTMLInputElement>(`[name="${name}"]`)
  const img = () => form.querySelector('img')?.getAttribute('src')
  // Opening the form fetched a code: typed in once it is shown, as a new image empties the field.
  const fill = async (values: Record<string, string> = {}) => {
    await until(() => img())
    const all = {
      name: 'Bram',
      email: 'bram@example.nl',
      website: '',
      body: 'Mooie route!',
      challengeAnswer: 'ab3de',
      ...values,
    }
    for (const [k, v] of Object.entries(all)) type(field(k), v)
  }
  return { api, w, form, field, img, fill, status: () => form.querySelector('[role=status]')?.textContent }
}
