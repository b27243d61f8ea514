-- history
CREATE TABLE t (a int, b int GENERATED ALWAYS AS (a * 2) STORED, c int);
-- up
ALTER TABLE t DROP COLUMN b, DROP COLUMN a;
-- expected
-- needs-history: re-adds column b from its earlier definition (type, default, constraints); its data is lost (2 subcommands)
--   lock ACCESS EXCLUSIVE
-- class: needs-history
-- tidemark: re-adds column a with its definition; its data is not restored
ALTER TABLE t ADD COLUMN a int;
-- tidemark: re-adds column b with its definition; its data is not restored
ALTER TABLE t ADD COLUMN b int GENERATED ALWAYS AS (a * 2) STORED;
