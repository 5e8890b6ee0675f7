-- Newest first (issue 14): a thread's pages are its top-level comments, newest first, each with its replies; this index
-- walks those top-level comments in either direction without reading the replies between them.
CREATE INDEX IF NOT EXISTS comments_top_level ON comments (thread_id, id) WHERE parent_id IS NULL;
