// /api/admin/sites: the sites and their settings (name, origins, moderation, language, owner mail), and adding one.
import { Hono } from 'hono'
import type { Site } from '../admin-types'
import { NEW_SITE_DEFAULTS, readSettings, siteId } from './site-input'
import { insertAdminAction } from '../db/admin-actions'
import { findSite, insertSite, listSites, updateSite } from '../db/sites'
import { isUniqueViolation } from '../db/unique-violation'
import type { AppEnv } from '../env'
import { ApiError } from '../errors'
import { readJson } from '../json-body'

export const sites = new Hono<AppEnv>()

sites.get('/', async (c) => c.json({ items: await listSites(c.env.DB) }))

sites.post('/', async (c) => {
  const input = await readJson(c)
  const site: Site = { id: siteId(input), ...readSettings(input, NEW_SITE_DEFAULTS) }
  const db = c.env.DB
  const now = c.get('now')
  const taken = () => new ApiError('conflict', `A site with the id "${site.id}" exists already.`, 'id')
  if (await findSite(db, site.id)) throw taken()
  try {
    await db.batch([
      insertSite(db, site, now),
      insertAdminAction(db, { actor: c.get('adminSession').user, action: 'add_site', target: `site ${site.id}` }, now),
    ])
  } catch (err) {
    // Two admins adding the same id at once: the second insert fails on the key, and is the same conflict.
    if (isUniqueViolation(err, 'sites.id')) throw taken()
    throw err
  }
  return c.json({ site }, 201)
})

sites.patch('/:id', async (c) => {
  const db = c.env.DB
  const current = await findSite(db, c.req.param('id'))
  if (!current) throw new ApiError('not_found', 'No such site.')
  const input = await readJson(c)
  const site: Site = { ...current, ...readSettings(input, current) }
  const changed = (Object.keys(site) as (keyof Site)[]).filter(
    (key) => JSON.stringify(site[key]) !== JSON.stringify(current[key]),
  )
  const log = insertAdminAction(
    db,
    {
      actor: c.get('adminSession').user,
      action: 'update_site',
      target: `site ${site.id}`,
      detail: changed.join(', ') || 'no change',
    },
    c.get('now'),
  )
  await db.batch([updateSite(db, site), log])
  return c.json({ site })
})
