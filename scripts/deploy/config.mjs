// wrangler.toml's [vars] as `npm run deploy` reads and writes them, and the rules a production PUBLIC_URL and MAIL_FROM
// must meet. The checks run before anything is created, so a wrong value costs nothing.
import { readFileSync, writeFileSync } from 'node:fs'
import { isMailbox } from '../../worker/email-address.ts'

/** Reserved for documentation (RFC 2606, RFC 6761): the values wrangler.toml ships with, never a real deployment's. */
const PLACEHOLDER = /(^|\.)(example\.(com|org|net)|localhost|test|invalid)$/i

/** PUBLIC_URL: the https origin the Worker answers on; links in mails start with it. */
export function checkPublicUrl(value) {
  let url
  try {
    url = new URL(value)
  } catch {
    return { reason: `"${value}" is not a URL; give the Worker's address, such as https://comments.example.org` }
  }
  if (url.protocol !== 'https:')
    return { reason: 'it must start with https:// (Email Service refuses unsubscribe links over plain http)' }
  if (url.username || url.password || url.search || url.hash || url.pathname !== '/')
    return { reason: `give only the origin, ${url.origin}, without a path, query or user name` }
  if (PLACEHOLDER.test(url.hostname) || /^[\d.]+$|^\[/.test(url.hostname))
    return { reason: `${url.hostname} is a placeholder or an IP address, not the Worker's public name` }
  return { value: url.origin }
}

/** MAIL_FROM: the sender address, on a domain that may send (Email Sending onboarded, or verified at Resend). */
export function checkMailFrom(value) {
  const address = value.trim()
  if (!isMailbox(address)) return { reason: `"${value}" is not an email address, such as comments@example.org` }
  const domain = address.slice(address.lastIndexOf('@') + 1)
  if (PLACEHOLDER.test(domain)) return { reason: `${domain} is a placeholder domain; mail from it would never arrive` }
  return { value: address }
}

export const CHECKS = { PUBLIC_URL: checkPublicUrl, MAIL_FROM: checkMailFrom }

/** The lines of the [vars] table: `NAME = "value"` (TOML basic strings; our values never need escapes). */
function varsSection(toml) {
  const start = toml.search(/^\[vars\]\s*$/m)
  if (start < 0) throw new Error('wrangler.toml has no [vars] table')
  const next = toml.slice(start + 1).search(/^\[/m)
  return { start, end: next < 0 ? toml.length : start + 1 + next }
}

/** The string values of [vars]. */
export function readVars(path) {
  const toml = readFileSync(path, 'utf8')
  const { start, end } = varsSection(toml)
  const vars = {}
  for (const [, name, value] of toml.slice(start, end).matchAll(/^([A-Z0-9_]+)\s*=\s*"((?:[^"\\]|\\.)*)"\s*$/gm))
    vars[name] = JSON.parse(`"${value}"`)
  return vars
}

/** Sets [vars] values in place, keeping every comment and every other line as it was. */
export function writeVars(path, values) {
  let toml = readFileSync(path, 'utf8')
  for (const [name, value] of Object.entries(values)) {
    const { start, end } = varsSection(toml)
    const section = toml.slice(start, end)
    const line = `${name} = ${JSON.stringify(value)}`
    const pattern = new RegExp(`^${name}\\s*=.*$`, 'm')
    const body = section.replace(/\n+$/, '')
    const updated = pattern.test(section)
      ? section.replace(pattern, line)
      : `${body}\n${line}${section.slice(body.length) || '\n'}`
    toml = toml.slice(0, start) + updated + toml.slice(end)
  }
  writeFileSync(path, toml)
}
