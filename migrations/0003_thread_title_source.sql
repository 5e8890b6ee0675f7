-- Whether a thread's title came from the site's own page (a request from one of the site's origins). A title set before
-- this version may have come from anyone, so it is not trusted (mails show the thread's path) until the page sends its
-- title again.
ALTER TABLE threads ADD COLUMN title_from_site INTEGER NOT NULL DEFAULT 0 CHECK (title_from_site IN (0, 1));
