-- history
CREATE TABLE u (id serial PRIMARY KEY);
-- up
ALTER TABLE u ALTER COLUMN id TYPE bigint;
-- expected
-- needs-history: changes column id back to its earlier type integer; fails if a value is out of range for integer
--   lock ACCESS EXCLUSIVE, rewrites, scans
-- class: needs-history
ALTER TABLE u ALTER COLUMN id TYPE int;
