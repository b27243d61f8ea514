-- history
CREATE TABLE u (v text);
-- up
ALTER TABLE u ADD COLUMN id int PRIMARY KEY;
-- expected
-- reversible: DROP COLUMN removes the new column
--   lock ACCESS EXCLUSIVE, scans
-- class: reversible
ALTER TABLE u DROP COLUMN id;
