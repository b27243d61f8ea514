-- history
-- up
ALTER TABLE nope ALTER COLUMN x TYPE int;
-- expected
-- unknown: column x is not known from earlier migrations; its old type is needed
--   lock ACCESS EXCLUSIVE, rewrites, scans
-- class: unknown
-- tidemark: column x is not known from earlier migrations; its old type is needed
