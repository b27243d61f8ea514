-- history
CREATE TABLE ev (id bigint PRIMARY KEY, at date);
-- up
ALTER TABLE ev ALTER COLUMN at TYPE timestamptz;
-- expected
-- conditional: changes column at back to its earlier type date, which drops the time of day without an error
--   lock ACCESS EXCLUSIVE, rewrites, scans
-- class: conditional
ALTER TABLE ev ALTER COLUMN at TYPE date;
