-- German and French beside English and Dutch (issue 14): sites.language accepts 'de' and 'fr'. SQLite cannot change a
-- CHECK, so the table is rebuilt with exactly its columns and constraints (see schema.sql). threads and spam_marks refer
-- to sites (id): with the check deferred, the rows are put back into a table named sites before the commit counts
-- orphans (a table renamed to sites would leave the dropped rows counted as missing, and the commit would fail).
PRAGMA defer_foreign_keys = on;
CREATE TABLE sites_copy AS
SELECT id, name, allowed_origins, owner_email, notify_owner, moderation, language, created_at, admins,
  alt_gate_moderation, gate, spam_threshold
FROM sites;
DROP TABLE sites;
CREATE TABLE sites (
  id TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 64),
  name TEXT NOT NULL,
  allowed_origins TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(allowed_origins)),
  owner_email TEXT,
  notify_owner INTEGER NOT NULL DEFAULT 0 CHECK (notify_owner IN (0, 1)),
  moderation TEXT NOT NULL DEFAULT 'none' CHECK (moderation IN ('none', 'first_time', 'all')),
  language TEXT NOT NULL DEFAULT 'en' CHECK (language IN ('en', 'nl', 'de', 'fr')),
  created_at INTEGER NOT NULL,
  admins TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(admins)),
  alt_gate_moderation TEXT NOT NULL DEFAULT 'first_time'
    CHECK (alt_gate_moderation IN ('none', 'first_time', 'all')),
  gate TEXT NOT NULL DEFAULT 'code' CHECK (gate IN ('code', 'turnstile', 'code+turnstile')),
  spam_threshold INTEGER NOT NULL DEFAULT 3 CHECK (spam_threshold BETWEEN 1 AND 100)
);
INSERT INTO sites (id, name, allowed_origins, owner_email, notify_owner, moderation, language, created_at, admins,
  alt_gate_moderation, gate, spam_threshold)
SELECT id, name, allowed_origins, owner_email, notify_owner, moderation, language, created_at, admins,
  alt_gate_moderation, gate, spam_threshold
FROM sites_copy;
DROP TABLE sites_copy;
