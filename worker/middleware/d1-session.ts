// D1 Sessions: every request talks to D1 through one session, so read replicas can answer its reads, and the reader
// carries the session's bookmark (X-Parley-Bookmark) so their next request never sees an older database than their last.
import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../env'

export const BOOKMARK_HEADER = 'X-Parley-Bookmark'

// D1 bookmarks are four hex groups (8-8-8-32). Anything else is ignored rather than handed to D1, so a mangled
// header costs the reader read-your-writes for one request, never an error.
const BOOKMARK = /^[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{32}$/

const READS = new Set(['GET', 'HEAD', 'OPTIONS'])
/** A method that changes nothing: it may read from a replica, and it purges no cached read. */
export const isRead = (method: string) => READS.has(method)

/** Writes start at the primary, where they land anyway, so their checks (rate limit, locked thread, parent) read the
 *  newest data; reads may start at any replica that is no older than the reader's bookmark. */
function startingPoint(method: string, bookmark: string | undefined): D1SessionBookmark | D1SessionConstraint {
  if (!isRead(method)) return 'first-primary'
  return bookmark !== undefined && BOOKMARK.test(bookmark) ? bookmark : 'first-unconstrained'
}

/** The session in the shape of the binding, so every module keeps taking `env.DB` and still goes through it. */
function sessionAsDatabase(db: D1Database, session: D1DatabaseSession): D1Database {
  return {
    prepare: (query) => session.prepare(query),
    batch: (statements) => session.batch(statements),
    withSession: (constraintOrBookmark) => db.withSession(constraintOrBookmark),
    // exec() runs scripts outside any session (the API has no session variant); no request path uses it.
    exec: (query) => db.exec(query),
    dump: () => db.dump(),
  }
}

/** Routes this request's D1 work through one session and answers with the bookmark it ended at, after any write. */
export const d1Session: MiddlewareHandler<AppEnv> = async (c, next) => {
  const session = c.env.DB.withSession(startingPoint(c.req.method, c.req.header(BOOKMARK_HEADER)))
  // A copy of env for this request only: the isolate's env object is shared by every request it serves.
  c.env = { ...c.env, DB: sessionAsDatabase(c.env.DB, session) }
  await next()
  const bookmark = session.getBookmark()
  if (bookmark !== null) c.res.headers.set(BOOKMARK_HEADER, bookmark)
}
