-- Two more kinds of outbox row (issue 13): a reader's link to their own page, which belongs to no thread, and an owner's
-- webhook call, which goes through the same claim, lease and back-off as a mail. SQLite cannot change a CHECK or drop a
-- NOT NULL, so the table is rebuilt (no table refers to outbox). Its columns are explained in schema.sql.
PRAGMA defer_foreign_keys = on;
CREATE TABLE outbox_new (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('confirm', 'notify', 'owner', 'me_link', 'webhook')),
  dedupe_key TEXT NOT NULL UNIQUE,
  recipient TEXT NOT NULL,
  thread_id INTEGER REFERENCES threads (id),
  comment_id INTEGER REFERENCES comments (id),
  follower_id INTEGER REFERENCES followers (id),
  subject TEXT,
  text_body TEXT,
  html_body TEXT,
  headers TEXT,
  state TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'sent', 'failed', 'dead', 'cancelled')),
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at INTEGER NOT NULL,
  last_error TEXT,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  sent_at INTEGER,
  digest_after INTEGER,
  digest_through INTEGER
);
INSERT INTO outbox_new (id, kind, dedupe_key, recipient, thread_id, comment_id, follower_id, subject, text_body,
  html_body, headers, state, attempts, next_attempt_at, last_error, created_at, updated_at, sent_at, digest_after,
  digest_through)
SELECT id, kind, dedupe_key, recipient, thread_id, comment_id, follower_id, subject, text_body, html_body, headers,
  state, attempts, next_attempt_at, last_error, created_at, updated_at, sent_at, digest_after, digest_through
FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_new RENAME TO outbox;
CREATE INDEX IF NOT EXISTS outbox_by_state_time ON outbox (state, next_attempt_at);
CREATE INDEX IF NOT EXISTS outbox_sent ON outbox (sent_at) WHERE sent_at IS NOT NULL;
CREATE INDEX IF NOT EXISTS outbox_by_follower ON outbox (follower_id, state);
CREATE INDEX IF NOT EXISTS outbox_rendered_sent ON outbox (sent_at) WHERE html_body IS NOT NULL AND sent_at IS NOT NULL;
CREATE INDEX IF NOT EXISTS outbox_by_comment ON outbox (comment_id);
CREATE INDEX IF NOT EXISTS outbox_by_thread ON outbox (thread_id, created_at);
CREATE INDEX IF NOT EXISTS outbox_by_state_id ON outbox (state, id);
