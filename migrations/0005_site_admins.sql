-- More than one admin (issue 11): the Cloudflare Access identities (email addresses, lower case) that may moderate a
-- site. An admin signed in through Access sees and changes only the sites that list them; the owner sees every site.
ALTER TABLE sites ADD COLUMN admins TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(admins));
-- The site an admin action concerned (NULL for sign-in, blocks and other actions on no one site), so each admin's log
-- shows the actions on their own sites.
ALTER TABLE admin_actions ADD COLUMN site_id TEXT;
CREATE INDEX IF NOT EXISTS admin_actions_by_site ON admin_actions (site_id, id);
