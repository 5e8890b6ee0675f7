-- Mail that tells the truth (issue 13). A follower whose address was refused for good (a bounce, a suppressed address)
-- or who marked a mail as spam gets nothing more until they confirm anew: the refusal, its reason and date are kept
-- beside the state (which becomes 'unsubscribed'), as columns, because rebuilding followers would break outbox's keys.
ALTER TABLE followers ADD COLUMN refusal TEXT CHECK (refusal IN ('bounced', 'complained'));
ALTER TABLE followers ADD COLUMN refusal_reason TEXT;
ALTER TABLE followers ADD COLUMN refused_at INTEGER;
-- Serves "every follower with this address" (a refusal is about the address, on every thread it follows).
CREATE INDEX IF NOT EXISTS followers_by_email ON followers (email_normalized);
-- Serves "the queued mails of these followers", cancelled when their address is refused.
CREATE INDEX IF NOT EXISTS outbox_by_follower ON outbox (follower_id, state) WHERE follower_id IS NOT NULL;
-- 'failed' now means refused for good, never retried; a row waiting for its retry stays 'queued' (with last_error).
UPDATE outbox SET state = 'queued' WHERE state = 'failed';
