-- history
CREATE TABLE u (id serial PRIMARY KEY);
-- up
ALTER TABLE u ALTER COLUMN id TYPE bigint;
-- expected
-- needs-history: changes column id back to its earlier type; fails if new values do not fit it
--   lock ACCESS EXCLUSIVE, rewrites, scans
-- class: needs-history
ALTER TABLE u ALTER COLUMN id TYPE int USING id::int;
