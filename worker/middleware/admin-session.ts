// Admin sign-in: the owner's credentials from secrets compared in constant time, the owner's session as a signed token
// in a cookie; or, when Cloudflare Access is configured, an admin of some sites named by Access's token (access.ts).
import type { Context } from 'hono'
import { deleteCookie, getCookie, setCookie } from 'hono/cookie'
import type { MiddlewareHandler } from 'hono'
import { listSitesOfAdmin } from '../db/site-admins'
import { isTokenSpent, spendToken } from '../db/spent-tokens'
import type { AdminSession, AppEnv, Env } from '../env'
import { ApiError, notAllowed } from '../errors'
import { keyedHash, signToken, verifyToken } from '../tokens'
import { accessConfig, verifyAccessToken } from './access'

const SESSION_COOKIE = 'parley_admin'
const SESSION_MS = 12 * 60 * 60 * 1000

// HttpOnly: page scripts never see it. Secure: never sent over plain http (browsers treat http://localhost as secure).
// SameSite=Strict: a link or form on another site arrives without it, the first line against cross-site requests.
const COOKIE_OPTIONS = { httpOnly: true, secure: true, sameSite: 'Strict', path: '/' } as const

type SessionClaims = { sub: string; cv: string; jti: string }

/** Whether sign-in is possible at all: both secrets set. Without them /admin stays locked for everyone. */
const adminConfigured = (env: Env): boolean => Boolean(env.ADMIN_USER && env.ADMIN_PASSWORD)

/**
 * Compares keyed hashes of the typed and the configured values: equal lengths whatever was typed, and
 * timingSafeEqual takes as long wherever they differ. Both comparisons always run, so a right user name is not
 * told apart from a wrong one by timing either.
 */
export async function credentialsMatch(env: Env, user: string, password: string): Promise<boolean> {
  if (!adminConfigured(env)) return false
  const digest = async (label: string, value: string) =>
    new TextEncoder().encode(await keyedHash(env.SIGNING_KEY, `${label}:${value}`))
  const [typedUser, typedPassword, realUser, realPassword] = await Promise.all([
    digest('admin-user', user),
    digest('admin-password', password),
    digest('admin-user', env.ADMIN_USER!),
    digest('admin-password', env.ADMIN_PASSWORD!),
  ])
  const userOk = crypto.subtle.timingSafeEqual(typedUser, realUser)
  const passwordOk = crypto.subtle.timingSafeEqual(typedPassword, realPassword)
  return userOk && passwordOk
}

// Bound into every session: changing ADMIN_USER or ADMIN_PASSWORD ends every session signed before.
const credentialVersion = async (env: Env) =>
  (await keyedHash(env.SIGNING_KEY, `admin-session:${env.ADMIN_USER}:${env.ADMIN_PASSWORD}`)).slice(0, 16)

export async function startSession(c: Context<AppEnv>, nowMs: number): Promise<void> {
  const claims: SessionClaims = { sub: c.env.ADMIN_USER!, cv: await credentialVersion(c.env), jti: crypto.randomUUID() }
  const token = await signToken(c.env.SIGNING_KEY, 'admin_session', claims, nowMs + SESSION_MS)
  setCookie(c, SESSION_COOKIE, token, { ...COOKIE_OPTIONS, maxAge: SESSION_MS / 1000 })
}

/** The statement that revokes the session for good (a copied cookie dies with it); the cookie goes too. */
export function endSession(c: Context<AppEnv>, session: { id: string; expiresAt: number }): D1PreparedStatement {
  deleteCookie(c, SESSION_COOKIE, COOKIE_OPTIONS)
  return spendToken(c.env.DB, `session:${session.id}`, session.expiresAt)
}

/** The session, or null: no cookie, a forged or expired token, another purpose's, old credentials, or signed out. */
async function currentSession(c: Context<AppEnv>, nowMs: number): Promise<AdminSession | null> {
  if (!adminConfigured(c.env)) return null
  const claims = await verifyToken<SessionClaims>(
    c.env.SIGNING_KEY,
    getCookie(c, SESSION_COOKIE),
    'admin_session',
    nowMs,
  )
  if (
    !claims ||
    claims.sub !== c.env.ADMIN_USER ||
    typeof claims.jti !== 'string' ||
    claims.cv !== (await credentialVersion(c.env))
  )
    return null
  if (await isTokenSpent(c.env.DB, `session:${claims.jti}`)) return null
  return { via: 'password', user: claims.sub, sites: null, id: claims.jti, expiresAt: claims.exp * 1000 }
}

/** An admin through Cloudflare Access, with the sites that list them; null without a valid Access token. */
async function accessSession(c: Context<AppEnv>): Promise<AdminSession | null> {
  const config = accessConfig(c.env)
  if (!config) return null
  const token = c.req.header('cf-access-jwt-assertion')
  const email = await verifyAccessToken(token, config, c.get('accessKeys'), c.get('now'))
  if (email === null) return null
  const sites = await listSitesOfAdmin(c.env.DB, email)
  // Access let them in, but no site names them: known, and refused (the owner adds them to a site's admins).
  if (sites.length === 0) throw notAllowed(`${email} is not an admin of any site; ask the owner.`)
  return { via: 'access', user: email, sites }
}

/** For every admin route but sign-in: the owner's session cookie first, then an Access token; else 401. */
export const requireSession: MiddlewareHandler<AppEnv> = async (c, next) => {
  const session = (await currentSession(c, c.get('now'))) ?? (await accessSession(c))
  if (session === null) throw new ApiError('unauthorized', 'Sign in at /admin first.')
  c.set('adminSession', session)
  await next()
}
