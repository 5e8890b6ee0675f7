-- Content checks (issue 12): every comment keeps the score its content earned and why, so a held one tells the owner
-- why it waits; its body's hash finds the same text posted on the site again within a day. Each site chooses its gate
-- (the code, Cloudflare Turnstile, or both) and the score at which a comment is held.
ALTER TABLE sites ADD COLUMN gate TEXT NOT NULL DEFAULT 'code' CHECK (gate IN ('code', 'turnstile', 'code+turnstile'));
ALTER TABLE sites ADD COLUMN spam_threshold INTEGER NOT NULL DEFAULT 3 CHECK (spam_threshold BETWEEN 1 AND 100);
ALTER TABLE comments ADD COLUMN spam_score INTEGER NOT NULL DEFAULT 0;
ALTER TABLE comments ADD COLUMN spam_reasons TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(spam_reasons));
ALTER TABLE comments ADD COLUMN body_hash TEXT;
CREATE INDEX IF NOT EXISTS comments_by_body_hash ON comments (body_hash, created_at) WHERE body_hash IS NOT NULL;
CREATE TABLE IF NOT EXISTS spam_marks (
  site_id TEXT NOT NULL REFERENCES sites (id),
  mark TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (site_id, mark)
) WITHOUT ROWID;
