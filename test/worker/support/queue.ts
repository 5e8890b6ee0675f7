// Driving the mail queue by hand: a comment published without its queue message, the consumer played with a clock,
// and sends watched (or failed) through an env whose send_email binding is watched.
import { createExecutionContext, createMessageBatch, getQueueResult, type QueueResult } from 'cloudflare:test'
import { vi } from 'vitest'
import type { Env, MailJob } from '../../../worker/env'
import { consumeMailBatch } from '../../../worker/mail/consumer'
import { commitComment } from '../../../worker/write/commit'
import { testEnv } from './request'

/**
 * Publishes a comment through the write pipeline's own commit (write/commit.ts), but puts nothing on the queue, so a
 * test can drive the consumer itself (runQueue) without the local queue delivering the same rows behind its back.
 */
export async function publishWithoutQueue(
  site: string,
  thread: string,
  author: { name: string; email: string | null },
  body = 'Hello',
): Promise<{ commentId: number; outboxIds: number[] }> {
  const now = Date.now()
  const email = author.email
  const { comment, outboxIds } = await commitComment(
    testEnv.DB,
    {
      challenge: { id: `challenge:${crypto.randomUUID()}`, expiresAt: now + 60_000 },
      thread: { siteId: site, key: thread, title: 'A thread', url: 'https://blog.example/post' },
      comment: {
        siteId: site,
        threadKey: thread,
        parentId: null,
        name: author.name,
        email,
        emailNormalized: email?.toLowerCase() ?? null,
        website: null,
        avatar: 'abcdef01',
        body,
        html: `<p>${body}</p>`,
        status: 'published',
        ipHash: 'test',
        authorKey: crypto.randomUUID(),
        spamScore: 0,
        spamReasons: [],
        bodyHash: null,
      },
      follow: null,
      owner: [],
    },
    now,
  )
  return { commentId: comment.comment.id, outboxIds }
}

/** A mail as the send_email binding got it. */
export type SentMessage = { to: string; subject: string }

/**
 * An env whose send_email binding is the simulated one behind a watcher: `fail` decides per send whether it throws
 * instead (attempts are counted per message), and the sends that go through are listed in `delivered`.
 */
export function watchSends(fail: (mail: SentMessage, attempt: number) => boolean = () => false) {
  const delivered: SentMessage[] = []
  const attempts = new Map<string, number>()
  const EMAIL: SendEmail = {
    async send(message: EmailMessage | EmailMessageBuilder) {
      const mail = message as EmailMessageBuilder as SentMessage
      const key = JSON.stringify(message)
      const attempt = (attempts.get(key) ?? 0) + 1
      attempts.set(key, attempt)
      if (fail(mail, attempt)) throw new Error(`simulated failure for ${mail.to} (attempt ${attempt})`)
      const result = await testEnv.EMAIL.send(message as EmailMessageBuilder)
      delivered.push({ to: mail.to, subject: mail.subject })
      return result
    },
  }
  const env: Env = { ...testEnv, EMAIL }
  const sentTo = (to: string) => delivered.filter((m) => m.to === to).length
  return { delivered, env, sentTo }
}

/** One delivery of a batch: what getQueueResult saw, plus the delay each retry asked for (getQueueResult drops it). */
export type QueueRound = { result: QueueResult; delays: (number | undefined)[] }

/**
 * Plays the queue for the given outbox ids: delivers them in a batch at `startMs`, then redelivers every retried message
 * once its delay has passed, as Cloudflare Queues does, until none is left.
 */
export async function runQueue(
  ids: number[],
  startMs: number,
  env: Env = testEnv,
  maxRounds = 10,
): Promise<QueueRound[]> {
  let now = startMs
  let pending = ids.map((outboxId) => ({
    id: `msg-${outboxId}`,
    timestamp: now,
    attempts: 1,
    body: { outboxId } satisfies MailJob,
  }))
  const rounds: QueueRound[] = []
  while (pending.length > 0 && rounds.length < maxRounds) {
    const batch = createMessageBatch<MailJob>('parley-mail', pending)
    const retries = batch.messages.map((msg) => vi.spyOn(msg, 'retry'))
    const ctx = createExecutionContext()
    const at = now
    await consumeMailBatch(batch, env, () => at)
    const result = await getQueueResult(batch, ctx)
    const delays = retries.flatMap((spy) => spy.mock.calls.map(([options]) => options?.delaySeconds))
    rounds.push({ result, delays })
    now += Math.max(0, ...delays.map((d) => d ?? 0)) * 1000
    const retried = new Set(result.retryMessages.map((r) => r.msgId))
    pending = pending.filter((m) => retried.has(m.id)).map((m) => ({ ...m, attempts: m.attempts + 1 }))
  }
  return rounds
}
