-- Mail that tells the truth (issue 13). A follower whose address was refused for good (a bounce, a suppressed address)
-- or who marked a mail as spam gets nothing more until they confirm anew: the refusal, its reason and date are kept
-- beside the state (which becomes 'unsubscribed'), as columns, because rebuilding followers would break outbox's keys.
ALTER TABLE followers ADD COLUMN refusal TEXT CHECK (refusal IN ('bounced', 'complained'));
ALTER TABLE followers ADD COLUMN refusal_reason TEXT;
ALTER TABLE followers ADD COLUMN refused_at INTEGER;
-- Digests: a follower chooses a mail per comment ('each') or at most one a day ('digest'); a very busy thread switches
-- an 'each' follower to digests until digest_until. The cron writes a digest of the comments after digested_through
-- for each follower flagged digest_pending (a comment came) whose last digest is a day old; the outbox row keeps its
-- range, so it is rendered, and sent, exactly once like any mail.
ALTER TABLE followers ADD COLUMN delivery TEXT NOT NULL DEFAULT 'each' CHECK (delivery IN ('each', 'digest'));
ALTER TABLE followers ADD COLUMN digest_until INTEGER;
ALTER TABLE followers ADD COLUMN digest_pending INTEGER NOT NULL DEFAULT 0 CHECK (digest_pending IN (0, 1));
ALTER TABLE followers ADD COLUMN digested_through INTEGER NOT NULL DEFAULT 0;
ALTER TABLE followers ADD COLUMN last_digest_at INTEGER NOT NULL DEFAULT 0;
ALTER TABLE outbox ADD COLUMN digest_after INTEGER;
ALTER TABLE outbox ADD COLUMN digest_through INTEGER;
-- Serves the cron's digests: the followers with news whose last digest is old enough.
CREATE INDEX IF NOT EXISTS followers_digest_due ON followers (last_digest_at) WHERE digest_pending = 1 AND state = 'active';
-- Serves "every follower with this address" (a refusal is about the address, on every thread it follows).
CREATE INDEX IF NOT EXISTS followers_by_email ON followers (email_normalized);
-- Serves "the queued mails of these followers", cancelled when their address is refused.
CREATE INDEX IF NOT EXISTS outbox_by_follower ON outbox (follower_id, state);
-- Retention (the cron's purges, worker/db/retention.ts): each purge walks an index of exactly what it may remove, and
-- deleting a comment checks its replies and mails by index (foreign keys), not by reading the whole table.
CREATE INDEX IF NOT EXISTS outbox_rendered_sent ON outbox (sent_at) WHERE html_body IS NOT NULL AND sent_at IS NOT NULL;
CREATE INDEX IF NOT EXISTS outbox_by_comment ON outbox (comment_id);
-- Serves the owner's mail figures per thread and per site (the last 30 days).
CREATE INDEX IF NOT EXISTS outbox_by_thread ON outbox (thread_id, created_at);
CREATE INDEX IF NOT EXISTS comments_with_ip ON comments (created_at) WHERE ip_hash IS NOT NULL;
CREATE INDEX IF NOT EXISTS comments_spam ON comments (created_at) WHERE status = 'spam';
CREATE INDEX IF NOT EXISTS comments_by_parent ON comments (parent_id);
CREATE INDEX IF NOT EXISTS followers_pending ON followers (updated_at) WHERE state = 'pending';
-- 'failed' now means refused for good, never retried; a row waiting for its retry stays 'queued' (with last_error).
UPDATE outbox SET state = 'queued' WHERE state = 'failed';
