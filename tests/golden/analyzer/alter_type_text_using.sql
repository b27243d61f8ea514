-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
-- up
ALTER TABLE t ALTER COLUMN a TYPE text USING a::text;
-- expected
-- needs-history: changes column a back to its earlier type integer; fails if a value is not a valid integer
--   lock ACCESS EXCLUSIVE, rewrites, scans
-- class: needs-history
ALTER TABLE t ALTER COLUMN a TYPE int USING a::int;
