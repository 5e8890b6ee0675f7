// /api/admin/mail-health?site=S[&thread=ID]: who is receiving and how mail went, for a site or one of its threads.
import { Hono } from 'hono'
import type { MailHealth } from '../admin-types'
import { requireSite } from './scope'
import { getMailHealth } from '../db/mail-health'
import { findThreadById } from '../db/threads'
import type { AppEnv } from '../env'
import { ApiError } from '../errors'
import { pageNumber, queryInput, requiredText } from '../validate'

export const mailHealth = new Hono<AppEnv>()

mailHealth.get('/', async (c) => {
  const input = queryInput(c, 'site', 'thread')
  const siteId = requiredText(input, 'site', 64)
  requireSite(c, siteId, 'site')
  const thread = pageNumber(input.thread, 'thread', 1, Number.MAX_SAFE_INTEGER, 0)
  const threadId = thread === 0 ? null : thread
  // A thread of another site is as unknown as a missing one: the answer tells nothing about other sites.
  if (threadId !== null && (await findThreadById(c.env.DB, threadId))?.siteId !== siteId)
    throw new ApiError('not_found', 'No such thread.')
  const scope = threadId === null ? { siteId } : { threadId }
  const body: { health: MailHealth } = { health: await getMailHealth(c.env.DB, scope, c.get('now')) }
  return c.json(body)
})
