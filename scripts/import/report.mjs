// What an import found and what it does (or, with --dry-run, would do), in words a site owner can check.

const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`

/** The report's lines; `written` is false for a dry run. */
export function reportLines({ format, file, siteId, written }, { found, tally, rows }) {
  const threads = [...found.threads.values()]
  const noLink = threads.filter((t) => t.key === null)
  const longKey = threads.filter((t) => t.key !== null && t.mapped === null)
  const shared = [...found.byKey].filter(([, group]) => group.length > 1)
  const { states, skipped, cut } = tally
  const lines = [
    `${format} ${file} → site "${siteId}"${written ? '' : ' (dry run: nothing written)'}`,
    `threads: ${threads.length} found, ${plural(found.byKey.size, 'key')} to import`,
    `  with no link (not imported, nor their comments): ${noLink.length}`,
    `  with a key over 200 characters (not imported): ${longKey.length}`,
    `  whose URLs map to the same key (imported as one thread): ${shared.reduce((n, [, g]) => n + g.length, 0)}`,
    `comments: ${tally.comments} found; ${states.published} published, ${states.pending} pending, ` +
      `${states.deleted} deleted, ${states.spam} spam`,
    `  replies whose parent is missing (imported as top-level comments): ${tally.missingParent}`,
    `  in threads that do not exist (not imported): ${skipped.noThread}`,
    `  in threads with no usable link (not imported): ${skipped.noLink + skipped.longKey}`,
    `  without an email (they follow nothing): ${tally.withoutEmail}`,
    `  without a name (shown as anonymous): ${tally.withoutName}`,
    `  cut to Parley's limits: ${cut.name} names, ${cut.body} bodies; websites left out (no http(s) link, or too long): ${cut.website}`,
  ]
  if (skipped.pingback > 0)
    lines.push(`  pingbacks and trackbacks (not imported; --with-pingbacks): ${skipped.pingback}`)
  if (tally.followers > 0) lines.push(`followers: ${tally.followers}`)
  lines.push(
    `rows ${written ? 'written' : 'to write'} (rows already there are left alone): ` +
      Object.entries(rows)
        .map(([table, n]) => `${n} ${table}`)
        .join(', '),
  )
  for (const [key, group] of shared) {
    lines.push(`same key ${key}:`, ...group.map((t) => `  ${t.link}`))
  }
  for (const t of noLink) lines.push(`no link: thread ${t.sourceId} (${t.where})${t.title ? ` "${t.title}"` : ''}`)
  lines.push('keys (link → key → after --map):')
  for (const t of threads.filter((t) => t.key !== null)) {
    lines.push(`  ${t.link} → ${t.key}${t.mapped === t.key ? '' : ` → ${t.mapped ?? '(too long)'}`}`)
  }
  return lines
}
