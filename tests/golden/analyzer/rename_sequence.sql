-- history
CREATE SEQUENCE s;
-- up
ALTER SEQUENCE s RENAME TO s2;
-- expected
-- reversible: renames it back
--   lock ACCESS EXCLUSIVE
-- class: reversible
ALTER SEQUENCE s2 RENAME TO s;
