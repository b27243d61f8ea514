-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
-- up
ALTER TABLE t ADD COLUMN "order" int;
-- expected
-- reversible: DROP COLUMN removes the new column
--   lock ACCESS EXCLUSIVE
-- class: reversible
ALTER TABLE t DROP COLUMN "order";
