-- history
CREATE TABLE u (at timestamp);
-- up
ALTER TABLE u ALTER COLUMN at TYPE timestamptz;
-- expected
-- conditional: changes column at back to its earlier type timestamp, which drops the time zone: values become local times of the session's TimeZone without an error
--   lock ACCESS EXCLUSIVE, rewrites, scans
-- class: conditional
ALTER TABLE u ALTER COLUMN at TYPE timestamp;
