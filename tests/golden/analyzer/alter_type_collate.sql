-- history
CREATE TABLE u (name varchar(100) COLLATE "C");
-- up
ALTER TABLE u ALTER COLUMN name TYPE varchar(200);
-- expected
-- needs-history: changes column name back to its earlier type; fails if new values do not fit it
--   lock ACCESS EXCLUSIVE, rewrites, scans
-- class: needs-history
ALTER TABLE u ALTER COLUMN name TYPE varchar(100) COLLATE "C";
