-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
-- up
ALTER TABLE t ADD COLUMN body text;
ALTER TABLE t DROP COLUMN b;
ALTER TABLE t RENAME COLUMN body TO b;
-- expected
-- reversible: DROP COLUMN removes the new column
--   lock ACCESS EXCLUSIVE
-- needs-history: re-adds column b from its earlier definition (type, default, constraints); its data is lost
--   lock ACCESS EXCLUSIVE
-- reversible: renames the column back
--   lock ACCESS EXCLUSIVE
-- class: needs-history
ALTER TABLE t RENAME COLUMN b TO body;
-- tidemark: re-adds column b with its definition; its data is not restored
ALTER TABLE t ADD COLUMN b text;
ALTER TABLE t DROP COLUMN body;
