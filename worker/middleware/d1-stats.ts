// Local only (EXPOSE_D1_STATS): this request's D1 round trips and rows in the X-Parley-D1-Stats header, for `npm run bench`.
import type { MiddlewareHandler } from 'hono'
import { recordingDb, summarise, type D1Call } from '../db/recording'
import type { AppEnv } from '../env'
import { localSwitchOn } from '../local'

const STATS_HEADER = 'X-Parley-D1-Stats'

/**
 * Local only (EXPOSE_D1_STATS): records this request's D1 work and reports it in X-Parley-D1-Stats, for `npm run bench`.
 * Off, it costs one comparison per request; the recorder never runs in production.
 */
export const d1Stats: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (!localSwitchOn(c.env, 'EXPOSE_D1_STATS', c.req.url)) return next()
  const calls: D1Call[] = []
  // A copy of env for this request only: the isolate's env object is shared by every request it serves.
  c.env = { ...c.env, DB: recordingDb(c.env.DB, calls) }
  await next()
  const s = summarise(calls)
  c.res.headers.set(
    STATS_HEADER,
    `round-trips=${s.roundTrips}; rows-read=${s.rowsRead}; rows-written=${s.rowsWritten}; sql-ms=${s.sqlMs}; wait-ms=${s.waitMs}`,
  )
}
