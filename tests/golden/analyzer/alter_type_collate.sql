-- history
CREATE TABLE u (name varchar(100) COLLATE "C");
-- up
ALTER TABLE u ALTER COLUMN name TYPE varchar(200);
-- expected
-- needs-history: changes column name back to its earlier type varchar(100); fails if a value is longer than 100 characters
--   lock ACCESS EXCLUSIVE, rewrites, scans
-- class: needs-history
ALTER TABLE u ALTER COLUMN name TYPE varchar(100) COLLATE "C";
