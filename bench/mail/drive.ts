// What both mail benchmarks share: a send_email binding that only counts, the queue played in batches of 10 as
// wrangler.toml configures it, a measure of time and D1 work, and one line per measure for bench/mail-faults.mjs.
import { createMessageBatch } from 'cloudflare:test'
import { vi } from 'vitest'
import { type D1Call, recordingDb, summarise } from '../../worker/db/recording'
import type { Env, MailJob } from '../../worker/env'
import { consumeMailBatch } from '../../worker/mail/consumer'
import { testEnv } from '../../test/worker/support/request'

/** max_batch_size in wrangler.toml. */
const BATCH = 10

/** An env whose binding accepts every mail at once (no files written) and counts them per recipient. */
export function countingEnv(): { env: Env; sent: Map<string, number> } {
  const sent = new Map<string, number>()
  const EMAIL = {
    send: async (message: { to?: unknown }) => {
      sent.set(String(message.to), (sent.get(String(message.to)) ?? 0) + 1)
      return { messageId: 'bench' }
    },
  } as unknown as SendEmail
  return { env: { ...testEnv, EMAIL }, sent }
}

/** Delivers the rows through the consumer, 10 per batch; the messages it asked to retry. */
export async function drain(ids: number[], env: Env, calls: D1Call[]): Promise<number> {
  const recorded = { ...env, DB: recordingDb(env.DB, calls) }
  let retried = 0
  for (let i = 0; i < ids.length; i += BATCH) {
    const messages = ids.slice(i, i + BATCH).map((outboxId) => ({
      id: `bench-${outboxId}`,
      timestamp: new Date(),
      attempts: 1,
      body: { outboxId } satisfies MailJob,
    }))
    const batch = createMessageBatch<MailJob>('parley-mail', messages)
    const spies = batch.messages.map((msg) => vi.spyOn(msg, 'retry'))
    await consumeMailBatch(batch, recorded)
    retried += spies.filter((spy) => spy.mock.calls.length > 0).length
  }
  return retried
}

export type Measured<T> = { value: T; ms: number; d1: ReturnType<typeof summarise> }

/** Time and D1 work of `run`, which does its D1 work on a binding that records into `calls`. */
export async function measured<T>(run: (calls: D1Call[]) => Promise<T>): Promise<Measured<T>> {
  const calls: D1Call[] = []
  const started = Date.now()
  const value = await run(calls)
  return { value, ms: Date.now() - started, d1: summarise(calls) }
}

export function report(measure: string, figures: Record<string, unknown>): void {
  console.log(`[mail-bench] ${JSON.stringify({ measure, ...figures })}`)
}

/** One number from a SQL count. */
export const count = (sql: string, ...params: unknown[]) =>
  testEnv.DB.prepare(sql)
    .bind(...params)
    .first<number>('n')
    .then((n) => n ?? 0)
