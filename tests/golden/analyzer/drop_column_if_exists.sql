-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
-- up
ALTER TABLE t DROP COLUMN IF EXISTS b;
-- expected
-- needs-history: re-adds column b from its earlier definition (type, default, constraints); its data is lost
--   lock ACCESS EXCLUSIVE
-- class: needs-history
-- tidemark: re-adds column b with its definition; its data is not restored
ALTER TABLE t ADD COLUMN b text;
