-- The code's alternative (issue 12): a proof of work the browser solves, for readers who cannot see the image. The
-- owner chooses per site how the comments that came that way are moderated; by default a stranger's first is held.
ALTER TABLE sites ADD COLUMN alt_gate_moderation TEXT NOT NULL DEFAULT 'first_time'
  CHECK (alt_gate_moderation IN ('none', 'first_time', 'all'));
