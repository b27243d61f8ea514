-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
-- up
ALTER TABLE t ALTER COLUMN c TYPE varchar(50);
-- expected
-- needs-history: changes column c back to its earlier type; fails if new values do not fit it
--   lock ACCESS EXCLUSIVE, rewrites, scans
-- class: needs-history
ALTER TABLE t ALTER COLUMN c TYPE varchar(10) USING c::varchar(10);
