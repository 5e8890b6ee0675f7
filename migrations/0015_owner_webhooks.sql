-- Owner notifications where owners are (issue 13, section 5): a webhook per site, called for each new or held comment
-- through the outbox (kind 'webhook', migration 0012). No URL: no webhook. Columns added at the end, so the version
-- before this one keeps working on the new schema.
ALTER TABLE sites ADD COLUMN webhook_url TEXT;
ALTER TABLE sites ADD COLUMN webhook_format TEXT NOT NULL DEFAULT 'parley'
  CHECK (webhook_format IN ('parley', 'slack', 'discord', 'telegram'));
ALTER TABLE sites ADD COLUMN webhook_secret TEXT;
