-- Parley's whole current D1 schema: what a new database amounts to. migrations/ carries a database of any released
-- version here (npm start, npm run serve and deploy apply them); test/worker/migrations.test.ts keeps the two equal.
-- Times are INTEGER epoch milliseconds set by the Worker, so tests can pass a clock.

CREATE TABLE IF NOT EXISTS sites (
  id TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 64),
  name TEXT NOT NULL,
  allowed_origins TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(allowed_origins)),
  owner_email TEXT,
  notify_owner INTEGER NOT NULL DEFAULT 0 CHECK (notify_owner IN (0, 1)),
  moderation TEXT NOT NULL DEFAULT 'none' CHECK (moderation IN ('none', 'first_time', 'all')),
  language TEXT NOT NULL DEFAULT 'en' CHECK (language IN ('en', 'nl', 'de', 'fr')),
  created_at INTEGER NOT NULL,
  -- The Cloudflare Access identities (lower-case email addresses) that may moderate this site; the owner moderates all.
  admins TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(admins)),
  -- How comments that passed the gate by the code's alternative (the proof of work) are moderated.
  alt_gate_moderation TEXT NOT NULL DEFAULT 'first_time'
    CHECK (alt_gate_moderation IN ('none', 'first_time', 'all')),
  -- What stands between a reader and the page: the image code, Cloudflare Turnstile, or both.
  gate TEXT NOT NULL DEFAULT 'code' CHECK (gate IN ('code', 'turnstile', 'code+turnstile')),
  -- A comment whose content checks score this much or more is held for the owner.
  spam_threshold INTEGER NOT NULL DEFAULT 3 CHECK (spam_threshold BETWEEN 1 AND 100),
  -- What a reader's "erase me" does to their comments: 'anonymise' (the "removed" marker in place) or 'delete'.
  erase_mode TEXT NOT NULL DEFAULT 'anonymise' CHECK (erase_mode IN ('anonymise', 'delete')),
  -- The owner's webhook: where each new or held comment is posted (null: no webhook), in which format, and the secret
  -- its calls are signed with (made by the Worker, shown to the owner).
  webhook_url TEXT,
  webhook_format TEXT NOT NULL DEFAULT 'parley'
    CHECK (webhook_format IN ('parley', 'slack', 'discord', 'telegram')),
  webhook_secret TEXT
);

CREATE TABLE IF NOT EXISTS threads (
  id INTEGER PRIMARY KEY,
  site_id TEXT NOT NULL REFERENCES sites (id),
  key TEXT NOT NULL,
  title TEXT NOT NULL DEFAULT '',
  url TEXT,
  comment_count INTEGER NOT NULL DEFAULT 0,
  locked INTEGER NOT NULL DEFAULT 0 CHECK (locked IN (0, 1)),
  created_at INTEGER NOT NULL,
  -- 1 when the title came from a request of one of the site's origins; only then do mails and pages show it.
  title_from_site INTEGER NOT NULL DEFAULT 0 CHECK (title_from_site IN (0, 1)),
  -- Imports (issue 10): where an imported thread came from ('disqus', 'wxr', …) and its id there.
  source TEXT,
  source_id TEXT,
  UNIQUE (site_id, key)
);

