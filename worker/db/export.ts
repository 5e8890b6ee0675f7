// The rows of a whole site for the admin page's download, in one batch (worker/export-format.ts makes the JSON).
import { EXPORT_SQL, type CommentRow, type ExportRows, type FollowerRow, type ThreadRow } from '../export-format'

/** The site's rows, in one batch (one snapshot), or null when there is no such site. */
export async function findExportRows(db: D1Database, siteId: string): Promise<ExportRows | null> {
  const [site, threads, comments, followers] = await db.batch([
    db.prepare(EXPORT_SQL.site).bind(siteId),
    db.prepare(EXPORT_SQL.threads).bind(siteId),
    db.prepare(EXPORT_SQL.comments).bind(siteId),
    db.prepare(EXPORT_SQL.followers).bind(siteId),
  ])
  const siteRow = site!.results[0] as ExportRows['site'] | undefined
  if (!siteRow) return null
  return {
    site: siteRow,
    threads: threads!.results as ThreadRow[],
    comments: comments!.results as CommentRow[],
    followers: followers!.results as FollowerRow[],
  }
}
