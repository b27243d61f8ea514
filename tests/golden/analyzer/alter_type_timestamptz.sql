-- history
CREATE TABLE u (at timestamp);
-- up
ALTER TABLE u ALTER COLUMN at TYPE timestamptz;
-- expected
-- needs-history: changes column at back to its earlier type; fails if new values do not fit it
--   lock ACCESS EXCLUSIVE, rewrites, scans
-- class: needs-history
ALTER TABLE u ALTER COLUMN at TYPE timestamp USING at::timestamp;