CREATE TABLE IF NOT EXISTS comments (
  id INTEGER PRIMARY KEY,
  thread_id INTEGER NOT NULL REFERENCES threads (id),
  parent_id INTEGER REFERENCES comments (id),
  name TEXT NOT NULL,
  email TEXT,
  email_normalized TEXT,
  website TEXT,
  avatar TEXT NOT NULL,
  body TEXT NOT NULL,
  html TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('published', 'pending', 'deleted', 'spam')),
  ip_hash TEXT,
  created_at INTEGER NOT NULL,
  edited_at INTEGER,
  -- The key of the author token the poster's browser holds (never a typed address): who "a known author" is.
  author_key TEXT,
  -- What the content checks made of it: a score and its reasons (a JSON list of worker/domain.ts SPAM_REASONS).
  spam_score INTEGER NOT NULL DEFAULT 0,
  spam_reasons TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(spam_reasons)),
  -- SHA-256 of the site and the normalised body (long enough bodies only): the same text again within a day.
  body_hash TEXT,
  -- Imports: the source and the comment's id there (one row per source comment per thread, so a second run adds
  -- nothing), and its parent's id there: exports list replies before their parents, so they are linked last.
  source TEXT,
  source_id TEXT,
  source_parent_id TEXT,
  -- The thread's site (a thread never changes site), so a site's feed reads its own index range.
  site_id TEXT
);
-- A post names the site itself, at no cost; any other insert (an import, a seed) gets its thread's site here.
CREATE TRIGGER IF NOT EXISTS comments_site_of_thread AFTER INSERT ON comments WHEN NEW.site_id IS NULL BEGIN UPDATE comments SET site_id = (SELECT site_id FROM threads WHERE id = NEW.thread_id) WHERE id = NEW.id; END;
-- Serves the site's feed: its newest published comments.
CREATE INDEX IF NOT EXISTS comments_site_feed ON comments (site_id, id) WHERE status = 'published';
-- Serves the thread list (status filter, id order, cursor paging) without touching other threads.
CREATE INDEX IF NOT EXISTS comments_by_thread ON comments (thread_id, status, id);
-- Serves newest first: a thread's top-level comments in either direction, without reading the replies between them.
CREATE INDEX IF NOT EXISTS comments_top_level ON comments (thread_id, id) WHERE parent_id IS NULL;
-- Serves "has this author been published on the site before?" for first-time moderation.
CREATE INDEX IF NOT EXISTS comments_by_author ON comments (author_key, status) WHERE author_key IS NOT NULL;
-- Keeps an import from adding a comment twice (NULLs are distinct: comments posted here never conflict), and serves
-- the lookup that links imported replies to their parents.
CREATE UNIQUE INDEX IF NOT EXISTS comments_by_source ON comments (thread_id, source, source_id);

-- Serves "was this text posted on the site in the last 24 hours?" (the hash names the site).
-- Serves the reader's own page: "every comment of this address", newest first.
CREATE INDEX IF NOT EXISTS comments_by_email ON comments (email_normalized, id) WHERE email_normalized IS NOT NULL;

CREATE INDEX IF NOT EXISTS comments_by_body_hash ON comments (body_hash, created_at) WHERE body_hash IS NOT NULL;

-- What the owner's spam marks taught the content checks, per site: 'body:<hash>' and 'host:<name>' of comments marked
-- spam, removed again when the owner approves such a comment (not spam).
CREATE TABLE IF NOT EXISTS spam_marks (
  site_id TEXT NOT NULL REFERENCES sites (id),
  mark TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (site_id, mark)
) WITHOUT ROWID;

