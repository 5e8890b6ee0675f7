// What the signed-in admin may see and do: the owner every site, an Access admin only the sites that list them.
// Anything of another site answers as if it did not exist, so an admin learns nothing of sites not theirs.
import type { Context } from 'hono'
import type { AppEnv } from '../env'
import { ApiError, notAllowed } from '../errors'

/** The sites the admin may see, or null for every site (the owner). */
export const sitesOf = (c: Context<AppEnv>): readonly string[] | null => c.get('adminSession').sites

/** Who acts, as the audit log names them: the owner's user name or the Access admin's email. */
export const actorOf = (c: Context<AppEnv>): string => c.get('adminSession').user

export function mayManage(c: Context<AppEnv>, siteId: string): boolean {
  const sites = sitesOf(c)
  return sites === null || sites.includes(siteId)
}

/** Refuses a thing of a site the admin does not manage with the same 404 as a thing that does not exist. */
export function requireSite(c: Context<AppEnv>, siteId: string, what: string): void {
  if (!mayManage(c, siteId)) throw new ApiError('not_found', `No such ${what}.`)
}

/** For what spans every site (adding sites, naming their admins, blocks): the owner only. */
export function requireOwner(c: Context<AppEnv>, what: string): void {
  if (sitesOf(c) !== null) throw notAllowed(`Only the owner can ${what}.`)
}
