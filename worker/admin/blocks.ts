// /api/admin/blocks: block an email address or an IP hash from commenting and following, and lift a block. A block
// holds on every site, so only the owner sees and changes them.
import { Hono } from 'hono'
import type { Block, BlockKind } from '../admin-types'
import { insertAdminAction } from '../db/admin-actions'
import { deleteBlock, findBlock, findBlockById, insertBlock, listBlocks } from '../db/blocks'
import { normaliseEmail } from '../email-address'
import type { AppEnv } from '../env'
import { ApiError, invalid } from '../errors'
import { actorOf, requireOwner } from './scope'
import { optionalText, pathId, requiredEmail, requiredText, type Input } from '../validate'
import { readJson } from '../json-body'

// The IP hash as comments store it (worker/rate-limit.ts): 32 hex digits. The owner copies it from a comment.
const IP_HASH = /^[0-9a-f]{32}$/

export const blocks = new Hono<AppEnv>()

blocks.use('*', async (c, next) => {
  requireOwner(c, 'manage blocks: they hold on every site')
  await next()
})

blocks.get('/', async (c) => c.json({ items: await listBlocks(c.env.DB) }))

function blockValue(input: Input, kind: BlockKind): string {
  if (kind === 'email') return normaliseEmail(requiredEmail(input, 'value'))
  const hash = requiredText(input, 'value', 64).toLowerCase()
  if (!IP_HASH.test(hash)) throw invalid('value', 'value must be an IP hash of 32 hex digits, as shown with a comment.')
  return hash
}

blocks.post('/', async (c) => {
  const input = await readJson(c)
  const kind = input.kind
  if (kind !== 'email' && kind !== 'ip') throw invalid('kind', 'kind must be "email" or "ip".')
  const value = blockValue(input, kind)
  const note = optionalText(input, 'note', 200)
  const db = c.env.DB
  const actor = actorOf(c)
  const now = c.get('now')
  await db.batch([
    insertBlock(db, kind, value, note, actor, now),
    insertAdminAction(db, { actor, action: 'block', target: `${kind} ${value}`, detail: note }, now),
  ])
  const block: Block | null = await findBlock(db, kind, value)
  return c.json({ block }, 201)
})

blocks.delete('/:id', async (c) => {
  const db = c.env.DB
  const block = await findBlockById(db, pathId(c.req.param('id'), 'block'))
  if (!block) throw new ApiError('not_found', 'No such block.')
  const target = `${block.kind} ${block.value}`
  await db.batch([
    deleteBlock(db, block.id),
    insertAdminAction(db, { actor: actorOf(c), action: 'unblock', target }, c.get('now')),
  ])
  return c.body(null, 204)
})
