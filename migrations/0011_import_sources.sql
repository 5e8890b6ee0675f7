-- Imports (issue 10): every imported thread and comment remembers where it came from, so running an import again adds
-- nothing. A reply names its parent by the source's id, because exports list replies before their parents.
ALTER TABLE threads ADD COLUMN source TEXT;
ALTER TABLE threads ADD COLUMN source_id TEXT;
ALTER TABLE comments ADD COLUMN source TEXT;
ALTER TABLE comments ADD COLUMN source_id TEXT;
ALTER TABLE comments ADD COLUMN source_parent_id TEXT;
-- One row per source comment per thread (NULLs are distinct: comments posted here are never in conflict); it also serves
-- the parent lookup that links replies once all rows are in.
CREATE UNIQUE INDEX IF NOT EXISTS comments_by_source ON comments (thread_id, source, source_id);
