-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
-- up
ALTER TABLE t ALTER COLUMN c TYPE varchar(50);
-- expected
-- needs-history: changes column c back to its earlier type varchar(10); fails if a value is longer than 10 characters
--   lock ACCESS EXCLUSIVE, rewrites, scans
-- class: needs-history
ALTER TABLE t ALTER COLUMN c TYPE varchar(10);
