-- One table of spent single-use tokens instead of two. Challenge ids gain their purpose as a prefix, as the Worker now
-- writes them, so a code or link spent before the upgrade stays spent after it.
CREATE TABLE IF NOT EXISTS spent_tokens (
  id TEXT PRIMARY KEY,
  expires_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS spent_tokens_by_expiry ON spent_tokens (expires_at);

INSERT INTO spent_tokens (id, expires_at) SELECT 'challenge:' || id, expires_at FROM used_challenges;
INSERT OR IGNORE INTO spent_tokens (id, expires_at) SELECT id, expires_at FROM used_tokens;

DROP TABLE used_challenges;
DROP TABLE used_tokens;
