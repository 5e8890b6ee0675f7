-- The site's feed (issue 14) lists the newest published comments of one site. Walking every site's comments newest first
-- reads rows in proportion to the other sites' comments; each comment now carries its thread's site (a post names it, a
-- trigger fills it in for any other insert; a thread never changes site), and the feed reads its own index range.
ALTER TABLE comments ADD COLUMN site_id TEXT;
UPDATE comments SET site_id = (SELECT site_id FROM threads WHERE threads.id = comments.thread_id);
CREATE TRIGGER IF NOT EXISTS comments_site_of_thread AFTER INSERT ON comments WHEN NEW.site_id IS NULL BEGIN UPDATE comments SET site_id = (SELECT site_id FROM threads WHERE id = NEW.thread_id) WHERE id = NEW.id; END;
CREATE INDEX IF NOT EXISTS comments_site_feed ON comments (site_id, id) WHERE status = 'published';
