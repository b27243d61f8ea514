-- history
CREATE TABLE t (x int);
-- up
SET search_path = public;
ALTER TABLE t ADD COLUMN y int;
-- expected
-- reversible: a session setting; nothing to undo
--   lock none
-- reversible: DROP COLUMN removes the new column
--   lock ACCESS EXCLUSIVE
-- class: reversible
ALTER TABLE t DROP COLUMN y;
