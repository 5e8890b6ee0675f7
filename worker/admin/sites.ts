// /api/admin/sites: the admin's sites with their settings (name, origins, moderation, language, owner mail) and their
// Access admins. Adding a site and naming a site's admins span the whole installation, so they are the owner's.
import { Hono } from 'hono'
import type { AdminSite, Site } from '../admin-types'
import { NEW_SITE_DEFAULTS, readAdmins, readSettings, refuseGateWithoutKeys, siteId } from './site-input'
import { actorOf, mayManage, requireOwner, requireSite } from './scope'
import { insertAdminAction } from '../db/admin-actions'
import { listSiteAdmins, setSiteAdmins } from '../db/site-admins'
import { findSite, insertSite, listSites, updateSite } from '../db/sites'
import { isUniqueViolation } from '../db/unique-violation'
import type { AppEnv } from '../env'
import { ApiError } from '../errors'
import { readJson } from '../json-body'

export const sites = new Hono<AppEnv>()

sites.get('/', async (c) => {
  const db = c.env.DB
  const [all, admins] = await Promise.all([listSites(db), listSiteAdmins(db)])
  const items: AdminSite[] = all
    .filter((site) => mayManage(c, site.id))
    .map((site) => ({ ...site, admins: admins.get(site.id) ?? [] }))
  return c.json({ items })
})

sites.post('/', async (c) => {
  requireOwner(c, 'add a site')
  const input = await readJson(c)
  const site: Site = { id: siteId(input), ...readSettings(input, NEW_SITE_DEFAULTS) }
  refuseGateWithoutKeys(c.env, input, site)
  const admins = readAdmins(input) ?? []
  const db = c.env.DB
  const now = c.get('now')
  const taken = () => new ApiError('conflict', `A site with the id "${site.id}" exists already.`, 'id')
  if (await findSite(db, site.id)) throw taken()
  try {
    await db.batch([
      insertSite(db, site, now),
      setSiteAdmins(db, site.id, admins),
      insertAdminAction(db, { actor: actorOf(c), action: 'add_site', target: `site ${site.id}`, siteId: site.id }, now),
    ])
  } catch (err) {
    // Two admins adding the same id at once: the second insert fails on the key, and is the same conflict.
    if (isUniqueViolation(err, 'sites.id')) throw taken()
    throw err
  }
  const body: { site: AdminSite } = { site: { ...site, admins } }
  return c.json(body, 201)
})

sites.patch('/:id', async (c) => {
  const db = c.env.DB
  const id = c.req.param('id')
  requireSite(c, id, 'site')
  const current = await findSite(db, id)
  if (!current) throw new ApiError('not_found', 'No such site.')
  const input = await readJson(c)
  const site: Site = { ...current, ...readSettings(input, current) }
  refuseGateWithoutKeys(c.env, input, site)
  const admins = readAdmins(input)
  if (admins !== null) requireOwner(c, "name a site's admins")
  const changed: string[] = (Object.keys(site) as (keyof Site)[]).filter(
    (key) => JSON.stringify(site[key]) !== JSON.stringify(current[key]),
  )
  if (admins !== null) changed.push('admins')
  const detail = changed.join(', ') || 'no change'
  const log = { actor: actorOf(c), action: 'update_site', target: `site ${site.id}`, detail, siteId: site.id }
  await db.batch([
    updateSite(db, site),
    ...(admins === null ? [] : [setSiteAdmins(db, site.id, admins)]),
    insertAdminAction(db, log, c.get('now')),
  ])
  const body: { site: AdminSite } = { site: { ...site, admins: admins ?? (await listSiteAdmins(db)).get(id) ?? [] } }
  return c.json(body)
})
