-- history
CREATE TABLE u (price numeric(10,2));
-- up
ALTER TABLE u ALTER COLUMN price TYPE numeric(12,4);
-- expected
-- needs-history: changes column price back to its earlier type; fails if new values do not fit it
--   lock ACCESS EXCLUSIVE, rewrites, scans
-- class: needs-history
ALTER TABLE u ALTER COLUMN price TYPE numeric(10, 2) USING price::numeric(10, 2);
