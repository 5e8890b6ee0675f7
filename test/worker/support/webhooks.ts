// The owner's webhook in tests: a site whose webhook points at a box of the real receiver on 127.0.0.1
// (receiver-setup.ts), and what that box got.
import { inject } from 'vitest'
import type { NewSite } from '../../../worker/db/sites'
import { unique } from './ids'
import { seedSite } from './seed'

export type ReceivedCall = { path: string; headers: Record<string, string>; body: string }

export const SECRET = 'whsec_test-secret'

/** A new box answering `statuses` in turn ("500,200"; the last one again after that): its URL and its calls. */
export function receiverBox(statuses = '200') {
  const box = unique('box')
  const base = inject('receiverUrl')
  return {
    url: `${base}/hook/${box}/${statuses}`,
    calls: async (of = box) => (await fetch(`${base}/seen/${of}`)).json<ReceivedCall[]>(),
    box,
  }
}

/** A site whose webhook goes to a new receiver box; the site's id and the box. */
export async function seedWebhookSite(statuses = '200', overrides: Partial<NewSite> = {}) {
  const receiver = receiverBox(statuses)
  const site = await seedSite({ webhookUrl: receiver.url, webhookSecret: SECRET, ...overrides })
  return { site, receiver }
}
