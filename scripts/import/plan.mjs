// An import from start to end, short of running it: the survey, then a second pass that turns every record into
// idempotent SQL files and counts what the report tells. A bad record stops it before anything is written.
import { commentRow } from './rows.mjs'
import { FILE_BYTES, sqlFiles } from './sql-files.mjs'
import { writeComment, writeFinish, writeFollower, writeStart, writeThread } from './statements.mjs'
import { placeOf, survey } from './survey.mjs'

export const newTally = () => ({
  comments: 0,
  states: { published: 0, pending: 0, deleted: 0, spam: 0 },
  skipped: { noThread: 0, noLink: 0, longKey: 0, pingback: 0 },
  missingParent: 0,
  withoutEmail: 0,
  withoutName: 0,
  cut: { name: 0, body: 0, website: 0 },
  followers: 0,
})

/**
 * @param {(file: string) => AsyncIterable<any>} read the format's reader
 * @param {{ siteId: string, source: string, language: string, maps: any[], trailingSlash: string, dir: string, remote?: boolean }} ctx
 */
export async function planImport(read, file, ctx) {
  const found = await survey(read(file), ctx)
  const tally = newTally()
  const out = sqlFiles(ctx.dir, ctx.remote ? FILE_BYTES.remote : FILE_BYTES.local)
  writeStart(out)
  for (const thread of found.byKey.values()) writeThread(out, ctx, { ...thread[0], key: thread[0].mapped })
  for await (const record of read(file)) {
    if (record.kind === 'skipped') tally.skipped[record.reason]++
    if (record.kind === 'follower') {
      const key = found.threads.get(record.threadId)?.mapped
      if (!key) continue
      writeFollower(out, ctx.siteId, key, record)
      tally.followers++
    }
    if (record.kind !== 'comment') continue
    tally.comments++
    const place = placeOf(found, record)
    if (place.skip) {
      tally.skipped[place.skip]++
      continue
    }
    if (place.missingParent) tally.missingParent++
    const row = commentRow(record, ctx, tally)
    tally.states[row.status]++
    writeComment(out, ctx, place.key, row, { sourceId: record.sourceId, parentId: place.parentId })
  }
  writeFinish(out, ctx)
  return { found, tally, ...out.close() }
}
