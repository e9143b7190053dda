-- The gateway's own tables arrive with the portal and intake features; the platform's tables
-- (db/platform) are all it needs until then.
SELECT 1;
