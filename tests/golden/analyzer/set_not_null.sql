-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
-- up
ALTER TABLE t ALTER COLUMN a SET NOT NULL;
-- expected
-- reversible: DROP NOT NULL makes a nullable again
--   lock ACCESS EXCLUSIVE, scans
-- class: reversible
ALTER TABLE t ALTER COLUMN a DROP NOT NULL;
