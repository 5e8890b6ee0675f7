// The Worker's scheduled entry, run at a chosen time, as Cloudflare's cron would call it.
import { createExecutionContext, createScheduledController, waitOnExecutionContext } from 'cloudflare:test'
import { type D1Call, recordingDb } from '../../../worker/db/recording'
import type { Env } from '../../../worker/env'
import worker from '../../../worker/index'
import { testEnv } from './request'

/** One cron run at `scheduledTime`, through the Worker's own scheduled handler. */
export async function runCronAt(scheduledTime: number, env: Env = testEnv): Promise<void> {
  const ctx = createExecutionContext()
  await worker.scheduled(createScheduledController({ scheduledTime, cron: '* * * * *' }), env, ctx)
  await waitOnExecutionContext(ctx)
}

/** One cron run at `scheduledTime` with a D1 binding that records; its round trips. */
export async function recordedCron(scheduledTime: number): Promise<D1Call[]> {
  const calls: D1Call[] = []
  await runCronAt(scheduledTime, { ...testEnv, DB: recordingDb(testEnv.DB, calls) })
  return calls
}
