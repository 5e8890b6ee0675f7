-- An author is known by a signed author token their browser keeps, never by a typed address: comments carry the key
-- that token names, and first-time moderation asks whether that key was published on the site before.
ALTER TABLE comments ADD COLUMN author_key TEXT;
CREATE INDEX IF NOT EXISTS comments_by_author ON comments (author_key, status) WHERE author_key IS NOT NULL;
-- Only first-time moderation used the address index, and it no longer asks by address.
DROP INDEX IF EXISTS comments_by_email;
