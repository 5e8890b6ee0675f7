// Local-only switches: set in .dev.vars by `npm start`, and honoured only for requests addressed to this machine,
// so a switch copied into production by mistake still does nothing for real visitors.
import type { Env } from './env'

type LocalSwitch = 'EXPOSE_CHALLENGE_ANSWER' | 'DEV_MAILBOX' | 'EXPOSE_D1_STATS'

function isLocalHost(url: string): boolean {
  const { hostname } = new URL(url)
  return hostname === 'localhost' || hostname === '127.0.0.1'
}

export function localSwitchOn(env: Env, name: LocalSwitch, requestUrl: string): boolean {
  return env[name] === 'true' && isLocalHost(requestUrl)
}
