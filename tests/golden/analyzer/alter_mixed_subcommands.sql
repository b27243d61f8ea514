-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
-- up
ALTER TABLE t ADD COLUMN d int, DROP COLUMN b, ALTER COLUMN a SET NOT NULL;
-- expected
-- needs-history: re-adds column b from its earlier definition (type, default, constraints); its data is lost (3 subcommands)
--   lock ACCESS EXCLUSIVE, scans
-- class: needs-history
ALTER TABLE t ALTER COLUMN a DROP NOT NULL;
-- tidemark: re-adds column b with its definition; its data is not restored
ALTER TABLE t ADD COLUMN b text;
ALTER TABLE t DROP COLUMN d;
