// /admin: the admin page's built files (widget/dist/admin/), passed through the Worker to add the headers that keep
// the page out of frames (clickjacking) and its scripts to its own origin. wrangler.toml routes /admin* here first.
import { Hono, type Context } from 'hono'
import type { AppEnv } from '../env'

const SECURITY_HEADERS = {
  'Content-Security-Policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'X-Robots-Tag': 'noindex',
}

export const adminPage = new Hono<AppEnv>()

async function serve(c: Context<AppEnv>, path: string): Promise<Response> {
  const asset = await c.env.ASSETS.fetch(
    new Request(new URL(path, c.req.url), { method: c.req.method === 'HEAD' ? 'HEAD' : 'GET' }),
  )
  const res = new Response(asset.body, asset)
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.headers.set(name, value)
  // The HTML names the hashed script files of the current build: always fetch it fresh after a deploy.
  if (res.headers.get('content-type')?.startsWith('text/html')) res.headers.set('Cache-Control', 'no-store')
  return res
}

adminPage.get('/admin', (c) => serve(c, '/admin/'))
adminPage.get('/admin/*', (c) => serve(c, new URL(c.req.url).pathname))
