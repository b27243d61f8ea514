-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
-- up
ALTER TABLE t RENAME TO "Table Two";
-- expected
-- reversible: renames the table back
--   lock ACCESS EXCLUSIVE
-- class: reversible
ALTER TABLE "Table Two" RENAME TO t;
