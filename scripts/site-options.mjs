// The command line of `npm run site`: its usage text and its options, as node:util parseArgs reads them.

export const USAGE = `Usage: npm run site -- <command> [options]

  list                      the sites and their settings
  add <id> --name NAME --origin URL [--origin URL …] [settings]
  update <id> [--name NAME] [--origin URL … (replaces the list)] [--add-origin URL] [--remove-origin URL] [settings]

settings: --moderation none|first_time|all  --alt-gate-moderation none|first_time|all (comments that came through
          the code's alternative, default first_time)  --language en|nl|de|fr  --owner-email ADDRESS | --no-owner-email
          --notify-owner | --no-notify-owner  --gate code|turnstile|code+turnstile (Turnstile needs its keys on the
          Worker)  --spam-threshold N (1-100, default 3: the content checks' score that holds a comment)
          --erase-mode anonymise|delete (what a reader's "erase me" does to their comments, default anonymise)
          --admin EMAIL … (replaces the list) | --add-admin EMAIL | --remove-admin EMAIL: the Cloudflare Access
          identities that may moderate the site (README, "More than one admin")
          --webhook URL | --no-webhook  --webhook-format parley|slack|discord|telegram  --new-webhook-secret: the
          owner's webhook (README, "Owner notifications"); its secret is made when it is set up
where:    local D1 (as npm start uses it) unless --remote; --persist-to DIR for another local state`

export const options = {
  remote: { type: 'boolean' },
  'persist-to': { type: 'string' },
  name: { type: 'string' },
  origin: { type: 'string', multiple: true },
  'add-origin': { type: 'string', multiple: true },
  'remove-origin': { type: 'string', multiple: true },
  moderation: { type: 'string' },
  'alt-gate-moderation': { type: 'string' },
  language: { type: 'string' },
  gate: { type: 'string' },
  'spam-threshold': { type: 'string' },
  'erase-mode': { type: 'string' },
  'owner-email': { type: 'string' },
  'no-owner-email': { type: 'boolean' },
  'notify-owner': { type: 'boolean' },
  'no-notify-owner': { type: 'boolean' },
  admin: { type: 'string', multiple: true },
  'add-admin': { type: 'string', multiple: true },
  'remove-admin': { type: 'string', multiple: true },
  webhook: { type: 'string' },
  'no-webhook': { type: 'boolean' },
  'webhook-format': { type: 'string' },
  'new-webhook-secret': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
}
