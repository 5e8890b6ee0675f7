// sites.admins: the Cloudflare Access identities (lower-case email addresses) allowed to moderate each site.

/** The ids of the sites that list this admin, in id order (a short scan of the small sites table). */
export async function listSitesOfAdmin(db: D1Database, email: string): Promise<string[]> {
  const { results } = await db
    .prepare('SELECT DISTINCT s.id FROM sites s, json_each(s.admins) AS a WHERE a.value = ? ORDER BY s.id')
    .bind(email)
    .all<{ id: string }>()
  return results.map((r) => r.id)
}

/** Each site's admins, by site id. */
export async function listSiteAdmins(db: D1Database): Promise<Map<string, string[]>> {
  const { results } = await db.prepare('SELECT id, admins FROM sites').all<{ id: string; admins: string }>()
  return new Map(results.map((r) => [r.id, JSON.parse(r.admins) as string[]]))
}

/** Replaces the site's admins; the caller has checked and lower-cased each address. */
export function setSiteAdmins(db: D1Database, siteId: string, admins: readonly string[]): D1PreparedStatement {
  return db.prepare('UPDATE sites SET admins = ? WHERE id = ?').bind(JSON.stringify(admins), siteId)
}
