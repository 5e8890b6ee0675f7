// The command line of `npm run import`: its usage text and its options, as node:util parseArgs reads them.

export const USAGE = `Usage: npm run import -- <format> <file> --site SITE [options]

formats:  disqus (the XML export)  wxr (WordPress export)  isso (its SQLite file)  remark42 (its backup file)
          parley (npm run export, or the admin page's download)
options:  --dry-run                 print the report, write nothing
          --map OLD=NEW             rewrite a key's leading OLD path to NEW (repeatable; the first that fits wins),
                                    e.g. --map /blog/=/posts/
          --trailing-slash add|remove  end every key with "/" or never: for a site served at /post/ whose export
                                    says /post (or the other way round)
          --with-pingbacks          wxr: also import pingbacks and trackbacks
where:    local D1 (as npm start uses it, also while it runs) unless --remote; --persist-to DIR for another local state`

export const options = {
  site: { type: 'string' },
  'dry-run': { type: 'boolean' },
  map: { type: 'string', multiple: true },
  'trailing-slash': { type: 'string', default: 'keep' },
  'with-pingbacks': { type: 'boolean' },
  remote: { type: 'boolean' },
  'persist-to': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
}
