-- history
CREATE TABLE note (id bigint PRIMARY KEY, body varchar(50));
-- up
ALTER TABLE note ALTER COLUMN body TYPE text;
-- expected
-- needs-history: changes column body back to its earlier type varchar(50); fails if a value is longer than 50 characters
--   lock ACCESS EXCLUSIVE, rewrites, scans
-- class: needs-history
ALTER TABLE note ALTER COLUMN body TYPE varchar(50);
