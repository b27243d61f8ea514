-- history
CREATE TABLE flags (id bigint PRIMARY KEY, bits bit(4));
-- up
ALTER TABLE flags ALTER COLUMN bits TYPE varbit(8);
-- expected
-- needs-history: changes column bits back to its earlier type bit(4); fails if a value is not exactly 4 bits long
--   lock ACCESS EXCLUSIVE, rewrites, scans
-- class: needs-history
ALTER TABLE flags ALTER COLUMN bits TYPE pg_catalog.bit(4);
