-- history
CREATE TABLE u (price numeric(10,2));
-- up
ALTER TABLE u ALTER COLUMN price TYPE numeric(12,4);
-- expected
-- conditional: changes column price back to its earlier type numeric(10,2), which rounds values to 2 decimal places without an error
--   lock ACCESS EXCLUSIVE, rewrites, scans
-- class: conditional
ALTER TABLE u ALTER COLUMN price TYPE numeric(10, 2);
