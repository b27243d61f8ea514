-- history
CREATE SCHEMA app;
-- up
ALTER SCHEMA app RENAME TO application;
-- expected
-- reversible: renames the schema back
--   lock none
-- class: reversible
ALTER SCHEMA application RENAME TO app;
