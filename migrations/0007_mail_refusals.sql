-- Mail that tells the truth (issue 13). A follower whose address was refused for good (a bounce, a suppressed address)
-- or who marked a mail as spam gets nothing more until they confirm anew: the refusal, its reason and date are kept
-- beside the state (which becomes 'unsubscribed'), as columns, because rebuilding followers would break outbox's keys.
ALTER TABLE followers ADD COLUMN refusal TEXT CHECK (refusal IN ('bounced', 'complained'));
ALTER TABLE followers ADD COLUMN refusal_reason TEXT;
ALTER TABLE followers ADD COLUMN refused_at INTEGER;
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
