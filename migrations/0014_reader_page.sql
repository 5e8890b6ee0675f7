-- The reader's own page (issue 13): what "erase me" does to the reader's comments on the site, the owner's choice;
-- the site of a mail that belongs to no thread (a reader's link to their page); and "this address's comments".
ALTER TABLE sites ADD COLUMN erase_mode TEXT NOT NULL DEFAULT 'anonymise' CHECK (erase_mode IN ('anonymise', 'delete'));
ALTER TABLE outbox ADD COLUMN site_id TEXT REFERENCES sites (id);
CREATE INDEX IF NOT EXISTS comments_by_email ON comments (email_normalized, id) WHERE email_normalized IS NOT NULL;