-- Single-use tokens already used (challenge codes, the owner's moderation links, signed-out admin sessions), by an id
-- that names the purpose ('challenge:…', 'moderate:…', 'session:…'): an id found here is refused until it expires.
CREATE TABLE IF NOT EXISTS spent_tokens (
  id TEXT PRIMARY KEY,
  expires_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS spent_tokens_by_expiry ON spent_tokens (expires_at);

-- Fixed-window counters per keyed IP hash and action.
CREATE TABLE IF NOT EXISTS rate_limits (
  key TEXT PRIMARY KEY,
  window_start INTEGER NOT NULL,
  hits INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS rate_limits_by_window ON rate_limits (window_start);

-- People who asked for mail about one thread. Double opt-in: 'pending' until the confirmation link is followed.
-- The address is kept as typed (trimmed) for sending, and normalised for "the same person, once per thread".
CREATE TABLE IF NOT EXISTS followers (
  id INTEGER PRIMARY KEY,
  thread_id INTEGER NOT NULL REFERENCES threads (id),
  email TEXT NOT NULL,
  email_normalized TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('pending', 'active', 'unsubscribed')),
  -- When the last confirmation mail was queued: at most one per address per thread per day.
  confirmation_sent_at INTEGER,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  -- Why the address gets nothing any more although it asked (its state is then 'unsubscribed'): a permanent refusal
  -- by the provider ('bounced') or a spam complaint ('complained'). Cleared when the reader confirms anew.
  refusal TEXT CHECK (refusal IN ('bounced', 'complained')),
  refusal_reason TEXT,
  refused_at INTEGER,
  -- 'each': a mail per comment; 'digest': at most one a day. A very busy thread switches an 'each' follower to digests
  -- until digest_until. digest_pending: comments came since the last digest (after digested_through, a comment id).
  delivery TEXT NOT NULL DEFAULT 'each' CHECK (delivery IN ('each', 'digest')),
  digest_until INTEGER,
  digest_pending INTEGER NOT NULL DEFAULT 0 CHECK (digest_pending IN (0, 1)),
  digested_through INTEGER NOT NULL DEFAULT 0,
  last_digest_at INTEGER NOT NULL DEFAULT 0,
  UNIQUE (thread_id, email_normalized)
);
-- Serves the fan-out: the active followers of one thread.
CREATE INDEX IF NOT EXISTS followers_by_thread_state ON followers (thread_id, state);
-- Serves "every follower with this address": a refusal is about the address, on every thread it follows.
CREATE INDEX IF NOT EXISTS followers_by_email ON followers (email_normalized);
-- Serves the cron's digests: the followers with news whose last digest is old enough.
CREATE INDEX IF NOT EXISTS followers_digest_due ON followers (last_digest_at) WHERE digest_pending = 1 AND state = 'active';

-- Every mail Parley sends, written in the same D1 batch as the event that causes it, then delivered via MAIL_QUEUE.
-- D1 is the source of truth; a queue message is only a doorbell, so a lost message is re-driven by the cron.
CREATE TABLE IF NOT EXISTS outbox (
  id INTEGER PRIMARY KEY,
  -- 'me_link': a reader's link to their own page (no thread); 'webhook': an owner notification to the site's webhook.
  kind TEXT NOT NULL CHECK (kind IN ('confirm', 'notify', 'owner', 'me_link', 'webhook')),
  -- One row per recipient per comment per kind: a second insert of the same mail is a no-op.
  dedupe_key TEXT NOT NULL UNIQUE,
  recipient TEXT NOT NULL,
  thread_id INTEGER REFERENCES threads (id),
  comment_id INTEGER REFERENCES comments (id),
  follower_id INTEGER REFERENCES followers (id),
  -- The rendered message, stored before the first send so every retry sends exactly the same mail.
  subject TEXT,
  text_body TEXT,
  html_body TEXT,
  headers TEXT,
  -- 'queued': to be sent at next_attempt_at (also after a failed attempt, with last_error); 'failed': refused for good
  -- by the provider, never retried; 'dead': out of attempts; 'cancelled': no longer to be sent (the follower left, the
  -- comment was removed, the address was refused) before it went out.
  state TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'sent', 'failed', 'dead', 'cancelled')),
  attempts INTEGER NOT NULL DEFAULT 0,
  -- When the row may next be claimed: its creation, a retry's back-off, or the end of a sender's lease.
  next_attempt_at INTEGER NOT NULL,
  last_error TEXT,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  sent_at INTEGER,
  -- A digest: the thread's published comments with digest_after < id <= digest_through.
  digest_after INTEGER,
  digest_through INTEGER,
  -- The site of a row that belongs to no thread (a 'me_link'): its mail's sender name.
  site_id TEXT REFERENCES sites (id)
);
-- Serves the cron re-drive (rows still queued or failed past their time) and /dev/mail (sent, newest first).
CREATE INDEX IF NOT EXISTS outbox_by_state_time ON outbox (state, next_attempt_at);
CREATE INDEX IF NOT EXISTS outbox_sent ON outbox (sent_at) WHERE sent_at IS NOT NULL;
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

-- Moderation and the admin page (issue 4).
-- Serves the admin list of recent and held comments across threads (state filter, newest first, id cursor).
CREATE INDEX IF NOT EXISTS comments_by_status ON comments (status, id);
-- Serves the admin list of a site's threads, newest first.
CREATE INDEX IF NOT EXISTS threads_by_site ON threads (site_id, id);
-- Serves the admin mail log by state, newest first (the sent rows alone can be many).
CREATE INDEX IF NOT EXISTS outbox_by_state_id ON outbox (state, id);

-- Addresses and IP hashes the owner blocked: their comments are kept as spam, their follow requests dropped.
CREATE TABLE IF NOT EXISTS blocks (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('email', 'ip')),
  -- A normalised email address, or the keyed IP hash as stored on comments.
  value TEXT NOT NULL,
  note TEXT,
  created_by TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  UNIQUE (kind, value)
);

-- Every admin action (who, what, when), newest first by id on the admin page.
CREATE TABLE IF NOT EXISTS admin_actions (
  id INTEGER PRIMARY KEY,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  target TEXT NOT NULL,
  detail TEXT,
  created_at INTEGER NOT NULL,
  -- The site the action concerned; NULL for sign-in, blocks and actions on no one site.
  site_id TEXT
);
-- Serves an Access admin's log: the actions on their own sites, newest first.
CREATE INDEX IF NOT EXISTS admin_actions_by_site ON admin_actions (site_id, id);
